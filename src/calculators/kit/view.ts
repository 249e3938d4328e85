// A tiny view tree, so each calculator describes its output once and it is rendered twice: to an
// HTML string at build time (the page shows a correct result with JavaScript off) and to DOM nodes
// in the browser. Text always goes through escaping or textContent; no innerHTML with user input.
export interface ViewElement {
  tag: string;
  attrs: Record<string, string>;
  children: ViewNode[];
}
export type ViewNode = ViewElement | string;

export function h(
  tag: string,
  attrs: Record<string, string | undefined> = {},
  ...children: (ViewNode | ViewNode[] | null | false)[]
): ViewElement {
  const cleanAttrs: Record<string, string> = {};
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) cleanAttrs[name] = value;
  const flat: ViewNode[] = [];
  for (const child of children) {
    if (child === null || child === false) continue;
    if (Array.isArray(child)) flat.push(...child);
    else flat.push(child);
  }
  return { tag, attrs: cleanAttrs, children: flat };
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

const SAFE_TAG = /^[a-z][a-z0-9-]*$/;
const SAFE_ATTR = /^[a-z][a-z0-9-]*$/;

export function toHtml(node: ViewNode): string {
  if (typeof node === 'string') return escapeHtml(node);
  if (!SAFE_TAG.test(node.tag)) throw new Error(`unsafe tag ${node.tag}`);
  const attrs = Object.entries(node.attrs)
    .filter(([name]) => SAFE_ATTR.test(name) && !name.startsWith('on'))
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<${node.tag}${attrs}>${node.children.map(toHtml).join('')}</${node.tag}>`;
}

export function toDom(node: ViewNode, document: Document): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (SAFE_ATTR.test(name) && !name.startsWith('on')) element.setAttribute(name, value);
  }
  for (const child of node.children) element.append(toDom(child, document));
  return element;
}
