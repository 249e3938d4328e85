// Last step of the build, over the finished pages in dist/: cut the web fonts to the glyphs the
// site shows (font-subsets.ts), then read, parse and rewrite each page once, in worker threads
// across the cores (postbuild-worker.ts): its font links, its search entry, and the rewrite for a
// strict Content-Security-Policy (csp.ts). Then write the search index and the CSP's files.
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { writeCspFiles } from './csp.ts';
import { filesUnder } from './dist-files.ts';
import { buildSiteFonts } from './font-subsets.ts';
import type { PostbuildJob, PostbuildResult } from './postbuild-worker.ts';
import { writeSearchIndex, type SourcePage } from '../components/search/index-builder.ts';
import { LANGS, type Lang } from '../i18n/locales.ts';

export default function postBuild(): AstroIntegration {
  return {
    name: 'handbook-postbuild',
    hooks: {
      // Every page fetches Pretendard's Hangul while idle for the next page (src/components/fonts/).
      'astro:config:setup': ({ injectScript }) => {
        injectScript(
          'page',
          `import ${JSON.stringify(fileURLToPath(new URL('../components/fonts/warm-hangul.ts', import.meta.url)))};`,
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const ms = (since: number) => `${Math.round(performance.now() - since)} ms`;
        let started = performance.now();
        const fonts = await buildSiteFonts(outDir);
        const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
        logger.info(
          `fonts: ${fonts.files.map((file) => `${file.name.replace(/\..*/, '')} ${file.glyphs} glyphs ${kb(file.bytes)}`).join(', ')} (${ms(started)})`,
        );
        started = performance.now();
        const pages = await finishPages(outDir, fonts.head);
        const search = Object.fromEntries(LANGS.map((lang) => [lang, [] as SourcePage[]])) as Record<
          Lang,
          SourcePage[]
        >;
        for (const page of pages) if (page.search) search[page.search.lang].push(page.search.page);
        logger.info(`search index: ${writeSearchIndex(outDir, search)}`);
        const csp = writeCspFiles(outDir, pages);
        logger.info(
          `CSP: ${pages.length} pages, ${csp.stylesheets} stylesheets from inline styles, ${csp.scriptHashes} script hashes; header policy in dist-server/ (pages ${ms(started)})`,
        );
      },
    },
  };
}

/**
 * Runs postbuild-worker.ts over every page in `workers` threads (one per core the build may use, 2
 * by default), each given an equal share in a stable order; the results come back in file order, so
 * the output does not depend on timing.
 */
async function finishPages(outDir: string, fontHead: string, workers = buildWorkers()): Promise<PostbuildResult> {
  const files = filesUnder(outDir, '.html');
  const count = Math.max(1, Math.min(workers, files.length));
  const shares = Array.from({ length: count }, (_, share) => files.filter((_file, index) => index % count === share));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<PostbuildResult>((resolve, reject) => {
          const worker = new Worker(new URL('./postbuild-worker.ts', import.meta.url), {
            workerData: { outDir, files: share, fontHead } satisfies PostbuildJob,
          });
          worker.once('message', (result: PostbuildResult) => resolve(result));
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`post-build worker stopped with exit code ${code}`));
          });
        }),
    ),
  );
  // Share k holds files k, k + count, k + 2·count, …: interleave them back into file order.
  return files.map((_file, index) => {
    const result = results[index % count]?.[Math.floor(index / count)];
    if (!result) throw new Error(`post-build worker returned no result for ${files[index]}`);
    return result;
  });
}

/** Worker threads: HANDBOOK_BUILD_WORKERS, else the cores available, at most 2. */
function buildWorkers(): number {
  const requested = Number(process.env['HANDBOOK_BUILD_WORKERS']);
  return Number.isInteger(requested) && requested > 0 ? requested : Math.min(2, availableParallelism());
}
