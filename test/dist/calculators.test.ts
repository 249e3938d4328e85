// Without JavaScript a calculator shows the result the build computed: the output, the fields' values and
// the hidden link notice, read from the built pages in dist/ (no browser). Expected outputs come from the
// definitions the islands run (test/support/calculators.ts), plus values written out by hand.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { LANGS } from '../../src/i18n/locales.ts';
import { CALCULATOR_SPECS, expectedText, fieldId, PORTS } from '../support/calculators.ts';
import { pageHtml } from '../support/dist.ts';

function elements(root: Root | Element, matches: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(root, 'element', (node: Element) => {
    if (matches(node)) found.push(node);
  });
  return found;
}

function only(root: Root | Element, what: string, matches: (element: Element) => boolean): Element {
  const found = elements(root, matches);
  expect(found, what).toHaveLength(1);
  return found[0]!;
}

/** A calculator's section on a built page. */
function calculatorOn(path: string, id: string): Element {
  return only(fromHtml(pageHtml(path)), `[data-calculator="${id}"] on ${path}`, (e) => e.properties['dataCalculator'] === id);
}

const outputOf = (root: Element): string =>
  toString(only(root, '[data-calculator-output]', (e) => e.properties['dataCalculatorOutput'] !== undefined));

const urlNoticeHidden = (root: Element): unknown =>
  only(root, '[data-url-notice]', (e) => e.properties['dataUrlNotice'] !== undefined).properties['hidden'];

/** The value a field shows before any script runs, as the browser's `.value` would report it. */
function fieldValue(root: Element, id: string): string {
  const field = only(root, `#${id}`, (e) => e.properties['id'] === id);
  if (field.tagName === 'textarea') return toString(field);
  if (field.tagName === 'select') {
    const options = elements(field, (e) => e.tagName === 'option');
    const chosen = options.find((option) => option.properties['selected'] === true) ?? options[0];
    return String(chosen?.properties['value'] ?? '');
  }
  return String(field.properties['value'] ?? '');
}

const labelText = (root: Element, id: string): string =>
  toString(only(root, `label[for="${id}"]`, (e) => e.tagName === 'label' && String(e.properties['htmlFor']) === id)).trim();

describe.each(CALCULATOR_SPECS.flatMap((spec) => LANGS.map((lang) => [`${spec.definition.id} (${lang})`, spec, lang] as const)))(
  '%s',
  (_name, spec, lang) => {
    test('without JavaScript the page shows the build-time result', async () => {
      const root = calculatorOn(`/${lang}/${spec.chapter}/`, spec.definition.id);
      expect(outputOf(root)).toBe(await expectedText(spec, lang));
      expect(urlNoticeHidden(root)).toBe(true);
      for (const [key, value] of Object.entries(spec.definition.defaults)) {
        expect(fieldValue(root, fieldId(spec, key)), key).toBe(value);
        expect(labelText(root, fieldId(spec, key)), key).not.toBe('');
      }
    });
  },
);

describe.each(LANGS)('port publishing explainer (%s)', (lang) => {
  test('without JavaScript the page shows the default, 8080:80, on both wildcard addresses', () => {
    const root = calculatorOn(`/${lang}/${PORTS.chapter}/`, 'ports');
    const shown = outputOf(root);
    expect(shown).toBe(PORTS.expectedText(lang));
    expect(shown).toContain('0.0.0.0');
    expect(shown).toContain('[::]');
    expect(shown).toContain('docker run --publish published=8080,target=80,protocol=tcp IMAGE');
    expect(fieldValue(root, 'ports-spec')).toBe(PORTS.defaultSpec);
    expect(labelText(root, 'ports-spec')).not.toBe('');
    expect(urlNoticeHidden(root)).toBe(true);
  });
});
