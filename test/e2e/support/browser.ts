import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../src/build/chromium.ts';

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
}

/** A page that records requests to other hosts and console errors, so any test can assert on them. */
export async function openPage(
  browser: Browser,
  path: string,
  options: { javaScriptEnabled?: boolean } = {},
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
  await page.goto(new URL(path, origin()).href);
  return { page, context, foreignRequests, consoleErrors };
}
