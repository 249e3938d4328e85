// The five calculators on their chapter pages, in both languages: keyboard input, field errors in
// the page's language, shared links, rejected links, the build-time result without JavaScript, and
// the tab order. Expected outputs come from the same pure definitions the islands run, plus a few
// numbers written out by hand so that a wrong definition cannot agree with itself.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LANGS, type Lang } from '../../src/i18n/locales.ts';
import {
  cgroupsCalculator,
  cgroupsMessages,
  densityCalculator,
  densityMessages,
  digestCalculator,
  digestMessages,
  imageReferenceCalculator,
  imageReferenceMessages,
  layersCalculator,
  layersMessages,
  urlNotice,
  type BoundCalculator,
} from '../support/calculators.ts';
import { launchBrowser, openPage, typeText } from './support/browser.ts';
import { textOf } from '../support/view-text.ts';

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;
const BROKEN = /NaN|undefined|Infinity/;

interface Spec {
  definition: BoundCalculator;
  chapter: string;
  /** Typed with the keyboard, and a string the new output must contain. */
  edit: { values: Record<string, string>; shows: string };
  bad: { key: string; value: string; message: (lang: Lang) => string };
  /** A shared link's query, the field it fills, and a string its output must contain. */
  shared: { query: string; key: string; value: string; shows: string };
  rejected: { query: string; key: string };
}

const specs: Spec[] = [
  {
    definition: densityCalculator,
    chapter: 'vm-vs-containers',
    // 64 threads: VMs 64 (cpu), containers 128 (cpu).
    edit: { values: { 'host.cpus': '64' }, shows: '128' },
    bad: { key: 'host.cpus', value: 'abc', message: (lang) => densityMessages[lang]['not-a-number'] },
    shared: { query: '?density.host.cpus=64', key: 'host.cpus', value: '64', shows: '128' },
    rejected: { query: '?density.host.cpus=abc', key: 'host.cpus' },
  },
  {
    definition: imageReferenceCalculator,
    chapter: 'images',
    edit: { values: { reference: 'localhost:5000/team/app:1.0' }, shows: 'localhost:5000/team/app:1.0' },
    bad: {
      key: 'reference',
      value: 'Ubuntu',
      message: (lang) => imageReferenceMessages[lang]['name-contains-uppercase'],
    },
    shared: {
      query: '?ref.reference=ghcr.io%2Fowner%2Fapp%3A1.0',
      key: 'reference',
      value: 'ghcr.io/owner/app:1.0',
      shows: 'ghcr.io/owner/app:1.0',
    },
    rejected: { query: '?ref.reference=Ubuntu', key: 'reference' },
  },
  {
    definition: digestCalculator,
    chapter: 'images',
    edit: {
      values: { a: 'abc' },
      shows: 'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    },
    bad: { key: 'check', value: 'sha256:abc', message: (lang) => digestMessages[lang]['invalid-length'] },
    shared: {
      query: '?digest.b=abc',
      key: 'b',
      value: 'abc',
      shows: 'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    },
    rejected: { query: '?digest.check=sha1%3Anope', key: 'check' },
  },
  {
    definition: layersCalculator,
    chapter: 'images',
    edit: { values: { 'python.count': '10' }, shows: '876.6 MiB' },
    bad: { key: 'python.count', value: '-1', message: (lang) => layersMessages[lang]['negative'] },
    shared: { query: '?layers.python.count=10', key: 'python.count', value: '10', shows: '876.6 MiB' },
    rejected: { query: '?layers.python.count=2.5', key: 'python.count' },
  },
  {
    definition: cgroupsCalculator,
    chapter: 'containers',
    edit: { values: { cpuShares: '1024', formula: 'legacy' }, shows: 'cpu.weight39' },
    bad: { key: 'memory', value: '512x', message: (lang) => cgroupsMessages[lang]['invalid-suffix'] },
    shared: {
      query: '?cgroups.pidsLimit=100&cgroups.formula=legacy',
      key: 'pidsLimit',
      value: '100',
      shows: 'pids.max100',
    },
    rejected: { query: '?cgroups.memory=12x&cgroups.formula=linear', key: 'memory' },
  },
];

async function expectedText(spec: Spec, lang: Lang, edits: Record<string, string> = {}): Promise<string> {
  const outcome = await spec.definition.compute({ ...spec.definition.defaults, ...edits }, lang);
  return textOf(outcome.output);
}

/** The frame's id for a field key (CalculatorFrame's fieldId). */
const fieldId = (spec: Spec, key: string): string => `${spec.definition.id}-${key.replace(/[^a-zA-Z0-9-]/g, '-')}`;
const rootOf = (spec: Spec): string => `[data-calculator="${spec.definition.id}"]`;

/** Waits until the island has rendered exactly this text, then compares (for a readable failure). */
async function expectOutput(page: Page, spec: Spec, text: string): Promise<void> {
  const selector = `${rootOf(spec)} [data-calculator-output]`;
  await page
    .waitForFunction(([sel, want]) => document.querySelector(sel ?? '')?.textContent === want, [selector, text], {
      timeout: 5000,
    })
    .catch(() => undefined);
  expect(await page.locator(selector).textContent()).toBe(text);
}

/** Everything the calculator shows, as a reader would read it (input values excluded). */
async function shownText(page: Page, spec: Spec): Promise<string> {
  return page.locator(rootOf(spec)).evaluate((root) => (root as HTMLElement).innerText);
}

async function typeInto(page: Page, spec: Spec, key: string, value: string): Promise<void> {
  const field = page.locator(`#${fieldId(spec, key)}`);
  if ((await field.evaluate((element) => element.tagName)) === 'SELECT') {
    await field.focus();
    await field.selectOption(value);
    return;
  }
  await typeText(page, `#${fieldId(spec, key)}`, value);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(specs.flatMap((spec) => LANGS.map((lang) => [`${spec.definition.id} (${lang})`, spec, lang] as const)))(
  '%s',
  (_name, spec, lang) => {
    const path = `/${lang}/${spec.chapter}/`;

    test('typing updates the result and the URL, with nothing broken and no stray language', async () => {
      const { page, context, foreignRequests, consoleErrors } = await openPage(browser, path);
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
      if (lang === 'en') expect(shown).not.toMatch(HANGUL);
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });

    test('a bad value shows the field error in the page language and no broken number', async () => {
      const { page, context, consoleErrors } = await openPage(browser, path);
      await expectOutput(page, spec, await expectedText(spec, lang));
      await typeInto(page, spec, spec.bad.key, spec.bad.value);
      const error = page.locator(`${rootOf(spec)} [data-error-for="${spec.bad.key}"]`);
      await error.filter({ hasText: spec.bad.message(lang) }).waitFor({ timeout: 5000 });
      expect(await error.isVisible()).toBe(true);
      expect(await page.locator(`#${fieldId(spec, spec.bad.key)}`).getAttribute('aria-invalid')).toBe('true');
      expect(HANGUL.test((await error.textContent()) ?? '')).toBe(lang === 'ko');
      const shown = await shownText(page, spec);
      expect(shown).not.toMatch(BROKEN);
      // Fixing the field clears the error again.
      await typeInto(page, spec, spec.bad.key, spec.definition.defaults[spec.bad.key] ?? '');
      await expectOutput(page, spec, await expectedText(spec, lang));
      expect(await error.isVisible()).toBe(false);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });

    test('a shared link shows that calculation', async () => {
      const { page, context, consoleErrors } = await openPage(browser, `${path}${spec.shared.query}`);
      const edits = Object.fromEntries(
        [...new URLSearchParams(spec.shared.query)].map(([name, value]) => [
          name.slice(spec.definition.id.length + 1),
          value,
        ]),
      );
      const expected = await expectedText(spec, lang, edits);
      expect(expected).toContain(spec.shared.shows);
      await expectOutput(page, spec, expected);
      expect(await page.locator(`#${fieldId(spec, spec.shared.key)}`).inputValue()).toBe(spec.shared.value);
      expect(await page.locator(`${rootOf(spec)} [data-url-notice]`).isVisible()).toBe(false);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });

    test('a bad value in a link falls back to the default and says so', async () => {
      const { page, context, consoleErrors } = await openPage(browser, `${path}${spec.rejected.query}`);
      const notice = page.locator(`${rootOf(spec)} [data-url-notice]`);
      await notice.waitFor({ state: 'visible', timeout: 5000 });
      expect(await notice.textContent()).toContain(urlNotice(lang));
      expect(await page.locator(`#${fieldId(spec, spec.rejected.key)}`).inputValue()).toBe(
        spec.definition.defaults[spec.rejected.key],
      );
      await expectOutput(page, spec, await expectedText(spec, lang));
      expect(await page.locator(`${rootOf(spec)} [aria-invalid="true"]`).count()).toBe(0);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });

    test('without JavaScript the page shows the build-time result', async () => {
      const { page, context } = await openPage(browser, path, { javaScriptEnabled: false });
      expect(await page.locator(`${rootOf(spec)} [data-calculator-output]`).textContent()).toBe(
        await expectedText(spec, lang),
      );
      expect(await page.locator(`${rootOf(spec)} [data-url-notice]`).isVisible()).toBe(false);
      for (const [key, value] of Object.entries(spec.definition.defaults)) {
        expect(await page.locator(`#${fieldId(spec, key)}`).inputValue()).toBe(value);
      }
      await context.close();
    });

    test('Tab reaches every input in order, each with a label', async () => {
      const { page, context } = await openPage(browser, path);
      const ids = Object.keys(spec.definition.defaults).map((key) => fieldId(spec, key));
      await page.locator(`#${ids[0]}`).focus();
      const reached: string[] = [];
      for (let i = 0; i < ids.length; i++) {
        reached.push(await page.evaluate(() => document.activeElement?.id ?? ''));
        await page.keyboard.press('Tab');
      }
      expect(reached).toEqual(ids);
      for (const id of ids) {
        expect((await page.locator(`label[for="${id}"]`).textContent())?.trim()).toBeTruthy();
      }
      await context.close();
    });
  },
);
