// Interface strings the calculators share in the browser. Strings rendered only on the server are
// Starlight i18n strings (src/content/i18n/, src/i18n/interface-strings.ts).
import type { Lang } from './locales.ts';

export { isLang, LANGS, type Lang } from './locales.ts';

export const ui = {
  ko: {
    'calculator.urlNotice': '링크에 담긴 값 가운데 올바르지 않은 것이 있어 그 칸은 기본값으로 계산했습니다.',
    'calculator.fixInputs': '위에 표시한 입력을 고치면 결과가 나옵니다.',
  },
  en: {
    'calculator.urlNotice': 'Some values in the link were not valid; those fields use their defaults.',
    'calculator.fixInputs': 'Fix the inputs marked above to see the result.',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type UiKey = keyof (typeof ui)['ko'];

export function t(lang: Lang, key: UiKey): string {
  return ui[lang][key];
}
