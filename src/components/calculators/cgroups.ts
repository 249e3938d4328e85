// cgroup translator: the page's view over dockerResourcesToCgroups (src/lib/cgroups.ts).
import { DOCKER_RESOURCE_FLAGS, dockerResourcesToCgroups, type DockerResourceFlag } from '../../lib/cgroups.ts';
import { cgroupsOutputUi } from '../../i18n/calculators/cgroups.ts';
import { cgroupsMessages } from '../../i18n/messages/cgroups.ts';
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

function fileTable(lang: Lang, version: string, files: Record<string, string>) {
  const ui = cgroupsOutputUi[lang];
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

export const cgroupsCalculator: CalculatorDefinition = {
  id: 'cgroups',
  defaults: cgroupsDefaults,
  compute(values, lang) {
    const ui = cgroupsOutputUi[lang];
    const fieldErrors: Record<string, string> = {};
    const formula = FORMULAS.find((name) => name === values[FORMULA_KEY]);
    if (formula === undefined) fieldErrors[FORMULA_KEY] = ui.badFormula;
    const flags: Partial<Record<DockerResourceFlag, string>> = {};
    for (const flag of DOCKER_RESOURCE_FLAGS) flags[flag] = values[flag] ?? '';
    const result = dockerResourcesToCgroups(flags, { weightFormula: formula });
    if (!result.ok) {
      for (const error of result.errors) fieldErrors[error.flag] ??= cgroupsMessages[lang][error.code];
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
        fileTable(lang, 'v2', result.v2),
        fileTable(lang, 'v1', result.v1),
      ),
      fieldErrors,
    };
  },
};
