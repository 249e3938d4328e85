// Density calculator: the page's view over compareDensity (src/lib/density.ts).
import { compareDensity, DENSITY_FIELDS, type DensityField, type DensityInput } from '../../lib/density.ts';
import { DENSITY_DEFAULTS } from '../../lib/defaults.ts';
import { densityUi } from '../../i18n/calculators/density.ts';
import { densityMessages } from '../../i18n/messages/density.ts';
import { t, type Lang } from '../../i18n/ui.ts';
import { parseDecimal, type CalculatorDefinition } from './kit/calculator.ts';
import { formatNumber } from './kit/format.ts';
import { h } from './kit/view.ts';

function valueAt(input: DensityInput, field: DensityField): number {
  const [group, key] = field.split('.') as [string, string | undefined];
  const container = input as unknown as Record<string, number | Record<string, number>>;
  const value = key === undefined ? container[group] : (container[group] as Record<string, number>)[key];
  return typeof value === 'number' ? value : Number.NaN;
}

export const densityDefaults: Record<DensityField, string> = Object.fromEntries(
  DENSITY_FIELDS.map((field) => [field, String(valueAt(DENSITY_DEFAULTS, field))]),
) as Record<DensityField, string>;

function toInput(values: Record<string, string>, parseErrors: Record<string, string>, lang: Lang): DensityInput {
  const input: Record<string, number | Record<string, number>> = {};
  for (const field of DENSITY_FIELDS) {
    const parsed = parseDecimal(values[field] ?? '');
    if (parsed === undefined) parseErrors[field] = densityMessages[lang]['not-a-number'];
    const [group, key] = field.split('.') as [string, string | undefined];
    if (key === undefined) input[group] = parsed ?? 0;
    else ((input[group] ??= {}) as Record<string, number>)[key] = parsed ?? 0;
  }
  return input as unknown as DensityInput;
}

export const densityCalculator: CalculatorDefinition = {
  id: 'density',
  defaults: densityDefaults,
  compute(values, lang) {
    const ui = densityUi[lang];
    const fieldErrors: Record<string, string> = {};
    const input = toInput(values, fieldErrors, lang);
    const result = Object.keys(fieldErrors).length === 0 ? compareDensity(input) : undefined;
    if (!result || !result.ok) {
      for (const error of result && !result.ok ? result.errors : []) {
        fieldErrors[error.field] ??= densityMessages[lang][error.code];
      }
      return { output: h('p', { class: 'calculator-problem' }, t(lang, 'calculator.fixInputs')), fieldErrors };
    }
    const row = (label: string, fit: { count: number; bottleneck: keyof typeof ui.bottleneck }) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, label),
        h('td', {}, formatNumber(lang, fit.count)),
        h('td', {}, ui.bottleneck[fit.bottleneck]),
      );
    return {
      output: h(
        'div',
        {},
        h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, ui.result.kind),
              h('th', { scope: 'col' }, ui.result.count),
              h('th', { scope: 'col' }, ui.result.bottleneck),
            ),
          ),
          h('tbody', {}, row(ui.result.vms, result.vms), row(ui.result.containers, result.containers)),
        ),
        h(
          'p',
          { class: 'calculator-big' },
          result.ratio === null ? ui.noVm : ui.ratio(formatNumber(lang, result.ratio, 2)),
        ),
      ),
      fieldErrors,
    };
  },
};

export const densityUnits: Record<DensityField, string> = {
  'host.cpus': '',
  'host.memoryMiB': 'MiB',
  'host.diskGiB': 'GiB',
  'app.cpus': '',
  'app.memoryMiB': 'MiB',
  'app.diskGiB': 'GiB',
  cpuOvercommit: '×',
  'vm.vcpus': '',
  'vm.guestOsMemoryMiB': 'MiB',
  'vm.guestOsDiskGiB': 'GiB',
  'vm.hypervisorReserveMiB': 'MiB',
  'vm.hypervisorReserveDiskGiB': 'GiB',
  'container.overheadMiB': 'MiB',
  'container.writableLayerGiB': 'GiB',
  'container.hostOsReserveMiB': 'MiB',
  'container.hostOsReserveDiskGiB': 'GiB',
};
