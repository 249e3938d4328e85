import type { ImageReference } from '../../lib/image-reference.ts';

// Read only by the component at build time: the frame is static HTML, so the browser bundle
// never carries these strings.
export const imageReferenceFormUi = {
  ko: {
    title: '이미지 이름 해부기: docker pull은 이 이름을 어떻게 읽나',
    intro:
      '이미지 참조를 입력해 보세요. Docker CLI와 같은 규칙으로 레지스트리, 저장소 경로, 태그, 다이제스트를 나누고, 도커가 화면에 보여 주는 짧은 이름과 docker pull이 실제로 받아 오는 전체 참조를 보여 줍니다.',
    legend: 'docker pull에 넘기는 이름',
    label: '이미지 참조',
    hint: '예: ubuntu:24.04, ghcr.io/owner/app@sha256:…, localhost:5000/team/app',
  },
  en: {
    title: 'Image name explorer: how docker pull reads a name',
    intro:
      'Type an image reference. It is split into registry, repository path, tag and digest by the same rules as the Docker CLI, together with the short name Docker prints and the full reference docker pull actually fetches.',
    legend: 'The name given to docker pull',
    label: 'Image reference',
    hint: 'e.g. ubuntu:24.04, ghcr.io/owner/app@sha256:…, localhost:5000/team/app',
  },
};

// Used by compute, so shipped to the browser with the calculator.
export const imageReferenceOutputUi = {
  ko: {
    caption: '이 참조를 도커가 읽은 결과',
    rows: {
      domain: '레지스트리(domain)',
      path: '저장소 경로(path)',
      tag: '태그(tag)',
      digest: '다이제스트(digest)',
      name: '전체 이름(name)',
      familiar: '도커가 보여 주는 이름(familiar)',
      canonical: 'docker pull이 받는 참조(canonical)',
    } satisfies Record<keyof ImageReference, string>,
    none: '없음',
  },
  en: {
    caption: 'How Docker reads this reference',
    rows: {
      domain: 'Registry (domain)',
      path: 'Repository path (path)',
      tag: 'Tag',
      digest: 'Digest',
      name: 'Full name (name)',
      familiar: 'What Docker prints (familiar)',
      canonical: 'What docker pull fetches (canonical)',
    } satisfies Record<keyof ImageReference, string>,
    none: 'none',
  },
};
