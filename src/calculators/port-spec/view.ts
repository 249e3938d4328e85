// Port publishing explainer: the page's view over parsePortSpec (model.ts).
import { fieldMessages, fixInputsView, type CalculatorOutcome, type CalculatorSpec } from '../kit/spec.ts';
import { fill, formatNumber } from '../kit/format.ts';
import { h, type ViewNode } from '../kit/view.ts';
import { longPublishSyntax, parsePortSpec, type PortMapping } from './model.ts';
import type { PortSpecStrings } from './strings.ts';

/** A range of 65,536 ports is one line of input; the table shows its first rows and a count. */
export const PORT_SPEC_ROWS_SHOWN = 5;

type Ui = PortSpecStrings['output'];

// An IPv6 address is written in brackets next to a port, as `docker port` and ss print it.
const withBrackets = (ip: string): string => (ip.includes(':') ? `[${ip}]` : ip);

// 127.0.0.0/8 and ::1, also written out in full or as an IPv4-mapped address.
const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|(?:0{0,4}:){2,7}0{0,3}1|::ffff:127\.\d+\.\d+\.\d+)$/i;

function addressCell(ui: Ui, ip: string): ViewNode[] {
  if (ip !== '') return [h('code', {}, withBrackets(ip))];
  return [h('code', {}, '0.0.0.0'), ', ', h('code', {}, '[::]'), ` (${ui.everyAddress})`];
}

function portCell(ui: Ui, hostPort: string): ViewNode {
  if (hostPort === '') return ui.ephemeral;
  if (hostPort.includes('-')) return fill(ui.fromRange, { range: hostPort });
  return h('code', {}, hostPort);
}

function row(ui: Ui, mapping: PortMapping): ViewNode {
  return h(
    'tr',
    {},
    h('td', {}, addressCell(ui, mapping.hostIP)),
    h('td', {}, portCell(ui, mapping.hostPort)),
    h('td', {}, h('code', {}, `${mapping.containerPort}/${mapping.protocol}`)),
  );
}

function notes(ui: Ui, mappings: readonly PortMapping[]): string[] {
  const [first] = mappings;
  if (first === undefined) return [];
  const found: string[] = [];
  if (first.hostIP === '') found.push(ui.everyAddressNote, ui.ipv4OnlyNote);
  else if (LOOPBACK.test(first.hostIP)) found.push(ui.loopbackNote);
  if (mappings.some((mapping) => mapping.hostPort === '')) found.push(ui.ephemeralNote);
  if (first.containerPort === 0) found.push(ui.zeroNote);
  return found;
}

export const portSpecCalculator: CalculatorSpec<PortSpecStrings, CalculatorOutcome> = {
  id: 'ports',
  defaults: { spec: '8080:80' },
  fields: ({ form }) => [
    { legend: form.legend, fields: [{ key: 'spec', label: form.label, hint: form.hint, kind: 'text', wide: true }] },
  ],
  compute(values, strings, lang) {
    const ui = strings.output;
    const result = parsePortSpec(values['spec'] ?? '');
    if (!result.ok) {
      return {
        output: fixInputsView(strings),
        fieldErrors: fieldMessages([{ field: 'spec', code: result.error.code }], strings.errors),
      };
    }
    const { mappings } = result;
    const hidden = mappings.length - PORT_SPEC_ROWS_SHOWN;
    const long = longPublishSyntax(mappings);
    const found = notes(ui, mappings);
    return {
      output: h(
        'div',
        {},
        h(
          'table',
          {},
          h('caption', {}, ui.caption),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, ui.columns.address),
              h('th', { scope: 'col' }, ui.columns.port),
              h('th', { scope: 'col' }, ui.columns.target),
            ),
          ),
          h(
            'tbody',
            {},
            mappings.slice(0, PORT_SPEC_ROWS_SHOWN).map((mapping) => row(ui, mapping)),
            hidden > 0 && h('tr', {}, h('td', { colspan: '3' }, fill(ui.more, { count: formatNumber(lang, hidden) }))),
          ),
        ),
        mappings.length > 1 && h('p', {}, fill(ui.count, { count: formatNumber(lang, mappings.length) })),
        h(
          'p',
          {},
          `${ui.longLabel}: `,
          long === null ? ui.noLong : h('code', {}, `docker run --publish ${long} IMAGE`),
        ),
        found.length > 0 && h('p', {}, h('strong', {}, ui.notesCaption)),
        found.length > 0 &&
          h(
            'ul',
            {},
            found.map((note) => h('li', {}, note)),
          ),
      ),
      fieldErrors: {},
    };
  },
};
