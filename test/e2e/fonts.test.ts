// What readers type shows in full: search and calculator fields use the system font stack alone
// (every platform's Korean system font covers all 11,172 syllables), and wherever Pretendard's
// subset lacks a syllable, the Korean face's unicode-range still claims it so the browser falls
// back per character to the next font in the stack instead of showing nothing.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage } from './support/browser.ts';
import { parseUnicodeRange } from '../../src/integrations/font-subsets.ts';
import { DIST } from './support/site-files.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('fonts for text readers type', () => {
  test.each(['/ko/search/', '/ko/images/', '/en/containers/'])(
    'fields on %s use the system Korean fonts',
    async (path) => {
      const { page, context } = await openPage(browser, path);
      const families = await page.evaluate(() =>
        [...document.querySelectorAll('main input:not([type="checkbox"], [type="radio"], [type="hidden"])')].map(
          (input) => getComputedStyle(input).fontFamily,
        ),
      );
      await context.close();
      expect(families.length, path).toBeGreaterThan(0);
      for (const family of families) {
        expect(family).not.toMatch(/^"?Pretendard/);
        expect(family).toMatch(/Apple SD Gothic Neo.*Malgun Gothic.*Noto Sans KR.*Noto Sans CJK KR/);
      }
    },
  );

  test('a syllable outside the subset still renders, in the fallback font', async () => {
    const { page, context } = await openPage(browser, '/ko/search/');
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
    await context.close();
    expect(width).toBeGreaterThan(40);
  });

  test('for each weight the faces together claim all of Hangul, so missing syllables fall back per character', () => {
    const css = readdirSync(join(DIST, '_astro'))
      .filter((file) => /^fonts\..*\.css$/.test(file))
      .map((file) => readFileSync(join(DIST, '_astro', file), 'utf8'))
      .join('');
    for (const weight of ['100 500', '600 900']) {
      const faces = [...css.matchAll(/@font-face\{[^}]*\}/g)]
        .map((match) => match[0])
        .filter((face) => face.includes(`font-weight:${weight};`));
      expect(faces, weight).toHaveLength(2);
      for (const face of faces) expect(face).toContain('font-display:optional');
      const ranges = faces.flatMap((face) => parseUnicodeRange(/unicode-range:([^;}]*)/.exec(face)?.[1] ?? ''));
      const missing: number[] = [];
      for (let codePoint = 0xac00; codePoint <= 0xd7a3; codePoint++) {
        if (!ranges.some(([start, end]) => codePoint >= start && codePoint <= end)) missing.push(codePoint);
      }
      expect(missing, weight).toEqual([]);
    }
  });
});
