import type { LayersErrorCode } from '../../lib/layers.ts';

/**
 * One sentence per error code of `diskUsage`. The UI points at the field, so
 * the sentences do not name it.
 */
export const layersMessages = {
  ko: {
    missing: '필수 항목이 비어 있습니다.',
    'not-a-list': '목록이어야 합니다.',
    'not-an-object': '형식이 올바르지 않습니다. 이름이 붙은 값들의 묶음이어야 합니다.',
    'not-a-string': '텍스트여야 합니다.',
    'empty-name': '이름이 비어 있습니다.',
    'not-a-number': '숫자여야 합니다.',
    'not-finite': '유한한 숫자여야 합니다.',
    'not-an-integer': '바이트 수와 개수는 정수여야 합니다.',
    negative: '0 이상이어야 합니다.',
    'too-large': '값이나 합계가 너무 커서 정확히 계산할 수 없습니다. 최대 2^53−1바이트까지 다룹니다.',
    'bad-digest':
      '다이제스트 형식이 올바르지 않습니다. sha256: 뒤에 소문자 16진수 64자가 오는 꼴이어야 합니다(sha512, blake3도 받습니다).',
    'duplicate-image': '같은 이름의 이미지가 이미 있습니다.',
    'unknown-image': '이미지 목록에 없는 이름입니다.',
    'digest-size-conflict':
      '같은 다이제스트가 다른 크기로 적혀 있습니다. 다이제스트가 같으면 내용과 크기도 같아야 합니다.',
  },
  en: {
    missing: 'This field is required.',
    'not-a-list': 'Must be a list.',
    'not-an-object': 'Wrong shape; expected a group of named values.',
    'not-a-string': 'Must be text.',
    'empty-name': 'The name is empty.',
    'not-a-number': 'Must be a number.',
    'not-finite': 'Must be a finite number.',
    'not-an-integer': 'Byte sizes and counts must be whole numbers.',
    negative: 'Must be 0 or more.',
    'too-large': 'The value or a total is too large to compute exactly (limit: 2^53 − 1 bytes).',
    'bad-digest':
      'Not a valid digest: expected "sha256:" followed by 64 lowercase hexadecimal characters (sha512 and blake3 are accepted too).',
    'duplicate-image': 'Another image already has this name.',
    'unknown-image': 'No listed image has this name.',
    'digest-size-conflict':
      'This digest appears elsewhere with a different size; one digest always means the same content and size.',
  },
} satisfies { ko: Record<LayersErrorCode, string>; en: Record<LayersErrorCode, string> };

export default layersMessages;
