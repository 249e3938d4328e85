import { expect, test } from './fixtures.ts';

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;

test.describe('locales', () => {
  for (const [lang, path, title] of [
    ['ko', '/ko/', '가상화 핸드북'],
    ['en', '/en/', 'Virtualization Handbook'],
  ] as const) {
    test(`${lang} home renders in its language`, async ({ page, watch }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(new RegExp(title));
      await expect(page.locator('main h1').first()).toHaveText(/\S/);
      expect(watch.foreignRequests).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('/ sends readers to Korean and offers both languages', async ({ page, request }) => {
      const html = await (await request.get('/')).text();
      expect(html).toMatch(/<meta http-equiv="refresh" content="0; url=\/ko\/"/);
      expect(html).toContain('href="/ko/"');
      expect(html).toContain('href="/en/"');
      await page.goto('/');
      await page.waitForURL(/\/ko\/$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    });
  });

  test('the language picker keeps the reader on the same chapter', async ({ page }) => {
    await page.goto('/ko/virtual-machines/');
    const select = page.locator('starlight-lang-select select').first();
    await Promise.all([page.waitForURL('**/en/virtual-machines/'), select.selectOption({ label: 'English' })]);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  // Korean on an English page belongs in the language picker or in an element marked lang="ko"
  // (WCAG 3.1.2, so screen readers switch voice); anything else is interface text that leaked. This
  // reads the whole document, head and attributes included; the quality suite reads every page's text.
  for (const path of ['/en/', '/en/virtual-machines/', '/en/404/']) {
    test(`${path} shows no Korean outside the language picker and lang="ko" parts`, async ({ page }) => {
      await page.goto(path);
      const text = await page.evaluate(() => {
        const clone = document.documentElement.cloneNode(true) as HTMLElement;
        clone
          .querySelectorAll('starlight-lang-select, link[hreflang], script, [lang="ko"]')
          .forEach((element) => element.remove());
        return clone.outerHTML;
      });
      const hit = HANGUL.exec(text);
      expect(hit && text.slice(Math.max(0, hit.index - 80), hit.index + 40)).toBeNull();
    });
  }

  for (const [lang, copied] of [
    ['ko', '복사 완료!'],
    ['en', 'Copied!'],
  ] as const) {
    test(`${lang} pages show their own interface text, including code block buttons`, async ({ page }) => {
      await page.goto(`/${lang}/virtual-machines/`);
      await expect(page.locator('.expressive-code button[data-copied]').first()).toHaveAttribute('data-copied', copied);
    });
  }

  test('a missing page answers with the 404 page of its language', async ({ request }) => {
    const response = await request.get('/en/no-such-chapter/');
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain('Page not found');
    const korean = await request.get('/ko/no-such-chapter/');
    expect(korean.status()).toBe(404);
    expect(await korean.text()).toContain('페이지를 찾을 수 없습니다');
    // Outside a language's folder, the root 404 page.
    const root = await request.get('/no-such-file.txt');
    expect(root.status()).toBe(404);
    expect(await root.text()).toBe(await (await request.get('/404.html')).text());
  });
});

// Diagram labels inside their boxes, with the site's fonts and with the fallback: diagram-labels.test.ts.
test.describe('diagrams', () => {
  test('render as inline SVG with no diagram script, and follow the theme toggle', async ({ page, setTheme }) => {
    await page.goto('/en/virtual-machines/');
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src || s.textContent || ''));
    expect(scripts.join('\n')).not.toMatch(/mermaid/i);
    const light = page.locator('figure.diagram .diagram-light svg').first();
    const dark = page.locator('figure.diagram .diagram-dark svg').first();
    await setTheme('light');
    await expect(light).toBeVisible();
    await expect(dark).toBeHidden();
    await setTheme('dark');
    await expect(dark).toBeVisible();
    await expect(light).toBeHidden();
    await expect(dark).toHaveAttribute('role', /graphics-document/);
    await expect(dark.locator('title').first()).toHaveText(/\S/);
  });
});
