// HTML and CSS budgets, over the files in dist/ (the JavaScript and font budgets, which depend on what
// a page loads, are in test/e2e/budgets.test.ts).
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { BUDGETS, overBudget, table, TEXT_CHAPTERS, type BudgetRow } from '../support/budgets.ts';
import { distFile, gzipSize, pageHtml, sitemapPaths } from '../support/dist.ts';

function stylesheetHrefs(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => !/media="print"/.test(tag))
    .map((tag) => /href="([^"]+)"/.exec(tag)?.[1] ?? '');
}

describe('HTML and CSS budgets', () => {
  test('page chrome (header, sidebar, table of contents, footer) stays within budget', () => {
    const rows: BudgetRow[] = [];
    for (const path of TEXT_CHAPTERS) {
      // The chapter's own content removed leaves what every page carries.
      const tree = fromHtml(pageHtml(path));
      visit(tree, 'element', (node) => {
        const className = node.properties['className'];
        if (Array.isArray(className) && className.includes('sl-markdown-content')) node.children = [];
      });
      const chrome = toHtml(tree, { allowDangerousHtml: true, allowDangerousCharacters: true });
      expect(chrome.length).toBeLessThan(pageHtml(path).length);
      rows.push([path, gzipSize(chrome), BUDGETS.chromeHtml]);
    }
    expect(overBudget(rows), table(rows)).toEqual([]);
  });

  test('each diagram, light and dark renders with their styles, stays within budget', () => {
    const rows: BudgetRow[] = [];
    for (const path of sitemapPaths()) {
      if (path === '/') continue;
      const html = pageHtml(path);
      const css = stylesheetHrefs(html)
        .filter((href) => href.includes('/inline.'))
        .map((href) => distFile(href).toString('utf8'))
        .join('\n');
      for (const [index, figure] of [...html.matchAll(/<figure class="diagram">[\s\S]*?<\/figure>/g)].entries()) {
        const rootIds = [...figure[0].matchAll(/<svg id="([^"]+)"/g)].map((match) => match[1] ?? '');
        const rules = css.split('\n').filter((rule) => rootIds.some((id) => rule.includes(`#${id}`)));
        rows.push([`${path} diagram ${index + 1}`, gzipSize(figure[0] + rules.join('\n')), BUDGETS.diagram]);
      }
    }
    expect(rows.length).toBeGreaterThan(10);
    expect(overBudget(rows), table(rows)).toEqual([]);
  });

  // The site's stylesheets; a page's diagram styles (inline.*.css) belong to the diagram budget.
  test('the CSS a page loads stays within budget', () => {
    const rows: BudgetRow[] = sitemapPaths()
      .filter((path) => path !== '/')
      .map((path) => [
        path,
        stylesheetHrefs(pageHtml(path))
          .filter((href) => !href.includes('/inline.'))
          .reduce((sum, href) => sum + gzipSize(distFile(href)), 0),
        BUDGETS.css,
      ]);
    expect(overBudget(rows), table(rows)).toEqual([]);
  });
});
