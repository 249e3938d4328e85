import type { Lang } from '../../i18n/locales.ts';
import type { CalculatorOutcome, CalculatorSpec, CalculatorStrings, SameShape, ShippedStrings } from './spec.ts';

// The strings every calculator shares. `form` is static HTML written by CalculatorFrame; `output` is
// said by compute, so it travels in each calculator's data-strings with the page language's strings.
const ko = {
  form: { urlNotice: '링크에 담긴 값 가운데 올바르지 않은 것이 있어 그 칸은 기본값으로 계산했습니다.' },
  output: { fixInputs: '위에 표시한 입력을 고치면 결과가 나옵니다.' },
};

export const kitStrings = {
  ko,
  en: {
    form: { urlNotice: 'Some values in the link were not valid; those fields use their defaults.' },
    output: { fixInputs: 'Fix the inputs marked above to see the result.' },
  },
} satisfies Record<Lang, SameShape<typeof ko>>;

export type KitOutputStrings = (typeof ko)['output'];

/** What the frame serialises into data-strings: one language's output and error strings, and the kit's. */
export function shippedStrings<Strings extends CalculatorStrings>(
  table: Record<Lang, Strings>,
  lang: Lang,
): ShippedStrings<Strings> {
  return { output: table[lang].output, errors: table[lang].errors, kit: kitStrings[lang].output };
}

/** A spec paired with both languages' strings, computing as the page would (build time and tests). */
export interface BoundCalculator<
  Result extends CalculatorOutcome | Promise<CalculatorOutcome> = CalculatorOutcome | Promise<CalculatorOutcome>,
> {
  id: string;
  defaults: Record<string, string>;
  compute(values: Record<string, string>, lang: Lang): Result;
}

export function withStrings<
  Strings extends CalculatorStrings,
  Result extends CalculatorOutcome | Promise<CalculatorOutcome>,
>(spec: CalculatorSpec<Strings, Result>, table: Record<Lang, Strings>): BoundCalculator<Result> {
  return {
    id: spec.id,
    defaults: spec.defaults,
    compute: (values, lang) => spec.compute(values, shippedStrings(table, lang), lang),
  };
}
