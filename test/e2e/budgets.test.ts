// JavaScript and font budgets, on bytes (stable), not times, as a page loads them (the HTML and CSS
// budgets are read from dist/ in test/dist/budgets.test.ts; the numbers are in test/support/budgets.ts).
// A failure prints the table of what is over.
import type { Page } from '@playwright/test';
import { BUDGETS, overBudget, table, TEXT_CHAPTERS, type BudgetRow } from '../support/budgets.ts';
import { distFile, gzipSize, sitemapPaths } from '../support/dist.ts';
import { afterHangulWarmUp, expect, test } from './fixtures.ts';

const CALCULATOR_PAGES: Record<string, number> = {
  '/ko/images/': 3,
  '/en/images/': 3,
  '/ko/containers/': 1,
  '/en/containers/': 1,
  '/ko/vm-vs-containers/': 1,
  '/en/vm-vs-containers/': 1,
  '/ko/networking/': 1,
  '/en/networking/': 1,
};

/** gzip bytes of every script the page loads (search code loads only when search opens). */
async function pageScripts(page: Page, path: string): Promise<Map<string, number>> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const scripts = new Map<string, number>();
  const entries = await page.evaluate(() => [
    ...performance.getEntriesByType('resource').map((entry) => entry.name),
    ...[...document.scripts].filter((script) => !script.src).map((script) => `inline:${script.textContent ?? ''}`),
  ]);
  for (const entry of entries) {
    if (entry.startsWith('inline:')) scripts.set(entry.slice(0, 60), gzipSize(entry.slice(7)));
    else {
      const url = new URL(entry);
      if (url.pathname.endsWith('.js') && !url.pathname.startsWith('/pagefind/')) {
        scripts.set(url.pathname, gzipSize(distFile(url.pathname)));
      }
    }
  }
  return scripts;
}
const total = (scripts: Map<string, number>) => [...scripts.values()].reduce((sum, size) => sum + size, 0);

test.describe('JavaScript budgets', () => {
  test('a text-only chapter loads little JavaScript, and no diagram code', async ({ page }) => {
    const rows: BudgetRow[] = [];
    for (const path of TEXT_CHAPTERS) {
      const scripts = await pageScripts(page, path);
      expect([...scripts.keys()].filter((name) => /mermaid/i.test(name))).toEqual([]);
      rows.push([path, total(scripts), BUDGETS.textPageJs]);
    }
    expect(overBudget(rows), table(rows)).toEqual([]);
  });

  // A calculator's own JS (its entry and the chunks only calculators of its kind load) ≤ 6 KB each;
  // the kit every calculator shares (mount, view, formatting) is budgeted once, like a runtime.
  test('each calculator adds little JavaScript', async ({ page }) => {
    const baseline = await pageScripts(page, '/en/why-isolation/');
    const added = new Map<string, Map<string, number>>();
    for (const path of Object.keys(CALCULATOR_PAGES)) {
      const scripts = await pageScripts(page, path);
      added.set(path, new Map([...scripts].filter(([name]) => !baseline.has(name))));
    }
    const pages = [...added.values()];
    const runtime = [...(pages[0] ?? new Map<string, number>())].filter(([name]) =>
      pages.every((scripts) => scripts.has(name)),
    );
    const runtimeNames = new Set(runtime.map(([name]) => name));
    const rows: BudgetRow[] = [
      ['shared calculator kit', runtime.reduce((sum, [, size]) => sum + size, 0), BUDGETS.calculatorKitJs],
    ];
    for (const [path, scripts] of added) {
      const calculators = CALCULATOR_PAGES[path] ?? 1;
      const own = [...scripts].filter(([name]) => !runtimeNames.has(name)).reduce((sum, [, size]) => sum + size, 0);
      expect(own).toBeGreaterThan(0);
      rows.push([
        `${path} (${calculators} calculator${calculators > 1 ? 's' : ''})`,
        own,
        calculators * BUDGETS.perCalculatorJs,
      ]);
    }
    expect(overBudget(rows), table(rows)).toEqual([]);
  });
});

// The site's own subsets (src/integrations/font-subsets.ts): a few files per page, at most 150 KB of
// font data on a first load, in every language, counting the Hangul files a Korean page fetches while
// idle for the next page (src/components/fonts/); every file the page itself uses is preloaded (a late
// font with font-display: optional is never shown, a late swap would re-lay out), and only pages with
// Korean text fetch the Hangul files at all. One test per page, each in a fresh browser context, so
// every load is a first load.
test.describe('web fonts: at most 150 KB and a few preloaded files on any first load', () => {
  const paths = sitemapPaths().filter((path) => path !== '/');

  test('the sitemap gives more than ten pages to measure', () => {
    expect(paths.length).toBeGreaterThan(10);
  });

  for (const path of paths) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => document.fonts.ready);
      const korean = await page.evaluate(() => Boolean(document.querySelector('main:lang(ko)')));
      await afterHangulWarmUp(page, korean);
      const { fonts, preloaded } = await page.evaluate(() => ({
        fonts: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .map((entry) => ({ path: new URL(entry.name).pathname, warm: entry.initiatorType === 'fetch' }))
          .filter((entry) => /\.(woff2?|ttf|otf)$/.test(entry.path)),
        preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map(
          (link) => new URL(link.href).pathname,
        ),
      }));
      expect(fonts.length).toBeLessThanOrEqual(4);
      const rows: BudgetRow[] = [
        [
          `${path} (${fonts.length} files)`,
          fonts.reduce((sum, font) => sum + distFile(font.path).length, 0),
          BUDGETS.fontsFirstLoad,
        ],
      ];
      expect(overBudget(rows), table(rows)).toEqual([]);
      expect(fonts.filter((font) => !font.warm && !preloaded.includes(font.path))).toEqual([]);
      expect(
        fonts
          .filter((font) => font.warm)
          .map((font) => font.path.replace(/\.[0-9a-f]{10}\.woff2$/, ''))
          .sort(),
      ).toEqual(korean ? ['/_astro/pretendard-400-ko', '/_astro/pretendard-600-ko'] : []);
    });
  }
});
