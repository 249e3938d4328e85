// Calculator inputs live in the page's query string, so a calculation can be shared as a link.
// Each calculator owns keys with its own prefix, so several calculators share one page's URL.

/** The values for `keys` found in a query string (absent keys are left out). */
export function readQuery(search: string, prefix: string, keys: readonly string[]): Record<string, string> {
  const params = new URLSearchParams(search);
  const values: Record<string, string> = {};
  for (const key of keys) {
    const value = params.get(`${prefix}.${key}`);
    // A hostile or broken link may carry megabytes; no calculator input is longer than this.
    if (value !== null) values[key] = value.slice(0, 2048);
  }
  return values;
}

/** The query string with this calculator's keys replaced; other calculators' keys are kept. */
export function writeQuery(
  search: string,
  prefix: string,
  values: Record<string, string>,
  defaults: Record<string, string>,
): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(values)) {
    const name = `${prefix}.${key}`;
    if (value === defaults[key]) params.delete(name);
    else params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
