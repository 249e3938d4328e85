// Density calculator: the page's view over compareDensity (model.ts), said with the strings it is given.
import {
  fieldMessages,
  fixInputsView,
  parseDecimal,
  type CalculatorOutcome,
  type CalculatorSpec,
  type FieldError,
} from '../kit/spec.ts';
import { fill, formatNumber } from '../kit/format.ts';
import { h } from '../kit/view.ts';
import { DENSITY_DEFAULTS } from './defaults.ts';
import {
  compareDensity,
  DENSITY_FIELDS,
  type DensityErrorCode,
  type DensityField,
  type DensityInput,
} from './model.ts';
import type { DensityStrings } from './strings.ts';

function valueAt(input: DensityInput, field: DensityField): number {
  const [group, key] = field.split('.') as [string, string | undefined];
  const container = input as unknown as Record<string, number | Record<string, number>>;
  const value = key === undefined ? container[group] : (container[group] as Record<string, number>)[key];
  return typeof value === 'number' ? value : Number.NaN;
}

export const densityDefaults: Record<DensityField, string> = Object.fromEntries(
  DENSITY_FIELDS.map((field) => [field, String(valueAt(DENSITY_DEFAULTS, field))]),
) as Record<DensityField, string>;

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

function toInput(values: Record<string, string>, errors: FieldError<DensityErrorCode>[]): DensityInput {
  const input: Record<string, number | Record<string, number>> = {};
  for (const field of DENSITY_FIELDS) {
    const parsed = parseDecimal(values[field] ?? '');
    if (parsed === undefined) errors.push({ field, code: 'not-a-number' });
    const [group, key] = field.split('.') as [string, string | undefined];
    if (key === undefined) input[group] = parsed ?? 0;
    else ((input[group] ??= {}) as Record<string, number>)[key] = parsed ?? 0;
  }
  return input as unknown as DensityInput;
}

const fieldsOf = (prefix: string): DensityField[] => DENSITY_FIELDS.filter((field) => field.startsWith(prefix));

export const densityCalculator: CalculatorSpec<DensityStrings, CalculatorOutcome> = {
  id: 'density',
  defaults: densityDefaults,
  fields({ form }) {
    const field = (key: DensityField) => ({ key, label: form.labels[key], unit: densityUnits[key] });
    return [
      { legend: form.groups.host, fields: fieldsOf('host.').map(field) },
      { legend: form.groups.app, fields: [...fieldsOf('app.'), 'cpuOvercommit' as const].map(field) },
      { legend: form.groups.vm, fields: fieldsOf('vm.').map(field) },
      { legend: form.groups.container, fields: fieldsOf('container.').map(field) },
    ];
  },
  compute(values, strings, lang) {
    const ui = strings.output;
    const errors: FieldError<DensityErrorCode>[] = [];
    const input = toInput(values, errors);
    const result = errors.length === 0 ? compareDensity(input) : undefined;
    if (result && !result.ok) errors.push(...result.errors);
    const fieldErrors = fieldMessages(errors, strings.errors);
    if (!result || !result.ok) return { output: fixInputsView(strings), fieldErrors };
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
          result.ratio === null ? ui.noVm : fill(ui.ratio, { ratio: formatNumber(lang, result.ratio, 2) }),
        ),
      ),
      fieldErrors,
    };
  },
};
