/**
 * Maps the path Starlight reports for a chapter (through the src/content/docs link) to the file a
 * contributor edits: `src/content/docs/en/images.mdx` → `content/en/images.mdx`.
 */
export function chapterSourcePath(filePath: string): string {
  const normalized = filePath.replaceAll('\\', '/');
  const match = /(?:^|\/)(?:src\/content\/docs|content)\/(.+)$/.exec(normalized);
  return `content/${match?.[1] ?? normalized}`;
}
