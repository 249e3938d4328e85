// What every browser test gets from Playwright Test: `test` and `expect` with the handbook's fixtures.
// - `watch`: opened with every page, before it loads: requests that left the local server, console
//   errors and uncaught exceptions, CSP violations the page reported, and alert/confirm/prompt dialogs
//   (dismissed).
// - `axe`: the page's accessibility violations (WCAG 2.2 AA), formatted for a readable failure.
// - `setTheme`: switches Starlight's theme on the open page.
// The page list and the other files of the built site come from test/support/dist.ts.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { HANGUL_FONT_LINK_ID, HANGUL_FONT_STORAGE_KEY } from '../../src/components/fonts/hangul-font.ts';
import { requireBuiltSite } from '../support/dist.ts';

requireBuiltSite();

export { expect };

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface PageWatch {
  /** Requests that left the local server. */
  foreignRequests: string[];
  /** Console errors and uncaught exceptions. */
  consoleErrors: string[];
  /** Messages of alert/confirm/prompt dialogs (none may open). */
  dialogs: string[];
  /** CSP violations the page has reported so far. */
  cspViolations: () => Promise<string[]>;
}

export interface AxeOptions {
  /** Only this element (a CSS selector). */
  include?: string;
  /** Only these rules (default: every rule of the WCAG tags). */
  rules?: string[];
  /** Prefixed to each problem, e.g. the theme it was found in. */
  label?: string;
}

interface Fixtures {
  watch: PageWatch;
  axe: (options?: AxeOptions) => Promise<string[]>;
  setTheme: (theme: 'light' | 'dark', via?: 'select' | 'attribute') => Promise<void>;
}

export const test = base.extend<Fixtures>({
  watch: [
    async ({ page, baseURL }, use) => {
      const local = new URL(baseURL ?? 'http://127.0.0.1').host;
      const watch: PageWatch = {
        foreignRequests: [],
        consoleErrors: [],
        dialogs: [],
        cspViolations: () =>
          page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []),
      };
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol.startsWith('http') && url.host !== local) watch.foreignRequests.push(request.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error') watch.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
      page.on('dialog', (dialog) => {
        watch.dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.addInitScript(() => {
        const seen: string[] = [];
        Object.defineProperty(window, '__cspViolations', { value: seen });
        document.addEventListener('securitypolicyviolation', (event) => {
          seen.push(
            `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
          );
        });
      });
      await use(watch);
    },
    // On for every page, so a test only has to name it to assert on what it saw while loading.
    { auto: true },
  ],

  axe: async ({ page }, use) => {
    await use(async ({ include, rules, label } = {}) => {
      let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
      if (include) builder = builder.include(include);
      if (rules) builder = builder.withRules(rules);
      const { violations } = await builder.analyze();
      return violations.map((violation) => {
        const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
        return `${label ? `${label}: ` : ''}${violation.id} (${violation.impact}) ${violation.help} → ${targets.join(' | ')}`;
      });
    });
  },

  setTheme: async ({ page }, use) => {
    await use(async (theme, via = 'select') => {
      if (via === 'select') {
        // The reader's way: Starlight's theme picker in the header.
        await page.locator('starlight-theme-select select').first().selectOption(theme);
      } else {
        // Behind an open modal dialog the picker is inert; set what the picker sets.
        await page.evaluate((value) => {
          document.documentElement.dataset['theme'] = value;
        }, theme);
      }
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    });
  },
});

/** Empties a text field and types into it with real keystrokes, so an island sees the input events a reader's typing sends. */
export async function typeText(page: Page, selector: string, value: string): Promise<void> {
  const field = page.locator(selector);
  await field.fill('');
  await field.focus();
  await page.keyboard.type(value);
}

/** The Hangul font files this browser has recorded as fetched (src/components/fonts/), or null. */
export const storedHangulFonts = (page: Page): Promise<string | null> =>
  page.evaluate((key) => localStorage.getItem(key), HANGUL_FONT_STORAGE_KEY);

/** The page's Hangul stylesheet link, off (media="not all") until its files are cached. */
export const hangulFontLink = (page: Page) => page.locator(`#${HANGUL_FONT_LINK_ID}`);

/**
 * Waits for the page's idle moment after load: on a Korean page until the warm-up has fetched the
 * Hangul files and recorded them; on others until the warm-up has had its turn (and found nothing to do).
 */
export async function afterHangulWarmUp(page: Page, korean: boolean): Promise<void> {
  if (korean) await expect.poll(() => storedHangulFonts(page)).toBeTruthy();
  else await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
}
