// Every built page is valid HTML (html-validate, recommended rules) with zero errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { HtmlValidate } from 'html-validate';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { DIST, htmlFiles } from '../support/dist.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Starlight writes `<!doctype html>` and buttons without type="button": style, not validity.
    'doctype-style': 'off',
    'no-implicit-button-type': 'off',
    // Starlight's sidebars are unnamed <aside>/<nav>; axe's landmark rules (quality suite) pass.
    'unique-landmark': 'off',
    // HTML allows any id without spaces (Starlight uses `_top`).
    'valid-id': ['error', { relaxed: true }],
  },
});

/**
 * Expressive Code draws each code line as a <div> inside <code> and puts a <div> in its copy button;
 * that markup is the library's, not ours, so code blocks are left out of validation. Everything else
 * on the page, our own markup included, is validated.
 */
function withoutCodeBlocks(html: string): string {
  const tree: Root = fromHtml(html);
  visit(tree, 'element', (node: Element, index, parent) => {
    const className = node.properties['className'];
    if (parent && index !== undefined && Array.isArray(className) && className.includes('expressive-code')) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
  return toHtml(tree, { allowDangerousHtml: true, allowDangerousCharacters: true });
}

describe('HTML validity', () => {
  test.each(htmlFiles())('%s', async (file) => {
    const html = withoutCodeBlocks(readFileSync(join(DIST, file), 'utf8'));
    const report = await validator.validateString(html, file);
    const errors = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.ruleId}: ${message.message} [${message.selector ?? ''}]`),
    );
    expect(errors).toEqual([]);
  });
});
