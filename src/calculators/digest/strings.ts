// The digest calculator's strings: `form` is read at build time only (the frame is static HTML);
// `output` and `errors` (one message per model error code) are what compute says, and reach the
// browser in the page's language only (CalculatorFrame's data-strings). Templates fill `{slot}`.
import type { Lang } from '../../i18n/locales.ts';
import type { CalculatorStrings, SameShape } from '../kit/spec.ts';
import type { DigestErrorCode } from './model.ts';

const ko = {
  form: {
    title: '다이제스트 실험실: 같은 내용, 같은 이름',
    intro:
      '두 내용을 고쳐 보세요. 각 내용의 UTF-8 바이트로 OCI 다이제스트(sha256)를 계산합니다. 한 글자만 달라도 다이제스트 전체가 바뀝니다. 아래 칸에 다이제스트 문자열을 넣으면 OCI 문법에 맞는지 검사합니다.',
    contentsGroup: '비교할 두 내용',
    checkGroup: '다이제스트 문법 검사',
    checkHint: '알고리즘:값 꼴. 기본값은 내용 A의 다이제스트입니다.',
  },
  output: {
    labels: { a: '내용 A', b: '내용 B', check: '검사할 다이제스트' },
    contentCaption: '내용의 다이제스트',
    same: '두 내용의 다이제스트가 같습니다. 바이트가 하나도 다르지 않다는 뜻입니다.',
    different: '두 다이제스트가 다릅니다. 16진수 64자 가운데 {count}자가 다릅니다.',
    checkCaption: '검사한 다이제스트',
    algorithm: '알고리즘(algorithm)',
    encoded: '값(encoded)',
    matches: '일치',
    matchA: '내용 A의 다이제스트와 같습니다.',
    matchB: '내용 B의 다이제스트와 같습니다.',
    matchBoth: '내용 A, B 모두의 다이제스트와 같습니다.',
    matchNone: '문법은 맞지만 내용 A와도 B와도 다릅니다.',
    otherAlgorithm: '문법은 맞습니다. 이 페이지는 sha256만 계산하므로 내용과 비교하지는 않습니다.',
    checkProblem: '위의 다이제스트를 고치면 알고리즘과 값이 나옵니다.',
    noCrypto:
      '이 브라우저는 이 페이지에서 Web Crypto를 제공하지 않아 다이제스트를 계산할 수 없습니다(HTTPS나 localhost에서만 제공됩니다).',
  },
  errors: {
    empty: '다이제스트를 입력하세요. 예: sha256:e3b0c442…',
    'invalid-format':
      '다이제스트 형식이 올바르지 않습니다. 알고리즘:값 꼴이어야 하고, 알고리즘은 소문자·숫자와 구분자(+ . _ -)로, 값은 영문자·숫자·=·_·-로만 써야 합니다.',
    'unsupported-algorithm':
      '형식은 맞지만 OCI에 등록되지 않은 알고리즘입니다. 등록된 알고리즘은 sha256, sha512, blake3입니다.',
    'invalid-length': '값의 길이가 알고리즘과 맞지 않습니다. sha256과 blake3은 16진수 64자, sha512는 128자여야 합니다.',
    'invalid-encoding': '값에는 소문자 16진수(0–9, a–f)만 쓸 수 있습니다. 대문자 A–F는 소문자로 바꿔 보세요.',
  },
} satisfies CalculatorStrings<DigestErrorCode>;

export type DigestStrings = typeof ko;

export const digestStrings = {
  ko,
  en: {
    form: {
      title: 'Digest lab: same content, same name',
      intro:
        'Edit the two contents. Each one’s OCI digest (sha256) is computed over its UTF-8 bytes; change a single character and the whole digest changes. In the last field, paste a digest string to check it against the OCI grammar.',
      contentsGroup: 'Two contents to compare',
      checkGroup: 'Digest grammar check',
      checkHint: 'algorithm:value. The default is the digest of content A.',
    },
    output: {
      labels: { a: 'Content A', b: 'Content B', check: 'Digest to check' },
      contentCaption: 'Digests of the contents',
      same: 'The two digests are identical: the contents do not differ in a single byte.',
      different: 'The digests differ in {count} of their 64 hexadecimal characters.',
      checkCaption: 'The checked digest',
      algorithm: 'Algorithm',
      encoded: 'Value (encoded)',
      matches: 'Matches',
      matchA: 'The digest of content A.',
      matchB: 'The digest of content B.',
      matchBoth: 'The digest of both content A and content B.',
      matchNone: 'Well formed, but neither content A’s nor content B’s digest.',
      otherAlgorithm: 'Well formed. This page computes only sha256, so it is not compared with the contents.',
      checkProblem: 'Fix the digest above to see its algorithm and value.',
      noCrypto:
        'This browser offers no Web Crypto on this page, so no digest can be computed (it is available only over HTTPS or on localhost).',
    },
    errors: {
      empty: 'Enter a digest, for example sha256:e3b0c442….',
      'invalid-format':
        'This is not a valid digest. It must have the form algorithm:value, where the algorithm uses lowercase letters, digits and the separators + . _ -, and the value uses only letters, digits, =, _ and -.',
      'unsupported-algorithm':
        'The digest is well formed, but its algorithm is not registered by OCI. The registered algorithms are sha256, sha512 and blake3.',
      'invalid-length':
        'The value has the wrong length for its algorithm: sha256 and blake3 need 64 hexadecimal characters, sha512 needs 128.',
      'invalid-encoding':
        'The value may contain only lowercase hexadecimal characters (0–9, a–f). Change any uppercase A–F to lowercase.',
    },
  },
} satisfies Record<Lang, SameShape<DigestStrings>>;
