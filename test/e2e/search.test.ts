// The handbook's search: the header dialog and the search page, in both languages, with hostile input,
// the wrong keyboard layout, suggestions, accessibility in both themes and no JavaScript.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { LANGS, type Lang } from '../../src/i18n/locales.ts';
import { searchStrings } from '../../src/i18n/search.ts';
import { askSearchPage } from '../../scripts/bench/search.ts';
import { expect, test as base } from './fixtures.ts';

// Starlight i18n strings the server renders (src/content/i18n/<lang>.json).
function interfaceString(lang: Lang, key: string): string {
  const text = (JSON.parse(readFileSync(`src/content/i18n/${lang}.json`, 'utf8')) as Record<string, string>)[key];
  if (!text) throw new Error(`src/content/i18n/${lang}.json has no ${key}`);
  return text;
}

const isSearchCode = (url: string): boolean => {
  const { pathname } = new URL(url);
  return (
    pathname.startsWith('/pagefind/') ||
    pathname.startsWith('/search-index/') ||
    /\/_astro\/search-ui\.[^/]*\.js$/.test(pathname)
  );
};

/** Every request for Pagefind or the handbook's search module, from before the page loads. */
const test = base.extend<{ searchRequests: string[] }>({
  searchRequests: async ({ context }, use) => {
    const seen: string[] = [];
    context.on('request', (request) => {
      if (isSearchCode(request.url())) seen.push(request.url());
    });
    await use(seen);
  },
});

/** axe violations in the light and the dark theme, optionally within one element. */
async function accessibilityProblems(
  axe: (options: { include?: string; label: string }) => Promise<string[]>,
  setTheme: (theme: 'light' | 'dark', via: 'attribute') => Promise<void>,
  include?: string,
): Promise<string[]> {
  const problems: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    // Set as the picker sets it: an open modal dialog makes the picker itself inert.
    await setTheme(theme, 'attribute');
    problems.push(...(await axe({ ...(include ? { include } : {}), label: theme })));
  }
  return problems;
}

async function resultLinks(page: Page, selector = '[data-search-results] .hs-result-title a'): Promise<string[]> {
  return page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

const searchPage = (lang: string, query: string) => `/${lang}/search/?q=${encodeURIComponent(query)}`;
const results = (page: Page) => page.locator('[data-search-results]');
const dialogResults = (page: Page) => page.locator('[data-dialog-results]');

test.describe('header search', () => {
  test('downloads no search code until the reader opens search, then finds Korean with particles (Ctrl+K)', async ({
    page,
    watch,
    searchRequests,
  }) => {
    await page.goto('/ko/containers/');
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 800);
    await page.waitForTimeout(300);
    expect(searchRequests).toEqual([]);

    await page.keyboard.press('Control+K');
    const dialog = page.locator('dialog[data-search-dialog]');
    await expect(dialog).toHaveJSProperty('open', true);
    const input = dialog.locator('input[name="q"]');
    await expect(input).toBeFocused();
    await input.pressSequentially('컨트롤 그룹으로 메모리를 제한하려면');
    await expect(page.locator('[data-dialog-results][data-state="done"] .hs-result').first()).toBeVisible();
    const links = await resultLinks(page, '[data-dialog-results] .hs-result-title a');
    expect(links[0]).toBe('/ko/containers/');
    expect(links.every((link) => link.startsWith('/ko/'))).toBe(true);
    expect(await dialogResults(page).locator('mark').count()).toBeGreaterThan(0);
    expect(searchRequests.some((url) => url.includes('/search-index/ko.json'))).toBe(true);
    // The handbook's own index replaced Pagefind's runtime in the browser.
    expect(searchRequests.filter((url) => url.includes('/pagefind/'))).toEqual([]);

    // One Escape closes, even though the search field has text (which Escape would clear first).
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveJSProperty('open', false);
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('"/" opens search on an English page, and focusing the button starts loading it', async ({
    page,
    watch,
    searchRequests,
  }) => {
    await page.goto('/en/virtual-machines/');
    await page.waitForLoadState('networkidle');
    expect(searchRequests).toEqual([]);
    await page.locator('[data-search-trigger]').focus();
    await expect.poll(() => searchRequests.some((url) => /search-ui/.test(url))).toBe(true);
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    const input = page.locator('dialog[data-search-dialog] input[name="q"]');
    await expect(input).toBeFocused();
    await input.pressSequentially('cgroup memory');
    await expect(page.locator('[data-dialog-results][data-state="done"] .hs-result').first()).toBeVisible();
    const links = await resultLinks(page, '[data-dialog-results] .hs-result-title a');
    expect(links[0]).toBe('/en/containers/');
    expect(links.every((link) => link.startsWith('/en/'))).toBe(true);
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('"/" typed into a form field stays in the field', async ({ page }) => {
    await page.goto('/ko/search/');
    const pageInput = page.locator('[data-search-page] input[name="q"]');
    await pageInput.click();
    await page.keyboard.type('a/b');
    await expect(pageInput).toHaveValue('a/b');
    await expect(page.locator('dialog[data-search-dialog]')).toHaveJSProperty('open', false);
  });
});

test.describe('search page', () => {
  for (const [lang, query, expected] of [
    ['ko', '이미지의 계층', '/ko/images/'],
    ['ko', '하이퍼바이저 종류', '/ko/hypervisors/'],
    ['en', 'image layers', '/en/images/'],
  ] as const) {
    test(`/${lang}/search/?q=${query} lists chapters and sections with highlighted excerpts`, async ({
      page,
      watch,
    }) => {
      await page.goto(searchPage(lang, query));
      await expect(results(page)).toHaveAttribute('data-state', 'done');
      await expect(page.locator('[data-search-page] input[name="q"]')).toHaveValue(query);
      const links = await resultLinks(page);
      expect(links.slice(0, 3)).toContain(expected);
      expect(links.every((link) => link.startsWith(`/${lang}/`))).toBe(true);
      expect(new Set(links).size).toBe(links.length);
      const sections = await resultLinks(page, '[data-search-results] .hs-section-title');
      expect(sections.length).toBeGreaterThan(0);
      const sectionHref = new RegExp(`^/(${LANGS.join('|')})/([^#]*/)?#.+`);
      expect(
        sections.every((href) => sectionHref.test(href)),
        sections.join(' '),
      ).toBe(true);
      expect(await results(page).locator('.hs-excerpt mark').count()).toBeGreaterThan(0);
      // A section link lands on its heading.
      const anchor = decodeURIComponent(sections[0]!.split('#')[1]!);
      await results(page).locator('.hs-section-title').first().click();
      await page.waitForURL((url) => url.hash !== '');
      await expect(page.locator(`[id="${anchor}"]`)).toHaveCount(1);
      expect(await watch.cspViolations()).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    });
  }

  test('results and the open dialog are accessible in both themes', async ({ page, axe, setTheme }) => {
    await page.goto(searchPage('ko', '컨테이너를 실행하면'));
    await expect(results(page)).toHaveAttribute('data-state', 'done');
    expect(await accessibilityProblems(axe, setTheme)).toEqual([]);
    await page.keyboard.press('Control+K');
    await page.locator('dialog[data-search-dialog] input[name="q"]').fill('cgroup 메모리');
    await expect(dialogResults(page)).toHaveAttribute('data-state', 'done');
    expect(await accessibilityProblems(axe, setTheme, 'dialog[data-search-dialog]')).toEqual([]);
  });

  test('typing keeps the address shareable', async ({ page }) => {
    await page.goto('/ko/search/');
    await askSearchPage(page, 'cgroup 메모리');
    expect(new URL(page.url()).searchParams.get('q')).toBe('cgroup 메모리');
    expect((await resultLinks(page))[0]).toBe('/ko/containers/');
  });

  for (const [lang, query] of [
    ['en', '컨테이너'],
    ['en', 'container'],
    ['ko', 'container'],
    ['ko', '컨테이너'],
  ] as const) {
    test(`results for "${query}" on /${lang}/search/ come only from the page language, and each chapter once`, async ({
      page,
      request,
    }) => {
      await page.goto(searchPage(lang, query));
      await expect(results(page)).toHaveAttribute('data-state', 'done');
      const links = await resultLinks(page);
      expect(links.length).toBeGreaterThan(0);
      expect(
        links.every((link) => link.startsWith(`/${lang}/`)),
        links.join(' '),
      ).toBe(true);
      expect(new Set(links).size).toBe(links.length);
      // Untranslated fallback pages carry the language of their text; none may appear here.
      for (const link of links) {
        const html = await (await request.get(link)).text();
        expect(html, link).toContain(`data-pagefind-filter="lang[content]"`);
        expect(html, link).toMatch(new RegExp(`content="${lang}" data-pagefind-filter="lang\\[content\\]"`));
      }
    });
  }

  const hostile = [
    ['empty', ''],
    ['whitespace only', '   '],
    ['1,000 characters', 'a'.repeat(1000)],
    ['only punctuation', '?!.,;:…“”()[]{}'],
    ['emoji', '🐳🔥🚀'],
    ['markup', '<script>alert(1)</script>'],
    ['attribute injection', '"><img src=x onerror=alert(1)>'],
  ] as const;

  for (const lang of LANGS) {
    for (const [name, query] of hostile) {
      test(`bad input (${name}) on /${lang}/search/ answers with a friendly message`, async ({ page, watch }) => {
        const strings = searchStrings[lang];
        await page.goto(searchPage(lang, query));
        await expect(results(page)).toHaveAttribute('data-query', query);
        await expect(results(page)).not.toHaveAttribute('aria-busy');
        const expected = query.trim() === '' ? strings.empty : strings.noResults.split('{query}')[0]!;
        await expect(page.locator('[data-search-status]')).toContainText(expected);
        await expect(results(page).locator('.hs-result')).toHaveCount(0);
        await expect(page.locator('main script, main img, [data-search-results] *[onerror]')).toHaveCount(0);
        expect(watch.dialogs).toEqual([]);
        expect(await watch.cspViolations()).toEqual([]);
        expect(watch.consoleErrors).toEqual([]);
      });
    }

    test(`a mixed-script query on /${lang}/search/ finds what its words name`, async ({ page, watch }) => {
      await page.goto(searchPage(lang, 'Dockerで🐳를 Ωx <i>'));
      await expect(results(page)).toHaveAttribute('data-state', 'done');
      const links = await resultLinks(page);
      expect(links.slice(0, 3)).toContain(`/${lang}/docker-architecture/`);
      expect(links.every((link) => link.startsWith(`/${lang}/`))).toBe(true);
      await expect(page.locator('main i, [data-search-results] script')).toHaveCount(0);
      expect(watch.consoleErrors).toEqual([]);
    });
  }

  test('a 10,000-character query typed into the page is searched by its start, without error', async ({
    page,
    watch,
  }) => {
    await page.goto('/ko/search/');
    const query = `컨테이너 ${'가'.repeat(5000)} ${'<b>'.repeat(1666)}`;
    const input = page.locator('[data-search-page] input[name="q"]');
    await input.fill(query);
    await input.press('Enter');
    await expect
      .poll(async () => ((await results(page).getAttribute('data-query')) ?? '').length)
      .toBeGreaterThan(5000);
    await expect(results(page)).not.toHaveAttribute('aria-busy');
    await expect(results(page)).toHaveAttribute('data-state', /^(done|none)$/);
    await expect(page.locator('main b, main script')).toHaveCount(0);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('Korean typed on the English layout is searched as Korean, with a notice that undoes it', async ({
    page,
    watch,
    axe,
    setTheme,
  }) => {
    await page.goto(searchPage('ko', 'zjsxpdlsj'));
    await expect(page.locator('[data-search-results][data-state="done"] .hs-result').first()).toBeVisible();
    const notice = results(page).locator('.hs-converted');
    await expect(notice).toHaveText('컨테이너(으)로 검색했습니다 · zjsxpdlsj로 검색');
    expect(await notice.textContent()).toBe('컨테이너(으)로 검색했습니다 · zjsxpdlsj로 검색');
    await expect(notice.locator('code')).toHaveText('zjsxpdlsj');
    await expect(page.locator('[data-search-status]')).toHaveText(/^컨테이너\(으\)로 검색했습니다\. /);
    expect((await resultLinks(page)).slice(0, 3)).toContain('/ko/containers/');
    expect(await accessibilityProblems(axe, setTheme, '[data-search-page]')).toEqual([]);
    await notice.locator('button').click();
    await expect(results(page)).toHaveAttribute('data-state', 'none');
    await expect(page.locator('[data-search-page] input[name="q"]')).toHaveValue('zjsxpdlsj');
    expect(new URL(page.url()).searchParams.get('raw')).toBe('1');
    await expect(page.locator('.hs-converted')).toHaveCount(0);
    // The shared link keeps the reader's choice.
    await page.reload();
    await expect(results(page)).toHaveAttribute('data-state', 'none');
    await expect(page.locator('.hs-converted')).toHaveCount(0);
    expect(watch.consoleErrors).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
  });

  test('the header dialog reads the wrong layout too', async ({ page, watch }) => {
    await page.goto('/ko/images/');
    await page.keyboard.press('Control+K');
    await page.locator('dialog[data-search-dialog] input[name="q"]').fill('gkdlvjqkdlwj');
    await expect(page.locator('[data-dialog-results][data-state="done"] .hs-result').first()).toBeVisible();
    await expect(dialogResults(page).locator('.hs-converted')).toContainText('하이퍼바이저(으)로 검색했습니다');
    expect((await resultLinks(page, '[data-dialog-results] .hs-result-title a'))[0]).toBe('/ko/hypervisors/');
    await dialogResults(page).locator('.hs-converted button').click();
    await expect(dialogResults(page)).toHaveAttribute('data-state', 'none');
    expect(await watch.cspViolations()).toEqual([]);
  });

  for (const [lang, query, label] of [
    ['ko', 'ㄷㅋ', '도커'],
    ['ko', '칸태이너', '컨테이너'],
    ['en', 'kubrnets', 'Kubernetes'],
  ] as const) {
    test(`no results on /${lang}/search/?q=${query} suggests the nearest glossary term and the chapter list`, async ({
      page,
      axe,
      setTheme,
    }) => {
      await page.goto(searchPage(lang, query));
      await expect(results(page)).toHaveAttribute('data-state', 'none');
      const suggestion = results(page).locator('.hs-suggest');
      await expect(suggestion).toContainText(searchStrings[lang].didYouMean);
      const links = suggestion.locator('a');
      expect(await links.allTextContents()).toContain(label);
      await expect(links.first()).toHaveAttribute('href', new RegExp(`^/${lang}/[^/]+/#`));
      await expect(results(page).locator('.hs-hint a')).toHaveAttribute('href', searchStrings[lang].chapterListHref);
      expect(await accessibilityProblems(axe, setTheme, '[data-search-page]')).toEqual([]);
    });
  }

  test('markup typed into the header dialog stays text', async ({ page, watch }) => {
    await page.goto('/en/');
    await page.keyboard.press('Control+K');
    const input = page.locator('dialog[data-search-dialog] input[name="q"]');
    await input.fill('<img src=x onerror=alert(1)> 🐳');
    await expect(dialogResults(page)).toHaveAttribute('data-state', 'none');
    await expect(page.locator('[data-dialog-status]')).toContainText('No results for “<img src=x');
    await expect(page.locator('dialog img')).toHaveCount(0);
    expect(watch.dialogs).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    for (const lang of LANGS) {
      test(`/${lang}/search/ says search needs it and links the chapter list`, async ({ page }) => {
        const strings = searchStrings[lang];
        await page.goto(`/${lang}/search/?q=test`);
        const notice = page.locator('[data-search-needs-js]');
        await expect(notice).toBeVisible();
        await expect(notice).toContainText(interfaceString(lang, 'searchPage.needsJs'));
        await expect(notice.locator('a')).toHaveAttribute('href', strings.chapterListHref);
        // The header button is a plain link to the search page.
        await expect(page.locator('[data-search-trigger]')).toHaveAttribute('href', `/${lang}/search/`);
      });
    }
  });
});
