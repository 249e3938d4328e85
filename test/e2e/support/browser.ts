import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../src/integrations/chromium.ts';

export const origin = (): string => inject('origin');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Requests that left the local server. */
  foreignRequests: string[];
  consoleErrors: string[];
  /** CSP violations the page reported (empty unless opened with trackCspViolations). */
  cspViolations: () => Promise<string[]>;
}

/** A page that records requests to other hosts and console errors, so any test can assert on them. */
export async function openPage(
  browser: Browser,
  path: string,
  options: { javaScriptEnabled?: boolean; trackCspViolations?: boolean } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  const local = new URL(origin()).host;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.host !== local) foreignRequests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  if (options.trackCspViolations) {
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, '__cspViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(
          `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
        );
      });
    });
  }
  await page.goto(new URL(path, origin()).href);
  const cspViolations = () =>
    page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  return { page, context, foreignRequests, consoleErrors, cspViolations };
}

/** Empties a text field and types into it with real keystrokes, so an island sees the input events a reader's typing sends. */
export async function typeText(page: Page, selector: string, value: string): Promise<void> {
  const field = page.locator(selector);
  await field.fill('');
  await field.focus();
  await page.keyboard.type(value);
}
