// What the built site ships for the calculators (reads dist/, run `npm run build` first; no browser):
// the islands bundle no string table, so no calculator chunk holds a calculator sentence in either
// language, nor the 404 page's text; each calculator's page carries its output and error strings in
// data-strings, in the page's language only, exactly as the build-time result was computed with.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { cgroupsStrings } from '../../src/calculators/cgroups/strings.ts';
import { densityStrings } from '../../src/calculators/density/strings.ts';
import { digestStrings } from '../../src/calculators/digest/strings.ts';
import { imageReferenceStrings } from '../../src/calculators/image-reference/strings.ts';
import type { CalculatorStrings } from '../../src/calculators/kit/spec.ts';
import { kitStrings, shippedStrings } from '../../src/calculators/kit/strings.ts';
import { layersStrings } from '../../src/calculators/layers/strings.ts';
import { portSpecStrings } from '../../src/calculators/port-spec/strings.ts';
import { LANGS, type Lang } from '../../src/i18n/locales.ts';

const ASSETS = join('dist', '_astro');
const CALCULATORS: Record<string, { component: string; page: string; strings: Record<Lang, CalculatorStrings> }> = {
  density: { component: 'DensityCalculator', page: 'vm-vs-containers', strings: densityStrings },
  layers: { component: 'LayerSharingCalculator', page: 'images', strings: layersStrings },
  ref: { component: 'ImageReferenceExplorer', page: 'images', strings: imageReferenceStrings },
  digest: { component: 'DigestLab', page: 'images', strings: digestStrings },
  cgroups: { component: 'CgroupTranslator', page: 'containers', strings: cgroupsStrings },
  ports: { component: 'PortSpecExplainer', page: 'networking', strings: portSpecStrings },
};
const NOT_FOUND = ['페이지를 찾을 수 없습니다', 'Page not found'];

const files = readdirSync(ASSETS).filter((name) => name.endsWith('.js'));
const source = (name: string) => readFileSync(join(ASSETS, name), 'utf8');

/** A chunk and every chunk it imports, as Vite writes them (`from"./x.js"`, `import"./x.js"`). */
function closure(name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  for (const match of source(name).matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) {
    if (match[1]) closure(match[1], seen);
  }
  return seen;
}

/** The literal parts of every string of a table, long enough not to occur in code by chance. */
function sentences(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(...value.split(/\{\w+\}/).filter((part) => part.trim().length >= 10));
  else if (value && typeof value === 'object') for (const item of Object.values(value)) sentences(item, out);
  return out;
}

describe('calculator islands ship no strings', () => {
  const islands = Object.values(CALCULATORS).map(({ component }) => {
    const entry = files.find((name) => name.startsWith(`${component}.astro_astro_type_script`));
    if (!entry) throw new Error(`no island chunk for ${component} in ${ASSETS}`);
    return [component, [...closure(entry)]] as const;
  });
  const everySentence = [
    ...Object.values(CALCULATORS).flatMap(({ strings }) => LANGS.flatMap((lang) => sentences(strings[lang]))),
    ...LANGS.flatMap((lang) => sentences(kitStrings[lang])),
  ];

  test('finds the six islands and their strings', () => {
    expect(islands).toHaveLength(6);
    expect(everySentence.length).toBeGreaterThan(150);
  });

  test.each(islands)('%s: no calculator sentence in either language, no 404 text', (_component, chunks) => {
    const found = chunks.flatMap((chunk) => {
      const text = source(chunk);
      return [...everySentence, ...NOT_FOUND]
        .filter((sentence) => text.includes(sentence))
        .map((s) => `${chunk}: ${s}`);
    });
    expect(found).toEqual([]);
  });
});

describe('each calculator carries its page language’s strings', () => {
  test.each(LANGS.flatMap((lang) => Object.entries(CALCULATORS).map(([id, spec]) => [lang, id, spec] as const)))(
    '/%s/ %s',
    (lang, id, { page, strings }) => {
      const tree = fromHtml(readFileSync(join('dist', lang, page, 'index.html'), 'utf8'));
      const roots: Record<string, unknown>[] = [];
      visit(tree, 'element', (node) => {
        if (node.properties['dataCalculator'] === id) roots.push(node.properties);
      });
      expect(roots).toHaveLength(1);
      const [root = {}] = roots;
      expect(root['dataLang']).toBe(lang);
      const json = String(root['dataStrings']);
      expect(JSON.parse(json)).toEqual(shippedStrings(strings, lang));
      const other = LANGS.find((candidate) => candidate !== lang) ?? lang;
      for (const sentence of sentences(strings[other].errors)) expect(json).not.toContain(sentence);
    },
  );
});
