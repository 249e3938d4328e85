import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, origin } from './support/browser.ts';

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('locales', () => {
  test.each([
    ['ko', '/ko/', '가상화 핸드북'],
    ['en', '/en/', 'Virtualization Handbook'],
  ])('%s home renders in its language', async (lang, path, title) => {
    const { page, context, foreignRequests, consoleErrors } = await openPage(browser, path);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.title()).toContain(title);
    expect(await page.locator('main h1').first().textContent()).toBeTruthy();
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  test('/ sends readers to Korean and offers both languages without JavaScript', async () => {
    const response = await fetch(new URL('/', origin()));
    const html = await response.text();
    expect(html).toMatch(/<meta http-equiv="refresh" content="0; url=\/ko\/"/);
    const { page, context } = await openPage(browser, '/', { javaScriptEnabled: false });
    await page.waitForURL(/\/ko\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    await context.close();
    expect(html).toContain('href="/ko/"');
    expect(html).toContain('href="/en/"');
  });

  test('the language picker keeps the reader on the same chapter', async () => {
    const { page, context } = await openPage(browser, '/ko/virtual-machines/');
    const select = page.locator('starlight-lang-select select').first();
    await Promise.all([page.waitForURL('**/en/virtual-machines/'), select.selectOption({ label: 'English' })]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });

  // Korean on an English page belongs in the language picker or in an element marked lang="ko"
  // (WCAG 3.1.2, so screen readers switch voice); anything else is interface text that leaked.
  test('English pages show no Korean text outside the language picker and lang="ko" parts', async () => {
    for (const path of ['/en/', '/en/virtual-machines/', '/en/404/']) {
      const { page, context } = await openPage(browser, path);
      const text = await page.evaluate(() => {
        const clone = document.documentElement.cloneNode(true) as HTMLElement;
        clone
          .querySelectorAll('starlight-lang-select, link[hreflang], script, [lang="ko"]')
          .forEach((element) => element.remove());
        return clone.outerHTML;
      });
      const hit = HANGUL.exec(text);
      expect(hit && text.slice(Math.max(0, hit.index - 80), hit.index + 40), path).toBeNull();
      await context.close();
    }
  });

  test('Korean pages show Korean interface text, including code block buttons', async () => {
    const { page, context } = await openPage(browser, '/ko/virtual-machines/');
    const copyButton = page.locator('.expressive-code button[data-copied]').first();
    expect(await copyButton.getAttribute('data-copied')).toBe('복사 완료!');
    const englishOnEn = await openPage(browser, '/en/virtual-machines/');
    expect(
      await englishOnEn.page.locator('.expressive-code button[data-copied]').first().getAttribute('data-copied'),
    ).toBe('Copied!');
    await englishOnEn.context.close();
    await context.close();
  });

  test('a missing page answers with the 404 page of its language', async () => {
    const response = await fetch(new URL('/en/no-such-chapter/', origin()));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
    const korean = await fetch(new URL('/ko/no-such-chapter/', origin()));
    expect(await korean.text()).toContain('페이지를 찾을 수 없습니다');
  });
});

// Diagram labels inside their boxes, with the site's fonts and with the fallback: diagram-labels.test.ts.
describe('diagrams', () => {
  test('render as inline SVG with no diagram script, and follow the theme toggle', async () => {
    const { page, context } = await openPage(browser, '/en/virtual-machines/');
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src || s.textContent || ''));
    expect(scripts.join('\n')).not.toMatch(/mermaid/i);
    const light = page.locator('figure.diagram .diagram-light svg').first();
    const dark = page.locator('figure.diagram .diagram-dark svg').first();
    await page.locator('starlight-theme-select select').first().selectOption('light');
    expect(await light.isVisible()).toBe(true);
    expect(await dark.isVisible()).toBe(false);
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await dark.isVisible()).toBe(true);
    expect(await light.isVisible()).toBe(false);
    expect(await dark.getAttribute('role')).toContain('graphics-document');
    expect(await dark.locator('title').first().textContent()).toBeTruthy();
    await context.close();
  });
});
