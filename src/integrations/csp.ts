// A strict Content-Security-Policy for a static site whose pages carry inline code from several
// sources (Starlight's theme scripts, Mermaid's SVG styles, style attributes from Expressive Code and
// Mermaid). After the build, each page is rewritten so that:
// - every <style> element and style="" attribute moves into one content-hashed stylesheet per set
//   of rules, linked from the page (style-src 'self', no 'unsafe-inline', no hashes needed);
// - every inline <script> is allowed by its SHA-256 hash;
// - a <meta http-equiv="Content-Security-Policy"> states the page's policy.
// The same policy (with the union of script hashes) is written for the web server's header.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const sha256 = (text: string, encoding: 'base64' | 'hex') => createHash('sha256').update(text).digest(encoding);

const EXECUTABLE_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export function policyFor(scriptHashes: Iterable<string>, { forHeader = false } = {}): string {
  const hashes = [...new Set(scriptHashes)].sort().map((hash) => `'sha256-${hash}'`);
  const directives = [
    "default-src 'self'",
    // Pagefind's search index is compiled WebAssembly.
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  // frame-ancestors is ignored (and reported) in a meta tag; only a header can carry it.
  if (forHeader) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

export interface PageRewrite {
  html: string;
  /** The stylesheet the page's inline styles moved to, or undefined when it had none. */
  stylesheet: { fileName: string; css: string } | undefined;
  scriptHashes: string[];
}

/** Rewrites one page. `assetsPath` is the URL directory the stylesheet will be served from. */
export function rewritePage(html: string, assetsPath = '/_astro/'): PageRewrite {
  return rewriteTree(fromHtml(html), assetsPath);
}

/** Rewrites one parsed page (the tree is changed in place). */
export function rewriteTree(tree: Root, assetsPath = '/_astro/'): PageRewrite {
  const cssParts: string[] = [];
  const attributeRules = new Map<string, string>();
  const scriptHashes: string[] = [];
  const removals: { parent: Root | Element; node: Element }[] = [];

  // <template> content is a separate tree in hast; its elements reach the DOM when a script clones them.
  const walk = (root: Root): void =>
    visit(root, 'element', (node, _index, parent) => {
      if (node.tagName === 'template' && node.content) walk(node.content);
      const style = node.properties['style'];
      if (typeof style === 'string') {
        delete node.properties['style'];
        const declarations = style.trim().replace(/;\s*$/, '');
        if (declarations) {
          const className = `s-${sha256(declarations, 'hex').slice(0, 10)}`;
          // !important keeps the precedence the inline attribute had over stylesheet rules.
          const important = declarations
            .split(';')
            .map((declaration) => declaration.trim())
            .filter((declaration) => declaration.includes(':'))
            .map((declaration) => `${declaration} !important`)
            .join(';');
          attributeRules.set(className, `.${className}{${important}}`);
          const existing = node.properties['className'];
          node.properties['className'] = [...(Array.isArray(existing) ? existing : []), className];
        }
      }
      if (node.tagName === 'style' && parent) {
        cssParts.push(toString(node));
        removals.push({ parent: parent as Root | Element, node });
      }
      if (node.tagName === 'script' && node.properties['src'] === undefined) {
        const type = String(node.properties['type'] ?? '').toLowerCase();
        if (EXECUTABLE_SCRIPT_TYPES.has(type)) scriptHashes.push(sha256(toString(node), 'base64'));
      }
    });
  walk(tree);
  for (const { parent, node } of removals) {
    parent.children = parent.children.filter((child) => child !== node) as typeof parent.children;
  }

  const css = [...cssParts, ...attributeRules.values()].join('\n');
  let stylesheet: PageRewrite['stylesheet'];
  const head = findElement(tree, 'head');
  if (head) {
    if (css) {
      stylesheet = { fileName: `inline.${sha256(css, 'hex').slice(0, 12)}.css`, css };
      head.children.push(element('link', { rel: ['stylesheet'], href: `${assetsPath}${stylesheet.fileName}` }));
    }
    const meta = element('meta', { httpEquiv: ['Content-Security-Policy'], content: policyFor(scriptHashes) });
    // Before any script or style, so the policy covers them; after <meta charset>.
    const charsetIndex = head.children.findIndex(
      (child) => child.type === 'element' && child.tagName === 'meta' && child.properties['charSet'] !== undefined,
    );
    head.children.splice(charsetIndex + 1, 0, meta);
  }
  // allowDangerousCharacters: keep ` and ' unescaped in attributes (escaping only guards IE-era parsers).
  return { html: toHtml(tree, { allowDangerousHtml: true, allowDangerousCharacters: true }), stylesheet, scriptHashes };
}

function element(tagName: string, properties: Element['properties']): Element {
  return { type: 'element', tagName, properties, children: [] };
}

function findElement(tree: Root, tagName: string): Element | undefined {
  let found: Element | undefined;
  visit(tree, 'element', (node) => {
    if (!found && node.tagName === tagName) found = node;
  });
  return found;
}

/**
 * Writes what the rewritten pages need besides themselves: the stylesheets their inline styles moved
 * to, and the header policy (the union of their script hashes) for the web server.
 */
export function writeCspFiles(
  outDir: string,
  pages: readonly Pick<PageRewrite, 'stylesheet' | 'scriptHashes'>[],
): { stylesheets: number; scriptHashes: number } {
  const allHashes = new Set<string>();
  const stylesheets = new Set<string>();
  const assetsDir = join(outDir, '_astro');
  mkdirSync(assetsDir, { recursive: true });
  for (const { stylesheet, scriptHashes } of pages) {
    scriptHashes.forEach((hash) => allHashes.add(hash));
    if (stylesheet && !stylesheets.has(stylesheet.fileName)) {
      writeFileSync(join(assetsDir, stylesheet.fileName), stylesheet.css);
      stylesheets.add(stylesheet.fileName);
    }
  }
  // Read by the Dockerfile's web server (an nginx include); not part of the published site.
  const serverDir = join(dirname(outDir), 'dist-server');
  mkdirSync(serverDir, { recursive: true });
  const headerPolicy = policyFor(allHashes, { forHeader: true });
  writeFileSync(join(serverDir, 'csp-header.conf'), `add_header Content-Security-Policy "${headerPolicy}" always;\n`);
  writeFileSync(join(serverDir, 'csp-policy.txt'), `${headerPolicy}\n`);
  return { stylesheets: stylesheets.size, scriptHashes: allHashes.size };
}
