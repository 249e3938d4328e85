// Interface strings of the handbook's search (header dialog and /ko/search/, /en/search/).
import type { Lang } from './ui.ts';

export interface SearchStrings {
  label: string;
  title: string;
  description: string;
  placeholder: string;
  submit: string;
  close: string;
  ctrlKey: string;
  shortcutHint: string;
  /** Where the chapter list lives on the home page, for readers without JavaScript or results. */
  chapterListHref: string;
  chapterList: string;
  needsJs: string;
  loading: string;
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
  openFullPage: string;
  /** `{to}`: the Hangul a Latin query spelled on the 2-set keyboard layout, which was searched. */
  convertedTo: string;
  /** The undo of that notice; `{from}` is what the reader typed (rendered as code). */
  searchAsTyped: string;
  /** Before the nearest glossary terms, when nothing was found. */
  didYouMean: string;
}

export const searchStrings = {
  ko: {
    label: '검색',
    title: '검색',
    description: '가상화 핸드북의 장과 절을 찾습니다.',
    placeholder: '예: 컨테이너를 실행하면, cgroup 메모리',
    submit: '검색',
    close: '닫기',
    ctrlKey: 'Ctrl',
    shortcutHint: 'Ctrl+K 또는 /로 어디서나 검색 창을 엽니다.',
    chapterListHref: '/ko/#장',
    chapterList: '장 목록',
    needsJs:
      '검색은 자바스크립트가 켜져 있어야 동작합니다. 자바스크립트 없이도 장 목록에서 읽을 곳을 고를 수 있습니다.',
    loading: '검색하는 중…',
    empty: '검색어가 비어 있습니다. 찾을 낱말을 입력하세요.',
    noResults: '“{query}”에 맞는 결과가 없습니다.',
    noResultsHint: '다른 낱말로 찾아보거나 장 목록에서 골라 보세요.',
    failed: '검색을 불러오지 못했습니다. 잠시 뒤 다시 시도하거나 장 목록에서 골라 보세요.',
    resultCount: '{count}개 페이지에서 찾았습니다.',
    resultCountOne: '1개 페이지에서 찾았습니다.',
    truncated: '검색어가 길어 앞부분만으로 찾았습니다.',
    sections: '관련 절',
    openFullPage: '검색 페이지에서 보기',
    convertedTo: '{to}(으)로 검색했습니다',
    searchAsTyped: '{from}로 검색',
    didYouMean: '혹시 다음 용어를 찾으세요?',
  },
  en: {
    label: 'Search',
    title: 'Search',
    description: 'Find chapters and sections of the Virtualization Handbook.',
    placeholder: 'e.g. cgroup memory limit, image layers',
    submit: 'Search',
    close: 'Close',
    ctrlKey: 'Ctrl',
    shortcutHint: 'Press Ctrl+K or / anywhere to open search.',
    chapterListHref: '/en/#chapters',
    chapterList: 'chapter list',
    needsJs: 'Search needs JavaScript. Without it, pick a chapter from the chapter list.',
    loading: 'Searching…',
    empty: 'The search box is empty. Type a word to look for.',
    noResults: 'No results for “{query}”.',
    noResultsHint: 'Try other words, or pick a chapter from the chapter list.',
    failed: 'Search could not be loaded. Try again in a moment, or pick a chapter from the chapter list.',
    resultCount: 'Found on {count} pages.',
    resultCountOne: 'Found on 1 page.',
    truncated: 'The query was long, so only its beginning was searched.',
    sections: 'Sections',
    openFullPage: 'Open on the search page',
    convertedTo: 'Searched for {to}',
    searchAsTyped: 'Search for {from} instead',
    didYouMean: 'Did you mean:',
  },
} as const satisfies Record<Lang, SearchStrings>;

export const searchPagePath = (lang: Lang): string => `/${lang}/search/`;
