// Korean interface text (calculators, messages, notices, the 404 page) speaks in one register:
// 합니다체 with 해요체 requests (`입력하세요`), as Starlight's own Korean interface does. Chapter prose
// stays 평어체 (test/content). Every string module under src/i18n/, every calculator's strings.ts
// (src/calculators/*/strings.ts, the kit's too) and the Korean file of Starlight's i18n collection
// (src/content/i18n/ko.json: the 404 page, the translation status, the outdated notice, the search
// page, and our overrides of Starlight's own strings) are found and read here, so a new calculator's
// strings are held to the same rule without being listed.
import { describe, expect, test } from 'vitest';

const modules = {
  ...import.meta.glob<Record<string, unknown>>('../../src/i18n/**/*.ts', { eager: true }),
  ...import.meta.glob<Record<string, unknown>>('../../src/calculators/**/strings.ts', { eager: true }),
};
const collection = import.meta.glob<Record<string, string>>('../../src/content/i18n/ko.json', {
  eager: true,
  import: 'default',
});

/** Every Korean string of a `{ ko: … }` table, with functions called so their templates are read too. */
function koreanStrings(value: unknown, path: string, out: { path: string; text: string }[]): void {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, () => '3');
    koreanStrings((value as (...a: string[]) => unknown)(...args), `${path}()`, out);
  } else if (Array.isArray(value)) value.forEach((item, index) => koreanStrings(item, `${path}[${index}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) koreanStrings(item, `${path}.${key}`, out);
  }
}

function tables(): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const [file, exports] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(exports)) {
      if (name === 'default' || !value || typeof value !== 'object' || !('ko' in value)) continue;
      koreanStrings((value as { ko: unknown }).ko, `${file.replace('../../', '')} ${name}.ko`, out);
    }
  }
  for (const [file, strings] of Object.entries(collection))
    koreanStrings(strings, `${file.replace('../../', '')} strings`, out);
  return out;
}

/**
 * The sentence endings of a text that are not 합니다체/해요체 requests: 평어체 `…한다.`, 하라체 `…하라.`,
 * and plain 해요체 `…해요.` (only `…세요.` is a request in the interface register).
 */
export function offRegisterEndings(text: string): string[] {
  const endings: string[] = [];
  for (const match of text.matchAll(/([\uac00-\ud7a3])(다|라|요)(?=[.!?]|$)/g)) {
    const [whole, before, last] = match;
    if (last === '다' && before === '니') continue;
    if (last === '요' && before === '세') continue;
    endings.push(whole);
  }
  return endings;
}

describe('Korean interface register', () => {
  const strings = tables();

  test('finds the string tables (the six calculators and their kit, search, src/content/i18n/ko.json)', () => {
    const files = new Set(strings.map((entry) => entry.path.split(' ')[0]));
    for (const name of ['cgroups', 'density', 'digest', 'image-reference', 'kit', 'layers', 'port-spec']) {
      expect(files).toContain(`src/calculators/${name}/strings.ts`);
    }
    expect(files).toContain('src/i18n/search.ts');
    expect(files).toContain('src/content/i18n/ko.json');
    expect(strings.filter((entry) => entry.path.startsWith('src/content/i18n/ko.json')).length).toBeGreaterThan(30);
    expect(strings.length).toBeGreaterThan(150);
  });

  test('the rule itself tells the registers apart', () => {
    expect(offRegisterEndings('값을 입력하세요. 0 이상이어야 합니다.')).toEqual([]);
    expect(offRegisterEndings('값이 너무 크다. 다시 입력하라.')).toEqual(['크다', '하라']);
    expect(offRegisterEndings('계산해요.')).toEqual(['해요']);
    expect(offRegisterEndings('cgroup 번역기: docker run 옵션이 커널에 쓰는 값')).toEqual([]);
  });

  test('every Korean sentence ends in 합니다체 or a 해요체 request', () => {
    const offenders = strings
      .map((entry) => ({ ...entry, endings: offRegisterEndings(entry.text) }))
      .filter((entry) => entry.endings.length > 0)
      .map((entry) => `${entry.path}: ${entry.endings.join(', ')} in "${entry.text}"`);
    expect(offenders).toEqual([]);
  });
});
