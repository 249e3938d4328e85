// Interface strings of the handbook's own components. Starlight's own strings (search, theme,
// pagination) come from Starlight and src/content/i18n/.
import type { Lang } from './locales.ts';

export { isLang, LANGS, type Lang } from './locales.ts';

export const ui = {
  ko: {
    'notFound.title': '페이지를 찾을 수 없습니다',
    'notFound.lead': '주소가 바뀌었거나 아직 없는 장입니다. 아래에서 읽을 곳을 고르거나 검색해 보세요.',
    'notFound.home': '핸드북 처음으로',
    'notFound.otherLanguage': 'Read in English',
    'page.reviewed': '사실 확인: {date}',
  },
  en: {
    'notFound.title': 'Page not found',
    'notFound.lead':
      'The address has changed or the chapter does not exist yet. Pick a place to read below, or search.',
    'notFound.home': 'Handbook home',
    'notFound.otherLanguage': '한국어로 읽기',
    'page.reviewed': 'Facts checked: {date}',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type UiKey = keyof (typeof ui)['ko'];

export function t(lang: Lang, key: UiKey): string {
  return ui[lang][key];
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "2026년 12월" / "December 2026" for a `YYYY-MM-DD` day: the month a chapter's facts were checked. */
export function reviewedMonth(lang: Lang, day: string): string {
  const [year = '', month = ''] = day.split('-');
  const index = Number(month) - 1;
  return lang === 'ko' ? `${year}년 ${index + 1}월` : `${EN_MONTHS[index] ?? ''} ${year}`;
}
