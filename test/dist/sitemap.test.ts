import { expect, test } from 'vitest';
import { LANGS } from '../../src/i18n/locales.ts';
import { sitemapPaths } from '../support/dist.ts';

test('the sitemap lists every language alike, and more than a handful of pages in each', () => {
  const paths = sitemapPaths();
  const counts = LANGS.map((lang) => paths.filter((path) => path.startsWith(`/${lang}/`)).length);
  for (const count of counts) expect(count).toBeGreaterThan(5);
  expect(new Set(counts).size).toBe(1);
});
