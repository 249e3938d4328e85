// The site's languages, and the one place that decides a page's language. No interface strings, so
// astro.config.mjs, islands, scripts, the benchmark and tests can all import it without pulling a
// string table into their bundle.

/** Starlight's `locales` option is built from this (astro.config.mjs). */
export const LOCALES = {
  ko: { label: '한국어', lang: 'ko' },
  en: { label: 'English', lang: 'en' },
} as const;

export type Lang = keyof typeof LOCALES;

/** Korean first: the order of the language picker, the sidebar and every per-language report. */
export const LANGS: readonly Lang[] = Object.keys(LOCALES) as Lang[];

/** The root locale: `/` redirects here, and anything without a known language falls back to it. */
export const DEFAULT_LANG: Lang = 'ko';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'ko' ? 'en' : 'ko';
}

/**
 * The language of a path under the site root (`en/…/index.html`, `/ko/…`): its first segment when that is a
 * language, otherwise the default (the root redirect, /404.html, assets).
 */
export function pathLang(path: string): Lang {
  const first = path.replace(/^[/\\]+/, '').split(/[/\\]/, 1)[0];
  return isLang(first) ? first : DEFAULT_LANG;
}

/** The part of Starlight's route data (`Astro.locals.starlightRoute`) a page's language comes from. */
interface RouteLocals {
  starlightRoute?: { lang?: string | undefined; entryMeta?: { lang?: string | undefined } | undefined } | undefined;
}

/**
 * The language of a page, decided on the server.
 * - `'route'`: the language of the URL and of the interface around the text (header, search, 404).
 * - `'content'`: the language the page's text is written in. It differs from the route on a fallback
 *   page, where Starlight serves the Korean chapter under /en/ until its translation exists, so
 *   anything embedded in the text (the calculators) uses this one and matches the text around it.
 */
export function pageLang(locals: RouteLocals | undefined, which: 'route' | 'content' = 'route'): Lang {
  const route = locals?.starlightRoute;
  const lang = which === 'content' ? (route?.entryMeta?.lang ?? route?.lang) : route?.lang;
  return isLang(lang) ? lang : DEFAULT_LANG;
}

/**
 * `getStaticPaths` of the pages in src/pages/[lang]/: one page per language, which the page also
 * gets as a typed prop (`/ko/search/` has `Astro.props.lang === 'ko'`).
 */
export function langStaticPaths(): { params: { lang: Lang }; props: { lang: Lang } }[] {
  return LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
}
