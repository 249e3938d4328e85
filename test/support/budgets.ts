// Size budgets, on bytes (stable), not times: HTML and CSS are checked over dist/ (test/dist/budgets.test.ts),
// JavaScript and fonts as a page loads them (test/e2e/budgets.test.ts). A failure prints the table of what is over.
export const KB = 1024;

export const BUDGETS = {
  chromeHtml: 8 * KB,
  diagram: 8 * KB,
  textPageJs: 10 * KB,
  perCalculatorJs: 6 * KB,
  calculatorKitJs: 3 * KB,
  css: 20 * KB,
  /** woff2 bytes (already compressed) of every font a page downloads on its first load. */
  fontsFirstLoad: 150 * KB,
};

export const TEXT_CHAPTERS = ['/ko/why-isolation/', '/en/why-isolation/', '/ko/hypervisors/', '/en/hypervisors/'];

export type BudgetRow = [what: string, size: number, budget: number];

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

export const table = (rows: BudgetRow[]): string =>
  ['what | gzip | budget', ...rows.map(([what, size, budget]) => `${what} | ${kb(size)} | ${kb(budget)}`)].join('\n');

export const overBudget = (rows: BudgetRow[]): BudgetRow[] => rows.filter(([, size, budget]) => size > budget);
