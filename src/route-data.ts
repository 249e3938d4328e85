// Starlight route middleware (the `routeMiddleware` option in astro.config.mjs): runs for every page
// Starlight renders, chapters and src/pages alike, and adds to the route data the layout reads.
//
// It gives the search index (src/components/search/index-builder.ts, and Pagefind, which Starlight
// still runs) two things per page, as <meta> tags at the end of <head>:
// - the chapter's frontmatter `keywords` (synonyms, the other language's terms) as searchable,
//   weighted metadata that never shows up in an excerpt; Korean ones in their own element marked
//   lang="ko", so an English page states which of its text is Korean;
// - the language the content is written in, as a filter. Starlight serves an untranslated chapter
//   under /en/ with the Korean text; it is tagged "ko" here, and search on an English page only
//   returns content tagged "en", so the fallback never appears as a second copy of a chapter.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/u;

export const onRequest = defineRouteMiddleware((context) => {
  const { entry, entryMeta, head } = context.locals.starlightRoute;
  const keywords = entry.data.keywords ?? [];
  const korean = keywords.filter((keyword) => HANGUL.test(keyword)).join(', ');
  const other = keywords.filter((keyword) => !HANGUL.test(keyword)).join(', ');
  if (other)
    head.push({ tag: 'meta', attrs: { name: 'keywords', content: other, 'data-pagefind-meta': 'keywords[content]' } });
  if (korean) {
    head.push({
      tag: 'meta',
      attrs: { name: 'keywords', lang: 'ko', content: korean, 'data-pagefind-meta': 'keywords_ko[content]' },
    });
  }
  head.push({
    tag: 'meta',
    attrs: { name: 'handbook:content-language', content: entryMeta.lang, 'data-pagefind-filter': 'lang[content]' },
  });
});
