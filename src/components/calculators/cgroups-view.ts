// cgroup translator: the page's view over dockerResourcesToCgroups (src/lib/cgroups.ts), given the
// strings to say it in. It holds no strings itself: the model is most of the island's JavaScript, and
// strings in both languages would push it over the calculator budget, so the browser gets only the
// page language's strings, carried in the page's HTML (CgroupTranslator.astro). cgroups.ts pairs the
// view with both languages for the build-time result and the tests.
import {
  DOCKER_RESOURCE_FLAGS,
  dockerResourcesToCgroups,
  type CgroupsErrorCode,
  type DockerResourceFlag,
} from '../../lib/cgroups.ts';
import type { cgroupsOutputUi } from '../../i18n/calculators/cgroups.ts';
import { t, type Lang } from '../../i18n/ui.ts';
import type { CalculatorDefinition } from './kit/calculator.ts';
import { formatBytes } from './kit/format.ts';
import { h } from './kit/view.ts';

/** The option as typed after `docker run`: cpuShares → --cpu-shares. */
export function flagName(flag: DockerResourceFlag): string {
  return `--${flag.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}
export const FORMULA_KEY = 'formula';
const FORMULAS = ['current', 'legacy'] as const;

export const cgroupsDefaults: Record<string, string> = {
  cpus: '1.5',
  cpuShares: '',
  memory: '512m',
  memorySwap: '1g',
  blkioWeight: '',
  pidsLimit: '',
  [FORMULA_KEY]: 'current',
};

// The command line is meant to be copied into a shell, so anything but a plain word is quoted.
function shellWord(text: string): string {
  return /^[\w.+:/-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

type CgroupsOutputUi = (typeof cgroupsOutputUi)[Lang];

/** Everything compute says in one language: the result's sentences and one message per error code. */
export interface CgroupsStrings {
  output: CgroupsOutputUi;
  messages: Record<CgroupsErrorCode, string>;
}

// JSON holds no functions, so the caption travels as a template with this slot for the version.
const VERSION_SLOT = '{version}';

/** One language's strings as JSON, for the page to hand to the island. */
export function cgroupsStringsToJson(strings: CgroupsStrings): string {
  return JSON.stringify({ ...strings, output: { ...strings.output, caption: strings.output.caption(VERSION_SLOT) } });
}

/** The strings back from cgroupsStringsToJson. */
export function cgroupsStringsFromJson(json: string): CgroupsStrings {
  const { output, messages } = JSON.parse(json) as {
    output: Omit<CgroupsOutputUi, 'caption'> & { caption: string };
    messages: CgroupsStrings['messages'];
  };
  return { output: { ...output, caption: (version) => output.caption.replace(VERSION_SLOT, () => version) }, messages };
}

function fileTable(lang: Lang, ui: CgroupsOutputUi, version: string, files: Record<string, string>) {
  const entries = Object.entries(files);
  return h(
    'table',
    { class: 'calculator-pairs' },
    h('caption', {}, ui.caption(version)),
    h(
      'tbody',
      {},
      entries.length === 0
        ? h('tr', {}, h('td', { colspan: '2' }, ui.nothing))
        : entries.map(([file, value]) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, h('code', {}, file)),
              h(
                'td',
                {},
                h('code', {}, value),
                // Every memory.* file holds a byte count, easier to read in MiB or GiB.
                file.startsWith('memory.') && /^\d+$/.test(value) && ` (${formatBytes(lang, Number(value))})`,
              ),
            ),
          ),
    ),
  );
}

/** The calculator, saying its results with the strings `stringsFor` gives for the page's language. */
export function createCgroupsCalculator(stringsFor: (lang: Lang) => CgroupsStrings): CalculatorDefinition {
  return {
    id: 'cgroups',
    defaults: cgroupsDefaults,
    compute(values, lang) {
      const { output: ui, messages } = stringsFor(lang);
      const fieldErrors: Record<string, string> = {};
      const formula = FORMULAS.find((name) => name === values[FORMULA_KEY]);
      if (formula === undefined) fieldErrors[FORMULA_KEY] = ui.badFormula;
      const flags: Partial<Record<DockerResourceFlag, string>> = {};
      for (const flag of DOCKER_RESOURCE_FLAGS) flags[flag] = values[flag] ?? '';
      const result = dockerResourcesToCgroups(flags, { weightFormula: formula });
      if (!result.ok) {
        for (const error of result.errors) fieldErrors[error.flag] ??= messages[error.code];
      }
      if (!result.ok || formula === undefined) {
        return { output: h('p', { class: 'calculator-problem' }, t(lang, 'calculator.fixInputs')), fieldErrors };
      }
      const words = ['docker', 'run'];
      for (const flag of DOCKER_RESOURCE_FLAGS) {
        const value = flags[flag];
        if (value) words.push(flagName(flag), shellWord(value));
      }
      words.push('IMAGE');
      return {
        output: h(
          'div',
          {},
          h('p', {}, ui.command),
          h('p', {}, h('code', {}, words.join(' '))),
          fileTable(lang, ui, 'v2', result.v2),
          fileTable(lang, ui, 'v1', result.v1),
        ),
        fieldErrors,
      };
    },
  };
}
