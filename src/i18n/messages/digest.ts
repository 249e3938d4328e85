import type { DigestErrorCode } from '../../lib/digest.ts';

/**
 * One explanation per error code of `parseDigest`, for someone checking a digest string such as
 * `sha256:e3b0c442…`.
 */
export const digestMessages = {
  ko: {
    empty: '다이제스트를 입력하세요. 예: sha256:e3b0c442…',
    'invalid-format':
      '다이제스트 형식이 올바르지 않습니다. 알고리즘:값 꼴이어야 하고, 알고리즘은 소문자·숫자와 구분자(+ . _ -)로, 값은 영문자·숫자·=·_·-로만 써야 합니다.',
    'unsupported-algorithm':
      '형식은 맞지만 OCI에 등록되지 않은 알고리즘입니다. 등록된 알고리즘은 sha256, sha512, blake3입니다.',
    'invalid-length': '값의 길이가 알고리즘과 맞지 않습니다. sha256과 blake3은 16진수 64자, sha512는 128자여야 합니다.',
    'invalid-encoding': '값에는 소문자 16진수(0–9, a–f)만 쓸 수 있습니다. 대문자 A–F는 소문자로 바꿔 보세요.',
  },
  en: {
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
} satisfies { ko: Record<DigestErrorCode, string>; en: Record<DigestErrorCode, string> };

export default digestMessages;
