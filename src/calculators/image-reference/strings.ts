// The image-reference calculator's strings: `form` is read at build time only (the frame is static HTML);
// `output` and `errors` (one message per model error code) are what compute says, and reach the
// browser in the page's language only (CalculatorFrame's data-strings). Templates fill `{slot}`.
import type { Lang } from '../../i18n/locales.ts';
import type { CalculatorStrings, SameShape } from '../kit/spec.ts';
import type { ImageReference, ImageReferenceErrorCode } from './model.ts';

const ko = {
  form: {
    title: '이미지 이름 해부기: docker pull은 이 이름을 어떻게 읽나',
    intro:
      '이미지 참조를 입력해 보세요. Docker CLI와 같은 규칙으로 레지스트리, 저장소 경로, 태그, 다이제스트를 나누고, 도커가 화면에 보여 주는 짧은 이름과 docker pull이 실제로 받아 오는 전체 참조를 보여 줍니다.',
    legend: 'docker pull에 넘기는 이름',
    label: '이미지 참조',
    hint: '예: ubuntu:24.04, ghcr.io/owner/app@sha256:…, localhost:5000/team/app',
  },
  output: {
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
  errors: {
    'invalid-format':
      '이미지 참조 형식이 올바르지 않습니다. [레지스트리/]저장소[:태그][@다이제스트] 꼴인지, 쓸 수 없는 문자나 빈 경로 조각(//, 끝의 /)이 없는지 확인하세요.',
    'name-empty': '이미지 이름을 입력하세요. 예: ubuntu:22.04',
    'name-too-long': '저장소 경로가 너무 깁니다. 레지스트리 주소를 뺀 경로는 255자를 넘을 수 없습니다.',
    'name-contains-uppercase':
      '저장소 이름에는 대문자를 쓸 수 없습니다. 소문자로 바꿔 보세요. 대문자는 레지스트리 주소와 태그에만 쓸 수 있습니다.',
    'tag-invalid':
      '태그 형식이 올바르지 않습니다. 태그는 영문자, 숫자, _로 시작하고 영문자, 숫자, _, ., -만 써서 128자 이내여야 합니다.',
    'digest-invalid':
      '다이제스트 형식이 올바르지 않습니다. sha256: 뒤에 소문자 16진수 64자가 와야 합니다(sha384는 96자, sha512는 128자).',
    'digest-unsupported':
      '다이제스트 형식은 맞지만 도커가 모르는 알고리즘입니다. sha256, sha384, sha512 중 하나를 쓰세요.',
    'identifier-as-name':
      '16진수 64자는 저장소 이름이 아니라 이미지 ID로 취급됩니다. 이름으로 쓰려면 앞에 레지스트리를 붙이고(docker.io/…), 다이제스트라면 이름@sha256:… 꼴로 쓰세요.',
  },
} satisfies CalculatorStrings<ImageReferenceErrorCode>;

export type ImageReferenceStrings = typeof ko;

export const imageReferenceStrings = {
  ko,
  en: {
    form: {
      title: 'Image name explorer: how docker pull reads a name',
      intro:
        'Type an image reference. It is split into registry, repository path, tag and digest by the same rules as the Docker CLI, together with the short name Docker prints and the full reference docker pull actually fetches.',
      legend: 'The name given to docker pull',
      label: 'Image reference',
      hint: 'e.g. ubuntu:24.04, ghcr.io/owner/app@sha256:…, localhost:5000/team/app',
    },
    output: {
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
    errors: {
      'invalid-format':
        'This is not a valid image reference. Check that it has the form [registry/]repository[:tag][@digest] and contains no disallowed characters or empty path parts (//, a trailing /).',
      'name-empty': 'Enter an image name, for example ubuntu:22.04.',
      'name-too-long':
        'The repository path is too long: without the registry address it may have at most 255 characters.',
      'name-contains-uppercase':
        'Repository names cannot contain uppercase letters. Use lowercase; uppercase is allowed only in the registry address and the tag.',
      'tag-invalid':
        'The tag is not valid. A tag starts with a letter, digit or _, uses only letters, digits, _, . and -, and has at most 128 characters.',
      'digest-invalid':
        'The digest is not valid. After sha256: there must be 64 lowercase hexadecimal characters (96 for sha384, 128 for sha512).',
      'digest-unsupported':
        'The digest is well formed, but Docker does not know its algorithm. Use sha256, sha384 or sha512.',
      'identifier-as-name':
        'A 64-character hexadecimal string is treated as an image ID, not a repository name. To use it as a name, put a registry in front (docker.io/…); for a digest, write name@sha256:….',
    },
  },
} satisfies Record<Lang, SameShape<ImageReferenceStrings>>;
