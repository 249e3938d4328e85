// cgroup translator: the page's view over dockerResourcesToCgroups (model.ts), said with the strings
// it is given (the page language's only, from CalculatorFrame's data-strings).
import { fill, formatBytes } from '../kit/format.ts';
import { fieldMessages, fixInputsView, type CalculatorOutcome, type CalculatorSpec } from '../kit/spec.ts';
import { h } from '../kit/view.ts';
import { DOCKER_RESOURCE_FLAGS, dockerResourcesToCgroups, type DockerResourceFlag } from './model.ts';
import type { Lang } from '../../i18n/locales.ts';
import type { CgroupsStrings } from './strings.ts';

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

function fileTable(lang: Lang, ui: CgroupsStrings['output'], version: string, files: Record<string, string>) {
  const entries = Object.entries(files);
  return h(
    'table',
    { class: 'calculator-pairs' },
    h('caption', {}, fill(ui.caption, { version })),
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

export const cgroupsCalculator: CalculatorSpec<CgroupsStrings, CalculatorOutcome> = {
  id: 'cgroups',
  defaults: cgroupsDefaults,
  fields: ({ form }) => [
    {
      legend: form.flagsGroup,
      fields: DOCKER_RESOURCE_FLAGS.map((flag) => ({
        key: flag,
        label: flagName(flag),
        hint: form.hints[flag],
        kind: 'text' as const,
      })),
    },
    {
      legend: form.runtimeGroup,
      fields: [
        {
          key: FORMULA_KEY,
          label: form.formula,
          hint: form.formulaHint,
          kind: 'select',
          wide: true,
          options: FORMULAS.map((value) => ({ value, label: form.formulas[value] })),
        },
      ],
    },
  ],
  compute(values, strings, lang) {
    const ui = strings.output;
    const fieldErrors: Record<string, string> = {};
    const formula = FORMULAS.find((name) => name === values[FORMULA_KEY]);
    // Not a model error: the formula is the view's own select, so its message is an output string.
    if (formula === undefined) fieldErrors[FORMULA_KEY] = ui.badFormula;
    const flags: Partial<Record<DockerResourceFlag, string>> = {};
    for (const flag of DOCKER_RESOURCE_FLAGS) flags[flag] = values[flag] ?? '';
    const result = dockerResourcesToCgroups(flags, { weightFormula: formula });
    if (!result.ok) {
      fieldMessages(
        result.errors.map(({ flag, code }) => ({ field: flag, code })),
        strings.errors,
        fieldErrors,
      );
    }
    if (!result.ok || formula === undefined) return { output: fixInputsView(strings), fieldErrors };
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
