// The post-build workers take each page's search entry from the tree they parse for the CSP rewrite;
// which pages give one, and what it holds.
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { searchPageOf } from '../../src/components/search/index-builder.ts';

const page = (lang: string, contentLang = lang) =>
  fromHtml(
    `<html lang="${lang}"><head><meta name="handbook:content-language" content="${contentLang}">` +
      `<meta name="keywords" content="cgroup, OCI"><meta name="keywords" lang="ko" content="컨테이너"></head>` +
      `<body><main data-pagefind-body><h1>제목</h1><p>머리말</p><h2 id="a">절</h2><p>본문 텍스트</p></main></body></html>`,
  );

describe('searchPageOf', () => {
  test('a chapter gives its language, URL, title, keywords and sections', () => {
    const entry = searchPageOf(page('ko'), 'ko/containers/index.html');
    expect(entry?.lang).toBe('ko');
    expect(entry?.page.url).toBe('/ko/containers/');
    expect(entry?.page.title).toBe('제목');
    expect(entry?.page.keywords).toBe('cgroup, OCI 컨테이너');
    expect(entry?.page.sections.map((section) => section.anchor)).toEqual(['', 'a']);
    expect(searchPageOf(page('en'), 'en/index.html')?.page.url).toBe('/en/');
  });
  test('the 404 and search pages, pages outside a language and fallback pages give none', () => {
    for (const path of ['ko/404/index.html', 'en/search/index.html', 'index.html', '404.html', 'xx/a/index.html'])
      expect(searchPageOf(page('ko'), path), path).toBeUndefined();
    // Starlight's fallback for an untranslated chapter: an English URL with Korean text.
    expect(searchPageOf(page('en', 'ko'), 'en/containers/index.html')).toBeUndefined();
  });
});
