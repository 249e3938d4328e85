// The layers calculator's strings: `form` is read at build time only (the frame is static HTML);
// `output` and `errors` (one message per model error code) are what compute says, and reach the
// browser in the page's language only (CalculatorFrame's data-strings). Templates fill `{slot}`.
import type { Lang } from '../../i18n/locales.ts';
import type { CalculatorStrings, SameShape } from '../kit/spec.ts';
import type { LayersErrorCode } from './model.ts';

const ko = {
  form: {
    title: '레이어 공유 계산기: 컨테이너와 VM의 디스크 사용량',
    intro:
      '이미지마다 몇 개를 띄우고 각자 얼마나 쓰는지 바꿔 보세요. 컨테이너는 같은 레이어를 한 번만 저장하고 각자 쓰기 가능 레이어만 더하지만, VM은 한 대마다 게스트 OS와 이미지 전체를 디스크에 따로 둡니다. 이미지 세 개와 그 레이어(실제 다이제스트와 레지스트리의 압축 크기)는 고정되어 있고, 레이어 목록은 이 계산기에서 고칠 수 없습니다.',
    count: '개수',
    writable: '쓰기 가능 레이어',
    vmGroup: 'VM 한 대',
    guestOs: '게스트 OS 디스크',
  },
  output: {
    usageCaption: '디스크 사용량',
    shared: '컨테이너: 이미지 레이어(다이제스트마다 한 번)',
    writableTotal: '컨테이너: 쓰기 가능 레이어 합계',
    containersTotal: '컨테이너 합계',
    vmsTotal: 'VM 합계(한 대마다 게스트 OS + 이미지 + 쓰기)',
    saved: '컨테이너로 아끼는 디스크',
    savedLine: '컨테이너로 띄우면 VM보다 {bytes} 덜 씁니다.',
    lostLine: '컨테이너 쪽이 {bytes} 더 씁니다. 띄우지 않는 이미지의 레이어도 호스트 디스크에 남아 있기 때문입니다.',
    imagesCaption: '이미지와 레이어',
    layerCount: '레이어 {count}개',
    /** The same for exactly one layer. */
    layerCountOne: '레이어 {count}개',
    sharedBy: '이미지 {count}개가 공유',
  },
  errors: {
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
} satisfies CalculatorStrings<LayersErrorCode>;

export type LayersStrings = typeof ko;

export const layersStrings = {
  ko,
  en: {
    form: {
      title: 'Layer sharing calculator: disk used by containers and by VMs',
      intro:
        'Change how many instances of each image run and how much each writes. Containers store every layer once and add only their own writable layer; each VM keeps a guest OS and a full copy of its image on its own disk. The three images and their layers (real digests, with the registry’s compressed sizes) are fixed; editing the layer lists is outside this calculator.',
      count: 'Instances',
      writable: 'Writable layer',
      vmGroup: 'One VM',
      guestOs: 'Guest OS disk',
    },
    output: {
      usageCaption: 'Disk usage',
      shared: 'Containers: image layers (once per digest)',
      writableTotal: 'Containers: writable layers in total',
      containersTotal: 'Containers in total',
      vmsTotal: 'VMs in total (guest OS + image + writes, per VM)',
      saved: 'Saved by using containers',
      savedLine: 'As containers they use {bytes} less disk than as VMs.',
      lostLine: 'The containers use {bytes} more: the layers of an image nothing runs stay on the host’s disk too.',
      imagesCaption: 'Images and their layers',
      layerCount: '{count} layers',
      layerCountOne: '{count} layer',
      sharedBy: 'shared by {count} images',
    },
    errors: {
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
  },
} satisfies Record<Lang, SameShape<LayersStrings>>;
