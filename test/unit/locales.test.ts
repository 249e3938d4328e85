// src/i18n/locales.ts: the one place that says which languages the site has and which one a page is in.
import { describe, expect, test } from 'vitest';
import { DEFAULT_LANG, isLang, LANGS, langStaticPaths, otherLang, pageLang, pathLang } from '../../src/i18n/locales.ts';

describe('locales', () => {
  test('Korean first, Korean by default, and each language has one other', () => {
    expect(LANGS).toEqual(['ko', 'en']);
    expect(DEFAULT_LANG).toBe('ko');
    expect(LANGS.map(otherLang)).toEqual(['en', 'ko']);
  });

  test.each([
    ['ko', true],
    ['en', true],
    ['jp', false],
    ['', false],
    [undefined, false],
    ['toString', false],
    [1, false],
  ])('isLang(%j) is %s', (value, expected) => {
    expect(isLang(value)).toBe(expected);
  });

  test.each([
    ['en/images/index.html', 'en'],
    ['ko/images/index.html', 'ko'],
    ['/en/', 'en'],
    ['en\\images\\index.html', 'en'],
    ['404.html', 'ko'],
    ['english/index.html', 'ko'],
    ['', 'ko'],
  ])('pathLang(%j) is %s', (path, expected) => {
    expect(pathLang(path)).toBe(expected);
  });

  test('pageLang: the route language, or the content language on a fallback page, else the default', () => {
    const fallback = { starlightRoute: { lang: 'en', entryMeta: { lang: 'ko' } } };
    expect(pageLang(fallback)).toBe('en');
    expect(pageLang(fallback, 'content')).toBe('ko');
    expect(pageLang({ starlightRoute: { lang: 'en' } }, 'content')).toBe('en');
    expect(pageLang({ starlightRoute: { lang: 'fr' } })).toBe('ko');
    expect(pageLang(undefined)).toBe('ko');
  });

  test('langStaticPaths: one page per language under src/pages/[lang]/, with the language as a prop', () => {
    expect(langStaticPaths()).toEqual([
      { params: { lang: 'ko' }, props: { lang: 'ko' } },
      { params: { lang: 'en' }, props: { lang: 'en' } },
    ]);
  });
});
