// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { defineConfig } from 'astro/config';
import { ensureContentLink } from './scripts/link-content.mjs';
import postBuild from './src/integrations/postbuild.ts';
import rehypeMermaid from './src/integrations/rehype-mermaid.ts';
import remarkKorean, { remarkGfmKorean } from './src/integrations/remark-korean.ts';
import { DEFAULT_LANG, LOCALES } from './src/i18n/locales.ts';
import { DEFAULT_BRANCH, REPOSITORY_URL, SITE_URL } from './src/site.ts';

// Every astro command (dev, build, check) passes through here, so a fresh clone needs no extra step.
ensureContentLink();

export default defineConfig({
  site: SITE_URL,
  // Stylesheets as files, never inline <style>, so the CSP needs no style hashes and CSS is cached.
  build: { inlineStylesheets: 'never' },
  markdown: {
    // GFM without single-tilde strikethrough (`2~3배` is a range), then the Korean checks and fixes
    // of src/integrations/remark-korean.ts. mdx() below takes the same processor.
    processor: unified({ gfm: false, remarkPlugins: [remarkGfmKorean, remarkKorean], rehypePlugins: [rehypeMermaid] }),
  },
  vite: {
    // Keep chapter paths under src/content/docs so Starlight can tell each file's language.
    resolve: { preserveSymlinks: true },
    build: {
      rollupOptions: {
        // Upstream noise, one line per chapter (withastro/astro#18087): MDX pages carry Astro's
        // "use astro:head-inject" directive, which the bundler reports and then handles correctly.
        // Dropped so that any other warning stands out; the integration test fails on any that remains.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    starlight({
      title: { ko: '가상화 핸드북', en: 'Virtualization Handbook' },
      description: 'VM, 하이퍼바이저, 컨테이너, 도커를 한국어와 영어로 설명하는 핸드북',
      defaultLocale: DEFAULT_LANG,
      locales: LOCALES,
      favicon: '/favicon.svg',
      expressiveCode: {
        shiki: {
          // Shiki gives up on a line after 500 ms and leaves the rest of it uncoloured; on a busy machine
          // that made two builds of the same page differ (measured: `docker run --rm …` in containers).
          // No time limit, so every build colours code the same.
          transformers: [
            {
              name: 'handbook:no-tokenize-time-limit',
              preprocess(_code, options) {
                options.tokenizeTimeLimit = 0;
              },
            },
          ],
        },
      },
      editLink: { baseUrl: `${REPOSITORY_URL}/edit/${DEFAULT_BRANCH}/` },
      components: {
        EditLink: './src/components/EditLink.astro',
        PageTitle: './src/components/PageTitle.astro',
        Search: './src/components/search/HeaderSearch.astro',
      },
      // Pretendard's @font-face rules are made after the build from the pages' text (src/integrations/font-subsets.ts).
      customCss: ['./src/styles/custom.css'],
      // Adds the <meta> tags the search index reads (keywords, the content's language) to each page.
      routeMiddleware: './src/route-data.ts',
      lastUpdated: false,
      // A broken internal link or #anchor fails the build, naming the file.
      plugins: [starlightLinksValidator({ errorOnInconsistentLocale: true })],
      // Our own src/pages/404.astro and /ko/404/, /en/404/ replace Starlight's single Korean 404.
      disable404Route: true,
    }),
    // After Starlight, so Starlight does not add its own mdx({ optimize: true }), which breaks <style> in inline SVG.
    mdx(),
    // Last: trims font rules and rewrites the finished pages for a strict Content-Security-Policy.
    postBuild(),
  ],
});
