// Reads a chapter's MDX as text and reports its structure: the facts the content tests compare
// between languages and the chapter check prints for a contributor. No MDX compiler needed.

export interface MermaidBlock {
  source: string;
  /** 1-based line of the opening fence in the file. */
  line: number;
}

export interface ChapterStructure {
  frontmatter: string;
  headings: string[];
  diagrams: MermaidBlock[];
  /** Components rendered from `~/components/calculators/…`, in order. */
  calculators: string[];
  /** Links (http/https) in the last `##` section when it is the sources section. */
  sourceLinks: string[];
  hangulSyllables: number;
  englishWords: number;
}

export const SOURCES_HEADING = { ko: '출처', en: 'Sources' } as const;

const fencePattern = /^(`{3,}|~{3,})\s*([\w-]*)[^\n]*$/;

function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyStartLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { frontmatter: '', body: text, bodyStartLine: 1 };
  return { frontmatter: match[1] ?? '', body: text.slice(match[0].length), bodyStartLine: match[0].split('\n').length };
}

export function readChapter(text: string): ChapterStructure {
  const { frontmatter, body, bodyStartLine } = splitFrontmatter(text.replace(/\r\n/g, '\n'));
  const lines = body.split('\n');
  const headings: string[] = [];
  const diagrams: MermaidBlock[] = [];
  const calculatorNames = new Set<string>();
  const calculators: string[] = [];
  const proseLines: string[] = [];
  let sectionStart = -1;

  for (const line of lines) {
    const importMatch = /^import\s+(\w+)\s+from\s+['"][^'"]*components\/calculators\/[^'"]+['"]/.exec(line);
    if (importMatch?.[1]) calculatorNames.add(importMatch[1]);
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fence = fencePattern.exec(line);
    if (fence) {
      const marker = fence[1] ?? '```';
      const start = i;
      const content: string[] = [];
      i++;
      while (i < lines.length && !(lines[i] ?? '').startsWith(marker)) content.push(lines[i++] ?? '');
      if (fence[2] === 'mermaid') diagrams.push({ source: content.join('\n'), line: bodyStartLine + start });
      continue;
    }
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading?.[1]) {
      headings.push(heading[1]);
      sectionStart = i;
    }
    const component = /^\s*<(\w+)[\s/>]/.exec(line);
    if (component?.[1] && calculatorNames.has(component[1])) calculators.push(component[1]);
    if (!/^(import|export)\s/.test(line)) proseLines.push(line);
  }

  const lastSection = sectionStart >= 0 ? lines.slice(sectionStart + 1).join('\n') : '';
  const lastHeading = headings.at(-1) ?? '';
  const isSources = lastHeading === SOURCES_HEADING.ko || lastHeading === SOURCES_HEADING.en;
  const sourceLinks = isSources ? [...lastSection.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1] ?? '') : [];

  const prose = proseLines
    .join('\n')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>/g, ' ');
  return {
    frontmatter,
    headings,
    diagrams,
    calculators,
    sourceLinks,
    hangulSyllables: (prose.match(/[\uAC00-\uD7A3]/g) ?? []).length,
    englishWords: (prose.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).length,
  };
}
