// The five calculators on their chapter pages, in both languages: keyboard input, field errors in
// the page's language, shared links, rejected links and the tab order. Expected outputs come from the
// same pure definitions the islands run, plus a few numbers written out by hand so that a wrong
// definition cannot agree with itself (test/support/calculators.ts). The build-time result without
// JavaScript is read from dist/ in test/dist/calculators.test.ts.
import type { Page } from '@playwright/test';
import { LANGS } from '../../src/i18n/locales.ts';
import {
  CALCULATOR_SPECS,
  expectedText,
  fieldId,
  HANGUL,
  rootOf,
  type CalculatorCase,
  urlNotice,
} from '../support/calculators.ts';
import { expect, test, typeText } from './fixtures.ts';

const BROKEN = /NaN|undefined|Infinity/;

/** Waits until the island shows this text, then compares it exactly (toHaveText normalizes whitespace). */
async function expectOutput(page: Page, spec: CalculatorCase, text: string): Promise<void> {
  const output = page.locator(`${rootOf(spec)} [data-calculator-output]`);
  await expect(output).toHaveText(text);
  expect(await output.textContent()).toBe(text);
}

/** Everything the calculator shows, as a reader would read it (input values excluded). */
const shownText = (page: Page, spec: CalculatorCase): Promise<string> => page.locator(rootOf(spec)).innerText();

async function typeInto(page: Page, spec: CalculatorCase, key: string, value: string): Promise<void> {
  const field = page.locator(`#${fieldId(spec, key)}`);
  if ((await field.evaluate((element) => element.tagName)) === 'SELECT') {
    await field.focus();
    await field.selectOption(value);
    return;
  }
  await typeText(page, `#${fieldId(spec, key)}`, value);
}

for (const spec of CALCULATOR_SPECS) {
  for (const lang of LANGS) {
    test.describe(`${spec.definition.id} (${lang})`, () => {
      const path = `/${lang}/${spec.chapter}/`;
      const notice = (page: Page) => page.locator(`${rootOf(spec)} [data-url-notice]`);

      test('typing updates the result and the URL, with nothing broken and no stray language', async ({
        page,
        watch,
      }) => {
        await page.goto(path);
        await expectOutput(page, spec, await expectedText(spec, lang));
        for (const [key, value] of Object.entries(spec.edit.values)) await typeInto(page, spec, key, value);
        const expected = await expectedText(spec, lang, spec.edit.values);
        expect(expected).toContain(spec.edit.shows);
        await expectOutput(page, spec, expected);
        const params = new URL(page.url()).searchParams;
        for (const [key, value] of Object.entries(spec.edit.values)) {
          expect(params.get(`${spec.definition.id}.${key}`)).toBe(value);
        }
        const shown = await shownText(page, spec);
        expect(shown).not.toMatch(BROKEN);
        if (lang !== 'ko') expect(shown).not.toMatch(HANGUL);
        expect(watch.foreignRequests).toEqual([]);
        expect(watch.consoleErrors).toEqual([]);
      });

      test('a bad value shows the field error in the page language and no broken number', async ({ page, watch }) => {
        await page.goto(path);
        await expectOutput(page, spec, await expectedText(spec, lang));
        await typeInto(page, spec, spec.bad.key, spec.bad.value);
        const error = page.locator(`${rootOf(spec)} [data-error-for="${spec.bad.key}"]`);
        await expect(error).toContainText(spec.bad.message(lang));
        await expect(error).toBeVisible();
        await expect(page.locator(`#${fieldId(spec, spec.bad.key)}`)).toHaveAttribute('aria-invalid', 'true');
        expect(HANGUL.test((await error.textContent()) ?? '')).toBe(lang === 'ko');
        expect(await shownText(page, spec)).not.toMatch(BROKEN);
        // Fixing the field clears the error again.
        await typeInto(page, spec, spec.bad.key, spec.definition.defaults[spec.bad.key] ?? '');
        await expectOutput(page, spec, await expectedText(spec, lang));
        await expect(error).toBeHidden();
        expect(watch.consoleErrors).toEqual([]);
      });

      test('a shared link shows that calculation', async ({ page, watch }) => {
        await page.goto(`${path}${spec.shared.query}`);
        const edits = Object.fromEntries(
          [...new URLSearchParams(spec.shared.query)].map(([name, value]) => [
            name.slice(spec.definition.id.length + 1),
            value,
          ]),
        );
        const expected = await expectedText(spec, lang, edits);
        expect(expected).toContain(spec.shared.shows);
        await expectOutput(page, spec, expected);
        await expect(page.locator(`#${fieldId(spec, spec.shared.key)}`)).toHaveValue(spec.shared.value);
        await expect(notice(page)).toBeHidden();
        expect(watch.consoleErrors).toEqual([]);
      });

      test('a bad value in a link falls back to the default and says so', async ({ page, watch }) => {
        await page.goto(`${path}${spec.rejected.query}`);
        await expect(notice(page)).toBeVisible();
        await expect(notice(page)).toContainText(urlNotice(lang));
        await expect(page.locator(`#${fieldId(spec, spec.rejected.key)}`)).toHaveValue(
          spec.definition.defaults[spec.rejected.key] ?? '',
        );
        await expectOutput(page, spec, await expectedText(spec, lang));
        await expect(page.locator(`${rootOf(spec)} [aria-invalid="true"]`)).toHaveCount(0);
        expect(watch.consoleErrors).toEqual([]);
      });

      test('Tab reaches every input in order, each with a label', async ({ page }) => {
        await page.goto(path);
        const ids = Object.keys(spec.definition.defaults).map((key) => fieldId(spec, key));
        await page.locator(`#${ids[0]}`).focus();
        for (const id of ids) {
          await expect(page.locator(`#${id}`)).toBeFocused();
          await page.keyboard.press('Tab');
        }
        for (const id of ids) await expect(page.locator(`label[for="${id}"]`)).toHaveText(/\S/);
      });
    });
  }
}
