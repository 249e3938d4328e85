// The density calculator's strings: `form` is read at build time only (the frame is static HTML);
// `output` and `errors` (one message per model error code) are what compute says, and reach the
// browser in the page's language only (CalculatorFrame's data-strings). Templates fill `{slot}`.
import type { Lang } from '../../i18n/locales.ts';
import type { CalculatorStrings, SameShape } from '../kit/spec.ts';
import type { DensityErrorCode, DensityField } from './model.ts';

const ko = {
  form: {
    title: '밀도 계산기: 한 호스트에 VM과 컨테이너가 몇 개 들어가나',
    intro:
      '호스트와 앱의 자원을 바꿔 보세요. 같은 앱을 VM 하나씩으로 띄울 때와 컨테이너 하나씩으로 띄울 때 몇 개까지 들어가는지, 무엇이 먼저 바닥나는지 계산합니다.',
    groups: { host: '호스트', app: '앱 한 개', vm: 'VM 한 대의 추가 비용', container: '컨테이너 한 개의 추가 비용' },
    labels: {
      'host.cpus': 'CPU 스레드',
      'host.memoryMiB': '메모리',
      'host.diskGiB': '디스크',
      'app.cpus': 'CPU',
      'app.memoryMiB': '메모리',
      'app.diskGiB': '이미지 크기',
      cpuOvercommit: 'CPU 오버커밋 배수',
      'vm.vcpus': 'vCPU 수',
      'vm.guestOsMemoryMiB': '게스트 OS 메모리',
      'vm.guestOsDiskGiB': '게스트 OS 디스크',
      'vm.hypervisorReserveMiB': '하이퍼바이저 예약 메모리',
      'vm.hypervisorReserveDiskGiB': '하이퍼바이저 예약 디스크',
      'container.overheadMiB': '런타임 오버헤드',
      'container.writableLayerGiB': '쓰기 가능 레이어',
      'container.hostOsReserveMiB': '호스트 OS 예약 메모리',
      'container.hostOsReserveDiskGiB': '호스트 OS 예약 디스크',
    } satisfies Record<DensityField, string>,
  },
  output: {
    result: { kind: '방식', count: '개수', bottleneck: '먼저 바닥나는 자원', vms: 'VM', containers: '컨테이너' },
    bottleneck: { cpu: 'CPU', memory: '메모리', disk: '디스크' },
    ratio: '컨테이너가 VM보다 {ratio}배 많이 들어갑니다.',
    noVm: 'VM은 한 대도 들어가지 않아 배수를 계산할 수 없습니다.',
  },
  errors: {
    missing: '값을 입력해야 합니다.',
    'not-a-number': '숫자를 입력해야 합니다.',
    'not-finite': '유한한 숫자여야 합니다. 무한대로는 계산할 수 없습니다.',
    negative: '0 이상이어야 합니다. 음수는 쓸 수 없습니다.',
    zero: '0보다 커야 합니다. 이 값으로 나누거나 곱하므로 0이면 계산이 성립하지 않습니다.',
    'too-small': '0.001 이상이어야 합니다. 그보다 작은 값은 계산 정밀도를 넘습니다.',
    'too-large': '값이 너무 큽니다. 서버 한 대로 볼 수 있는 범위를 넘었습니다.',
  },
} satisfies CalculatorStrings<DensityErrorCode>;

export type DensityStrings = typeof ko;

export const densityStrings = {
  ko,
  en: {
    form: {
      title: 'Density calculator: how many VMs or containers fit on one host',
      intro:
        'Change the host and the app. The calculator counts how many copies of the app fit when each runs in its own VM and when each runs in its own container, and which resource runs out first.',
      groups: { host: 'Host', app: 'One app', vm: 'Extra cost of one VM', container: 'Extra cost of one container' },
      labels: {
        'host.cpus': 'CPU threads',
        'host.memoryMiB': 'Memory',
        'host.diskGiB': 'Disk',
        'app.cpus': 'CPU',
        'app.memoryMiB': 'Memory',
        'app.diskGiB': 'Image size',
        cpuOvercommit: 'CPU overcommit factor',
        'vm.vcpus': 'vCPUs',
        'vm.guestOsMemoryMiB': 'Guest OS memory',
        'vm.guestOsDiskGiB': 'Guest OS disk',
        'vm.hypervisorReserveMiB': 'Hypervisor reserved memory',
        'vm.hypervisorReserveDiskGiB': 'Hypervisor reserved disk',
        'container.overheadMiB': 'Runtime overhead',
        'container.writableLayerGiB': 'Writable layer',
        'container.hostOsReserveMiB': 'Host OS reserved memory',
        'container.hostOsReserveDiskGiB': 'Host OS reserved disk',
      } satisfies Record<DensityField, string>,
    },
    output: {
      result: { kind: 'As', count: 'Count', bottleneck: 'Runs out first', vms: 'VMs', containers: 'Containers' },
      bottleneck: { cpu: 'CPU', memory: 'memory', disk: 'disk' },
      ratio: '{ratio}× as many containers as VMs fit.',
      noVm: 'Not a single VM fits, so there is no ratio.',
    },
    errors: {
      missing: 'A value is required.',
      'not-a-number': 'Enter a number.',
      'not-finite': 'Must be a finite number; infinity cannot be computed with.',
      negative: 'Must be 0 or more; negative values are not allowed.',
      zero: 'Must be greater than 0; the calculation divides or multiplies by this value.',
      'too-small': 'Must be at least 0.001; smaller values are beyond the precision of the calculation.',
      'too-large': 'The value is too large for a single host.',
    },
  },
} satisfies Record<Lang, SameShape<DensityStrings>>;
