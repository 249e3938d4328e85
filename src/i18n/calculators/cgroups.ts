import type { DockerResourceFlag } from '../../lib/cgroups.ts';

// Read only by the component at build time: the frame is static HTML, so the browser bundle
// never carries these strings.
export const cgroupsFormUi = {
  ko: {
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
  en: {
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
};

// Used by compute, so shipped to the browser with the calculator.
export const cgroupsOutputUi = {
  ko: {
    badFormula: '목록에 있는 공식 가운데 하나를 고르세요.',
    command: '같은 설정의 명령',
    caption: (version: string) => `cgroup ${version}: 런타임이 쓰는 파일과 값`,
    nothing: '쓰는 파일이 없습니다. 커널 기본값(제한 없음)이 그대로 남습니다.',
  },
  en: {
    badFormula: 'Pick one of the listed formulas.',
    command: 'The same settings as a command',
    caption: (version: string) => `cgroup ${version}: files the runtime writes, and their values`,
    nothing: 'No file is written; the kernel defaults (no limit) stay.',
  },
};
