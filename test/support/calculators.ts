// The six calculators as a page computes them, for the unit and end-to-end tests: each spec paired
// with both languages' strings (src/calculators/kit/strings.ts withStrings), and the strings tables
// the tests compare against, and the end-to-end cases (chapter, edits, bad values, shared links) of
// test/e2e/calculators.test.ts, port-spec.test.ts and test/dist/calculators.test.ts. Tests import the
// calculators from here only, so a move is one edit. Expected outputs come from the same definitions
// the islands run, plus values written out by hand so that a wrong definition cannot agree with itself.
import type { Lang } from '../../src/i18n/locales.ts';
import { textOf } from './view-text.ts';
import { cgroupsStrings } from '../../src/calculators/cgroups/strings.ts';
import { cgroupsCalculator as cgroupsSpec } from '../../src/calculators/cgroups/view.ts';
import { densityStrings } from '../../src/calculators/density/strings.ts';
import { densityCalculator as densitySpec } from '../../src/calculators/density/view.ts';
import { digestStrings } from '../../src/calculators/digest/strings.ts';
import { digestCalculator as digestSpec } from '../../src/calculators/digest/view.ts';
import { imageReferenceStrings } from '../../src/calculators/image-reference/strings.ts';
import { imageReferenceCalculator as imageReferenceSpec } from '../../src/calculators/image-reference/view.ts';
import { kitStrings, withStrings } from '../../src/calculators/kit/strings.ts';
import type { CalculatorStrings } from '../../src/calculators/kit/spec.ts';
import { layersStrings } from '../../src/calculators/layers/strings.ts';
import { layersCalculator as layersSpec } from '../../src/calculators/layers/view.ts';
import { portSpecStrings } from '../../src/calculators/port-spec/strings.ts';
import { portSpecCalculator as portSpecSpec } from '../../src/calculators/port-spec/view.ts';

import type { BoundCalculator } from '../../src/calculators/kit/strings.ts';

export type { BoundCalculator };
export type { CalculatorOutcome } from '../../src/calculators/kit/spec.ts';
export { DIGEST_DEFAULT_A, DIGEST_DEFAULT_B, DIGEST_DEFAULT_CHECK } from '../../src/calculators/digest/defaults.ts';
export { fill } from '../../src/calculators/kit/format.ts';

export const densityCalculator = withStrings(densitySpec, densityStrings);
export const layersCalculator = withStrings(layersSpec, layersStrings);
export const imageReferenceCalculator = withStrings(imageReferenceSpec, imageReferenceStrings);
export const digestCalculator = withStrings(digestSpec, digestStrings);
export const cgroupsCalculator = withStrings(cgroupsSpec, cgroupsStrings);
export const portSpecCalculator = withStrings(portSpecSpec, portSpecStrings);

/** Every calculator, for the checks that hold for all of them. */
export const calculators = [
  densityCalculator,
  layersCalculator,
  imageReferenceCalculator,
  digestCalculator,
  cgroupsCalculator,
  portSpecCalculator,
] as const;

const section = <S extends CalculatorStrings, K extends 'output' | 'errors'>(
  table: Record<Lang, S>,
  key: K,
): Record<Lang, S[K]> => ({ ko: table.ko[key], en: table.en[key] });

/** One message per model error code, by language. */
export const densityMessages = section(densityStrings, 'errors');
export const layersMessages = section(layersStrings, 'errors');
export const imageReferenceMessages = section(imageReferenceStrings, 'errors');
export const digestMessages = section(digestStrings, 'errors');
export const cgroupsMessages = section(cgroupsStrings, 'errors');
export const portSpecMessages = section(portSpecStrings, 'errors');

/** What the results say, by language. */
export const densityOutputUi = section(densityStrings, 'output');
export const digestOutputUi = section(digestStrings, 'output');
export const cgroupsOutputUi = section(cgroupsStrings, 'output');
export const portSpecOutputUi = section(portSpecStrings, 'output');

/** The kit's own sentences: the result while an input is wrong, and the rejected-link notice. */
export const fixInputs = (lang: Lang): string => kitStrings[lang].output.fixInputs;
export const urlNotice = (lang: Lang): string => kitStrings[lang].form.urlNotice;

export const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;

/** A calculator's end-to-end case: its chapter and what to type, break and share. */
export interface CalculatorCase {
  definition: BoundCalculator;
  chapter: string;
  /** Typed with the keyboard, and a string the new output must contain. */
  edit: { values: Record<string, string>; shows: string };
  bad: { key: string; value: string; message: (lang: Lang) => string };
  /** A shared link's query, the field it fills, and a string its output must contain. */
  shared: { query: string; key: string; value: string; shows: string };
  rejected: { query: string; key: string };
}

export const CALCULATOR_SPECS: readonly CalculatorCase[] = [
  {
    definition: densityCalculator,
    chapter: 'vm-vs-containers',
    // 64 threads: VMs 64 (cpu), containers 128 (cpu).
    edit: { values: { 'host.cpus': '64' }, shows: '128' },
    bad: { key: 'host.cpus', value: 'abc', message: (lang) => densityMessages[lang]['not-a-number'] },
    shared: { query: '?density.host.cpus=64', key: 'host.cpus', value: '64', shows: '128' },
    rejected: { query: '?density.host.cpus=abc', key: 'host.cpus' },
  },
  {
    definition: imageReferenceCalculator,
    chapter: 'images',
    edit: { values: { reference: 'localhost:5000/team/app:1.0' }, shows: 'localhost:5000/team/app:1.0' },
    bad: {
      key: 'reference',
      value: 'Ubuntu',
      message: (lang) => imageReferenceMessages[lang]['name-contains-uppercase'],
    },
    shared: {
      query: '?ref.reference=ghcr.io%2Fowner%2Fapp%3A1.0',
      key: 'reference',
      value: 'ghcr.io/owner/app:1.0',
      shows: 'ghcr.io/owner/app:1.0',
    },
    rejected: { query: '?ref.reference=Ubuntu', key: 'reference' },
  },
  {
    definition: digestCalculator,
    chapter: 'images',
    edit: {
      values: { a: 'abc' },
      shows: 'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    },
    bad: { key: 'check', value: 'sha256:abc', message: (lang) => digestMessages[lang]['invalid-length'] },
    shared: {
      query: '?digest.b=abc',
      key: 'b',
      value: 'abc',
      shows: 'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    },
    rejected: { query: '?digest.check=sha1%3Anope', key: 'check' },
  },
  {
    definition: layersCalculator,
    chapter: 'images',
    edit: { values: { 'python.count': '10' }, shows: '876.6 MiB' },
    bad: { key: 'python.count', value: '-1', message: (lang) => layersMessages[lang]['negative'] },
    shared: { query: '?layers.python.count=10', key: 'python.count', value: '10', shows: '876.6 MiB' },
    rejected: { query: '?layers.python.count=2.5', key: 'python.count' },
  },
  {
    definition: cgroupsCalculator,
    chapter: 'containers',
    edit: { values: { cpuShares: '1024', formula: 'legacy' }, shows: 'cpu.weight39' },
    bad: { key: 'memory', value: '512x', message: (lang) => cgroupsMessages[lang]['invalid-suffix'] },
    shared: {
      query: '?cgroups.pidsLimit=100&cgroups.formula=legacy',
      key: 'pidsLimit',
      value: '100',
      shows: 'pids.max100',
    },
    rejected: { query: '?cgroups.memory=12x&cgroups.formula=linear', key: 'memory' },
  },
];

/** The text the island shows for the defaults with these edits, from the definition it runs. */
export async function expectedText(
  spec: CalculatorCase,
  lang: Lang,
  edits: Record<string, string> = {},
): Promise<string> {
  const outcome = await spec.definition.compute({ ...spec.definition.defaults, ...edits }, lang);
  return textOf(outcome.output);
}

/** The frame's id for a field key (CalculatorFrame's fieldId). */
export const fieldId = (spec: CalculatorCase, key: string): string =>
  `${spec.definition.id}-${key.replace(/[^a-zA-Z0-9-]/g, '-')}`;
export const rootOf = (spec: CalculatorCase): string => `[data-calculator="${spec.definition.id}"]`;

/** The port publishing explainer on the networking chapter. */
export const PORTS = {
  chapter: 'networking',
  root: '[data-calculator="ports"]',
  output: '[data-calculator="ports"] [data-calculator-output]',
  field: '#ports-spec',
  /** The default, written out by hand. */
  defaultSpec: '8080:80',
  expectedText: (lang: Lang, spec?: string): string =>
    textOf(portSpecCalculator.compute({ spec: spec ?? portSpecCalculator.defaults['spec'] ?? '' }, lang).output),
};
