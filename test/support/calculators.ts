// The calculators under test, for the browser suite (test/e2e/calculators.test.ts, port-spec.test.ts)
// and the no-JavaScript check over dist/ (test/dist/calculators.test.ts). This is the one place the tests
// import the calculator definitions and their messages from. Expected outputs come from the same pure
// definitions the islands run, plus a few values written out by hand so that a wrong definition cannot
// agree with itself.
import { cgroupsCalculator } from '../../src/components/calculators/cgroups.ts';
import { densityCalculator } from '../../src/components/calculators/density.ts';
import { createDigestCalculator, DIGEST_DEFAULT_A } from '../../src/components/calculators/digest.ts';
import { imageReferenceCalculator } from '../../src/components/calculators/image-reference.ts';
import type {
  AsyncCalculatorDefinition,
  CalculatorDefinition,
} from '../../src/components/calculators/kit/calculator.ts';
import { layersCalculator } from '../../src/components/calculators/layers.ts';
import { portSpecCalculator } from '../../src/components/calculators/port-spec.ts';
import { cgroupsMessages } from '../../src/i18n/messages/cgroups.ts';
import { densityMessages } from '../../src/i18n/messages/density.ts';
import { digestMessages } from '../../src/i18n/messages/digest.ts';
import { imageReferenceMessages } from '../../src/i18n/messages/image-reference.ts';
import { layersMessages } from '../../src/i18n/messages/layers.ts';
import { portSpecMessages } from '../../src/i18n/messages/port-spec.ts';
import type { Lang } from '../../src/i18n/locales.ts';
import { ociDigest } from '../../src/lib/digest.ts';
import { textOf } from './view-text.ts';

export { portSpecCalculator, portSpecMessages };

export const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;

export interface CalculatorSpec {
  definition: CalculatorDefinition | AsyncCalculatorDefinition;
  chapter: string;
  /** Typed with the keyboard, and a string the new output must contain. */
  edit: { values: Record<string, string>; shows: string };
  bad: { key: string; value: string; message: (lang: Lang) => string };
  /** A shared link's query, the field it fills, and a string its output must contain. */
  shared: { query: string; key: string; value: string; shows: string };
  rejected: { query: string; key: string };
}

export const CALCULATOR_SPECS: readonly CalculatorSpec[] = [
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
    definition: createDigestCalculator(await ociDigest(DIGEST_DEFAULT_A)),
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
  spec: CalculatorSpec,
  lang: Lang,
  edits: Record<string, string> = {},
): Promise<string> {
  const outcome = await spec.definition.compute({ ...spec.definition.defaults, ...edits }, lang);
  return textOf(outcome.output);
}

/** The frame's id for a field key (CalculatorFrame's fieldId). */
export const fieldId = (spec: CalculatorSpec, key: string): string =>
  `${spec.definition.id}-${key.replace(/[^a-zA-Z0-9-]/g, '-')}`;
export const rootOf = (spec: CalculatorSpec): string => `[data-calculator="${spec.definition.id}"]`;

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
