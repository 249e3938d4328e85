// src/content/i18n/{ko,en}.json: Starlight's i18n collection, holding our components' interface
// strings (src/i18n/interface-strings.ts) and a few overrides of Starlight's own. The schema makes
// each of our keys required in every file, so `astro check` and the build fail on a missing one;
// this test also holds the two languages to the same keys and the same {{slots}}, and catches a key
// that neither we nor Starlight define (a typo, which the collection's loose schema lets through).
import { i18nSchema } from '@astrojs/starlight/schema';
import { describe, expect, test } from 'vitest';
import en from '../../src/content/i18n/en.json';
import ko from '../../src/content/i18n/ko.json';
import { interfaceStrings, slotParts } from '../../src/i18n/interface-strings.ts';
import { LANGS } from '../../src/i18n/locales.ts';

const files: Record<(typeof LANGS)[number], Record<string, string>> = { ko, en };
const ours = Object.keys(interfaceStrings.shape);
const starlights = new Set(Object.keys(i18nSchema().shape));
const slots = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('interface strings (src/content/i18n/)', () => {
  test('our keys are not Starlight keys, so none replaces one by accident', () => {
    expect(ours.length).toBeGreaterThan(30);
    expect(ours.filter((key) => starlights.has(key))).toEqual([]);
  });

  test.each(LANGS)('%s.json has every key of ours, each a non-empty string', (lang) => {
    const file = files[lang];
    expect(ours.filter((key) => typeof file[key] !== 'string' || file[key].trim() === '')).toEqual([]);
    expect(interfaceStrings.safeParse(file).success).toBe(true);
  });

  test.each(LANGS)('%s.json has no key that is neither ours nor Starlight’s', (lang) => {
    expect(Object.keys(files[lang]).filter((key) => !ours.includes(key) && !starlights.has(key))).toEqual([]);
  });

  test('Korean and English fill the same {{slots}}', () => {
    const mismatched = ours.filter(
      (key) => slots(ko[key as keyof typeof ko]).join() !== slots(en[key as keyof typeof en]).join(),
    );
    expect(mismatched).toEqual([]);
    expect(slots(ko['translationStatus.summary'])).toEqual(['chapters', 'missing', 'outdated', 'upToDate']);
  });

  test('slotParts splits a string at its {{slots}}, so a value can be its own element', () => {
    expect(slotParts('Facts checked: {{date}}')).toEqual([
      { kind: 'text', text: 'Facts checked: ' },
      { kind: 'slot', name: 'date' },
    ]);
    expect(slotParts('{{path}}: {{other}} changed after it.')).toEqual([
      { kind: 'slot', name: 'path' },
      { kind: 'text', text: ': ' },
      { kind: 'slot', name: 'other' },
      { kind: 'text', text: ' changed after it.' },
    ]);
    expect(slotParts('no slots, {single} braces')).toEqual([{ kind: 'text', text: 'no slots, {single} braces' }]);
  });
});
