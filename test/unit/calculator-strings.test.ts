// Every calculator's strings (src/calculators/*/strings.ts): the three sections, plain strings only
// (JSON-safe, so the frame can ship them in data-strings), the same keys and the same {slots} in both
// languages. The types check key parity too (SameShape); this also catches slots and functions.
import { describe, expect, test } from 'vitest';
import { LANGS } from '../../src/i18n/locales.ts';

const modules = import.meta.glob<Record<string, unknown>>('../../src/calculators/*/strings.ts', { eager: true });

function leaves(value: unknown, path: string, out: Map<string, unknown>): Map<string, unknown> {
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) leaves(item, path ? `${path}.${key}` : key, out);
  } else out.set(path, value);
  return out;
}
const slots = (text: unknown) => [...String(text).matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

const tables = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => value && typeof value === 'object' && 'ko' in value && 'en' in value)
    .map(([name, value]) => [`${file.replace('../../', '')} ${name}`, value as Record<string, unknown>] as const),
);

describe('calculator strings', () => {
  test('one table per calculator and one for the kit', () => {
    expect(tables.map(([name]) => name.split('/')[2])).toEqual([
      'cgroups',
      'density',
      'digest',
      'image-reference',
      'kit',
      'layers',
      'port-spec',
    ]);
  });

  test.each(tables)('%s: plain strings, same keys and slots in both languages', (_name, table) => {
    const [ko, en] = LANGS.map((lang) => leaves(table[lang], '', new Map()));
    expect([...(en?.keys() ?? [])]).toEqual([...(ko?.keys() ?? [])]);
    for (const [path, text] of ko ?? []) {
      expect(typeof text, path).toBe('string');
      expect(slots(en?.get(path)), path).toEqual(slots(text));
    }
    const sections = Object.keys(table['ko'] as object);
    expect(sections.every((section) => ['form', 'output', 'errors'].includes(section))).toBe(true);
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
  });
});
