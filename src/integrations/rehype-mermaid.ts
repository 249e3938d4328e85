// Renders ```mermaid blocks to inline SVG at build time, once for the light theme and once for the
// dark one, so readers download no Mermaid code and the diagram follows Starlight's theme toggle by
// CSS alone. Labels are measured in Chromium with Pretendard, the font the site serves; node padding
// leaves room for the wider system fallback (Noto Sans CJK KR's 1 em Hangul) that readers get when
// Pretendard misses first paint, which test/e2e/diagram-labels.test.ts checks with both. Any problem fails the build with the file and line of the fence.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { createMermaidRenderer, type MermaidRenderer, type RenderResult } from 'mermaid-isomorphic';
import type { MermaidConfig } from 'mermaid';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { chapterSourcePath } from '../lib/chapter-path.ts';
import { findAccessibilityFields } from '../lib/content/accessibility-fields.ts';
import { chromiumArgs, chromiumPath } from './chromium.ts';
import { diagramThemes, type DiagramThemeName } from './diagram-themes.ts';

const require = createRequire(import.meta.url);
const mermaidVersion: string = JSON.parse(
  readFileSync(join(dirname(require.resolve('mermaid/package.json')), 'package.json'), 'utf8'),
).version;
const pretendardCss = pathToFileURL(require.resolve('pretendard/dist/web/variable/pretendardvariable.css'));
const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'handbook-mermaid');

let renderer: MermaidRenderer | undefined;
function getRenderer(): MermaidRenderer {
  renderer ??= createMermaidRenderer({
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  });
  return renderer;
}

export class DiagramError extends Error {
  constructor(file: string, line: number | undefined, reason: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`);
    this.name = 'DiagramError';
  }
}

function configFor(theme: DiagramThemeName): MermaidConfig {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    deterministicIds: true,
    theme: 'base',
    darkMode: theme === 'dark',
    fontFamily: diagramThemes.fontFamily,
    themeVariables: { ...diagramThemes[theme], fontFamily: diagramThemes.fontFamily },
    // Plain SVG text (no foreignObject HTML) keeps the markup small and free of inline style attributes.
    htmlLabels: false,
    flowchart: { htmlLabels: false, useMaxWidth: true },
  };
}

// Cached renders use a placeholder root id, so the same diagram in another file (a translation
// shares most diagrams' structure, and synthetic copies in the bench share them all) is a cache hit.
const CACHED_ROOT = 'hbroot0';

async function renderTheme(source: string, theme: DiagramThemeName, prefix: string): Promise<string> {
  const config = configFor(theme);
  const key = createHash('sha256').update(JSON.stringify({ mermaidVersion, source, config })).digest('hex');
  const cached = join(cacheDir, `${key}.svg`);
  let svg: string;
  try {
    svg = readFileSync(cached, 'utf8');
  } catch {
    const rendered = await enqueue(source, theme);
    svg = tidySvg(
      canonicalizeIds(renameIds(rendered.svg, rendered.id, CACHED_ROOT), CACHED_ROOT),
      rendered.width,
      rendered.height,
    );
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cached, svg);
  }
  return renameIds(svg, CACHED_ROOT, `${prefix}-0`);
}

// Loading Mermaid into a page costs far more than rendering one diagram, so diagrams requested
// within a short window (Astro compiles chapters in parallel) are rendered in one page per theme.
interface PendingRender {
  source: string;
  resolve: (result: RenderResult) => void;
  reject: (error: Error) => void;
}
const pending: Record<DiagramThemeName, PendingRender[]> = { light: [], dark: [] };
let flushTimer: ReturnType<typeof setTimeout> | undefined;
const BATCH_PREFIX = 'hbbatch';

function enqueue(source: string, theme: DiagramThemeName): Promise<RenderResult> {
  return new Promise((resolve, reject) => {
    pending[theme].push({ source, resolve, reject });
    flushTimer ??= setTimeout(() => {
      flushTimer = undefined;
      for (const name of ['light', 'dark'] as const) void flush(name, pending[name].splice(0));
    }, 30);
  });
}

async function flush(theme: DiagramThemeName, batch: PendingRender[]): Promise<void> {
  if (batch.length === 0) return;
  try {
    const results = await getRenderer()(
      batch.map((item) => item.source),
      { prefix: BATCH_PREFIX, mermaidConfig: configFor(theme), css: pretendardCss },
    );
    batch.forEach((item, index) => {
      const result = results[index];
      if (result?.status === 'fulfilled') item.resolve(result.value);
      else {
        const reason: unknown = result?.reason;
        item.reject(new Error(reason instanceof Error ? reason.message : String(reason ?? 'no result')));
      }
    });
  } catch (error) {
    for (const item of batch) item.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** Gives a diagram rendered in a batch the ids it would have had rendered alone. */
function renameIds(svg: string, from: string, to: string): string {
  return svg.replace(new RegExp(`${from}(?![0-9])`, 'g'), to);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Renumbers every id inside a diagram after its root id, in document order. Some Mermaid diagram
 * types (sequence diagrams) number ids with a counter that lives as long as the page, so the same
 * diagram got different ids depending on what was rendered before it, and two diagrams on one page
 * (or the light and dark render of one) shared ids. Ordered renumbering makes the output depend on
 * the diagram alone and every id unique on the page.
 */
export function canonicalizeIds(svg: string, rootId: string): string {
  const ids = [...new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''))].filter(
    (id) => id && id !== rootId,
  );
  let result = svg;
  ids.forEach((id, index) => {
    const replacement = `${rootId}-e${index}`;
    const token = escapeRegExp(id);
    // As an attribute value (id, aria-*), as a fragment reference (url(#…), href="#…", CSS #…).
    result = result
      .replace(new RegExp(`"${token}"`, 'g'), `"${replacement}"`)
      .replace(new RegExp(`#${token}(?![\\w-])`, 'g'), `#${replacement}`);
  });
  return result;
}

/** Replaces Mermaid's inline max-width style with width/height attributes; CSS makes it responsive. */
function tidySvg(svg: string, width: number, height: number): string {
  return svg.replace(/^<svg([^>]*)>/, (_match, attributes: string) => {
    const kept = attributes.replace(/\s(?:style|width|height)="[^"]*"/g, '');
    return `<svg${kept} width="${Math.ceil(width)}" height="${Math.ceil(height)}">`;
  });
}

/** Shifts "line N" in Mermaid's message to the line in the chapter file. */
function locateError(message: string, fenceLine: number | undefined): { line: number | undefined; reason: string } {
  const inner = /line (\d+)/i.exec(message);
  const line = fenceLine !== undefined && inner?.[1] ? fenceLine + Number(inner[1]) : fenceLine;
  return { line, reason: `Mermaid syntax error: ${message.split('\n').slice(0, 4).join(' ').trim()}` };
}

function isMermaidBlock(node: Element): boolean {
  if (node.tagName !== 'pre') return false;
  const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
  const className = code?.properties['className'];
  return Array.isArray(className) && className.includes('language-mermaid');
}

/**
 * Checks and renders one diagram in both themes. Throws a DiagramError naming the file and line when
 * the diagram lacks its accessibility fields or Mermaid cannot parse it.
 */
export async function renderDiagram(
  source: string,
  prefix: string,
  filePath: string,
  fenceLine: number | undefined,
): Promise<{ light: string; dark: string; title: string }> {
  const { title, hasDescription } = findAccessibilityFields(source);
  if (!title || !hasDescription) {
    throw new DiagramError(
      filePath,
      fenceLine,
      'every Mermaid diagram needs an `accTitle: …` line and an `accDescr: …` line (screen readers read them)',
    );
  }
  try {
    const [light, dark] = await Promise.all([
      renderTheme(source, 'light', `${prefix}l`),
      renderTheme(source, 'dark', `${prefix}d`),
    ]);
    return { light, dark, title };
  } catch (error) {
    const { line, reason } = locateError(error instanceof Error ? error.message : String(error), fenceLine);
    throw new DiagramError(filePath, line, reason);
  }
}

export default function rehypeMermaid() {
  return async function transform(tree: Root, file: VFile): Promise<void> {
    const blocks: { node: Element; index: number; parent: { children: ElementContent[] } }[] = [];
    visit(tree, 'element', (node, index, parent) => {
      if (parent && index !== undefined && isMermaidBlock(node)) {
        blocks.push({ node, index, parent: parent as { children: ElementContent[] } });
      }
    });
    if (blocks.length === 0) return;
    const filePath = chapterSourcePath(relative(process.cwd(), file.path || 'unknown file'));
    const fileKey = createHash('sha256').update(filePath.replaceAll('\\', '/')).digest('hex').slice(0, 6);

    await Promise.all(
      blocks.map(async ({ node, index, parent }, order) => {
        const source = toString(node).trim();
        const fenceLine = node.position?.start.line;
        const prefix = `d${fileKey}${order}`;
        const { light, dark, title } = await renderDiagram(source, prefix, filePath, fenceLine);
        const render = (svg: string, theme: DiagramThemeName): ElementContent => ({
          type: 'element',
          tagName: 'div',
          properties: { className: ['diagram-render', `diagram-${theme}`] },
          children: fromHtml(svg, { fragment: true, space: 'svg' }).children as ElementContent[],
        });
        parent.children[index] = {
          type: 'element',
          tagName: 'figure',
          properties: { className: ['diagram'] },
          children: [
            render(light, 'light'),
            render(dark, 'dark'),
            { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: title }] },
          ],
        };
      }),
    );
  };
}
