import type { Lang } from '../../../i18n/ui.ts';
import type { ViewNode } from './view.ts';

/**
 * What a calculator is to the page: its input keys with default values, and one pure function from
 * the raw input strings to the output view and per-field messages. The same function renders the
 * build-time result and every result in the browser.
 */
export interface CalculatorDefinition<
  Outcome extends CalculatorOutcome | Promise<CalculatorOutcome> = CalculatorOutcome,
> {
  /** Query-string prefix and the value of data-calculator on the root element. */
  id: string;
  defaults: Record<string, string>;
  compute(values: Record<string, string>, lang: Lang): Outcome;
}

/**
 * A calculator whose model can only answer later (Web Crypto hashes are promises). Its page awaits
 * the build-time outcome in the component's frontmatter; the browser side awaits every result.
 */
export type AsyncCalculatorDefinition = CalculatorDefinition<Promise<CalculatorOutcome>>;

export interface CalculatorOutcome {
  output: ViewNode;
  /** A message in the reader's language for each input key that is wrong. */
  fieldErrors: Record<string, string>;
}

const DECIMAL = /^\s*\d{1,15}(?:\.\d{1,9})?\s*$/;

/** A plain decimal as typed into a calculator field, or undefined for anything else ("1e3", "NaN", "٣"). */
export function parseDecimal(text: string): number | undefined {
  return DECIMAL.test(text) ? Number(text) : undefined;
}
