// Image reference explorer: the page's view over parseImageReference (src/lib/image-reference.ts).
import { parseImageReference, type ImageReference } from '../../lib/image-reference.ts';
import { imageReferenceOutputUi } from '../../i18n/calculators/image-reference.ts';
import { imageReferenceMessages } from '../../i18n/messages/image-reference.ts';
import { t } from '../../i18n/ui.ts';
import type { CalculatorDefinition } from './kit/calculator.ts';
import { h } from './kit/view.ts';

// Parts first, then the three whole names, so the table reads as "split, then put back together".
const ROWS: readonly (keyof ImageReference)[] = ['domain', 'path', 'tag', 'digest', 'name', 'familiar', 'canonical'];

export const imageReferenceCalculator: CalculatorDefinition = {
  id: 'ref',
  defaults: { reference: 'ubuntu' },
  compute(values, lang) {
    const ui = imageReferenceOutputUi[lang];
    const result = parseImageReference(values['reference'] ?? '');
    if (!result.ok) {
      return {
        output: h('p', { class: 'calculator-problem' }, t(lang, 'calculator.fixInputs')),
        fieldErrors: { reference: imageReferenceMessages[lang][result.error.code] },
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
