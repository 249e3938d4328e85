import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBytes, formatNumber } from '../../src/calculators/kit/format.ts';
import { toHtml, type ViewNode } from '../../src/calculators/kit/view.ts';
import { GUEST_OS_KEY, layerLines } from '../../src/calculators/layers/view.ts';
import { LANGS, type Lang } from '../../src/i18n/locales.ts';
import {
  cgroupsCalculator,
  cgroupsMessages,
  cgroupsOutputUi,
  densityCalculator,
  densityMessages,
  densityOutputUi,
  digestCalculator,
  digestMessages,
  digestOutputUi,
  DIGEST_DEFAULT_A,
  DIGEST_DEFAULT_B,
  DIGEST_DEFAULT_CHECK,
  fill,
  fixInputs,
  HANGUL,
  imageReferenceCalculator,
  imageReferenceMessages,
  layersCalculator,
  layersMessages,
  portSpecCalculator,
  type BoundCalculator,
  type CalculatorOutcome,
} from '../support/calculators.ts';
import { formatBytesParts } from '../../src/lib/layers.ts';
import { rowsOf, textOf } from '../support/view-text.ts';

const BROKEN = /NaN|undefined|Infinity/;
const HUGE = '9'.repeat(10_000);
const LONG_TEXT = 'x'.repeat(10_000);
const ODD = ['🐳', '１２', '٣', '\u200b1', 'e\u0301', '\ud800'];

const sha256 = (text: string): string => `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;

async function run(
  definition: BoundCalculator,
  lang: Lang,
  edits: Record<string, string> = {},
): Promise<CalculatorOutcome & { html: string; text: string }> {
  const outcome = await definition.compute({ ...definition.defaults, ...edits }, lang);
  return { ...outcome, html: toHtml(outcome.output), text: textOf(outcome.output) };
}

/** The message is in the page's language: Korean pages get Hangul, English pages none. */
function expectLanguage(message: string | undefined, lang: Lang): void {
  expect(message).toBeTruthy();
  expect(HANGUL.test(message ?? ''), message).toBe(lang === 'ko');
}

describe.each(LANGS)('density calculator (%s)', (lang) => {
  const containers = lang === 'ko' ? '컨테이너' : 'Containers';
  const cpu = 'CPU';

  it('counts the default host: 32 VMs and 64 containers, both held back by CPU', async () => {
    const { output, text, html, fieldErrors } = await run(densityCalculator, lang);
    expect(fieldErrors).toEqual({});
    // 32 threads / 1 vCPU per VM; 32 threads / 0.5 CPU per containerised app.
    expect(rowsOf(output).slice(1)).toEqual([
      [lang === 'ko' ? 'VM' : 'VMs', '32', cpu],
      [containers, '64', cpu],
    ]);
    expect(text).toContain(
      lang === 'ko' ? '컨테이너가 VM보다 2배 많이 들어갑니다.' : '2× as many containers as VMs fit.',
    );
    expect(html).not.toMatch(BROKEN);
    expect(HANGUL.test(text)).toBe(lang === 'ko');
  });

  it('follows edited inputs, with numbers in the page’s format', async () => {
    const quarter = await run(densityCalculator, lang, { 'app.cpus': '0.25' });
    expect(rowsOf(quarter.output)[2]).toEqual([containers, '128', cpu]);
    expect(quarter.text).toContain(lang === 'ko' ? 'VM보다 4배' : '4× as many');
    const big = await run(densityCalculator, lang, {
      'host.cpus': '4000',
      'host.memoryMiB': '100000000',
      'host.diskGiB': '100000',
    });
    expect(rowsOf(big.output)[2]).toEqual([containers, '8,000', cpu]);
  });

  it('says so when not a single VM fits', async () => {
    const { output, text } = await run(densityCalculator, lang, { 'host.memoryMiB': '1' });
    expect(rowsOf(output)[1]?.[1]).toBe('0');
    expect(rowsOf(output)[1]?.[2]).toBe(lang === 'ko' ? '메모리' : 'memory');
    expect(text).toContain(densityOutputUi[lang].noVm);
  });

  it.each([
    ['host.cpus', 'abc', 'not-a-number'],
    ['host.cpus', '-1', 'not-a-number'],
    ['host.cpus', '1e3', 'not-a-number'],
    ['host.cpus', HUGE, 'not-a-number'],
    ['host.cpus', '999999999999', 'too-large'],
    ['app.memoryMiB', '0', 'zero'],
    ...ODD.map((text) => ['vm.vcpus', text, 'not-a-number'] as const),
  ] as const)('explains %s = %j in the reader’s language', async (field, value, code) => {
    const { fieldErrors, text, html } = await run(densityCalculator, lang, { [field]: value });
    expect(fieldErrors).toEqual({ [field]: densityMessages[lang][code] });
    expectLanguage(fieldErrors[field], lang);
    expect(text).toBe(fixInputs(lang));
    expect(html).not.toMatch(BROKEN);
  });
});

describe.each(LANGS)('image reference explorer (%s)', (lang) => {
  it('shows how Docker reads the default, ubuntu', async () => {
    const { text, html, fieldErrors } = await run(imageReferenceCalculator, lang);
    expect(fieldErrors).toEqual({});
    const rows = rowsOf(imageReferenceCalculator.compute({ reference: 'ubuntu' }, lang).output);
    const none = lang === 'ko' ? '없음' : 'none';
    expect(rows.map((row) => row[1])).toEqual([
      'docker.io',
      'library/ubuntu',
      none,
      none,
      'docker.io/library/ubuntu',
      'ubuntu',
      'docker.io/library/ubuntu:latest',
    ]);
    expect(html).not.toMatch(BROKEN);
    expect(HANGUL.test(text)).toBe(lang === 'ko');
  });

  it('splits an edited reference with registry, tag and digest', async () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const { output, fieldErrors } = await run(imageReferenceCalculator, lang, {
      reference: `ghcr.io/owner/app:1.0@${digest}`,
    });
    expect(fieldErrors).toEqual({});
    expect(rowsOf(output).map((row) => row[1])).toEqual([
      'ghcr.io',
      'owner/app',
      '1.0',
      digest,
      'ghcr.io/owner/app',
      `ghcr.io/owner/app:1.0@${digest}`,
      `ghcr.io/owner/app@${digest}`,
    ]);
    const local = await run(imageReferenceCalculator, lang, { reference: 'localhost:5000/team/app' });
    expect(rowsOf(local.output)[0]?.[1]).toBe('localhost:5000');
    // "1e3" is not a number here but a valid repository name, as it is for docker pull.
    const numeric = await run(imageReferenceCalculator, lang, { reference: '1e3' });
    expect(numeric.text).toContain('docker.io/library/1e3:latest');
  });

  it.each([
    ['', 'name-empty'],
    ['-1', 'invalid-format'],
    ['NaN', 'name-contains-uppercase'],
    ['Ubuntu', 'name-contains-uppercase'],
    ['ubuntu:', 'tag-invalid'],
    ['ubuntu@sha256:abc', 'digest-invalid'],
    ['a'.repeat(10_000), 'name-too-long'],
    [LONG_TEXT.replaceAll('x', '/'), 'invalid-format'],
    ['🐳', 'invalid-format'],
    ['ubuntu\u200b', 'invalid-format'],
    ['a'.repeat(64).replaceAll('a', 'f'), 'identifier-as-name'],
  ] as const)('explains %j with the model message', async (reference, code) => {
    const { fieldErrors, text, html } = await run(imageReferenceCalculator, lang, { reference });
    expect(fieldErrors).toEqual({ reference: imageReferenceMessages[lang][code] });
    expectLanguage(fieldErrors['reference'], lang);
    expect(text).toBe(fixInputs(lang));
    expect(html).not.toMatch(BROKEN);
  });
});

describe.each(LANGS)('digest lab (%s)', (lang) => {
  const ui = digestOutputUi[lang];

  it('shows both digests of the defaults, how many characters differ, and checks content A', async () => {
    const { output, text, html, fieldErrors } = await run(digestCalculator, lang);
    expect(fieldErrors).toEqual({});
    const a = sha256(DIGEST_DEFAULT_A);
    const b = sha256(DIGEST_DEFAULT_B);
    expect(a).toBe('sha256:b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9');
    // The default "digest to check" is written out in defaults.ts; it must be content A's digest.
    expect(DIGEST_DEFAULT_CHECK).toBe(a);
    expect(digestCalculator.defaults['check']).toBe(a);
    const rows = rowsOf(output);
    expect(rows[0]).toEqual([`${ui.labels.a} (11 B)`, a]);
    expect(rows[1]).toEqual([`${ui.labels.b} (12 B)`, b]);
    const differing = [...a].filter((character, i) => character !== b[i]).length;
    expect(text).toContain(fill(ui.different, { count: String(differing) }));
    expect(text).toContain(ui.matchA);
    expect(rows).toContainEqual([ui.encoded, a.slice('sha256:'.length)]);
    expect(html).not.toMatch(BROKEN);
  });

  it('says when the contents are identical and which content a checked digest belongs to', async () => {
    const same = await run(digestCalculator, lang, { b: DIGEST_DEFAULT_A });
    expect(same.text).toContain(ui.same);
    expect(same.text).toContain(ui.matchBoth);
    const toB = await run(digestCalculator, lang, { check: sha256(DIGEST_DEFAULT_B) });
    expect(toB.text).toContain(ui.matchB);
    const neither = await run(digestCalculator, lang, { check: sha256('') });
    expect(neither.text).toContain(ui.matchNone);
    const other = await run(digestCalculator, lang, { check: `sha512:${'0'.repeat(128)}` });
    expect(other.text).toContain(ui.otherAlgorithm);
    expect(rowsOf(other.output)).toContainEqual([ui.algorithm, 'sha512']);
  });

  it('hashes any content as UTF-8, however long or odd', async () => {
    const whale = '🐳'.repeat(10_000);
    const { output, fieldErrors, html } = await run(digestCalculator, lang, { a: whale, b: '\ud800' });
    expect(fieldErrors).toEqual({});
    expect(rowsOf(output)[0]).toEqual([`${ui.labels.a} (39.1 KiB)`, sha256(whale)]);
    // A lone surrogate has no UTF-8 form; TextEncoder and Node both write U+FFFD for it.
    expect(rowsOf(output)[1]).toEqual([`${ui.labels.b} (3 B)`, sha256('\ufffd')]);
    expect(html).not.toMatch(BROKEN);
  });

  it.each([
    ['', 'empty'],
    ['NaN', 'invalid-format'],
    ['-1', 'invalid-format'],
    ['1e3', 'invalid-format'],
    ['sha256:abc', 'invalid-length'],
    [`sha256:${'A'.repeat(64)}`, 'invalid-encoding'],
    ['md5:d41d8cd98f00b204e9800998ecf8427e', 'unsupported-algorithm'],
    [`sha256:${'0'.repeat(10_000)}`, 'invalid-length'],
    [LONG_TEXT, 'invalid-format'],
    ['sha256:🐳', 'invalid-format'],
  ] as const)('explains the digest %j with the model message', async (check, code) => {
    const { fieldErrors, text, html } = await run(digestCalculator, lang, { check });
    expect(fieldErrors).toEqual({ check: digestMessages[lang][code] });
    expectLanguage(fieldErrors['check'], lang);
    // The contents still get their digests; only the check part asks for a fix.
    expect(text).toContain(sha256(DIGEST_DEFAULT_A));
    expect(text).toContain(ui.checkProblem);
    expect(html).not.toMatch(BROKEN);
  });

  it('says so instead of failing where Web Crypto is missing', async () => {
    // Browsers hide crypto.subtle outside secure contexts; an own property shadows Node's getter.
    const own = Object.getOwnPropertyDescriptor(globalThis.crypto, 'subtle');
    Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined, configurable: true });
    try {
      const { text, output, fieldErrors } = await run(digestCalculator, lang);
      expect(text).toContain(ui.noCrypto);
      expect(rowsOf(output)).toContainEqual([ui.algorithm, 'sha256']);
      expect(text).not.toContain(ui.matchNone);
      expect(fieldErrors).toEqual({});
    } finally {
      if (own) Object.defineProperty(globalThis.crypto, 'subtle', own);
      else Reflect.deleteProperty(globalThis.crypto, 'subtle');
    }
    expect((await run(digestCalculator, lang)).text).toContain(ui.matchA);
  });
});

describe.each(LANGS)('layer sharing calculator (%s)', (lang) => {
  const python = layerLines.find((line) => line.image.startsWith('python:'));
  if (!python) throw new Error('the defaults have no python image');

  it('computes the default scenario in binary units', async () => {
    const { output, text, html, fieldErrors } = await run(layersCalculator, lang);
    expect(fieldErrors).toEqual({});
    const values = rowsOf(output).map((row) => row[1]);
    // shared 97,092,515 B; writable 3·64 + 2·64 + 16 MiB; VMs 26,446,445,872 B.
    expect(values).toEqual(['92.6 MiB', '336 MiB', '428.6 MiB', '24.6 GiB', '24.2 GiB']);
    expect(text).toContain(lang === 'ko' ? '이미지 3개가 공유' : 'shared by 3 images');
    expect(text).toContain('a8ac7f6c67ab 26.9 MiB');
    expect(text).toContain('python:3.12-slim-bookworm — 43.3 MiB');
    expect(html.match(/class="layers-shared"/g)).toHaveLength(3);
    expect(html).not.toMatch(BROKEN);
  });

  it('follows edited counts, sizes and guest OS', async () => {
    const more = await run(layersCalculator, lang, { [python.countKey]: '10' });
    expect(rowsOf(more.output).map((row) => row[1])).toEqual([
      '92.6 MiB',
      '784 MiB',
      '876.6 MiB',
      '53.4 GiB',
      '52.5 GiB',
    ]);
    const fraction = await run(layersCalculator, lang, { [python.writableKey]: '0.5', [GUEST_OS_KEY]: '0' });
    expect(fraction.fieldErrors).toEqual({});
    expect(rowsOf(fraction.output)[1]?.[1]).toBe('145.5 MiB');
    const thousands = await run(layersCalculator, lang, { [python.countKey]: '1000' });
    expect(rowsOf(thousands.output)[1]?.[1]).toBe('62.6 GiB');
  });

  it('says the containers use more when nothing runs', async () => {
    const idle = Object.fromEntries(layerLines.map((line) => [line.countKey, '0']));
    const { text } = await run(layersCalculator, lang, idle);
    expect(text).toContain(lang === 'ko' ? '92.6 MiB 더 씁니다' : 'use 92.6 MiB more');
  });

  it.each([
    ['', 'missing'],
    ['-1', 'negative'],
    [' -3 ', 'negative'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['1e3', 'not-a-number'],
    ['2.5', 'not-an-integer'],
    [HUGE, 'too-large'],
    ['99999999999999', 'too-large'],
    ...ODD.map((text) => [text, 'not-a-number'] as const),
  ] as const)('explains the count %j in the reader’s language', async (count, code) => {
    const { fieldErrors, html, text } = await run(layersCalculator, lang, { [python.countKey]: count });
    if (code === 'too-large') {
      // A total past 2^53 bytes belongs to every input that feeds it.
      expect(fieldErrors[python.countKey]).toBe(layersMessages[lang]['too-large']);
    } else {
      expect(fieldErrors).toEqual({ [python.countKey]: layersMessages[lang][code] });
    }
    expectLanguage(fieldErrors[python.countKey], lang);
    expect(text).toBe(fixInputs(lang));
    expect(html).not.toMatch(BROKEN);
  });

  it('marks a bad size on its own field', async () => {
    const writable = await run(layersCalculator, lang, { [python.writableKey]: 'abc' });
    expect(writable.fieldErrors).toEqual({ [python.writableKey]: layersMessages[lang]['not-a-number'] });
    const guest = await run(layersCalculator, lang, { [GUEST_OS_KEY]: '999999999999999' });
    expect(guest.fieldErrors).toEqual({ [GUEST_OS_KEY]: layersMessages[lang]['too-large'] });
  });
});

describe.each(LANGS)('cgroup translator (%s)', (lang) => {
  const ui = cgroupsOutputUi[lang];
  // Output order: the command, then the v2 table, then the v1 table.
  const tables = (output: ViewNode) => {
    const found: ViewNode[] = [];
    const visit = (node: ViewNode): void => {
      if (typeof node === 'string') return;
      if (node.tag === 'table') found.push(node);
      else node.children.forEach(visit);
    };
    visit(output);
    const [v2 = '', v1 = ''] = found;
    return { v2: Object.fromEntries(rowsOf(v2)), v1: Object.fromEntries(rowsOf(v1)) };
  };

  it('shows the command and the files for the defaults', async () => {
    const { output, text, html, fieldErrors } = await run(cgroupsCalculator, lang);
    expect(fieldErrors).toEqual({});
    expect(text).toContain('docker run --cpus 1.5 --memory 512m --memory-swap 1g IMAGE');
    const { v1, v2 } = tables(output);
    expect(v2).toEqual({
      'memory.swap.max': '536870912 (512 MiB)',
      'memory.max': '536870912 (512 MiB)',
      'cpu.max': '150000 100000',
    });
    expect(v1).toEqual({
      'memory.limit_in_bytes': '536870912 (512 MiB)',
      'memory.memsw.limit_in_bytes': '1073741824 (1 GiB)',
      'cpu.cfs_period_us': '100000',
      'cpu.cfs_quota_us': '150000',
    });
    expect(html).not.toMatch(BROKEN);
  });

  it('follows edited flags and the cpu.weight formula', async () => {
    const edits = { cpuShares: '1024', blkioWeight: '500', pidsLimit: '100', memorySwap: '-1', cpus: '' };
    const current = await run(cgroupsCalculator, lang, edits);
    expect(current.text).toContain(
      'docker run --cpu-shares 1024 --memory 512m --memory-swap -1 --blkio-weight 500 --pids-limit 100 IMAGE',
    );
    const { v1, v2 } = tables(current.output);
    expect(v2).toEqual({
      'pids.max': '100',
      'memory.max': '536870912 (512 MiB)',
      'io.weight': '4950',
      'cpu.weight': '100',
    });
    expect(v1).toEqual({
      'memory.limit_in_bytes': '536870912 (512 MiB)',
      'cpu.shares': '1024',
      'pids.max': '100',
      'blkio.weight': '500',
    });
    const legacy = await run(cgroupsCalculator, lang, { ...edits, formula: 'legacy' });
    expect(tables(legacy.output).v2['cpu.weight']).toBe('39');
    // Docker reads "1e3" CPUs as 1000 (big.Rat syntax), so the translator does too.
    const exponent = await run(cgroupsCalculator, lang, { cpus: '1e3' });
    expect(tables(exponent.output).v2['cpu.max']).toBe('100000000 100000');
    const swap = await run(cgroupsCalculator, lang, { memorySwap: '2g', memory: '1g' });
    expect(tables(swap.output).v2['memory.swap.max']).toBe('1073741824 (1 GiB)');
  });

  it('says when no file is written, and quotes odd words in the command', async () => {
    const empty = await run(cgroupsCalculator, lang, { cpus: '', memory: '', memorySwap: '' });
    expect(empty.text).toContain('docker run IMAGE');
    expect(empty.text.split(ui.nothing)).toHaveLength(3);
    const spaced = await run(cgroupsCalculator, lang, { memory: '512 m', memorySwap: '' });
    expect(spaced.fieldErrors).toEqual({});
    expect(spaced.text).toContain("--memory '512 m'");
  });

  it.each([
    ['memory', '', null],
    ['memory', 'abc', 'invalid-number'],
    ['memory', '-1', 'negative'],
    ['memory', 'NaN', 'invalid-number'],
    ['memory', '1e3', 'memory-too-low'],
    ['memory', '512x', 'invalid-suffix'],
    ['memory', HUGE, 'too-large'],
    ['memorySwap', '256m', 'swap-less-than-memory'],
    ['cpus', 'NaN', 'invalid-number'],
    ['cpus', '-1', 'negative'],
    ['cpus', 'Infinity', 'invalid-number'],
    ['cpus', '0.001', 'cpus-too-low'],
    ['cpus', LONG_TEXT, 'invalid-number'],
    ['cpuShares', '1', 'cpu-shares-range'],
    ['cpuShares', '1e3', 'invalid-number'],
    ['blkioWeight', '5', 'blkio-weight-range'],
    ['pidsLimit', '5000000', 'pids-too-large'],
    ...ODD.map((text) => ['pidsLimit', text, 'invalid-number'] as const),
  ] as const)('maps --%s %j to its field', async (flag, value, code) => {
    const { fieldErrors, html, text } = await run(cgroupsCalculator, lang, { [flag]: value });
    expect(html).not.toMatch(BROKEN);
    if (code === null) {
      // An empty field leaves the flag out; --memory-swap without --memory is then the problem.
      expect(fieldErrors).toEqual({ memorySwap: cgroupsMessages[lang]['swap-without-memory'] });
      return;
    }
    expect(fieldErrors).toEqual({ [flag]: cgroupsMessages[lang][code] });
    expectLanguage(fieldErrors[flag], lang);
    expect(text).toBe(fixInputs(lang));
  });

  it('refuses a formula that is not offered', async () => {
    const { fieldErrors } = await run(cgroupsCalculator, lang, { formula: 'linear' });
    expect(fieldErrors).toEqual({ formula: ui.badFormula });
    expectLanguage(fieldErrors['formula'], lang);
  });
});

describe('kit formatBytes', () => {
  it('steps through the same binary units as the layer model', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -(2 ** 53), max: 2 ** 53, noNaN: true }),
        fc.constantFrom(...LANGS),
        (bytes, lang) => {
          const { value, unit } = formatBytesParts(bytes);
          expect(formatBytes(lang, bytes)).toBe(`${formatNumber(lang, value, unit === 'B' ? 0 : 1)} ${unit}`);
        },
      ),
    );
    expect(formatBytes('ko', 1536)).toBe('1.5 KiB');
    expect(formatBytes('en', 5 * 1024 ** 4 * 1024)).toBe('5,120 TiB');
  });
});

// Whatever a reader types (or a link carries), compute answers with a view and messages in the
// page's language, never throws, and never shows a number gone wrong.
describe('every field of every calculator, any string', () => {
  const definitions: BoundCalculator[] = [
    densityCalculator,
    imageReferenceCalculator,
    digestCalculator,
    layersCalculator,
    cgroupsCalculator,
    portSpecCalculator,
  ];
  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.stringMatching(/^-?[0-9]{0,20}(\.[0-9]{0,12})?([eE][+-]?[0-9]{1,4})?[a-zA-Z ]{0,3}$/),
    fc.constantFrom('', ' ', 'NaN', 'Infinity', '-0', '1e3', '0x10', HUGE, LONG_TEXT),
  );

  for (const definition of definitions) {
    for (const key of Object.keys(definition.defaults)) {
      it(`${definition.id}.${key}`, async () => {
        await fc.assert(
          fc.asyncProperty(anyText, fc.constantFrom(...LANGS), async (value, lang) => {
            const { html, fieldErrors } = await run(definition, lang, { [key]: value });
            const typedSomethingBroken = BROKEN.test(value);
            if (!typedSomethingBroken) expect(html).not.toMatch(BROKEN);
            for (const [field, message] of Object.entries(fieldErrors)) {
              expect(Object.keys(definition.defaults)).toContain(field);
              expectLanguage(message, lang);
            }
          }),
          { numRuns: 60 },
        );
      });
    }
  }
});
