// Strings of the translation status page (src/components/TranslationStatus.astro) and of the notice on
// a chapter whose other language is newer (src/components/OutdatedNotice.astro). `{name}` marks a value.
import type { Lang } from './ui.ts';

const ko = {
  title: '번역 상태',
  description: '장마다 한국어판과 영어판이 서로의 최근 변경을 반영했는지 git 기록으로 보여 주는 기여자용 페이지.',
  lead: '기여자를 위한 페이지입니다. 사이트를 빌드할 때 git 기록을 읽어, 장마다 다른 언어판이 더 최근에 바뀌었는지 표시했습니다. 같은 내용을 터미널에서 보려면 다음 명령을 실행하세요.',
  caption: '장별 번역 상태',
  chapter: '장',
  ko: '한국어판',
  en: '영어판',
  'state.up-to-date': '최신',
  'state.outdated': '뒤처짐',
  'state.missing': '없음',
  'state.unknown': '알 수 없음',
  summary:
    '장 {chapters}개 가운데 {upToDate}개는 두 언어판 모두 최신입니다. 뒤처진 번역 {outdated}개, 없는 번역 {missing}개.',
  basedOn: '기준 커밋: {commit} ({date})',
  noHistory:
    '이 빌드에는 git 기록이 없어(예: .git 없이 만든 도커 이미지) 번역이 뒤처졌는지 알 수 없습니다. 없는 번역만 표시합니다.',
  shallow:
    '얕은 복제(shallow clone)에서 빌드해 커밋 날짜를 믿을 수 없으므로 뒤처진 번역을 판단하지 않았습니다. 전체 기록으로 다시 빌드하세요.',
  outdatedHeading: '갱신할 번역',
  outdatedItem: '{path}: 다른 언어판({other})이 더 최근에 바뀌었습니다. 바뀐 내용 보기:',
  missingHeading: '만들 번역',
  missingItem: '{path}: 아직 없습니다. 원문({present})을 번역해 만드세요.',
  'notice.title': '영어판이 더 최근에 수정되었습니다',
  'notice.body': '이 한국어판에는 영어판의 최근 변경이 아직 반영되지 않았을 수 있습니다.',
  'notice.link': 'Read the English version',
} as const;

// Every Korean key must exist in English too: a missing string fails to compile.
const en = {
  title: 'Translation status',
  description:
    'For contributors: whether each chapter’s Korean and English versions include each other’s latest changes, from git history.',
  lead: 'A page for contributors. When the site was built, the git history was read to tell, for each chapter, whether the other language changed more recently. To see the same in a terminal, run:',
  caption: 'Translation status by chapter',
  chapter: 'Chapter',
  ko: 'Korean',
  en: 'English',
  'state.up-to-date': 'Up to date',
  'state.outdated': 'Outdated',
  'state.missing': 'Missing',
  'state.unknown': 'Unknown',
  summary:
    'Of {chapters} chapters, {upToDate} are up to date in both languages. Outdated translations: {outdated}. Missing translations: {missing}.',
  basedOn: 'As of commit {commit} ({date})',
  noHistory:
    'This build had no git history (for example a Docker image built without .git), so outdated translations cannot be told. Only missing ones are shown.',
  shallow:
    'This build ran in a shallow clone, whose commit dates are not real, so outdated translations were not judged. Build from the full history.',
  outdatedHeading: 'Translations to update',
  outdatedItem: '{path}: {other} changed after it. What changed:',
  missingHeading: 'Translations to write',
  missingItem: '{path}: not written yet. Translate {present} into it.',
  'notice.title': 'The Korean version was updated more recently',
  'notice.body': 'This English page may not include the latest changes to the Korean version yet.',
  'notice.link': '한국어판 읽기',
} as const satisfies Record<keyof typeof ko, string>;

export const translationStatusText: Record<Lang, Record<keyof typeof ko, string>> = { ko, en };
export type TranslationStatusKey = keyof typeof ko;

/** Fills `{name}` placeholders; an unknown name stays visible rather than vanishing. */
export function formatText(template: string, values: Readonly<Record<string, string | number>>): string {
  return textParts(template)
    .map((part) => (part.kind === 'text' ? part.text : String(values[part.name] ?? `{${part.name}}`)))
    .join('');
}

/** A template split at its placeholders, so a component can render each value in its own element. */
export function textParts(template: string): ({ kind: 'text'; text: string } | { kind: 'value'; name: string })[] {
  return template
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((piece) => {
      const name = /^\{(\w+)\}$/.exec(piece)?.[1];
      return name ? { kind: 'value', name } : { kind: 'text', text: piece };
    });
}
