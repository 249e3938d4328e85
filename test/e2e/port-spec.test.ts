// The port publishing explainer on the networking chapter, in both languages: typing, field errors in
// the page's language, shared and rejected links, the build-time result without JavaScript, hostile
// input typed with the keyboard, and accessibility of the error state. Expected outputs come from the
// same pure definition the island runs, plus values written out by hand so that a wrong definition
// cannot agree with itself.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LANGS, type Lang } from '../../src/i18n/locales.ts';
import { fixInputs, portSpecCalculator, portSpecMessages, urlNotice } from '../support/calculators.ts';
import { launchBrowser, openPage, typeText } from './support/browser.ts';
import { textOf } from '../support/view-text.ts';

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;
const BROKEN = /NaN|undefined|Infinity|\bError\b|at \w+ \(/;
const ROOT = '[data-calculator="ports"]';
const OUTPUT = `${ROOT} [data-calculator-output]`;
const FIELD = '#ports-spec';

const expectedText = (lang: Lang, spec?: string): string =>
  textOf(portSpecCalculator.compute({ spec: spec ?? portSpecCalculator.defaults['spec'] ?? '' }, lang).output);

async function expectOutput(page: Page, text: string): Promise<void> {
  await page
    .waitForFunction(
      ([selector, want]) => document.querySelector(selector ?? '')?.textContent === want,
      [OUTPUT, text],
      {
        timeout: 5000,
      },
    )
    .catch(() => undefined);
  expect(await page.locator(OUTPUT).textContent()).toBe(text);
}

const typeSpec = (page: Page, value: string): Promise<void> => typeText(page, FIELD, value);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(LANGS)('port publishing explainer (%s)', (lang) => {
  const path = `/${lang}/networking/`;

  test('without JavaScript the page shows the default, 8080:80, on both wildcard addresses', async () => {
    const { page, context } = await openPage(browser, path, { javaScriptEnabled: false });
    const shown = (await page.locator(OUTPUT).textContent()) ?? '';
    expect(shown).toBe(expectedText(lang));
    expect(shown).toContain('0.0.0.0');
    expect(shown).toContain('[::]');
    expect(shown).toContain('docker run --publish published=8080,target=80,protocol=tcp IMAGE');
    expect(await page.locator(FIELD).inputValue()).toBe('8080:80');
    expect((await page.locator(`label[for="ports-spec"]`).textContent())?.trim()).toBeTruthy();
    await context.close();
  });

  test('typing a spec updates the result and the URL', async () => {
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser, path);
    await expectOutput(page, expectedText(lang));
    await typeSpec(page, '[::1]:8000-8002:80-82/udp');
    const expected = expectedText(lang, '[::1]:8000-8002:80-82/udp');
    expect(expected).toContain('[::1]');
    expect(expected).toContain('82/udp');
    await expectOutput(page, expected);
    expect(new URL(page.url()).searchParams.get('ports.spec')).toBe('[::1]:8000-8002:80-82/udp');
    const shown = await page.locator(ROOT).evaluate((root) => (root as HTMLElement).innerText);
    expect(shown).not.toMatch(BROKEN);
    if (lang === 'en') expect(shown).not.toMatch(HANGUL);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  test('a bad value is explained on the field in the page language, and fixing it clears the error', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    await expectOutput(page, expectedText(lang));
    await typeSpec(page, 'localhost:8080:80');
    const error = page.locator(`${ROOT} [data-error-for="spec"]`);
    await error.filter({ hasText: portSpecMessages[lang]['host-ip-invalid'] }).waitFor({ timeout: 5000 });
    expect(await page.locator(FIELD).getAttribute('aria-invalid')).toBe('true');
    expect(HANGUL.test((await error.textContent()) ?? '')).toBe(lang === 'ko');
    await expectOutput(page, fixInputs(lang));
    // The error state is accessible too: the message is tied to the field and contrast holds.
    const axe = await new AxeBuilder({ page }).include(ROOT).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    expect(await page.locator(FIELD).getAttribute('aria-describedby')).toContain('ports-spec-error');
    await typeSpec(page, '8080:80');
    await expectOutput(page, expectedText(lang));
    expect(await error.isVisible()).toBe(false);
    expect(await page.locator(FIELD).getAttribute('aria-invalid')).toBeNull();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  test('hostile input typed with the keyboard never shows a broken value or throws', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    await expectOutput(page, expectedText(lang));
    for (const value of ['NaN', 'undefined', '-1', '99999', '0-65535', ':::::', '[', '80/', '=', '🐳:80', '1e3:80']) {
      await typeSpec(page, value);
      await expectOutput(page, expectedText(lang, value));
      const shown = await page.locator(ROOT).evaluate((root) => (root as HTMLElement).innerText);
      // The reader's own input may say NaN; nothing the explainer writes may.
      expect(shown.replaceAll(value, ''), value).not.toMatch(BROKEN);
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  test('a shared link shows that calculation', async () => {
    const spec = '127.0.0.1::53/udp';
    const { page, context, consoleErrors } = await openPage(browser, `${path}?ports.spec=${encodeURIComponent(spec)}`);
    await expectOutput(page, expectedText(lang, spec));
    expect(await page.locator(FIELD).inputValue()).toBe(spec);
    expect(await page.locator(`${ROOT} [data-url-notice]`).isVisible()).toBe(false);
    expect(await page.locator(OUTPUT).textContent()).toContain('53/udp');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  test('a bad value in a link falls back to the default and says so', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${path}?ports.spec=80%3A80%2Ficmp`);
    const notice = page.locator(`${ROOT} [data-url-notice]`);
    await notice.waitFor({ state: 'visible', timeout: 5000 });
    expect(await notice.textContent()).toContain(urlNotice(lang));
    expect(await page.locator(FIELD).inputValue()).toBe('8080:80');
    await expectOutput(page, expectedText(lang));
    expect(await page.locator(`${ROOT} [aria-invalid="true"]`).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
