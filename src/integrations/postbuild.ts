// Last step of the build, over the finished pages in dist/: cut the web fonts to the glyphs the
// site shows (font-subsets.ts), then rewrite the pages for a strict Content-Security-Policy (csp.ts),
// adding each page's font links on the way. The rewrite runs in worker threads across the cores.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { applyCsp } from './csp.ts';
import { buildSiteFonts } from './font-subsets.ts';
import { writeSearchIndex } from '../components/search/index-builder.ts';

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
        let started = performance.now();
        const fonts = await buildSiteFonts(outDir);
        const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
        logger.info(
          `fonts: ${fonts.files.map((file) => `${file.name.replace(/\..*/, '')} ${file.glyphs} glyphs ${kb(file.bytes)}`).join(', ')} (${Math.round(performance.now() - started)} ms)`,
        );
        // Search index (src/components/search/index-builder.ts): from the finished pages, before CSP.
        started = performance.now();
        logger.info(`search index: ${writeSearchIndex(outDir)} (${Math.round(performance.now() - started)} ms)`);
        started = performance.now();
        const csp = await applyCsp(outDir, { fontHead: fonts.head });
        logger.info(
          `CSP: ${csp.pages} pages, ${csp.stylesheets} stylesheets from inline styles, ${csp.scriptHashes} script hashes; header policy in dist-server/ (${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}
