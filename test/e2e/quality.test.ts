// Every page of the sitemap, in every language, in one visit each: no accessibility violations (axe,
// WCAG 2.2 AA) in the light and then, switched in place, the dark theme; no request to another host, no
// console error, no CSP violation; on pages not in Korean, no stray Hangul. (`/` only redirects to /ko/
// by meta refresh, so axe cannot run there; test/dist/html.test.ts and site.test.ts cover it.)
import { LANGS, pathLang } from '../../src/i18n/locales.ts';
import { sitemapPaths } from '../support/dist.ts';
import { expect, test } from './fixtures.ts';

const HANGUL = /[\uAC00-\uD7A3]/;
const pages = sitemapPaths().filter((path) => LANGS.some((lang) => path.startsWith(`/${lang}/`)));

for (const path of pages) {
  test(`${path} is accessible in both themes, self-contained and error-free`, async ({
    page,
    watch,
    axe,
    setTheme,
  }) => {
    await page.goto(path);
    // Expressive Code makes overflowing code blocks focusable from an idle callback after layout.
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.querySelectorAll('.expressive-code pre')].every(
            (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
          ),
        ),
      )
      .toBe(true);
    await setTheme('light');
    const problems = await axe({ label: 'light' });
    await setTheme('dark');
    // The dark theme changes colours only, so it needs only the contrast rule.
    problems.push(...(await axe({ label: 'dark', rules: ['color-contrast'] })));
    expect(problems).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
    if (pathLang(path) !== 'ko') {
      // Korean on another language's page only in the language picker or in parts marked lang="ko".
      const stray = await page.evaluate((source) => {
        const clone = document.body.cloneNode(true) as HTMLElement;
        clone.querySelectorAll('starlight-lang-select, script, [lang="ko"]').forEach((element) => element.remove());
        const text = clone.textContent ?? '';
        const hit = new RegExp(source).exec(text);
        return hit ? text.slice(Math.max(0, hit.index - 40), hit.index + 40) : null;
      }, HANGUL.source);
      expect(stray).toBeNull();
    }
  });
}
