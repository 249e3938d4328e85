// Reading a calculator's view (src/calculators/kit/view.ts) the way a reader sees it, shared by
// the unit and end-to-end tests of the calculators.
import type { ViewNode } from '../../src/calculators/kit/view.ts';

/** The text a reader sees: every string in the view, in order, without markup. */
export function textOf(node: ViewNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

/** Cells of each table row as text, so a test can say "this file holds that value". */
export function rowsOf(node: ViewNode): string[][] {
  if (typeof node === 'string') return [];
  if (node.tag === 'tr') return [node.children.map(textOf)];
  return node.children.flatMap(rowsOf);
}
