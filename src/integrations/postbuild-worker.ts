// One of the post-build workers (postbuild.ts): each page it is given is read, parsed and written
// once. On the way it gets the font links (font-subsets.ts), gives up its search entry (taken before
// the rewrite; src/components/search/index-builder.ts), and is rewritten for the strict CSP (csp.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { fromHtml } from 'hast-util-from-html';
import { rewriteTree, type PageRewrite } from './csp.ts';
import { addFontLinks } from './font-subsets.ts';
import { searchPageOf } from '../components/search/index-builder.ts';

export interface PostbuildJob {
  outDir: string;
  files: string[];
  /** The font tags every page's <head> gets (font-subsets.ts). */
  fontHead: string;
}
export type PostbuildResult = (Pick<PageRewrite, 'stylesheet' | 'scriptHashes'> & {
  search: ReturnType<typeof searchPageOf>;
})[];

const { outDir, files, fontHead } = workerData as PostbuildJob;
const results: PostbuildResult = files.map((file) => {
  const tree = fromHtml(addFontLinks(readFileSync(file, 'utf8'), fontHead));
  const search = searchPageOf(tree, relative(outDir, file));
  const { html, stylesheet, scriptHashes } = rewriteTree(tree);
  writeFileSync(file, html);
  return { stylesheet, scriptHashes, search };
});
parentPort?.postMessage(results);
