// One of the post-build workers: rewrites the pages it is given (font links, then the strict CSP
// rewrite of csp.ts) and reports each page's stylesheet and script hashes back to postbuild.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { rewritePage, type PageRewrite } from './csp.ts';
import { addFontLinks } from './font-subsets.ts';

export interface CspJob {
  files: string[];
  /** The font tags every page's <head> gets (font-subsets.ts). */
  fontHead: string;
}
export type CspResult = Pick<PageRewrite, 'stylesheet' | 'scriptHashes'>[];

const { files, fontHead } = workerData as CspJob;
const results: CspResult = files.map((file) => {
  const { html, stylesheet, scriptHashes } = rewritePage(addFontLinks(readFileSync(file, 'utf8'), fontHead));
  writeFileSync(file, html);
  return { stylesheet, scriptHashes };
});
parentPort?.postMessage(results);
