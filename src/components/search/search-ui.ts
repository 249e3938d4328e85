// The search code proper, loaded only when a reader opens search (see loader.ts) or visits the
// search page. It fetches the page language's index (/search-index/<lang>.json, written by
// index-builder.ts) on the first query, runs engine.ts over it, and fetches the plain text of the
// sections whose excerpts it shows. Every result is built from elements and text nodes: the page's
// CSP forbids inline styles, and nothing a reader typed or the index holds is parsed as HTML.
import { searchPagePath, searchStrings, type SearchStrings } from '../../i18n/search.ts';
import type { Lang } from '../../i18n/locales.ts';
import { parseIndex, searchIndex, type Highlighted, type SearchIndex, type SearchOutcome } from './engine.ts';

const INDEX_DIR = '/search-index/';
const DEBOUNCE_MS = 150;
const QUERY_ECHO_CHARS = 60;
// The dialog is a quick jump; the page has room for every chapter that matches.
const DIALOG_RESULTS = 5;
const PAGE_RESULTS = 8;
/** `?raw=1` on the search page: search the query as typed, without the 2-set layout reading. */
const RAW_PARAM = 'raw';

let loaded: Promise<SearchIndex> | undefined;
const texts = new Map<string, Promise<string>>();

function loadIndex(lang: Lang): Promise<SearchIndex> {
  loaded ??= (async () => {
    const response = await fetch(`${INDEX_DIR}${lang}.json`);
    if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
    return parseIndex(await response.json());
  })().catch((error: unknown) => {
    // Let the next attempt try again (a dropped connection should not break search for good).
    loaded = undefined;
    throw error;
  });
  return loaded;
}

function fetchText(index: SearchIndex, section: number): Promise<string> {
  const url = `${INDEX_DIR}${index.texts}/${section}.txt`;
  let text = texts.get(url);
  if (!text) {
    text = fetch(url).then((response) => (response.ok ? response.text() : ''));
    texts.set(url, text);
    text.catch(() => texts.delete(url));
  }
  return text;
}

// The route language, which the server wrote into <html lang> (src/i18n/locales.ts pageLang 'route').
// Not isLang from i18n/locales.ts: a module shared with the calculators would become a chunk of its own
// and make the loader carry Vite's preloading helper, tripling the script every page downloads.
function pageLang(): Lang {
  return document.documentElement.lang === 'en' ? 'en' : 'ko';
}

/** The search the dialog and the search page run, in the language of the current page. */
export async function search(input: string, limit = PAGE_RESULTS, convertLayout = true): Promise<SearchOutcome> {
  const index = await loadIndex(pageLang());
  return searchIndex(index, input, {
    limit,
    convertLayout,
    fetchText: (section) => fetchText(index, section),
    loadRare: async (shard) => {
      const response = await fetch(`${INDEX_DIR}${index.texts}/rare-${shard}.json`);
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json();
    },
  });
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// The same `{slot}` filling as the calculators' fill() (src/calculators/kit/format.ts), on purpose:
// one module shared by the search and the calculator islands becomes a chunk of its own, one more
// request in each island's import chain (measured: a `template.*.js` chunk), for three lines.
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function highlighted(parts: Highlighted): HTMLParagraphElement {
  const paragraph = element('p', 'hs-excerpt');
  for (const part of parts) paragraph.append(part.mark ? element('mark', undefined, part.text) : part.text);
  return paragraph;
}

function echo(query: string): string {
  const chars = [...query.trim()];
  return chars.length > QUERY_ECHO_CHARS ? `${chars.slice(0, QUERY_ECHO_CHARS).join('')}…` : chars.join('');
}

interface View {
  results: HTMLElement;
  status: HTMLElement;
  strings: SearchStrings;
  headingLevel: 'h2' | 'h3';
  /** Searches the reader's own text again, without the layout reading (the notice's undo). */
  searchAsTyped(query: string): void;
}

function convertedNotice(view: View, converted: NonNullable<SearchOutcome['converted']>): HTMLElement {
  const notice = element('p', 'hs-converted');
  notice.dataset['converted'] = converted.to;
  const undo = element('button', 'hs-undo');
  undo.type = 'button';
  const [before = '', after = ''] = view.strings.searchAsTyped.split('{from}');
  undo.append(before, element('code', undefined, echo(converted.from)), after);
  undo.addEventListener('click', () => view.searchAsTyped(converted.from));
  notice.append(fill(view.strings.convertedTo, { to: echo(converted.to) }), ' · ', undo);
  return notice;
}

function renderOutcome(view: View, query: string, outcome: SearchOutcome): void {
  const { results, status, strings } = view;
  const notice = outcome.converted ? [convertedNotice(view, outcome.converted)] : [];
  if (outcome.hits.length === 0) {
    status.textContent = fill(strings.noResults, { query: echo(query) });
    const parts: HTMLElement[] = [...notice];
    if (outcome.suggestions.length > 0) {
      const suggestion = element('p', 'hs-suggest', `${strings.didYouMean} `);
      outcome.suggestions.forEach((item, index) => {
        if (index > 0) suggestion.append(', ');
        const link = element('a', undefined, item.label);
        link.href = item.url;
        suggestion.append(link);
      });
      parts.push(suggestion);
    }
    const hint = element('p', 'hs-hint', `${strings.noResultsHint} `);
    const link = element('a', undefined, strings.chapterList);
    link.href = strings.chapterListHref;
    hint.append(link);
    parts.push(hint);
    results.replaceChildren(...parts);
    results.dataset['state'] = 'none';
    return;
  }
  status.textContent = [
    // Screen readers hear the status region, not the notice: say there too what was searched.
    outcome.converted ? `${fill(strings.convertedTo, { to: echo(outcome.converted.to) })}.` : '',
    outcome.hits.length === 1
      ? strings.resultCountOne
      : fill(strings.resultCount, { count: String(outcome.hits.length) }),
    outcome.query.truncated ? strings.truncated : '',
  ]
    .filter(Boolean)
    .join(' ');
  const list = element('ol', 'hs-result-list');
  for (const hit of outcome.hits) {
    const item = element('li', 'hs-result');
    const heading = element(view.headingLevel, 'hs-result-title');
    const link = element('a', undefined, hit.title);
    link.href = hit.url;
    heading.append(link);
    item.append(heading, highlighted(hit.excerpt));
    if (hit.sections.length > 0) {
      const sections = element('ul', 'hs-sections');
      sections.setAttribute('aria-label', `${hit.title}: ${strings.sections}`);
      for (const section of hit.sections) {
        const entry = element('li', 'hs-section');
        const sectionLink = element('a', 'hs-section-title', section.title);
        sectionLink.href = section.url;
        entry.append(sectionLink);
        sections.append(entry);
      }
      item.append(sections);
    }
    list.append(item);
  }
  results.replaceChildren(...notice, list);
  results.dataset['state'] = 'done';
}

/** Runs queries into a view; a slow earlier query never overwrites the answer to a later one. */
function createRunner(view: View, { emptyMessage, limit }: { emptyMessage: boolean; limit: number }) {
  let generation = 0;
  return async (query: string, convertLayout = true): Promise<void> => {
    const current = ++generation;
    const { results, status, strings } = view;
    if (query.trim() === '') {
      status.textContent = emptyMessage ? strings.empty : '';
      results.replaceChildren();
      results.dataset['state'] = emptyMessage ? 'empty' : 'idle';
      results.dataset['query'] = query;
      return;
    }
    results.dataset['state'] = 'loading';
    results.setAttribute('aria-busy', 'true');
    const started = performance.now();
    try {
      const outcome = await search(query, limit, convertLayout);
      if (current !== generation) return;
      renderOutcome(view, query, outcome);
    } catch {
      if (current !== generation) return;
      status.textContent = strings.failed;
      results.replaceChildren();
      results.dataset['state'] = 'error';
    } finally {
      if (current === generation) {
        results.removeAttribute('aria-busy');
        results.dataset['query'] = query;
        results.dataset['ms'] = (performance.now() - started).toFixed(1);
      }
    }
  };
}

interface Debounced {
  (query: string): void;
  cancel(): void;
}

function debounce(run: (query: string) => Promise<void>): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (query: string): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(query), DEBOUNCE_MS);
  };
  return Object.assign(later, { cancel: () => clearTimeout(timer) });
}

const attached = new WeakSet<Element>();

/** Wires the header dialog; called each time it opens, does its work once. */
export function attachDialog(dialog: HTMLDialogElement): void {
  if (attached.has(dialog)) return;
  attached.add(dialog);
  const input = dialog.querySelector<HTMLInputElement>('input[name="q"]');
  const results = dialog.querySelector<HTMLElement>('[data-dialog-results]');
  const status = dialog.querySelector<HTMLElement>('[data-dialog-status]');
  const fullPage = dialog.querySelector<HTMLAnchorElement>('[data-search-fullpage]');
  if (!input || !results || !status) return;
  const lang = pageLang();
  const run = createRunner(
    {
      results,
      status,
      strings: searchStrings[lang],
      headingLevel: 'h3',
      searchAsTyped: (query) => {
        input.value = query;
        if (fullPage) fullPage.href = `${searchPagePath(lang)}?${new URLSearchParams({ q: query, [RAW_PARAM]: '1' })}`;
        void run(query, false);
      },
    },
    { emptyMessage: false, limit: DIALOG_RESULTS },
  );
  const later = debounce(run);
  const update = (): void => {
    if (fullPage) fullPage.href = `${searchPagePath(lang)}?${new URLSearchParams({ q: input.value })}`;
    later(input.value);
  };
  input.addEventListener('input', update);
  // In a search field Escape first clears the text; readers expect it to close the dialog.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialog.close();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop lands on the dialog element itself.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  // Following a result closes the dialog, so coming back to the page does not find it open.
  results.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a')) dialog.close();
  });
  // The reader may have typed while this module was downloading.
  if (input.value !== '') update();
  void loadIndex(lang).catch(() => undefined);
}

/** Wires the search page: reads ?q=, searches as the reader types, keeps the URL shareable. */
export function attachPage(root: HTMLElement): void {
  if (attached.has(root)) return;
  attached.add(root);
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const results = root.querySelector<HTMLElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  if (!form || !input || !results || !status) return;
  const lang = pageLang();
  const remember = (query: string, raw = false): void => {
    const url = new URL(window.location.href);
    url.searchParams.set('q', query);
    if (raw) url.searchParams.set(RAW_PARAM, '1');
    else url.searchParams.delete(RAW_PARAM);
    history.replaceState(null, '', url);
  };
  const run = createRunner(
    {
      results,
      status,
      strings: searchStrings[lang],
      headingLevel: 'h2',
      searchAsTyped: (query) => {
        input.value = query;
        remember(query, true);
        void run(query, false);
      },
    },
    { emptyMessage: true, limit: PAGE_RESULTS },
  );
  const later = debounce(async (query) => {
    remember(query);
    await run(query);
  });
  input.addEventListener('input', () => later(input.value));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    later.cancel();
    remember(input.value);
    void run(input.value);
  });
  const params = new URLSearchParams(window.location.search);
  const initial = params.get('q');
  if (initial === null) {
    void loadIndex(lang).catch(() => undefined);
  } else {
    input.value = initial;
    void run(initial, params.get(RAW_PARAM) !== '1');
  }
  root.toggleAttribute('data-search-ready', true);
}
