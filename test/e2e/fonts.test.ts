// What readers type shows in full: search and calculator fields use the system font stack alone
// (every platform's Korean system font covers all 11,172 syllables), and wherever Pretendard's
// subset lacks a syllable, the Korean face's unicode-range still claims it so the browser falls
// back per character to the next font in the stack instead of showing nothing (that part is read from
// the built CSS in test/dist/fonts.test.ts).
import type { Page } from '@playwright/test';
import { HANGUL_FONT_STORAGE_KEY } from '../../src/components/fonts/hangul-font.ts';
import { afterHangulWarmUp, expect, hangulFontLink, storedHangulFonts, test } from './fixtures.ts';

test.describe('fonts for text readers type', () => {
  for (const path of ['/ko/search/', '/ko/images/', '/en/containers/']) {
    test(`fields on ${path} use the system Korean fonts`, async ({ page }) => {
      await page.goto(path);
      const families = await page.evaluate(() =>
        [...document.querySelectorAll('main input:not([type="checkbox"], [type="radio"], [type="hidden"])')].map(
          (input) => getComputedStyle(input).fontFamily,
        ),
      );
      expect(families.length, path).toBeGreaterThan(0);
      for (const family of families) {
        expect(family).not.toMatch(/^"?Pretendard/);
        expect(family).toMatch(/Apple SD Gothic Neo.*Malgun Gothic.*Noto Sans KR.*Noto Sans CJK KR/);
      }
    });
  }

  test('a syllable outside the subset still renders, in the fallback font', async ({ page }) => {
    await page.goto('/ko/search/');
    const input = page.locator('main input[type="search"], main input').first();
    // 똠 and 뷁 appear nowhere on the site.
    await input.fill('똠방각하 뷁');
    const width = await input.evaluate((element) => {
      const span = document.createElement('span');
      span.style.font = getComputedStyle(element).font;
      span.textContent = (element as HTMLInputElement).value;
      document.body.append(span);
      return span.getBoundingClientRect().width;
    });
    expect(width).toBeGreaterThan(40);
  });
});

// Pretendard's Hangul arrives one page late (src/components/fonts/hangul-font.ts): a first visit
// paints Hangul in the system font and fetches the Hangul files only after load, while idle; the next
// page paints every glyph in Pretendard. Which font drew a node's glyphs is read from Chromium itself
// (CSS.getPlatformFontsForNode), not inferred from stylesheets.
test.describe('Pretendard Hangul from the second page on', () => {
  async function glyphFonts(page: Page, selector: string): Promise<string[]> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    await cdp.detach();
    return fonts.map((font) => font.familyName);
  }

  test('a first visit paints Hangul in the system font, fetches the Hangul files after load, and the next page uses them', async ({
    page,
  }) => {
    await page.goto('/ko/containers/');
    await expect(hangulFontLink(page)).toHaveAttribute('media', 'not all');
    await page.evaluate(() => document.fonts.ready);
    // The heading is all Hangul: none of it in Pretendard yet.
    expect(await glyphFonts(page, 'h1')).not.toContain('Pretendard Variable');
    await afterHangulWarmUp(page, true);
    const fetched = await page.evaluate(() => {
      const load = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart;
      return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => /-ko\.[0-9a-f]{10}\.woff2$/.test(entry.name))
        .map((entry) => ({ afterLoad: entry.startTime >= load, by: entry.initiatorType }));
    });
    expect(fetched).toEqual([
      { afterLoad: true, by: 'fetch' },
      { afterLoad: true, by: 'fetch' },
    ]);
    expect(await storedHangulFonts(page)).toBe(await hangulFontLink(page).getAttribute('data-fonts'));

    await page.goto('/ko/images/');
    await expect(hangulFontLink(page)).toHaveAttribute('media', 'all');
    await page.evaluate(() => document.fonts.ready);
    for (const selector of ['h1', 'main p', 'nav a[aria-current="page"]']) {
      expect(await glyphFonts(page, selector), selector).toEqual(['Pretendard Variable']);
    }
  });

  test('a record of other files (an earlier deploy) keeps the system font and is renewed', async ({ page }) => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '/_astro/pretendard-400-ko.0000000000.woff2');
        sessionStorage.setItem('seeded', '1');
      }
    }, HANGUL_FONT_STORAGE_KEY);
    await page.goto('/ko/why-isolation/');
    await expect(hangulFontLink(page)).toHaveAttribute('media', 'not all');
    const current = await hangulFontLink(page).getAttribute('data-fonts');
    await expect.poll(() => storedHangulFonts(page)).toBe(current);
  });

  test('an English page never fetches the Hangul files', async ({ page }) => {
    await page.goto('/en/containers/');
    await page.waitForLoadState('networkidle');
    await afterHangulWarmUp(page, false);
    const hangul = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((entry) => /-ko\.[0-9a-f]{10}\.woff2$/.test(entry.name)),
    );
    expect(hangul).toEqual([]);
    expect(await storedHangulFonts(page)).toBeNull();
  });
});
