import type { Lang } from '../../i18n/locales.ts';
import type { KitOutputStrings } from './strings.ts';
import { h, type ViewNode } from './view.ts';

/** Nested tables of strings; a template marks its slots as `{name}` (filled by fill(), format.ts). */
export interface StringTree {
  [key: string]: string | StringTree;
}

/**
 * One calculator's strings in one language. `form` is read only at build time (the frame is static
 * HTML); `output` and `errors` (one message per model error code) are what compute says, so the frame
 * hands them to the browser in the page's language only (data-strings).
 */
export interface CalculatorStrings<Code extends string = string> {
  form: StringTree & { title: string; intro: string };
  output: StringTree;
  errors: Record<Code, string>;
}

/** The same shape with every leaf a string: `satisfies Record<Lang, SameShape<typeof ko>>` checks parity. */
export type SameShape<T> = { [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };

/** What compute receives: the page language's output and error strings, and the kit's own. */
export interface ShippedStrings<Strings extends CalculatorStrings = CalculatorStrings> {
  output: Strings['output'];
  errors: Strings['errors'];
  kit: KitOutputStrings;
}

export interface FieldSpec {
  key: string;
  label: string;
  hint?: string;
  unit?: string;
  kind?: 'decimal' | 'text' | 'textarea' | 'select';
  options?: { value: string; label: string }[];
  /** Take a whole row, for values longer than a number (references, digests). Textareas always do. */
  wide?: boolean;
}
export interface FieldGroup {
  legend?: string;
  fields: FieldSpec[];
}

export interface CalculatorOutcome {
  output: ViewNode;
  /** A message in the reader's language for each input key that is wrong. */
  fieldErrors: Record<string, string>;
}

/**
 * What a calculator is to the page: its input keys with default values, its form, and one pure
 * function from the raw input strings to the output view and per-field messages. The same function
 * renders the build-time result (CalculatorFrame) and every result in the browser (mount.ts). It
 * is always given its strings and imports none, so only the page language's strings ship.
 */
export interface CalculatorSpec<
  Strings extends CalculatorStrings = CalculatorStrings,
  Result extends CalculatorOutcome | Promise<CalculatorOutcome> = CalculatorOutcome | Promise<CalculatorOutcome>,
> {
  /** Query-string prefix and the value of data-calculator on the root element. */
  id: string;
  defaults: Record<string, string>;
  /** The labelled inputs, in groups, from the page language's strings (build time only). */
  fields(strings: Strings): FieldGroup[];
  /** Web Crypto hashes are promises, so compute may answer later; the frame and mount await it. */
  compute(values: Record<string, string>, strings: ShippedStrings<Strings>, lang: Lang): Result;
}

/** A model error as the view layer sees it: the input key it belongs to and the model's code. */
export interface FieldError<Code extends string = string> {
  field: string;
  code: Code;
}

/** One message per input key: the first error of each field wins, in the page's language. */
export function fieldMessages<Code extends string>(
  errors: readonly FieldError<Code>[],
  messages: Record<Code, string>,
  into: Record<string, string> = {},
): Record<string, string> {
  for (const { field, code } of errors) into[field] ??= messages[code];
  return into;
}

/** The result region while an input is wrong: the kit's one sentence asking for a fix. */
export function fixInputsView(strings: ShippedStrings): ViewNode {
  return h('p', { class: 'calculator-problem' }, strings.kit.fixInputs);
}

const DECIMAL = /^\s*\d{1,15}(?:\.\d{1,9})?\s*$/;

/** A plain decimal as typed into a calculator field, or undefined for anything else ("1e3", "NaN", "٣"). */
export function parseDecimal(text: string): number | undefined {
  return DECIMAL.test(text) ? Number(text) : undefined;
}
