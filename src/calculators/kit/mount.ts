// Browser half of every calculator: reads the inputs, runs the spec's pure compute function with the
// strings the page carries (data-strings, in the page's language only), renders its view with DOM
// methods, marks invalid fields, and keeps the inputs in the URL.
import { DEFAULT_LANG, isLang, type Lang } from '../../i18n/locales.ts';
import type { CalculatorSpec, ShippedStrings } from './spec.ts';
import { readQuery, writeQuery } from './url-state.ts';
import { toDom } from './view.ts';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

// Any spec: mount never looks inside the strings, it only hands them back to the spec's compute.
type AnySpec = CalculatorSpec;

export function mountCalculators(definition: AnySpec): void {
  for (const root of document.querySelectorAll<HTMLElement>(`[data-calculator="${definition.id}"]`)) {
    void mountOne(root, definition);
  }
}

async function mountOne(root: HTMLElement, definition: AnySpec): Promise<void> {
  // Decided on the server (CalculatorFrame's data-lang), so the live result speaks the language the
  // server-rendered labels and result were written in.
  const serverLang = root.dataset['lang'];
  const lang: Lang = isLang(serverLang) ? serverLang : DEFAULT_LANG;
  // Written by CalculatorFrame from the same tables the build-time result was computed with.
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as ShippedStrings;
  const fields = new Map<string, Field>();
  for (const field of root.querySelectorAll<Field>('[data-key]')) fields.set(field.dataset['key'] ?? '', field);
  const output = root.querySelector<HTMLElement>('[data-calculator-output]');
  const notice = root.querySelector<HTMLElement>('[data-url-notice]');
  const keys = Object.keys(definition.defaults);

  const currentValues = (): Record<string, string> => {
    const values: Record<string, string> = {};
    for (const key of keys) values[key] = fields.get(key)?.value ?? definition.defaults[key] ?? '';
    return values;
  };

  // An asynchronous compute may settle out of order while the reader types; only the answer to
  // the latest input may reach the page, or an older result would overwrite a newer one.
  let latest = 0;
  const render = async (): Promise<void> => {
    const run = ++latest;
    const values = currentValues();
    const { output: view, fieldErrors } = await definition.compute(values, strings, lang);
    if (run !== latest) return;
    output?.replaceChildren(toDom(view, document));
    for (const [key, field] of fields) {
      const message = fieldErrors[key];
      const errorElement = root.querySelector<HTMLElement>(`[data-error-for="${key}"]`);
      if (message) field.setAttribute('aria-invalid', 'true');
      else field.removeAttribute('aria-invalid');
      if (errorElement) {
        errorElement.textContent = message ?? '';
        errorElement.hidden = !message;
      }
    }
    const search = writeQuery(window.location.search, definition.id, values, definition.defaults);
    if (search !== window.location.search) {
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
    }
  };

  // A shared link fills the inputs; a value the calculator rejects falls back to its default and
  // the reader is told, so a broken link never shows a broken calculator.
  const fromUrl = readQuery(window.location.search, definition.id, keys);
  if (Object.keys(fromUrl).length > 0) {
    for (const [key, value] of Object.entries(fromUrl)) {
      const field = fields.get(key);
      if (field) field.value = value;
    }
    const { fieldErrors } = await definition.compute(currentValues(), strings, lang);
    const rejected = Object.keys(fromUrl).filter((key) => fieldErrors[key]);
    for (const key of rejected) {
      const field = fields.get(key);
      if (field) field.value = definition.defaults[key] ?? '';
    }
    if (notice && rejected.length > 0) notice.hidden = false;
  }

  root.addEventListener('input', () => void render());
  root.addEventListener('change', () => void render());
  await render();
}
