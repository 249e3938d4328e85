// The port publishing explainer on the networking chapter, in both languages: typing, field errors in
// the page's language, shared and rejected links, hostile input typed with the keyboard, and
// accessibility of the error state. Expected outputs come from the same pure definition the island
// runs, plus values written out by hand so that a wrong definition cannot agree with itself. The
// build-time result without JavaScript is read from dist/ in test/dist/calculators.test.ts.
import type { Page } from '@playwright/test';
import { LANGS } from '../../src/i18n/locales.ts';
import { fixInputs, HANGUL, PORTS, portSpecMessages, urlNotice } from '../support/calculators.ts';
import { expect, test, typeText } from './fixtures.ts';

const BROKEN = /NaN|undefined|Infinity|\bError\b|at \w+ \(/;
const { root: ROOT, output: OUTPUT, field: FIELD, expectedText } = PORTS;

/** Waits until the explainer shows this text, then compares it exactly (toHaveText normalizes whitespace). */
async function expectOutput(page: Page, text: string): Promise<void> {
  await expect(page.locator(OUTPUT)).toHaveText(text);
  expect(await page.locator(OUTPUT).textContent()).toBe(text);
}

const typeSpec = (page: Page, value: string): Promise<void> => typeText(page, FIELD, value);

for (const lang of LANGS) {
  test.describe(`port publishing explainer (${lang})`, () => {
    const path = `/${lang}/${PORTS.chapter}/`;

    test('typing a spec updates the result and the URL', async ({ page, watch }) => {
      await page.goto(path);
      await expectOutput(page, expectedText(lang));
      await typeSpec(page, '[::1]:8000-8002:80-82/udp');
      const expected = expectedText(lang, '[::1]:8000-8002:80-82/udp');
      expect(expected).toContain('[::1]');
      expect(expected).toContain('82/udp');
      await expectOutput(page, expected);
      expect(new URL(page.url()).searchParams.get('ports.spec')).toBe('[::1]:8000-8002:80-82/udp');
      const shown = await page.locator(ROOT).innerText();
      expect(shown).not.toMatch(BROKEN);
      if (lang !== 'ko') expect(shown).not.toMatch(HANGUL);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    });

    test('a bad value is explained on the field in the page language, and fixing it clears the error', async ({
      page,
      watch,
      axe,
    }) => {
      await page.goto(path);
      await expectOutput(page, expectedText(lang));
      await typeSpec(page, 'localhost:8080:80');
      const error = page.locator(`${ROOT} [data-error-for="spec"]`);
      await expect(error).toContainText(portSpecMessages[lang]['host-ip-invalid']);
      await expect(page.locator(FIELD)).toHaveAttribute('aria-invalid', 'true');
      expect(HANGUL.test((await error.textContent()) ?? '')).toBe(lang === 'ko');
      await expectOutput(page, fixInputs(lang));
      // The error state is accessible too: the message is tied to the field and contrast holds.
      expect(await axe({ include: ROOT })).toEqual([]);
      await expect(page.locator(FIELD)).toHaveAttribute('aria-describedby', /ports-spec-error/);
      await typeSpec(page, PORTS.defaultSpec);
      await expectOutput(page, expectedText(lang));
      await expect(error).toBeHidden();
      await expect(page.locator(FIELD)).not.toHaveAttribute('aria-invalid');
      expect(watch.consoleErrors).toEqual([]);
    });

    test('hostile input typed with the keyboard never shows a broken value or throws', async ({ page, watch }) => {
      await page.goto(path);
      await expectOutput(page, expectedText(lang));
      for (const value of ['NaN', 'undefined', '-1', '99999', '0-65535', ':::::', '[', '80/', '=', '🐳:80', '1e3:80']) {
        await typeSpec(page, value);
        await expectOutput(page, expectedText(lang, value));
        const shown = await page.locator(ROOT).innerText();
        // The reader's own input may say NaN; nothing the explainer writes may.
        expect(shown.replaceAll(value, ''), value).not.toMatch(BROKEN);
      }
      expect(watch.consoleErrors).toEqual([]);
    });

    test('a shared link shows that calculation', async ({ page, watch }) => {
      const spec = '127.0.0.1::53/udp';
      await page.goto(`${path}?ports.spec=${encodeURIComponent(spec)}`);
      await expectOutput(page, expectedText(lang, spec));
      await expect(page.locator(FIELD)).toHaveValue(spec);
      await expect(page.locator(`${ROOT} [data-url-notice]`)).toBeHidden();
      await expect(page.locator(OUTPUT)).toContainText('53/udp');
      expect(watch.consoleErrors).toEqual([]);
    });

    test('a bad value in a link falls back to the default and says so', async ({ page, watch }) => {
      await page.goto(`${path}?ports.spec=80%3A80%2Ficmp`);
      const notice = page.locator(`${ROOT} [data-url-notice]`);
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(urlNotice(lang));
      await expect(page.locator(FIELD)).toHaveValue(PORTS.defaultSpec);
      await expectOutput(page, expectedText(lang));
      await expect(page.locator(`${ROOT} [aria-invalid="true"]`)).toHaveCount(0);
      expect(watch.consoleErrors).toEqual([]);
    });
  });
}
