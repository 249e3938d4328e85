// The strings search-ui.ts writes in the browser (status, results, suggestions), for the header
// dialog and /ko/search/, /en/search/. They ship with the search code, so only these live here; the
// ones rendered on the server (labels, placeholder, the page's title) are Starlight i18n strings in
// src/content/i18n/ (searchBox.*, searchPage.*).
import type { Lang } from './locales.ts';

export interface SearchStrings {
  /** Where the chapter list lives on the home page, for readers without JavaScript or results. */
  chapterListHref: string;
  chapterList: string;
  empty: string;
  /** `{query}` is replaced by what the reader typed (as text, never as markup). */
  noResults: string;
  noResultsHint: string;
  failed: string;
  /** `{count}` is replaced by the number of pages found (2 or more). */
  resultCount: string;
  resultCountOne: string;
  truncated: string;
  sections: string;
  /** `{to}`: the Hangul a Latin query spelled on the 2-set keyboard layout, which was searched. */
  convertedTo: string;
  /** The undo of that notice; `{from}` is what the reader typed (rendered as code). */
  searchAsTyped: string;
  /** Before the nearest glossary terms, when nothing was found. */
  didYouMean: string;
}

export const searchStrings = {
  ko: {
    chapterListHref: '/ko/#장',
    chapterList: '장 목록',
    empty: '검색어가 비어 있습니다. 찾을 낱말을 입력하세요.',
    noResults: '“{query}”에 맞는 결과가 없습니다.',
    noResultsHint: '다른 낱말로 찾아보거나 장 목록에서 골라 보세요.',
    failed: '검색을 불러오지 못했습니다. 잠시 뒤 다시 시도하거나 장 목록에서 골라 보세요.',
    resultCount: '{count}개 페이지에서 찾았습니다.',
    resultCountOne: '1개 페이지에서 찾았습니다.',
    truncated: '검색어가 길어 앞부분만으로 찾았습니다.',
    sections: '관련 절',
    convertedTo: '{to}(으)로 검색했습니다',
    searchAsTyped: '{from}로 검색',
    didYouMean: '혹시 다음 용어를 찾으세요?',
  },
  en: {
    chapterListHref: '/en/#chapters',
    chapterList: 'chapter list',
    empty: 'The search box is empty. Type a word to look for.',
    noResults: 'No results for “{query}”.',
    noResultsHint: 'Try other words, or pick a chapter from the chapter list.',
    failed: 'Search could not be loaded. Try again in a moment, or pick a chapter from the chapter list.',
    resultCount: 'Found on {count} pages.',
    resultCountOne: 'Found on 1 page.',
    truncated: 'The query was long, so only its beginning was searched.',
    sections: 'Sections',
    convertedTo: 'Searched for {to}',
    searchAsTyped: 'Search for {from} instead',
    didYouMean: 'Did you mean:',
  },
} as const satisfies Record<Lang, SearchStrings>;

export const searchPagePath = (lang: Lang): string => `/${lang}/search/`;
