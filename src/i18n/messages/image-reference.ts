import type { ImageReferenceErrorCode } from '../../lib/image-reference.ts';

/**
 * One explanation per error code of `parseImageReference`, written for someone who typed an
 * image reference such as `ubuntu:22.04` or `registry.example.com/team/app@sha256:…`.
 */
export const imageReferenceMessages = {
  ko: {
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
  en: {
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
} satisfies {
  ko: Record<ImageReferenceErrorCode, string>;
  en: Record<ImageReferenceErrorCode, string>;
};

export default imageReferenceMessages;
