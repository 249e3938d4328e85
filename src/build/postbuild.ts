// Last step of the build, over the finished pages in dist/: trim the web-font rules to what the site
// can show, then rewrite the pages for a strict Content-Security-Policy.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { applyCsp } from './csp.ts';
import { pruneSiteFonts } from './font-subsets.ts';
import { writeSearchIndex } from '../components/search/index-builder.ts';

export default function postBuild(): AstroIntegration {
  return {
    name: 'handbook-postbuild',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const fonts = pruneSiteFonts(outDir);
        logger.info(`fonts: kept ${fonts.kept} @font-face rules, dropped ${fonts.dropped} no page can use`);
        // Search index (src/components/search/index-builder.ts): from the finished pages, before CSP.
        logger.info(`search index: ${writeSearchIndex(outDir)}`);
        const csp = applyCsp(outDir);
        logger.info(
          `CSP: ${csp.pages} pages, ${csp.stylesheets} stylesheets from inline styles, ${csp.scriptHashes} script hashes; header policy in dist-server/`,
        );
      },
    },
  };
}
