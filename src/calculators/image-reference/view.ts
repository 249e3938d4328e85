// Image reference explorer: the page's view over parseImageReference (model.ts).
import { fieldMessages, fixInputsView, type CalculatorOutcome, type CalculatorSpec } from '../kit/spec.ts';
import { h } from '../kit/view.ts';
import { parseImageReference, type ImageReference } from './model.ts';
import type { ImageReferenceStrings } from './strings.ts';

// Parts first, then the three whole names, so the table reads as "split, then put back together".
const ROWS: readonly (keyof ImageReference)[] = ['domain', 'path', 'tag', 'digest', 'name', 'familiar', 'canonical'];

export const imageReferenceCalculator: CalculatorSpec<ImageReferenceStrings, CalculatorOutcome> = {
  id: 'ref',
  defaults: { reference: 'ubuntu' },
  fields: ({ form }) => [
    {
      legend: form.legend,
      fields: [{ key: 'reference', label: form.label, hint: form.hint, kind: 'text', wide: true }],
    },
  ],
  compute(values, strings) {
    const ui = strings.output;
    const result = parseImageReference(values['reference'] ?? '');
    if (!result.ok) {
      return {
        output: fixInputsView(strings),
        fieldErrors: fieldMessages([{ field: 'reference', code: result.error.code }], strings.errors),
      };
    }
    const { reference } = result;
    return {
      output: h(
        'table',
        { class: 'calculator-pairs' },
        h('caption', {}, ui.caption),
        h(
          'tbody',
          {},
          ROWS.map((key) => {
            const value = reference[key];
            return h(
              'tr',
              {},
              h('th', { scope: 'row' }, ui.rows[key]),
              h('td', {}, value === null ? ui.none : h('code', {}, value)),
            );
          }),
        ),
      ),
      fieldErrors: {},
    };
  },
};
