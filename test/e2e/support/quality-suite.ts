// Every page of the sitemap, in both languages: no accessibility violations (axe, WCAG 2.2 AA) in
// the light and the dark theme, no request to another host, no console error, no CSP violation.
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { sitemapPaths } from './site-files.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The suite for one language's pages; one test file per language, so the two run in parallel.
 * (`/` only redirects to /ko/ by meta refresh, so axe cannot run there; the HTML validation and the
 * site test cover it.)
 */
export function defineQualitySuite(lang: 'ko' | 'en'): void {
  const paths = sitemapPaths();
  const pagePaths = paths.filter((path) => path.startsWith(`/${lang}/`));

  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe(`every ${lang} page`, () => {
    test('the sitemap lists both languages alike', () => {
      expect(pagePaths.length).toBeGreaterThan(5);
      expect(paths.filter((path) => path.startsWith('/en/')).length).toBe(
        paths.filter((path) => path.startsWith('/ko/')).length,
      );
    });

    test.each(pagePaths)('%s is accessible, self-contained and error-free', async (path) => {
      const watched = await openPage(browser, path, { trackCspViolations: true });
      const { page } = watched;
      const problems: string[] = [];
      // Expressive Code makes overflowing code blocks focusable from an idle callback after layout.
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.expressive-code pre')].every(
          (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
        ),
      );
      for (const theme of ['light', 'dark'] as const) {
        await page.evaluate((value) => {
          document.documentElement.dataset['theme'] = value;
        }, theme);
        // The dark theme changes colours only, so it needs only the contrast rule.
        const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
        const results = await (theme === 'dark' ? builder.withRules(['color-contrast']) : builder).analyze();
        for (const violation of results.violations) {
          const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
          problems.push(`${theme}: ${violation.id} (${violation.impact}) ${violation.help} → ${targets.join(' | ')}`);
        }
      }
      expect(problems).toEqual([]);
      expect(watched.foreignRequests).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
      expect(await watched.cspViolations()).toEqual([]);
      if (lang === 'en') {
        // Korean on an English page only in the language picker or in parts marked lang="ko".
        const stray = await page.evaluate(() => {
          const clone = document.body.cloneNode(true) as HTMLElement;
          clone.querySelectorAll('starlight-lang-select, script, [lang="ko"]').forEach((element) => element.remove());
          const text = clone.textContent ?? '';
          const hit = /[\uAC00-\uD7A3]/.exec(text);
          return hit ? text.slice(Math.max(0, hit.index - 40), hit.index + 40) : null;
        });
        expect(stray).toBeNull();
      }
      await watched.context.close();
    });
  });
}
