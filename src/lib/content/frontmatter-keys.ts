// Starlight's schema silently drops keys it does not know, so `ordr: 3` under `sidebar` would just
// be ignored. The handbook rejects unknown keys instead, with a suggestion for a likely typo.

/** Keys the chapter schema accepts below `sidebar`. */
export const SIDEBAR_KEYS = ['label', 'order', 'hidden', 'badge', 'attrs'] as const;

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

function suggestion(key: string, allowed: readonly string[]): string {
  const [best] = [...allowed].sort((x, y) => distance(key, x) - distance(key, y));
  return best && distance(key, best) <= 2 ? ` Did you mean "${best}"?` : ` Allowed keys: ${allowed.join(', ')}.`;
}

/** Messages for keys of `data` (raw frontmatter) that the schema does not know. */
export function unknownFrontmatterKeys(data: unknown, topLevelKeys: readonly string[]): string[] {
  if (typeof data !== 'object' || data === null) return [];
  const problems: string[] = [];
  for (const key of Object.keys(data)) {
    if (!topLevelKeys.includes(key)) {
      problems.push(`Unknown frontmatter key "${key}".${suggestion(key, topLevelKeys)}`);
    }
  }
  const sidebar = (data as Record<string, unknown>)['sidebar'];
  if (typeof sidebar === 'object' && sidebar !== null) {
    for (const key of Object.keys(sidebar)) {
      if (!(SIDEBAR_KEYS as readonly string[]).includes(key)) {
        problems.push(`Unknown frontmatter key "sidebar.${key}".${suggestion(key, SIDEBAR_KEYS)}`);
      }
    }
  }
  return problems;
}
