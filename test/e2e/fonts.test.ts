// What readers type shows in full: search and calculator fields use the system font stack alone
// (every platform's Korean system font covers all 11,172 syllables), and wherever Pretendard's
// subset lacks a syllable, the Korean face's unicode-range still claims it so the browser falls
// back per character to the next font in the stack instead of showing nothing (that part is read from
// the built CSS in test/dist/fonts.test.ts).
import { expect, test } from './fixtures.ts';

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
