// The handbook's own keys in Starlight's i18n collection (src/content/i18n/{ko,en}.json), read in
// components with `Astro.locals.t('key', { slot })`. `{{slot}}` marks a value, as in i18next. Every
// key is required, so a string missing from either language fails `astro check` and the build, and
// test/unit/interface-strings.test.ts holds both files to the same keys.
//
// Strings the browser needs (the search results, the calculators) stay in TypeScript tables next to
// their code (src/i18n/search.ts, src/i18n/calculators/), so an island ships only what it shows.
import { z } from 'astro/zod';

const text = z.string().min(1);

export const interfaceStrings = z.object({
  // src/components/NotFound.astro: /404.html, /ko/404/, /en/404/.
  'notFound.title': text,
  'notFound.lead': text,
  'notFound.home': text,
  'notFound.otherLanguage': text,
  // src/components/PageTitle.astro: `{{date}}` is the month the chapter's facts were last checked.
  'page.reviewed': text,
  // src/components/OutdatedNotice.astro, on a chapter whose other language changed more recently.
  'outdatedNotice.title': text,
  'outdatedNotice.body': text,
  'outdatedNotice.link': text,
  // src/components/TranslationStatus.astro: /ko/translation-status/, /en/translation-status/.
  'translationStatus.title': text,
  'translationStatus.description': text,
  'translationStatus.lead': text,
  'translationStatus.caption': text,
  'translationStatus.chapter': text,
  'translationStatus.ko': text,
  'translationStatus.en': text,
  'translationStatus.state.up-to-date': text,
  'translationStatus.state.outdated': text,
  'translationStatus.state.missing': text,
  'translationStatus.state.unknown': text,
  'translationStatus.summary': text,
  'translationStatus.basedOn': text,
  'translationStatus.noHistory': text,
  'translationStatus.shallow': text,
  'translationStatus.outdatedHeading': text,
  'translationStatus.outdatedItem': text,
  'translationStatus.missingHeading': text,
  'translationStatus.missingItem': text,
  // The search page and the header's search dialog, rendered on the server (src/components/search/).
  // Their label and Ctrl key are Starlight's own `search.label` and `search.ctrlKey`.
  'searchPage.title': text,
  'searchPage.description': text,
  'searchPage.needsJs': text,
  'searchBox.placeholder': text,
  'searchBox.submit': text,
  'searchBox.close': text,
  'searchBox.shortcutHint': text,
  'searchBox.openFullPage': text,
});

export type InterfaceKey = keyof z.infer<typeof interfaceStrings>;

/**
 * A translated string split at its `{{slot}}`s, for a component that renders a value in its own
 * element (`<time>`, `<code>`). Called without values, `Astro.locals.t` leaves the slots in place.
 */
export function slotParts(text: string): ({ kind: 'text'; text: string } | { kind: 'slot'; name: string })[] {
  return text
    .split(/(\{\{\w+\}\})/)
    .filter(Boolean)
    .map((piece) => {
      const name = /^\{\{(\w+)\}\}$/.exec(piece)?.[1];
      return name ? { kind: 'slot', name } : { kind: 'text', text: piece };
    });
}
