// One of the post-build workers: rewrites the pages it is given (font links, then the strict CSP
// rewrite of csp.ts) and reports each page's stylesheet and script hashes back to postbuild.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { rewritePage, type PageRewrite } from './csp.ts';
import { addFontLinks, languageOf } from './font-subsets.ts';
import type { Lang } from '../i18n/locales.ts';

export interface CspJob {
  outDir: string;
  files: string[];
  /** Font <link>s per language; pages outside /en/ get the Korean ones. */
  fontHead: Record<Lang, string>;
}
export type CspResult = Pick<PageRewrite, 'stylesheet' | 'scriptHashes'>[];

const { outDir, files, fontHead } = workerData as CspJob;
const results: CspResult = files.map((file) => {
  const lang = languageOf(outDir, file);
  const { html, stylesheet, scriptHashes } = rewritePage(addFontLinks(readFileSync(file, 'utf8'), fontHead[lang]));
  writeFileSync(file, html);
  return { stylesheet, scriptHashes };
});
parentPort?.postMessage(results);
