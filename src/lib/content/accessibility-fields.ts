/** The accessibility fields Mermaid turns into the SVG's <title> and <desc>. */
export function findAccessibilityFields(source: string): { title: string | undefined; hasDescription: boolean } {
  const title = /^\s*accTitle\s*:\s*(.+?)\s*$/m.exec(source)?.[1];
  const hasDescription = /^\s*accDescr\s*(?::\s*\S|\{)/m.test(source);
  return { title, hasDescription };
}
