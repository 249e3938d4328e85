// The cgroups calculator's strings: `form` is read at build time only (the frame is static HTML);
// `output` and `errors` (one message per model error code) are what compute says, and reach the
// browser in the page's language only (CalculatorFrame's data-strings). Templates fill `{slot}`.
import type { Lang } from '../../i18n/locales.ts';
import type { CalculatorStrings, SameShape } from '../kit/spec.ts';
import type { CgroupsErrorCode, DockerResourceFlag } from './model.ts';

const ko = {
  form: {
    title: 'cgroup 번역기: docker run 옵션이 커널에 쓰는 값',
    intro:
      'docker run의 자원 옵션을 입력해 보세요. Docker CLI, dockerd, runc가 차례로 값을 읽고 검사하고 변환해서 cgroup 인터페이스 파일에 쓰는 값을 cgroup v2와 v1로 나눠 보여 줍니다. 칸을 비우면 그 옵션을 쓰지 않은 것입니다.',
    flagsGroup: 'docker run 옵션',
    runtimeGroup: '런타임',
    hints: {
      cpus: 'CPU 개수, 소수 가능(예: 1.5)',
      cpuShares: '다른 컨테이너와 나누는 상대 가중치, 보통 1024',
      memory: '단위 b, k, m, g(1024배씩, 예: 512m)',
      memorySwap: '메모리와 스왑을 합친 한도, -1은 무제한',
      blkioWeight: '블록 I/O 상대 가중치, 10–1000',
      pidsLimit: '프로세스 수 상한, 0이나 음수는 무제한',
    } satisfies Record<DockerResourceFlag, string>,
    formula: 'cpu.weight 변환 공식',
    formulaHint:
      'cgroup v2에서 --cpu-shares를 cpu.weight로 바꾸는 공식입니다. runc 1.3.2, crun 1.23부터는 기본값 1024가 100이 되는 새 공식을, 그보다 오래된 런타임은 1024를 39로 만드는 직선 공식을 씁니다.',
    formulas: { current: '새 공식(runc ≥ 1.3.2, crun ≥ 1.23)', legacy: '옛 공식(그보다 오래된 runc, crun)' },
  },
  output: {
    badFormula: '목록에 있는 공식 가운데 하나를 고르세요.',
    command: '같은 설정의 명령',
    caption: 'cgroup {version}: 런타임이 쓰는 파일과 값',
    nothing: '쓰는 파일이 없습니다. 커널 기본값(제한 없음)이 그대로 남습니다.',
  },
  errors: {
    'invalid-number': '도커가 숫자로 읽지 못하는 값입니다. 앞뒤 공백, 쉼표, 오타를 확인하세요.',
    'invalid-suffix':
      '단위는 b, k, m, g, t, p 중 하나여야 하고 뒤에 b나 ib를 붙일 수 있습니다(예: 512m, 1.5g, 2GiB). 단위는 1024배씩 커집니다.',
    negative: '음수는 쓸 수 없습니다.',
    'too-large':
      '값이 너무 큽니다. 도커는 이 값을 64비트 정수로 다루므로 2^63−1(9223372036854775807)을 넘을 수 없습니다.',
    'cpus-precision': '--cpus는 소수점 아래 9자리(10억분의 1 CPU)까지만 나타낼 수 있습니다.',
    'cpus-too-low':
      '--cpus는 0.01 이상이어야 합니다. 그보다 작으면 CFS 쿼터가 100000µs 주기당 1000µs(1ms)에 못 미쳐 커널이 거부합니다.',
    'cpus-exceed-host': '--cpus는 호스트의 CPU 수를 넘을 수 없습니다. dockerd는 0.01부터 CPU 수까지만 받습니다.',
    'cpu-shares-range':
      '--cpu-shares는 2 이상 262144 이하여야 합니다(0은 설정하지 않음). 범위를 벗어나면 cgroup v1 커널이 값을 잘라 runc가 실패합니다.',
    'memory-too-low': '메모리 제한은 6MiB(6291456바이트) 이상이어야 합니다.',
    'swap-without-memory': '--memory-swap을 쓰려면 --memory도 함께 지정해야 합니다.',
    'swap-less-than-memory': '--memory-swap은 메모리와 스왑을 합친 한도라서 --memory보다 작을 수 없습니다.',
    'blkio-weight-range': '--blkio-weight는 10 이상 1000 이하여야 합니다(0은 설정하지 않음).',
    'pids-too-large': '--pids-limit은 4194304 이하여야 합니다. 64비트 커널의 pids.max가 받는 최댓값입니다.',
  },
} satisfies CalculatorStrings<CgroupsErrorCode>;

export type CgroupsStrings = typeof ko;

export const cgroupsStrings = {
  ko,
  en: {
    form: {
      title: 'cgroup translator: what docker run flags write to the kernel',
      intro:
        'Type docker run resource flags. The Docker CLI, dockerd and runc in turn read, check and convert them; the tables show the value each cgroup interface file receives, for cgroup v2 and v1. Leave a field empty to leave that flag out.',
      flagsGroup: 'docker run flags',
      runtimeGroup: 'Runtime',
      hints: {
        cpus: 'Number of CPUs, fractions allowed (e.g. 1.5)',
        cpuShares: 'Relative weight against other containers, normally 1024',
        memory: 'Units b, k, m, g (×1024 each, e.g. 512m)',
        memorySwap: 'Memory and swap together; -1 means unlimited',
        blkioWeight: 'Relative block I/O weight, 10–1000',
        pidsLimit: 'Maximum number of processes; 0 or negative means unlimited',
      } satisfies Record<DockerResourceFlag, string>,
      formula: 'cpu.weight formula',
      formulaHint:
        'How cgroup v2 turns --cpu-shares into cpu.weight: runc 1.3.2 and crun 1.23 onwards use the new formula that maps the default 1024 to 100; older runtimes use a linear one that maps 1024 to 39.',
      formulas: { current: 'Current (runc ≥ 1.3.2, crun ≥ 1.23)', legacy: 'Legacy (older runc and crun)' },
    },
    output: {
      badFormula: 'Pick one of the listed formulas.',
      command: 'The same settings as a command',
      caption: 'cgroup {version}: files the runtime writes, and their values',
      nothing: 'No file is written; the kernel defaults (no limit) stay.',
    },
    errors: {
      'invalid-number': 'Docker cannot read this as a number. Check for spaces, commas or typos.',
      'invalid-suffix':
        'The unit must be one of b, k, m, g, t, p, optionally followed by b or ib (e.g. 512m, 1.5g, 2GiB); each step is ×1024.',
      negative: 'Negative values are not allowed.',
      'too-large':
        'Too large: Docker holds this value in a 64-bit integer, so it cannot exceed 2^63 − 1 (9223372036854775807).',
      'cpus-precision': '--cpus can have at most 9 decimal places (one billionth of a CPU).',
      'cpus-too-low':
        '--cpus must be at least 0.01; below that the CFS quota is under 1000 µs (1 ms) per 100000 µs period, which the kernel refuses.',
      'cpus-exceed-host':
        '--cpus cannot exceed the number of CPUs on the host; dockerd accepts 0.01 up to that number.',
      'cpu-shares-range':
        '--cpu-shares must be between 2 and 262144 (0 means unset); outside that range the cgroup v1 kernel clamps the value and runc fails.',
      'memory-too-low': 'The memory limit must be at least 6 MiB (6291456 bytes).',
      'swap-without-memory': '--memory-swap requires --memory to be set as well.',
      'swap-less-than-memory':
        '--memory-swap is the combined memory + swap limit, so it cannot be smaller than --memory.',
      'blkio-weight-range': '--blkio-weight must be between 10 and 1000 (0 means unset).',
      'pids-too-large': '--pids-limit must be at most 4194304, the largest pids.max a 64-bit kernel accepts.',
    },
  },
} satisfies Record<Lang, SameShape<CgroupsStrings>>;
