// The handbook's glossary as data: one source for the glossary pages (content/<lang>/glossary.mdx,
// rendered by src/components/glossary/) and for search synonyms (src/components/search/). Pure: no
// astro:* imports, so build code, tests and the browser bundle can all import it.
// Edit terms here, not in the MDX pages. `explainedIn` anchors are checked against the chapters by
// test/unit/glossary.test.ts; a reference marked `pending` points at a chapter that is not merged yet
// (networking, storage) and renders without a link until the flag is removed.
import type { GlossaryGroup, GlossaryTerm } from './glossary.ts';

export const GLOSSARY_GROUPS: readonly GlossaryGroup[] = [
  {
    id: 'basics',
    title: {
      ko: '가상화 기초',
      en: 'Virtualization basics',
    },
    intro: {
      ko: '가상 머신과 컨테이너를 함께 이야기할 때 바탕이 되는 말이다.',
      en: 'The vocabulary underneath every comparison of virtual machines and containers.',
    },
  },
  {
    id: 'hypervisors',
    title: {
      ko: '하이퍼바이저와 CPU 가상화',
      en: 'Hypervisors and CPU virtualization',
    },
    intro: {
      ko: '가상 머신을 만드는 소프트웨어와, 게스트의 명령을 CPU에서 실행하는 방법에 관한 말이다.',
      en: "The software that creates virtual machines and the ways a guest's instructions get to run on the CPU.",
    },
  },
  {
    id: 'memory-io',
    title: {
      ko: '메모리, 입출력, 디스크',
      en: 'Memory, I/O and disks',
    },
    intro: {
      ko: '가상 머신의 메모리와 장치, 디스크 이미지를 다루는 기법이다.',
      en: "Techniques for a virtual machine's memory, devices and disk images.",
    },
  },
  {
    id: 'containers',
    title: {
      ko: '컨테이너와 커널',
      en: 'Containers and the kernel',
    },
    intro: {
      ko: '리눅스 커널이 평범한 프로세스를 컨테이너로 만드는 데 쓰는 기능이다.',
      en: 'The Linux kernel features that turn ordinary processes into containers.',
    },
  },
  {
    id: 'images',
    title: {
      ko: '이미지와 레지스트리',
      en: 'Images and registries',
    },
    intro: {
      ko: '컨테이너 이미지의 구조와, 이미지를 만들고 이름 붙이고 주고받는 방법에 관한 말이다.',
      en: 'How container images are structured, built, named and shipped.',
    },
  },
  {
    id: 'docker',
    title: {
      ko: '도커 구성 요소',
      en: 'Docker components',
    },
    intro: {
      ko: '명령 한 줄이 컨테이너 프로세스가 되기까지 거치는 부품과, 그 위의 오케스트레이션이다.',
      en: 'The parts a single command passes through on its way to a container process, and the orchestration above them.',
    },
  },
  {
    id: 'isolation',
    title: {
      ko: '격리와 보안',
      en: 'Isolation and security',
    },
    intro: {
      ko: '워크로드 사이의 경계가 어디에 있고 얼마나 단단한지를 따질 때 쓰는 말이다.',
      en: 'Words for where the boundary between workloads lies and how strong it is.',
    },
  },
  {
    id: 'networking',
    title: {
      ko: '네트워크',
      en: 'Networking',
    },
    intro: {
      ko: '컨테이너와 VM이 네트워크에 닿는 길에 관한 말이다.',
      en: 'How containers and VMs reach the network.',
    },
  },
  {
    id: 'storage',
    title: {
      ko: '스토리지',
      en: 'Storage',
    },
    intro: {
      ko: '컨테이너와 VM이 데이터를 디스크에 두는 방법에 관한 말이다.',
      en: 'Where containers and VMs keep their data on disk.',
    },
  },
];

export const GLOSSARY_TERMS: readonly GlossaryTerm[] = [
  {
    id: 'virtual-machine',
    group: 'basics',
    ko: '가상 머신',
    koGloss: 'virtual machine, VM',
    en: 'virtual machine, VM',
    variants: [
      '가상머신',
      '버츄얼 머신',
      '버추얼 머신',
      '가상 컴퓨터',
      '하드웨어 가상화',
      '하드웨어 수준의 가상화',
      'virtual machines',
      'vm',
    ],
    avoid: [],
    definition: {
      ko: '하이퍼바이저가 소프트웨어로 만들어 낸 컴퓨터. 가상 CPU, 게스트 물리 메모리, 가상 장치를 갖추고, 그 위에서 게스트 운영체제가 자기 커널로 부팅한다.',
      en: 'A computer made in software by a hypervisor, with virtual CPUs, guest-physical memory and virtual devices, on which a guest operating system boots its own kernel.',
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: '가상-머신이란',
          en: 'what-a-virtual-machine-is',
        },
        section: {
          ko: '가상 머신이란',
          en: 'What a virtual machine is',
        },
      },
    ],
  },
  {
    id: 'virtualization',
    group: 'basics',
    ko: '가상화',
    koGloss: 'virtualization',
    en: 'virtualization',
    variants: ['가상 환경', '가상환경', 'virtualisation'],
    avoid: [],
    definition: {
      ko: '물리 자원 하나를 서로 독립된 여러 자원처럼 보이게 하는 기술. 이 핸드북에서는 주로 한 기계를 여러 워크로드가 나눠 쓰게 하는 방법, 곧 가상 머신과 컨테이너를 가리킨다.',
      en: 'Presenting one physical resource as several independent ones. In this handbook it mostly means the ways several workloads share one machine: virtual machines and containers.',
    },
    explainedIn: [
      {
        chapter: 'why-isolation',
        anchor: {
          ko: '서버-한-대에-앱-하나의-시대',
          en: 'one-application-per-server',
        },
        section: {
          ko: '서버 한 대에 앱 하나의 시대',
          en: 'One application per server',
        },
      },
    ],
  },
  {
    id: 'guest',
    group: 'basics',
    ko: '게스트',
    koGloss: 'guest',
    en: 'guest',
    variants: [],
    avoid: [],
    definition: {
      ko: '가상 머신 안에서 도는 쪽. 가상 하드웨어 위의 운영체제와 그 위의 프로그램을 함께 이르며, 반대편은 호스트다.',
      en: 'The side that runs inside a virtual machine: the operating system on the virtual hardware and the programs on top of it. The other side is the host.',
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: '가상-머신이란',
          en: 'what-a-virtual-machine-is',
        },
        section: {
          ko: '가상 머신이란',
          en: 'What a virtual machine is',
        },
      },
    ],
  },
  {
    id: 'guest-os',
    group: 'basics',
    ko: '게스트 운영체제',
    koGloss: 'guest OS',
    en: 'guest OS',
    variants: ['게스트 OS', '게스트 운영 체제', '가상 운영 체제', '가상 운영체제', 'guest operating system'],
    avoid: [],
    definition: {
      ko: '가상 머신 안에서 부팅하는 운영체제. 자기 커널을 가지며, 하이퍼바이저가 보여 주는 가상 하드웨어를 진짜 하드웨어처럼 다룬다.',
      en: 'The operating system that boots inside a virtual machine. It has its own kernel and drives the virtual hardware the hypervisor presents as if it were real.',
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: '가상-머신이란',
          en: 'what-a-virtual-machine-is',
        },
        section: {
          ko: '가상 머신이란',
          en: 'What a virtual machine is',
        },
      },
      {
        chapter: 'vm-vs-containers',
        anchor: {
          ko: '두-스택을-나란히-놓으면',
          en: 'the-two-stacks-side-by-side',
        },
        section: {
          ko: '두 스택을 나란히 놓으면',
          en: 'The two stacks side by side',
        },
      },
    ],
  },
  {
    id: 'density',
    group: 'basics',
    ko: '밀도',
    koGloss: 'density',
    en: 'density',
    variants: ['집적도', '컨테이너 밀도'],
    avoid: [],
    definition: {
      ko: '서버 한 대에 올릴 수 있는 VM이나 컨테이너의 수. CPU, 메모리, 디스크 가운데 먼저 바닥나는 자원이 정하며, VM 대비 컨테이너의 배수는 조건에 따라 크게 달라진다.',
      en: 'How many VMs or containers fit on one server, set by whichever of CPU, memory or disk runs out first. The container-to-VM ratio changes a lot with the conditions.',
    },
    explainedIn: [
      {
        chapter: 'vm-vs-containers',
        anchor: {
          ko: '밀도-23배를-다시-계산하기',
          en: 'density-recomputing-23',
        },
        section: {
          ko: '밀도: 2~3배를 다시 계산하기',
          en: 'Density: recomputing 2–3×',
        },
      },
    ],
  },
  {
    id: 'resident-set-size',
    group: 'basics',
    ko: '상주 메모리',
    koGloss: 'resident set size, RSS',
    en: 'resident set size, RSS',
    variants: [],
    avoid: [],
    definition: {
      ko: '프로세스의 메모리 가운데 지금 실제 물리 메모리에 올라와 있는 양. 컨테이너마다 붙는 고정 비용을 잴 때 shim 프로세스의 상주 메모리를 본다.',
      en: "The part of a process's memory currently held in physical RAM. The fixed per-container cost is estimated from the RSS of the shim process.",
    },
    explainedIn: [
      {
        chapter: 'vm-vs-containers',
        anchor: {
          ko: '메모리와-디스크',
          en: 'memory-and-disk',
        },
        section: {
          ko: '메모리와 디스크',
          en: 'Memory and disk',
        },
      },
    ],
  },
  {
    id: 'system-call',
    group: 'basics',
    ko: '시스템 콜',
    koGloss: 'system call',
    en: 'system call',
    variants: ['시스템 호출', 'syscall', 'syscalls'],
    avoid: [],
    definition: {
      ko: '프로그램이 파일 열기나 프로세스 생성처럼 커널의 기능을 요청하는 통로. 리눅스에는 수백 개가 있고, 컨테이너 안의 프로세스도 호스트 커널에 직접 시스템 콜을 보낸다.',
      en: 'The interface through which a program asks the kernel for a service, such as opening a file or creating a process. Linux has several hundred, and processes in containers make them directly to the host kernel.',
    },
    explainedIn: [
      {
        chapter: 'containers',
        anchor: {
          ko: '컨테이너는-제약이-걸린-프로세스다',
          en: 'a-container-is-a-restricted-process',
        },
        section: {
          ko: '컨테이너는 제약이 걸린 프로세스다',
          en: 'A container is a restricted process',
        },
      },
      {
        chapter: 'vm-vs-containers',
        anchor: {
          ko: '격리',
          en: 'isolation',
        },
        section: {
          ko: '격리',
          en: 'Isolation',
        },
      },
    ],
  },
  {
    id: 'overhead',
    group: 'basics',
    ko: '오버헤드',
    koGloss: 'overhead',
    en: 'overhead',
    variants: ['성능 손실', '성능 저하', 'performance overhead'],
    avoid: [],
    definition: {
      ko: '작업 자체가 아니라 가상화나 격리 계층 때문에 추가로 드는 CPU 시간, 메모리, 디스크. 하나의 숫자가 아니므로 VM exit, 주소 변환, 입출력처럼 생기는 곳마다 따로 따져야 한다.',
      en: 'The extra CPU time, memory or disk spent on the virtualization or isolation layer rather than on the work itself. It is not one number: trace it to where it arises, such as VM exits, address translation and I/O.',
    },
    explainedIn: [
      {
        chapter: 'hypervisors',
        anchor: {
          ko: '오버헤드는-어디서-생기나',
          en: 'where-the-overhead-comes-from',
        },
        section: {
          ko: '오버헤드는 어디서 생기나',
          en: 'Where the overhead comes from',
        },
      },
      {
        chapter: 'vm-vs-containers',
        anchor: {
          ko: '메모리와-디스크',
          en: 'memory-and-disk',
        },
        section: {
          ko: '메모리와 디스크',
          en: 'Memory and disk',
        },
      },
    ],
  },
  {
    id: 'operating-system',
    group: 'basics',
    ko: '운영체제',
    koGloss: 'operating system, OS',
    en: 'operating system, OS',
    variants: ['운영 체제', 'OS'],
    avoid: [],
    definition: {
      ko: '하드웨어를 관리하는 커널과, 셸·C 라이브러리·패키지 관리자 같은 사용자 공간을 합친 것. 컨테이너에 운영체제가 없다는 말은 자기 커널이 없다는 뜻으로 읽어야 정확하다.',
      en: 'The kernel that manages the hardware plus the user space around it: shell, C library, package manager. "Containers have no OS" is accurate only as "containers have no kernel of their own".',
    },
    explainedIn: [
      {
        chapter: 'containers',
        anchor: {
          ko: '운영체제가-없다는-말을-정확히-하면',
          en: 'what-containers-have-no-os-really-means',
        },
        section: {
          ko: '운영체제가 없다는 말을 정확히 하면',
          en: 'What containers have no OS really means',
        },
      },
    ],
  },
  {
    id: 'reproducible-builds',
    group: 'basics',
    ko: '재현 가능한 빌드',
    koGloss: 'reproducible builds',
    en: 'reproducible builds',
    variants: ['재현성', '재생산', 'reproducibility'],
    avoid: [],
    definition: {
      ko: '같은 소스, 같은 빌드 환경, 같은 절차가 주어지면 누구든 비트 하나까지 똑같은 산출물을 다시 만들 수 있는 성질. 일치 여부는 보통 암호학적 해시로 확인한다.',
      en: 'The property that anyone can recreate bit-for-bit identical artifacts from the same source, build environment and instructions, usually checked with cryptographic hashes.',
    },
    explainedIn: [
      {
        chapter: 'why-isolation',
        anchor: {
          ko: '재현-가능한-환경',
          en: 'reproducible-environments',
        },
        section: {
          ko: '재현 가능한 환경',
          en: 'Reproducible environments',
        },
      },
    ],
  },
  {
    id: 'kernel',
    group: 'basics',
    ko: '커널',
    koGloss: 'kernel',
    en: 'kernel',
    variants: ['호스트 커널', 'linux kernel', '리눅스 커널'],
    avoid: [],
    definition: {
      ko: '특권 모드에서 실행되며 CPU, 메모리, 장치를 관리하고 시스템 콜을 처리하는 운영체제의 핵심. 가상 머신은 게스트마다 커널을 따로 갖고, 컨테이너는 호스트 커널 하나를 함께 쓴다.',
      en: 'The core of the operating system: it runs in privileged mode, manages CPU, memory and devices, and serves system calls. Every VM guest has its own kernel; all containers on a host share one.',
    },
    explainedIn: [
      {
        chapter: 'containers',
        anchor: {
          ko: '운영체제가-없다는-말을-정확히-하면',
          en: 'what-containers-have-no-os-really-means',
        },
        section: {
          ko: '운영체제가 없다는 말을 정확히 하면',
          en: 'What containers have no OS really means',
        },
      },
      {
        chapter: 'vm-vs-containers',
        anchor: {
          ko: '두-스택을-나란히-놓으면',
          en: 'the-two-stacks-side-by-side',
        },
        section: {
          ko: '두 스택을 나란히 놓으면',
          en: 'The two stacks side by side',
        },
      },
    ],
  },
  {
    id: 'consolidation',
    group: 'basics',
    ko: '통합',
    koGloss: 'consolidation',
    en: 'consolidation',
    variants: ['서버 통합', 'server consolidation'],
    avoid: [],
    definition: {
      ko: '따로 돌던 여러 서버의 워크로드를 물리 서버 한 대에 모으는 일. 놀던 용량을 쓰게 되는 대신, 물리적 분리가 공짜로 주던 격리를 소프트웨어가 만들어야 한다.',
      en: 'Moving workloads that ran on separate servers onto one physical server. Idle capacity gets used, but software now has to provide the isolation that physical separation gave for free.',
    },
    explainedIn: [
      {
        chapter: 'why-isolation',
        anchor: {
          ko: '서버-한-대에-앱-하나의-시대',
          en: 'one-application-per-server',
        },
        section: {
          ko: '서버 한 대에 앱 하나의 시대',
          en: 'One application per server',
        },
      },
    ],
  },
  {
    id: 'packaging',
    group: 'basics',
    ko: '패키징',
    koGloss: 'packaging',
    en: 'packaging',
    variants: ['캡슐화', '캡슐화된 환경', 'encapsulation'],
    avoid: [],
    definition: {
      ko: '앱과 앱이 기대하는 파일, 라이브러리, 설정을 한 단위로 묶어 다른 기계에서도 같은 결과를 내게 하는 일. 격리와는 별개의 문제다.',
      en: 'Bundling an application with the files, libraries and settings it expects so that it behaves the same on another machine. A separate problem from isolation.',
    },
    explainedIn: [
      {
        chapter: 'why-isolation',
        anchor: {
          ko: '격리와-패키징은-다른-문제다',
          en: 'isolation-and-packaging-are-different-problems',
        },
        section: {
          ko: '격리와 패키징은 다른 문제다',
          en: 'Isolation and packaging are different problems',
        },
      },
    ],
  },
  {
    id: 'host',
    group: 'basics',
    ko: '호스트',
    koGloss: 'host',
    en: 'host',
    variants: ['호스트 OS', '호스트 운영체제', '호스트 운영 체제', 'host os', 'host operating system'],
    avoid: [],
    definition: {
      ko: '가상 머신이나 컨테이너를 실제로 돌리는 물리 기계, 또는 그 위의 운영체제. 컨테이너는 호스트의 커널을 그대로 쓴다.',
      en: "The physical machine, or the operating system on it, that actually runs the virtual machines or containers. Containers use the host's kernel directly.",
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: '가상-머신이란',
          en: 'what-a-virtual-machine-is',
        },
        section: {
          ko: '가상 머신이란',
          en: 'What a virtual machine is',
        },
      },
      {
        chapter: 'containers',
        anchor: {
          ko: '컨테이너는-제약이-걸린-프로세스다',
          en: 'a-container-is-a-restricted-process',
        },
        section: {
          ko: '컨테이너는 제약이 걸린 프로세스다',
          en: 'A container is a restricted process',
        },
      },
    ],
  },
  {
    id: 'vcpu',
    group: 'hypervisors',
    ko: '가상 CPU',
    koGloss: 'vCPU',
    en: 'vCPU, virtual CPU',
    variants: [],
    avoid: [],
    definition: {
      ko: '하이퍼바이저가 가상 머신에 주는 CPU. KVM과 QEMU에서는 vCPU 하나가 호스트 스레드 하나이고, 가상 머신은 vCPU를 정수 개 단위로 받는다.',
      en: 'A CPU that the hypervisor gives a virtual machine. Under KVM and QEMU each vCPU is one host thread, and a VM receives a whole number of them.',
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: '가상-머신이란',
          en: 'what-a-virtual-machine-is',
        },
        section: {
          ko: '가상 머신이란',
          en: 'What a virtual machine is',
        },
      },
      {
        chapter: 'hypervisors',
        anchor: {
          ko: 'kvm과-qemu가-맞물리는-방식',
          en: 'how-kvm-and-qemu-fit-together',
        },
        section: {
          ko: 'KVM과 QEMU가 맞물리는 방식',
          en: 'How KVM and QEMU fit together',
        },
      },
    ],
  },
  {
    id: 'virtual-machine-monitor',
    group: 'hypervisors',
    ko: '가상 머신 모니터',
    koGloss: 'virtual machine monitor, VMM',
    en: 'virtual machine monitor, VMM',
    variants: [],
    avoid: [],
    definition: {
      ko: 'Popek과 Goldberg가 가상 머신을 만들어 내는 소프트웨어에 붙인 이름. 지금은 하이퍼바이저와 거의 같은 뜻이고, KVM 환경에서는 QEMU나 Firecracker처럼 VM 하나를 맡는 사용자 공간 프로세스를 가리키는 일이 많다.',
      en: "Popek and Goldberg's name for the software that creates virtual machines. Today it is nearly a synonym of hypervisor; with KVM it often means the user-space process, such as QEMU or Firecracker, that runs one VM.",
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: '가상-머신이란',
          en: 'what-a-virtual-machine-is',
        },
        section: {
          ko: '가상 머신이란',
          en: 'What a virtual machine is',
        },
      },
      {
        chapter: 'hypervisors',
        anchor: {
          ko: '하이퍼바이저가-하는-일',
          en: 'what-a-hypervisor-does',
        },
        section: {
          ko: '하이퍼바이저가 하는 일',
          en: 'What a hypervisor does',
        },
      },
    ],
  },
  {
    id: 'dom0',
    group: 'hypervisors',
    ko: '도메인 0',
    koGloss: 'dom0',
    en: 'domain 0, dom0',
    variants: [],
    avoid: [],
    definition: {
      ko: 'Xen에서 부팅 직후 올라오는 특권 도메인. 기본적으로 모든 디스크와 네트워크 카드를 맡아 게스트의 입출력을 다중화한다.',
      en: "The privileged domain that Xen starts right after boot. By default it owns all disks and network cards and multiplexes the guests' I/O.",
    },
    explainedIn: [
      {
        chapter: 'hypervisors',
        anchor: {
          ko: '타입-1과-타입-2',
          en: 'type-1-and-type-2',
        },
        section: {
          ko: '타입 1과 타입 2',
          en: 'Type 1 and type 2',
        },
      },
    ],
  },
  {
    id: 'sensitive-instruction',
    group: 'hypervisors',
    ko: '민감 명령',
    koGloss: 'sensitive instruction',
    en: 'sensitive instruction',
    variants: [],
    avoid: [],
    definition: {
      ko: '기계의 설정을 바꾸거나 실행 모드에 따라 결과가 달라지는 명령. 이런 명령이 모두 특권 명령이면 트랩 후 에뮬레이션만으로 가상화할 수 있다.',
      en: "An instruction that changes the machine's configuration or whose result depends on the execution mode. If every such instruction is privileged, trap-and-emulate alone is enough to virtualize the machine.",
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: 'popekgoldberg-조건과-x86의-빈틈',
          en: 'the-popekgoldberg-requirements-and-the-x86-gap',
        },
        section: {
          ko: 'Popek–Goldberg 조건과 x86의 빈틈',
          en: 'The Popek–Goldberg requirements and the x86 gap',
        },
      },
    ],
  },
  {
    id: 'binary-translation',
    group: 'hypervisors',
    ko: '바이너리 변환',
    koGloss: 'binary translation',
    en: 'binary translation',
    variants: ['이진 변환', '바이너리 번역'],
    avoid: [],
    definition: {
      ko: '게스트 커널 코드를 실행 직전에 읽어 문제가 되는 명령을 안전한 코드로 바꿔 쓰는 기법. CPU의 가상화 지원이 없던 x86을 가상화하려고 VMware가 썼다.',
      en: 'Rewriting guest kernel code just before it runs, replacing problematic instructions with safe code. VMware used it to virtualize x86 before CPUs had virtualization support.',
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: 'cpu를-가상화하는-네-가지-방법',
          en: 'four-ways-to-virtualize-a-cpu',
        },
        section: {
          ko: 'CPU를 가상화하는 네 가지 방법',
          en: 'Four ways to virtualize a CPU',
        },
      },
    ],
  },
  {
    id: 'paravirtualization',
    group: 'hypervisors',
    ko: '반가상화',
    koGloss: 'paravirtualization',
    en: 'paravirtualization',
    variants: ['반 가상화', 'para-virtualization', 'paravirt'],
    avoid: [],
    definition: {
      ko: '게스트 운영체제를 고쳐 자기가 가상화되어 있음을 알게 하고, 민감한 작업을 하이퍼콜로 요청하게 하는 방식. 2003년의 Xen이 대표적이며, 지금은 virtio 같은 반가상화 장치로 살아 있다.',
      en: 'Modifying the guest OS so it knows it is virtualized and requests sensitive operations through hypercalls. Xen (2003) is the classic example; today the idea lives on in paravirtual devices such as virtio.',
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: 'cpu를-가상화하는-네-가지-방법',
          en: 'four-ways-to-virtualize-a-cpu',
        },
        section: {
          ko: 'CPU를 가상화하는 네 가지 방법',
          en: 'Four ways to virtualize a CPU',
        },
      },
      {
        chapter: 'hypervisors',
        anchor: {
          ko: 'virtio와-vhost',
          en: 'virtio-and-vhost',
        },
        section: {
          ko: 'virtio와 vhost',
          en: 'virtio and vhost',
        },
      },
    ],
  },
  {
    id: 'emulation',
    group: 'hypervisors',
    ko: '에뮬레이션',
    koGloss: 'emulation',
    en: 'emulation',
    variants: ['에뮬레이트', '에뮬레이터', 'emulate', 'emulator'],
    avoid: ['에뮬레이트'],
    definition: {
      ko: '다른 하드웨어나 CPU의 동작을 소프트웨어로 흉내 내는 것. 아키텍처가 달라도 돌릴 수 있지만 게스트 명령 하나가 여러 호스트 명령이 되어 느리다. 장치 에뮬레이션은 하드웨어 지원 가상화와 함께 지금도 쓰인다.',
      en: 'Imitating other hardware or another CPU in software. It works across architectures but is slow, because one guest instruction becomes several host instructions. Device emulation is still used alongside hardware-assisted virtualization.',
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: 'cpu를-가상화하는-네-가지-방법',
          en: 'four-ways-to-virtualize-a-cpu',
        },
        section: {
          ko: 'CPU를 가상화하는 네 가지 방법',
          en: 'Four ways to virtualize a CPU',
        },
      },
    ],
  },
  {
    id: 'unikernel',
    group: 'hypervisors',
    ko: '유니커널',
    koGloss: 'unikernel',
    en: 'unikernel',
    variants: [],
    avoid: [],
    definition: {
      ko: '애플리케이션과 그 애플리케이션에 꼭 필요한 운영체제 기능만 하나의 이미지로 묶어 가상 머신에서 바로 부팅하는 형태. 범용 운영체제보다 훨씬 빨리 부팅한다.',
      en: 'An application linked with only the operating-system functions it needs into one image that boots directly in a VM, far faster than a general-purpose OS.',
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: '강점과-비용',
          en: 'strengths-and-costs',
        },
        section: {
          ko: '강점과 비용',
          en: 'Strengths and costs',
        },
      },
    ],
  },
  {
    id: 'full-virtualization',
    group: 'hypervisors',
    ko: '전가상화',
    koGloss: 'full virtualization',
    en: 'full virtualization',
    variants: ['완전 가상화', '전 가상화'],
    avoid: [],
    definition: {
      ko: '게스트 운영체제를 한 줄도 고치지 않고 가상화하는 방식. 1999년 VMware가 바이너리 변환으로 이 방식을 x86에 가져왔다.',
      en: 'Virtualizing a guest operating system without changing a line of it. VMware brought it to x86 in 1999 using binary translation.',
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: 'cpu를-가상화하는-네-가지-방법',
          en: 'four-ways-to-virtualize-a-cpu',
        },
        section: {
          ko: 'CPU를 가상화하는 네 가지 방법',
          en: 'Four ways to virtualize a CPU',
        },
      },
    ],
  },
  {
    id: 'nested-virtualization',
    group: 'hypervisors',
    ko: '중첩 가상화',
    koGloss: 'nested virtualization',
    en: 'nested virtualization',
    variants: ['중첩가상화', '네스티드 가상화', 'nested vm'],
    avoid: [],
    definition: {
      ko: '가상 머신 안에서 다시 하이퍼바이저를 돌리는 것. 안쪽 게스트의 VM exit를 바깥 하이퍼바이저가 소프트웨어로 흉내 내야 해서 비싸고, 클라우드 VM에서는 꺼져 있는 경우가 많다.',
      en: "Running a hypervisor inside a virtual machine. The outer hypervisor has to emulate the inner guest's VM exits in software, so it is expensive, and cloud VMs often have it turned off.",
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: 'cpu를-가상화하는-네-가지-방법',
          en: 'four-ways-to-virtualize-a-cpu',
        },
        section: {
          ko: 'CPU를 가상화하는 네 가지 방법',
          en: 'Four ways to virtualize a CPU',
        },
      },
      {
        chapter: 'hypervisors',
        anchor: {
          ko: '오버헤드는-어디서-생기나',
          en: 'where-the-overhead-comes-from',
        },
        section: {
          ko: '오버헤드는 어디서 생기나',
          en: 'Where the overhead comes from',
        },
      },
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: '중첩-가상화',
          en: 'nested-virtualization',
        },
        section: {
          ko: '중첩 가상화',
          en: 'Nested virtualization',
        },
      },
    ],
  },
  {
    id: 'type-1-hypervisor',
    group: 'hypervisors',
    ko: '타입 1 하이퍼바이저',
    koGloss: 'type 1, bare-metal hypervisor',
    en: 'type 1 hypervisor (bare-metal)',
    variants: [
      '네이티브형',
      '네이티브형 하이퍼바이저',
      '베어메탈',
      '베어 메탈',
      '베어메탈 하이퍼바이저',
      '타입1',
      '타입 1',
      '유형 1',
      'type-1',
      'type 1',
      'type1',
      'bare metal',
      'bare-metal',
      'native hypervisor',
    ],
    avoid: [],
    definition: {
      ko: '하드웨어 위에서 직접 도는 하이퍼바이저. ESXi, Hyper-V, Xen이 예다. 다만 Hyper-V의 루트 파티션이나 Xen의 dom0처럼 특권을 쥔 범용 운영체제가 곁에 있는 경우가 많다.',
      en: "A hypervisor that runs directly on the hardware, such as ESXi, Hyper-V or Xen. A privileged general-purpose OS often sits right beside it, like Hyper-V's root partition or Xen's dom0.",
    },
    explainedIn: [
      {
        chapter: 'hypervisors',
        anchor: {
          ko: '타입-1과-타입-2',
          en: 'type-1-and-type-2',
        },
        section: {
          ko: '타입 1과 타입 2',
          en: 'Type 1 and type 2',
        },
      },
    ],
  },
  {
    id: 'type-2-hypervisor',
    group: 'hypervisors',
    ko: '타입 2 하이퍼바이저',
    koGloss: 'type 2, hosted hypervisor',
    en: 'type 2 hypervisor (hosted)',
    variants: [
      '호스트형',
      '호스트형 하이퍼바이저',
      '호스티드',
      '호스티드 하이퍼바이저',
      '타입2',
      '타입 2',
      '유형 2',
      'type-2',
      'type 2',
      'type2',
      'hosted',
      'hosted hypervisor',
    ],
    avoid: ['호스트형'],
    definition: {
      ko: '기존 운영체제 위에서 애플리케이션처럼 도는 하이퍼바이저. VirtualBox와 VMware Workstation이 예다. 이들도 커널 모듈이나 운영체제의 하이퍼바이저 API로 CPU 가상화 확장을 쓰므로, 타입 2라서 느리다는 말은 더는 맞지 않는다.',
      en: 'A hypervisor that runs like an application on an existing operating system, such as VirtualBox or VMware Workstation. These also use the CPU\'s virtualization extensions through a kernel module or the OS\'s hypervisor API, so "type 2 is slow" no longer holds.',
    },
    explainedIn: [
      {
        chapter: 'hypervisors',
        anchor: {
          ko: '타입-1과-타입-2',
          en: 'type-1-and-type-2',
        },
        section: {
          ko: '타입 1과 타입 2',
          en: 'Type 1 and type 2',
        },
      },
    ],
  },
  {
    id: 'trap-and-emulate',
    group: 'hypervisors',
    ko: '트랩 후 에뮬레이션',
    koGloss: 'trap-and-emulate',
    en: 'trap-and-emulate',
    variants: ['트랩 앤 에뮬레이트', '트랩 앤드 에뮬레이트'],
    avoid: ['트랩 앤 에뮬레이트'],
    definition: {
      ko: '게스트 커널을 낮은 권한으로 돌리다가 특권 명령이 트랩을 일으키면 하이퍼바이저가 그 효과를 흉내 낸 뒤 게스트로 돌아가는 고전적인 기법. ‘트랩 앤 에뮬레이트’라고 적는 글도 있다.',
      en: 'The classic technique: run the guest kernel with reduced privilege, and when a privileged instruction traps, let the hypervisor emulate its effect and resume the guest.',
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: 'popekgoldberg-조건과-x86의-빈틈',
          en: 'the-popekgoldberg-requirements-and-the-x86-gap',
        },
        section: {
          ko: 'Popek–Goldberg 조건과 x86의 빈틈',
          en: 'The Popek–Goldberg requirements and the x86 gap',
        },
      },
      {
        chapter: 'hypervisors',
        anchor: {
          ko: '하이퍼바이저가-하는-일',
          en: 'what-a-hypervisor-does',
        },
        section: {
          ko: '하이퍼바이저가 하는 일',
          en: 'What a hypervisor does',
        },
      },
    ],
  },
  {
    id: 'privileged-instruction',
    group: 'hypervisors',
    ko: '특권 명령',
    koGloss: 'privileged instruction',
    en: 'privileged instruction',
    variants: [],
    avoid: [],
    definition: {
      ko: '낮은 권한에서 실행하면 반드시 트랩이 나는 명령. 가상화 확장이 나오기 전의 x86에는 `POPF`처럼 민감하지만 특권 명령은 아닌 명령이 있었다.',
      en: 'An instruction that always traps when executed without sufficient privilege. Before its virtualization extensions, x86 had instructions such as `POPF` that were sensitive but not privileged.',
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: 'popekgoldberg-조건과-x86의-빈틈',
          en: 'the-popekgoldberg-requirements-and-the-x86-gap',
        },
        section: {
          ko: 'Popek–Goldberg 조건과 x86의 빈틈',
          en: 'The Popek–Goldberg requirements and the x86 gap',
        },
      },
    ],
  },
  {
    id: 'partition',
    group: 'hypervisors',
    ko: '파티션',
    koGloss: 'partition',
    en: 'partition',
    variants: [],
    avoid: [],
    definition: {
      ko: 'Hyper-V의 격리 단위. 루트(부모) 파티션에서 윈도우와 관리 스택이 돌고, 게스트를 담은 자식 파티션은 VMBus로 루트 파티션에 장치 요청을 넘긴다.',
      en: "Hyper-V's unit of isolation. Windows and the management stack run in the root (parent) partition; guests live in child partitions and pass device requests to the root over VMBus.",
    },
    explainedIn: [
      {
        chapter: 'hypervisors',
        anchor: {
          ko: '타입-1과-타입-2',
          en: 'type-1-and-type-2',
        },
        section: {
          ko: '타입 1과 타입 2',
          en: 'Type 1 and type 2',
        },
      },
    ],
  },
  {
    id: 'popek-goldberg-requirements',
    group: 'hypervisors',
    ko: 'Popek–Goldberg 조건',
    koGloss: 'Popek–Goldberg requirements',
    en: 'Popek–Goldberg requirements',
    variants: ['포페크 골드버그', '포펙 골드버그', '가상화 조건', 'popek and goldberg'],
    avoid: ['포페크', '골드버그'],
    definition: {
      ko: '1974년 논문이 정리한 VMM의 세 성질인 동등성(equivalence), 자원 통제(resource control), 효율성(efficiency)과, 민감한 명령이 모두 특권 명령이면 그런 VMM을 만들 수 있다는 정리.',
      en: 'The three properties of a VMM set out in the 1974 paper, equivalence, resource control and efficiency, together with the theorem that such a VMM can be built when all sensitive instructions are privileged.',
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: 'popekgoldberg-조건과-x86의-빈틈',
          en: 'the-popekgoldberg-requirements-and-the-x86-gap',
        },
        section: {
          ko: 'Popek–Goldberg 조건과 x86의 빈틈',
          en: 'The Popek–Goldberg requirements and the x86 gap',
        },
      },
    ],
  },
  {
    id: 'hardware-assisted-virtualization',
    group: 'hypervisors',
    ko: '하드웨어 지원 가상화',
    koGloss: 'hardware-assisted virtualization',
    en: 'hardware-assisted virtualization',
    variants: ['VT-x', 'AMD-V', 'AMD SVM', '하드웨어 가상화 지원', 'intel vt'],
    avoid: [],
    definition: {
      ko: 'CPU에 게스트용 실행 모드를 넣어, 고치지 않은 게스트를 직접 실행하다가 미리 정한 사건이 생기면 하이퍼바이저로 돌아오게 하는 방식. 인텔 VT-x와 AMD-V가 여기에 해당한다.',
      en: 'CPU support for a separate guest execution mode: unmodified guests run directly, and configured events return control to the hypervisor. Intel VT-x and AMD-V are the implementations.',
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: 'cpu를-가상화하는-네-가지-방법',
          en: 'four-ways-to-virtualize-a-cpu',
        },
        section: {
          ko: 'CPU를 가상화하는 네 가지 방법',
          en: 'Four ways to virtualize a CPU',
        },
      },
    ],
  },
  {
    id: 'hypervisor',
    group: 'hypervisors',
    ko: '하이퍼바이저',
    koGloss: 'hypervisor',
    en: 'hypervisor',
    variants: ['하이퍼 바이저', '하이퍼바이져', '하이퍼 바이져', 'hypervisors', 'vmm'],
    avoid: [],
    definition: {
      ko: '가상 머신을 만들고 실행하는 소프트웨어 계층. 게스트가 CPU에서 직접 명령을 실행하게 하되 특권 상태는 쥐고 있고, 메모리를 나눠 주며, 장치를 흉내 내거나 넘겨준다.',
      en: 'The software layer that creates and runs virtual machines. It lets guests execute directly on the CPU while keeping control of privileged state, hands out memory, and emulates or passes through devices.',
    },
    explainedIn: [
      {
        chapter: 'hypervisors',
        anchor: {
          ko: '하이퍼바이저가-하는-일',
          en: 'what-a-hypervisor-does',
        },
        section: {
          ko: '하이퍼바이저가 하는 일',
          en: 'What a hypervisor does',
        },
      },
    ],
  },
  {
    id: 'hypercall',
    group: 'hypervisors',
    ko: '하이퍼콜',
    koGloss: 'hypercall',
    en: 'hypercall',
    variants: [],
    avoid: [],
    definition: {
      ko: '반가상화된 게스트가 하이퍼바이저에 작업을 요청하는 호출. 프로그램이 커널에 보내는 시스템 콜에 해당한다.',
      en: "A call by which a paravirtualized guest asks the hypervisor to do something; the hypervisor's counterpart of a system call.",
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: 'cpu를-가상화하는-네-가지-방법',
          en: 'four-ways-to-virtualize-a-cpu',
        },
        section: {
          ko: 'CPU를 가상화하는 네 가지 방법',
          en: 'Four ways to virtualize a CPU',
        },
      },
    ],
  },
  {
    id: 'vm-exit',
    group: 'hypervisors',
    ko: 'VM exit',
    koGloss: '게스트 모드에서 하이퍼바이저로 빠져나오는 일',
    en: 'VM exit',
    variants: ['VM 종료', 'VM 탈출', 'vmexit', 'vm entry', 'VM 진입', 'vmentry'],
    avoid: ['VM 종료'],
    definition: {
      ko: '게스트 모드에서 돌던 CPU가 가로채기로 정해 둔 사건을 만나 하이퍼바이저로 제어를 넘기는 것. 상태를 저장하고 되돌리는 비용 때문에 가상화 오버헤드의 주된 원인이며, 반대 방향은 VM entry다.',
      en: 'The CPU leaving guest mode and handing control to the hypervisor when it meets an event set up for interception. Saving and restoring state makes exits a main source of virtualization overhead; the opposite direction is a VM entry.',
    },
    explainedIn: [
      {
        chapter: 'hypervisors',
        anchor: {
          ko: 'kvm과-qemu가-맞물리는-방식',
          en: 'how-kvm-and-qemu-fit-together',
        },
        section: {
          ko: 'KVM과 QEMU가 맞물리는 방식',
          en: 'How KVM and QEMU fit together',
        },
      },
      {
        chapter: 'hypervisors',
        anchor: {
          ko: '오버헤드는-어디서-생기나',
          en: 'where-the-overhead-comes-from',
        },
        section: {
          ko: '오버헤드는 어디서 생기나',
          en: 'Where the overhead comes from',
        },
      },
    ],
  },
  {
    id: 'virtual-function',
    group: 'memory-io',
    ko: '가상 기능',
    koGloss: 'virtual function, VF',
    en: 'virtual function, VF',
    variants: [],
    avoid: [],
    definition: {
      ko: 'SR-IOV를 지원하는 PCIe 장치가 물리 기능(physical function, PF) 하나에서 만들어 내는 가벼운 장치. VF를 VM마다 하나씩 할당하면 네트워크 카드 한 장을 여러 VM이 나눠서 직접 쓴다.',
      en: 'A lightweight device that an SR-IOV-capable PCIe device exposes from one physical function (PF). Assigning one VF to each VM lets several VMs use one network card directly.',
    },
    explainedIn: [
      {
        chapter: 'hypervisors',
        anchor: {
          ko: '오버헤드는-어디서-생기나',
          en: 'where-the-overhead-comes-from',
        },
        section: {
          ko: '오버헤드는 어디서 생기나',
          en: 'Where the overhead comes from',
        },
      },
    ],
  },
  {
    id: 'live-migration',
    group: 'memory-io',
    ko: '라이브 마이그레이션',
    koGloss: 'live migration',
    en: 'live migration',
    variants: ['실시간 이전', '라이브마이그레이션', 'vm migration'],
    avoid: [],
    definition: {
      ko: '실행 중인 가상 머신을 거의 멈추지 않고 다른 호스트로 옮기는 것. 메모리를 여러 차례 복사한 뒤 아주 잠깐 멈춰 마지막 페이지와 CPU 상태를 넘긴다.',
      en: 'Moving a running virtual machine to another host with barely a pause: memory is copied in several rounds, then the VM stops briefly while the last pages and the CPU state are transferred.',
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: '이미지-스냅샷-라이브-마이그레이션',
          en: 'images-snapshots-and-live-migration',
        },
        section: {
          ko: '이미지, 스냅샷, 라이브 마이그레이션',
          en: 'Images, snapshots and live migration',
        },
      },
    ],
  },
  {
    id: 'memory-management-unit',
    group: 'memory-io',
    ko: '메모리 관리 장치',
    koGloss: 'MMU',
    en: 'memory management unit, MMU',
    variants: ['메모리 관리 유닛'],
    avoid: [],
    definition: {
      ko: '가상 주소를 물리 주소로 바꾸는 CPU의 하드웨어. 1세대 하드웨어 지원 가상화에서는 MMU 가상화가 여전히 소프트웨어 몫이라 성능 이득이 작았다.',
      en: 'The CPU hardware that translates virtual addresses into physical ones. In first-generation hardware-assisted virtualization, virtualizing the MMU was still left to software, which limited the gains.',
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: 'cpu를-가상화하는-네-가지-방법',
          en: 'four-ways-to-virtualize-a-cpu',
        },
        section: {
          ko: 'CPU를 가상화하는 네 가지 방법',
          en: 'Four ways to virtualize a CPU',
        },
      },
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: '메모리와-입출력-가상화',
          en: 'memory-and-io-virtualization',
        },
        section: {
          ko: '메모리와 입출력 가상화',
          en: 'Memory and I/O virtualization',
        },
      },
    ],
  },
  {
    id: 'virtqueue',
    group: 'memory-io',
    ko: 'virtqueue',
    koGloss: null,
    en: 'virtqueue',
    variants: ['버추큐', 'virtio', 'vring'],
    avoid: ['버추큐'],
    definition: {
      ko: 'virtio 장치에서 게스트와 호스트가 공유 메모리로 요청을 주고받는 큐. 버퍼를 여러 개 모아 한 번에 알리므로 VM exit가 요청마다가 아니라 묶음마다 일어난다.',
      en: 'The shared-memory queue through which guest and host exchange requests for a virtio device. Buffers are batched under one notification, so VM exits happen per batch rather than per request.',
    },
    explainedIn: [
      {
        chapter: 'hypervisors',
        anchor: {
          ko: 'virtio와-vhost',
          en: 'virtio-and-vhost',
        },
        section: {
          ko: 'virtio와 vhost',
          en: 'virtio and vhost',
        },
      },
    ],
  },
  {
    id: 'ballooning',
    group: 'memory-io',
    ko: '벌루닝',
    koGloss: 'ballooning',
    en: 'ballooning',
    variants: ['벌루닝 드라이버', '메모리 벌룬', 'balloon driver', 'memory balloon'],
    avoid: [],
    definition: {
      ko: '게스트 안의 벌룬 드라이버(balloon driver)가 게스트 메모리를 할당해 부풀린 뒤 그 페이지를 하이퍼바이저에 돌려주는 메모리 회수 기법. 내줄 페이지를 게스트가 고른다는 점이 장점이다.',
      en: 'Reclaiming memory through a balloon driver inside the guest, which allocates guest memory and hands those pages back to the hypervisor. Its strength is that the guest chooses which pages to give up.',
    },
    explainedIn: [
      {
        chapter: 'hypervisors',
        anchor: {
          ko: '메모리-오버커밋',
          en: 'memory-overcommit',
        },
        section: {
          ko: '메모리 오버커밋',
          en: 'Memory overcommit',
        },
      },
    ],
  },
  {
    id: 'snapshot',
    group: 'memory-io',
    ko: '스냅샷',
    koGloss: 'snapshot',
    en: 'snapshot',
    variants: ['스냅숏', 'vm snapshot'],
    avoid: [],
    definition: {
      ko: '특정 시점의 상태를 보존한 것. 디스크 스냅샷은 디스크 내용만, 가상 머신 스냅샷은 메모리와 장치 상태까지 담으며, 원본에 기대므로 백업을 대신하지 못한다. containerd에서는 레이어를 쌓아 만든 파일 시스템을 스냅샷이라 부른다.',
      en: 'A preserved point-in-time state. A disk snapshot keeps disk contents, a VM snapshot adds memory and device state, and since both depend on the original, neither replaces a backup. In containerd, a snapshot is a filesystem assembled from layers.',
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: '이미지-스냅샷-라이브-마이그레이션',
          en: 'images-snapshots-and-live-migration',
        },
        section: {
          ko: '이미지, 스냅샷, 라이브 마이그레이션',
          en: 'Images, snapshots and live migration',
        },
      },
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: 'dockerd와-containerd',
          en: 'dockerd-and-containerd',
        },
        section: {
          ko: 'dockerd와 containerd',
          en: 'dockerd and containerd',
        },
      },
      {
        chapter: 'storage',
        anchor: {
          ko: '내부-스냅샷과-외부-스냅샷',
          en: 'internal-and-external-snapshots',
        },
        section: {
          ko: '내부 스냅샷과 외부 스냅샷',
          en: 'Internal and external snapshots',
        },
      },
    ],
  },
  {
    id: 'linked-clone',
    group: 'memory-io',
    ko: '연결 복제',
    koGloss: 'linked clone',
    en: 'linked clone',
    variants: [],
    avoid: [],
    definition: {
      ko: '공유하는 기반 이미지를 백킹 파일로 두고 바뀐 블록만 따로 갖는 가상 머신 디스크. 같은 템플릿에서 만든 VM 여러 대가 운영체제 파일을 디스크에 한 벌만 둔다.',
      en: 'A VM disk that keeps a shared base image as its backing file and stores only the blocks it changes, so many VMs made from one template keep a single copy of the OS files on disk.',
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: '이미지-스냅샷-라이브-마이그레이션',
          en: 'images-snapshots-and-live-migration',
        },
        section: {
          ko: '이미지, 스냅샷, 라이브 마이그레이션',
          en: 'Images, snapshots and live migration',
        },
      },
      {
        chapter: 'storage',
        anchor: {
          ko: '백킹-파일과-오버레이-체인',
          en: 'backing-files-and-overlay-chains',
        },
        section: {
          ko: '백킹 파일과 오버레이 체인',
          en: 'Backing files and overlay chains',
        },
      },
    ],
  },
  {
    id: 'overcommit',
    group: 'memory-io',
    ko: '오버커밋',
    koGloss: 'overcommit',
    en: 'overcommit',
    variants: ['오버커밋팅', '메모리 오버커밋', 'memory overcommit', 'overcommitment'],
    avoid: [],
    definition: {
      ko: '물리적으로 있는 것보다 많은 CPU나 메모리를 VM이나 컨테이너에 약속하는 것. 모두가 한꺼번에 최대치를 쓰지 않는다는 통계에 기대므로, 그 가정이 깨지면 스와핑이나 OOM으로 대가를 치른다.',
      en: 'Promising VMs or containers more CPU or memory than physically exists. It relies on not everyone peaking at once; when they do, the price is swapping or OOM kills.',
    },
    explainedIn: [
      {
        chapter: 'hypervisors',
        anchor: {
          ko: '메모리-오버커밋',
          en: 'memory-overcommit',
        },
        section: {
          ko: '메모리 오버커밋',
          en: 'Memory overcommit',
        },
      },
      {
        chapter: 'vm-vs-containers',
        anchor: {
          ko: '밀도-23배를-다시-계산하기',
          en: 'density-recomputing-23',
        },
        section: {
          ko: '밀도: 2~3배를 다시 계산하기',
          en: 'Density: recomputing 2–3×',
        },
      },
    ],
  },
  {
    id: 'double-paging',
    group: 'memory-io',
    ko: '이중 페이징',
    koGloss: 'double paging',
    en: 'double paging',
    variants: [],
    avoid: [],
    definition: {
      ko: '하이퍼바이저가 이미 디스크로 내보낸 게스트 페이지를 게스트가 다시 자기 스왑으로 내보내려 할 때, 같은 페이지를 두 번 읽고 쓰게 되는 현상.',
      en: 'What happens when a guest swaps out a page the hypervisor has already swapped to disk: the same page is read and written twice.',
    },
    explainedIn: [
      {
        chapter: 'hypervisors',
        anchor: {
          ko: '메모리-오버커밋',
          en: 'memory-overcommit',
        },
        section: {
          ko: '메모리 오버커밋',
          en: 'Memory overcommit',
        },
      },
    ],
  },
  {
    id: 'i-o-virtualization',
    group: 'memory-io',
    ko: '입출력 가상화',
    koGloss: 'I/O virtualization',
    en: 'I/O virtualization',
    variants: [],
    avoid: [],
    definition: {
      ko: '가상 머신에 디스크나 네트워크 카드 같은 장치를 주는 방법. 실제 장치를 흉내 내는 완전 에뮬레이션, virtio 같은 반가상화 장치, 물리 장치를 넘기는 패스스루의 세 갈래가 있다.',
      en: 'Giving a virtual machine devices such as disks and network cards. There are three approaches: full emulation of a real device, paravirtual devices such as virtio, and passthrough of a physical device.',
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: '메모리와-입출력-가상화',
          en: 'memory-and-io-virtualization',
        },
        section: {
          ko: '메모리와 입출력 가상화',
          en: 'Memory and I/O virtualization',
        },
      },
      {
        chapter: 'hypervisors',
        anchor: {
          ko: '오버헤드는-어디서-생기나',
          en: 'where-the-overhead-comes-from',
        },
        section: {
          ko: '오버헤드는 어디서 생기나',
          en: 'Where the overhead comes from',
        },
      },
    ],
  },
  {
    id: 'device-assignment',
    group: 'memory-io',
    ko: '장치 할당',
    koGloss: 'device assignment',
    en: 'device assignment',
    variants: [],
    avoid: [],
    definition: {
      ko: '물리 장치를 가상 머신에 직접 넘기는 방식으로, 패스스루라고도 한다. IOMMU가 장치의 DMA를 그 VM의 메모리로 제한하고, 리눅스에서는 VFIO가 장치를 넘긴다. 장치에 묶인 VM은 라이브 마이그레이션이 어렵다.',
      en: "Handing a physical device directly to a virtual machine, also called passthrough. The IOMMU confines the device's DMA to that VM's memory, and on Linux VFIO hands the device over. A VM tied to a device is hard to live-migrate.",
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: '메모리와-입출력-가상화',
          en: 'memory-and-io-virtualization',
        },
        section: {
          ko: '메모리와 입출력 가상화',
          en: 'Memory and I/O virtualization',
        },
      },
      {
        chapter: 'hypervisors',
        anchor: {
          ko: '오버헤드는-어디서-생기나',
          en: 'where-the-overhead-comes-from',
        },
        section: {
          ko: '오버헤드는 어디서 생기나',
          en: 'Where the overhead comes from',
        },
      },
    ],
  },
  {
    id: 'huge-page',
    group: 'memory-io',
    ko: '큰 페이지',
    koGloss: 'huge page',
    en: 'huge page',
    variants: ['휴지 페이지', '거대 페이지', 'hugepages', 'huge pages'],
    avoid: [],
    definition: {
      ko: '기본 크기보다 큰 메모리 페이지. 페이지 테이블 단계가 줄고 TLB 항목 하나가 덮는 범위가 넓어져 2단계 주소 변환의 TLB 미스 비용을 줄인다.',
      en: 'A memory page larger than the base page size. It removes page-table levels and lets one TLB entry cover more memory, which cuts the cost of TLB misses under SLAT.',
    },
    explainedIn: [
      {
        chapter: 'hypervisors',
        anchor: {
          ko: '오버헤드는-어디서-생기나',
          en: 'where-the-overhead-comes-from',
        },
        section: {
          ko: '오버헤드는 어디서 생기나',
          en: 'Where the overhead comes from',
        },
      },
    ],
  },
  {
    id: 'transparent-page-sharing',
    group: 'memory-io',
    ko: '투명 페이지 공유',
    koGloss: 'transparent page sharing, TPS',
    en: 'transparent page sharing, TPS',
    variants: [],
    avoid: [],
    definition: {
      ko: '내용이 같은 메모리 페이지를 쓰기 금지된 사본 하나로 합쳤다가 누군가 쓰면 다시 복사하는 기법. VMware의 이름이고 리눅스에는 KSM이 있다. 타이밍 사이드 채널 위험 때문에 VMware는 VM 사이의 공유를 기본으로 끈다.',
      en: "Merging identical memory pages into one write-protected copy and copying again on write. It is VMware's name; Linux has KSM. Because of timing side channels, VMware disables sharing between VMs by default.",
    },
    explainedIn: [
      {
        chapter: 'hypervisors',
        anchor: {
          ko: '메모리-오버커밋',
          en: 'memory-overcommit',
        },
        section: {
          ko: '메모리 오버커밋',
          en: 'Memory overcommit',
        },
      },
    ],
  },
  {
    id: 'second-level-address-translation',
    group: 'memory-io',
    ko: '2단계 주소 변환',
    koGloss: 'second-level address translation, SLAT',
    en: 'second-level address translation, SLAT',
    variants: ['EPT', 'NPT', '확장 페이지 테이블', 'nested paging', 'extended page tables'],
    avoid: [],
    definition: {
      ko: '게스트 물리 주소를 호스트 물리 주소로 바꾸는 두 번째 단계를 하드웨어가 맡는 기능. 인텔은 EPT, AMD는 NPT라 부르고 KVM 문서는 2차원 페이징(TDP)이라 한다. 섀도 페이지 테이블이 필요 없어진 대신 TLB 미스가 비싸졌다.',
      en: "Hardware that performs the second translation step, from guest-physical to host-physical addresses: EPT at Intel, NPT at AMD, two-dimensional paging (TDP) in KVM's documentation. It made shadow page tables unnecessary but made TLB misses more expensive.",
    },
    explainedIn: [
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: '메모리와-입출력-가상화',
          en: 'memory-and-io-virtualization',
        },
        section: {
          ko: '메모리와 입출력 가상화',
          en: 'Memory and I/O virtualization',
        },
      },
      {
        chapter: 'hypervisors',
        anchor: {
          ko: '오버헤드는-어디서-생기나',
          en: 'where-the-overhead-comes-from',
        },
        section: {
          ko: '오버헤드는 어디서 생기나',
          en: 'Where the overhead comes from',
        },
      },
    ],
  },
  {
    id: 'namespace',
    group: 'containers',
    ko: '네임스페이스',
    koGloss: 'namespace',
    en: 'namespace',
    variants: ['이름 공간', 'namespaces', 'linux namespaces'],
    avoid: [],
    definition: {
      ko: '프로세스 ID, 마운트, 네트워크, 호스트 이름 같은 전역 자원을 감싸 안의 프로세스에게 자기만의 사본처럼 보이게 하는 리눅스 커널 기능으로, 여덟 종류가 있다. containerd의 네임스페이스는 이름을 나누는 관리용 칸막이이고, 이미지 이름의 네임스페이스는 Docker Hub의 사용자나 조직 이름이다.',
      en: 'A Linux kernel feature that wraps a global resource, such as process IDs, mounts, network or hostname, so that the processes inside see their own copy; there are eight kinds. A containerd namespace is merely an administrative partition, and the namespace in an image name is a Docker Hub user or organization.',
    },
    explainedIn: [
      {
        chapter: 'containers',
        anchor: {
          ko: '네임스페이스-무엇을-볼-수-있는가',
          en: 'namespaces-what-a-process-can-see',
        },
        section: {
          ko: '네임스페이스: 무엇을 볼 수 있는가',
          en: 'Namespaces: what a process can see',
        },
      },
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: 'dockerd와-containerd',
          en: 'dockerd-and-containerd',
        },
        section: {
          ko: 'dockerd와 containerd',
          en: 'dockerd and containerd',
        },
      },
      {
        chapter: 'images',
        anchor: {
          ko: '이미지-이름의-실제-형식',
          en: 'the-real-format-of-an-image-name',
        },
        section: {
          ko: '이미지 이름의 실제 형식',
          en: 'The real format of an image name',
        },
      },
    ],
  },
  {
    id: 'userland',
    group: 'containers',
    ko: '사용자 공간',
    koGloss: 'userland',
    en: 'userland, user space',
    variants: ['유저스페이스', '유저 스페이스', '사용자 영역', 'userspace', 'user space'],
    avoid: ['사용자 영역'],
    definition: {
      ko: '커널 바깥에서 도는 부분, 곧 셸, C 라이브러리, 패키지 관리자, 애플리케이션. 컨테이너 이미지는 배포판의 사용자 공간을 담지만 커널은 담지 않는다.',
      en: "Everything that runs outside the kernel: shell, C library, package manager, applications. A container image carries a distribution's userland but no kernel.",
    },
    explainedIn: [
      {
        chapter: 'containers',
        anchor: {
          ko: '운영체제가-없다는-말을-정확히-하면',
          en: 'what-containers-have-no-os-really-means',
        },
        section: {
          ko: '운영체제가 없다는 말을 정확히 하면',
          en: 'What containers have no OS really means',
        },
      },
    ],
  },
  {
    id: 'user-namespace',
    group: 'containers',
    ko: '사용자 네임스페이스',
    koGloss: 'user namespace',
    en: 'user namespace',
    variants: ['유저 네임스페이스', 'userns'],
    avoid: [],
    definition: {
      ko: 'UID·GID와 케이퍼빌리티를 나누는 네임스페이스. 안에서는 root(UID 0)인 프로세스를 밖에서는 권한 없는 사용자로 대응시킬 수 있어 루트리스 컨테이너의 바탕이 된다.',
      en: 'The namespace that separates UIDs, GIDs and capabilities. A process can be root (UID 0) inside and an unprivileged user outside, which is what rootless containers build on.',
    },
    explainedIn: [
      {
        chapter: 'containers',
        anchor: {
          ko: '네임스페이스-무엇을-볼-수-있는가',
          en: 'namespaces-what-a-process-can-see',
        },
        section: {
          ko: '네임스페이스: 무엇을 볼 수 있는가',
          en: 'Namespaces: what a process can see',
        },
      },
      {
        chapter: 'isolation-spectrum',
        anchor: {
          ko: '루트리스-컨테이너-무엇을-막고-무엇을-못-막나',
          en: 'rootless-containers-what-they-stop-and-what-they-dont',
        },
        section: {
          ko: '루트리스 컨테이너: 무엇을 막고 무엇을 못 막나',
          en: 'Rootless containers: what they stop and what they dont',
        },
      },
    ],
  },
  {
    id: 'os-level-virtualization',
    group: 'containers',
    ko: '운영체제 수준 가상화',
    koGloss: 'OS-level virtualization',
    en: 'OS-level virtualization',
    variants: ['OS 가상화', 'OS 레벨 가상화', 'OS 수준 가상화', '운영 체제 수준 가상화', 'os virtualization'],
    avoid: [],
    definition: {
      ko: '하드웨어를 흉내 내지 않고 커널 하나가 서로 격리된 사용자 공간 환경을 여럿 제공하는 방식. 리눅스 컨테이너, FreeBSD jail, Solaris Zones가 여기에 속한다.',
      en: 'Virtualization in which one kernel provides several isolated user-space environments instead of emulating hardware. Linux containers, FreeBSD jails and Solaris Zones are examples.',
    },
    explainedIn: [
      {
        chapter: 'containers',
        anchor: {
          ko: '컨테이너는-제약이-걸린-프로세스다',
          en: 'a-container-is-a-restricted-process',
        },
        section: {
          ko: '컨테이너는 제약이 걸린 프로세스다',
          en: 'A container is a restricted process',
        },
      },
      {
        chapter: 'containers',
        anchor: {
          ko: '짧은-역사',
          en: 'a-short-history',
        },
        section: {
          ko: '짧은 역사',
          en: 'A short history',
        },
      },
    ],
  },
  {
    id: 'container',
    group: 'containers',
    ko: '컨테이너',
    koGloss: 'container',
    en: 'container',
    variants: ['도커 컨테이너', '리눅스 컨테이너', 'LXC', 'containers', 'docker container'],
    avoid: [],
    definition: {
      ko: '네임스페이스와 컨트롤 그룹, 보안 장치로 보이는 범위와 쓸 수 있는 자원과 권한을 제한한 평범한 프로세스 묶음. 자기 커널 없이 호스트 커널을 함께 쓰고, 파일은 이미지에서 온다.',
      en: "An ordinary group of processes whose view, resources and privileges are limited by namespaces, control groups and security mechanisms. It has no kernel of its own, shares the host's, and gets its files from an image.",
    },
    explainedIn: [
      {
        chapter: 'containers',
        anchor: {
          ko: '컨테이너는-제약이-걸린-프로세스다',
          en: 'a-container-is-a-restricted-process',
        },
        section: {
          ko: '컨테이너는 제약이 걸린 프로세스다',
          en: 'A container is a restricted process',
        },
      },
    ],
  },
  {
    id: 'control-group',
    group: 'containers',
    ko: '컨트롤 그룹',
    koGloss: 'control group, cgroup',
    en: 'control group, cgroup',
    variants: ['cgroup', 'cgroups', 'cgroup v2', '씨그룹', '컨트롤그룹', 'control groups', 'cgroups v2'],
    avoid: [],
    definition: {
      ko: '프로세스를 계층으로 묶어 CPU 시간, 메모리, 블록 I/O, 프로세스 수 같은 자원을 나누고 제한하고 계측하는 리눅스 커널 기능. 지금은 계층이 하나뿐인 cgroup v2가 표준이다.',
      en: 'A Linux kernel feature that groups processes in a hierarchy to share out, limit and account for resources such as CPU time, memory, block I/O and process counts. Today cgroup v2, with a single hierarchy, is the standard.',
    },
    explainedIn: [
      {
        chapter: 'containers',
        anchor: {
          ko: '컨트롤-그룹-얼마나-쓸-수-있는가',
          en: 'control-groups-how-much-a-process-can-use',
        },
        section: {
          ko: '컨트롤 그룹: 얼마나 쓸 수 있는가',
          en: 'Control groups: how much a process can use',
        },
      },
      {
        chapter: 'containers',
        anchor: {
          ko: '도커-옵션이-cgroup-파일이-되기까지',
          en: 'from-docker-flags-to-cgroup-files',
        },
        section: {
          ko: '도커 옵션이 cgroup 파일이 되기까지',
          en: 'From Docker flags to cgroup files',
        },
      },
    ],
  },
  {
    id: 'digest',
    group: 'images',
    ko: '다이제스트',
    koGloss: 'digest',
    en: 'digest',
    variants: ['해시', 'sha256', 'image digest'],
    avoid: [],
    definition: {
      ko: '내용의 암호학적 해시로 만든 식별자. 흔히 `sha256:` 뒤에 소문자 16진수 64자리가 오는 꼴로 적으며, 바이트 하나만 달라도 값이 완전히 바뀐다.',
      en: 'An identifier made from a cryptographic hash of content, usually written as `sha256:` followed by 64 lowercase hex digits. A single changed byte changes it completely.',
    },
    explainedIn: [
      {
        chapter: 'images',
        anchor: {
          ko: '다이제스트와-콘텐츠-주소-지정',
          en: 'digests-and-content-addressing',
        },
        section: {
          ko: '다이제스트와 콘텐츠 주소 지정',
          en: 'Digests and content addressing',
        },
      },
    ],
  },
  {
    id: 'dockerfile',
    group: 'images',
    ko: 'Dockerfile',
    koGloss: null,
    en: 'Dockerfile',
    variants: ['도커파일', '도커 파일', 'docker file', 'dockerfiles'],
    avoid: ['도커파일', '도커 파일'],
    definition: {
      ko: '이미지를 만드는 절차를 적은 텍스트 파일. `RUN`, `COPY`, `ADD`는 레이어를 만들고 `ENV`, `CMD` 같은 명령은 설정만 바꾼다. 본문에서는 파일 이름 그대로 Dockerfile로 적기도 한다.',
      en: 'The text file of instructions that builds an image. `RUN`, `COPY` and `ADD` create layers; instructions such as `ENV` and `CMD` change only the config.',
    },
    explainedIn: [
      {
        chapter: 'images',
        anchor: {
          ko: 'dockerfile에서-컨테이너까지',
          en: 'from-dockerfile-to-container',
        },
        section: {
          ko: 'Dockerfile에서 컨테이너까지',
          en: 'From Dockerfile to container',
        },
      },
      {
        chapter: 'why-isolation',
        anchor: {
          ko: '재현-가능한-환경',
          en: 'reproducible-environments',
        },
        section: {
          ko: '재현 가능한 환경',
          en: 'Reproducible environments',
        },
      },
    ],
  },
  {
    id: 'descriptor',
    group: 'images',
    ko: '디스크립터',
    koGloss: 'descriptor',
    en: 'descriptor',
    variants: [],
    avoid: [],
    definition: {
      ko: '다른 내용을 가리키는 세 필드짜리 참조. 종류를 밝히는 `mediaType`, 해시인 `digest`, 바이트 크기인 `size`로 이루어진다.',
      en: 'A three-field reference to other content: `mediaType` for its kind, `digest` for its hash and `size` for its length in bytes.',
    },
    explainedIn: [
      {
        chapter: 'images',
        anchor: {
          ko: '이미지를-이루는-세-가지-조각',
          en: 'the-three-pieces-of-an-image',
        },
        section: {
          ko: '이미지를 이루는 세 가지 조각',
          en: 'The three pieces of an image',
        },
      },
    ],
  },
  {
    id: 'layer',
    group: 'images',
    ko: '레이어',
    koGloss: 'layer',
    en: 'layer',
    variants: ['계층', '이미지 계층', '이미지 레이어', 'image layer', 'image layers', 'layers'],
    avoid: [],
    definition: {
      ko: '파일 시스템의 한 단계 변화를 담은 tar 아카이브. 아래 레이어를 고치지 않고 위에 덧쌓기만 하므로, 위 레이어에서 지운 파일도 아래 레이어에는 그대로 남는다.',
      en: 'A tar archive holding one step of filesystem changes. Layers only stack on top and never modify those below, so a file deleted in an upper layer still ships in the lower one.',
    },
    explainedIn: [
      {
        chapter: 'images',
        anchor: {
          ko: '이미지를-이루는-세-가지-조각',
          en: 'the-three-pieces-of-an-image',
        },
        section: {
          ko: '이미지를 이루는 세 가지 조각',
          en: 'The three pieces of an image',
        },
      },
    ],
  },
  {
    id: 'registry',
    group: 'images',
    ko: '레지스트리',
    koGloss: 'registry',
    en: 'registry',
    variants: ['이미지 레지스트리', 'container registry', 'docker registry'],
    avoid: [],
    definition: {
      ko: '이미지를 저장하고 내려주는 HTTP 서버. OCI 배포 명세을 따르며, 이미지 이름에 호스트가 없으면 도커는 Docker Hub(`docker.io`)를 쓴다.',
      en: 'An HTTP server that stores and serves images according to the OCI Distribution Specification. When an image name has no host, Docker uses Docker Hub (`docker.io`).',
    },
    explainedIn: [
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: '레지스트리와-oci-배포-명세',
          en: 'registries-and-the-oci-distribution-spec',
        },
        section: {
          ko: '레지스트리와 OCI 배포 명세',
          en: 'Registries and the OCI Distribution Spec',
        },
      },
      {
        chapter: 'images',
        anchor: {
          ko: '이미지-이름의-실제-형식',
          en: 'the-real-format-of-an-image-name',
        },
        section: {
          ko: '이미지 이름의 실제 형식',
          en: 'The real format of an image name',
        },
      },
    ],
  },
  {
    id: 'manifest',
    group: 'images',
    ko: '매니페스트',
    koGloss: 'manifest',
    en: 'manifest',
    variants: [],
    avoid: [],
    definition: {
      ko: '한 플랫폼용 이미지를 이루는 설정 하나와 레이어들을 디스크립터로 가리키는 JSON. 매니페스트의 다이제스트가 곧 그 이미지의 정체성이다.',
      en: "The JSON that points, by descriptor, to the config and the layers that make up an image for one platform. Its digest is the image's identity.",
    },
    explainedIn: [
      {
        chapter: 'images',
        anchor: {
          ko: '이미지를-이루는-세-가지-조각',
          en: 'the-three-pieces-of-an-image',
        },
        section: {
          ko: '이미지를 이루는 세 가지 조각',
          en: 'The three pieces of an image',
        },
      },
      {
        chapter: 'images',
        anchor: {
          ko: '다이제스트와-콘텐츠-주소-지정',
          en: 'digests-and-content-addressing',
        },
        section: {
          ko: '다이제스트와 콘텐츠 주소 지정',
          en: 'Digests and content addressing',
        },
      },
    ],
  },
  {
    id: 'manifest-list',
    group: 'images',
    ko: '매니페스트 리스트',
    koGloss: 'manifest list',
    en: 'manifest list',
    variants: ['멀티 플랫폼 이미지', '멀티플랫폼', 'multi-platform', 'multi-arch', 'fat manifest'],
    avoid: [],
    definition: {
      ko: '도커 문서에서 이미지 인덱스를 부르는 다른 이름.',
      en: "Another name for an image index, used in Docker's documentation.",
    },
    explainedIn: [
      {
        chapter: 'images',
        anchor: {
          ko: '다이제스트와-콘텐츠-주소-지정',
          en: 'digests-and-content-addressing',
        },
        section: {
          ko: '다이제스트와 콘텐츠 주소 지정',
          en: 'Digests and content addressing',
        },
      },
    ],
  },
  {
    id: 'multi-stage-build',
    group: 'images',
    ko: '멀티 스테이지 빌드',
    koGloss: 'multi-stage build',
    en: 'multi-stage build',
    variants: ['멀티스테이지', '다단계 빌드', 'multistage'],
    avoid: [],
    definition: {
      ko: '한 Dockerfile에 `FROM`을 여러 번 써서 단계를 나누고, 마지막 단계로 필요한 결과물만 `COPY --from`으로 가져오는 빌드 방식. 컴파일러와 소스 코드가 최종 이미지에 남지 않는다.',
      en: 'Splitting a Dockerfile into stages with several `FROM` lines and copying only the needed artifacts into the last stage with `COPY --from`, so compilers and source code stay out of the final image.',
    },
    explainedIn: [
      {
        chapter: 'images',
        anchor: {
          ko: 'dockerfile에서-컨테이너까지',
          en: 'from-dockerfile-to-container',
        },
        section: {
          ko: 'Dockerfile에서 컨테이너까지',
          en: 'From Dockerfile to container',
        },
      },
    ],
  },
  {
    id: 'build-cache',
    group: 'images',
    ko: '빌드 캐시',
    koGloss: 'build cache',
    en: 'build cache',
    variants: [],
    avoid: [],
    definition: {
      ko: '앞선 빌드에서 만든 단계 결과를 다시 쓰는 장치. 한 단계가 무효화되면 그 뒤의 모든 단계가 다시 실행되므로, 자주 바뀌는 것을 Dockerfile 뒤쪽에 둔다.',
      en: 'Reuse of step results from earlier builds. Once a step is invalidated, every later step runs again, so whatever changes often belongs late in the Dockerfile.',
    },
    explainedIn: [
      {
        chapter: 'images',
        anchor: {
          ko: 'dockerfile에서-컨테이너까지',
          en: 'from-dockerfile-to-container',
        },
        section: {
          ko: 'Dockerfile에서 컨테이너까지',
          en: 'From Dockerfile to container',
        },
      },
    ],
  },
  {
    id: 'config',
    group: 'images',
    ko: '설정',
    koGloss: 'config',
    en: 'config, image configuration',
    variants: [],
    avoid: [],
    definition: {
      ko: '이미지를 어떻게 실행할지 적은 JSON 문서. `Entrypoint`, `Cmd`, `Env` 같은 기본값과, 레이어마다 압축을 푼 tar의 해시인 DiffID 목록이 들어 있다.',
      en: "The JSON document that says how to run the image: defaults such as `Entrypoint`, `Cmd` and `Env`, plus the DiffIDs, the hashes of each layer's uncompressed tar.",
    },
    explainedIn: [
      {
        chapter: 'images',
        anchor: {
          ko: '이미지를-이루는-세-가지-조각',
          en: 'the-three-pieces-of-an-image',
        },
        section: {
          ko: '이미지를 이루는 세 가지 조각',
          en: 'The three pieces of an image',
        },
      },
    ],
  },
  {
    id: 'writable-layer',
    group: 'images',
    ko: '쓰기 가능 레이어',
    koGloss: 'writable layer',
    en: 'writable layer',
    variants: [
      '쓰기 가능한 계층',
      '쓰기 가능한 레이어',
      '컨테이너 계층',
      '컨테이너 레이어',
      'container layer',
      'read-write layer',
    ],
    avoid: [],
    definition: {
      ko: '컨테이너마다 이미지 레이어 위에 하나씩 얹는 빈 디렉터리(OverlayFS의 upperdir). 컨테이너의 모든 쓰기가 여기에 기록되고, 컨테이너를 지우면 함께 사라진다.',
      en: "The empty directory (OverlayFS's upperdir) placed over the image layers for each container. All of the container's writes land there, and it disappears with the container.",
    },
    explainedIn: [
      {
        chapter: 'images',
        anchor: {
          ko: '유니언-파일-시스템과-카피-온-라이트',
          en: 'union-filesystems-and-copy-on-write',
        },
        section: {
          ko: '유니언 파일 시스템과 카피 온 라이트',
          en: 'Union filesystems and copy-on-write',
        },
      },
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: 'docker-run-한-번의-여정',
          en: 'one-docker-run-step-by-step',
        },
        section: {
          ko: 'docker run 한 번의 여정',
          en: 'One docker run, step by step',
        },
      },
      {
        chapter: 'storage',
        anchor: {
          ko: '쓰기-가능-레이어-쓰지-말아야-할-곳',
          en: 'the-writable-layer-where-not-to-write',
        },
        section: {
          ko: '쓰기 가능 레이어: 쓰지 말아야 할 곳',
          en: 'The writable layer: where not to write',
        },
      },
    ],
  },
  {
    id: 'union-filesystem',
    group: 'images',
    ko: '유니언 파일 시스템',
    koGloss: 'union filesystem',
    en: 'union filesystem',
    variants: ['overlayfs', 'overlay2', '오버레이 파일 시스템', '오버레이파일시스템', 'union mount'],
    avoid: [],
    definition: {
      ko: '여러 디렉터리를 겹쳐 하나의 파일 시스템처럼 보여 주는 파일 시스템. 리눅스에서는 커널의 OverlayFS가 사실상 표준이고, 읽기 전용 이미지 레이어 위에 컨테이너의 쓰기 가능 레이어를 얹는다.',
      en: "A filesystem that overlays several directories and presents them as one. On Linux the kernel's OverlayFS is the de facto standard; it places a container's writable layer over the read-only image layers.",
    },
    explainedIn: [
      {
        chapter: 'images',
        anchor: {
          ko: '유니언-파일-시스템과-카피-온-라이트',
          en: 'union-filesystems-and-copy-on-write',
        },
        section: {
          ko: '유니언 파일 시스템과 카피 온 라이트',
          en: 'Union filesystems and copy-on-write',
        },
      },
    ],
  },
  {
    id: 'image',
    group: 'images',
    ko: '이미지',
    koGloss: 'image',
    en: 'image',
    variants: ['도커 이미지', '컨테이너 이미지', 'docker image', 'container image'],
    avoid: [],
    definition: {
      ko: '컨테이너의 파일과 실행 설정을 담은 묶음. OCI 명세로는 레이어 tar 여러 개, 설정 JSON 하나, 이들을 다이제스트로 묶는 매니페스트로 이루어지며 커널도 부트로더도 없다.',
      en: "The bundle that holds a container's files and run settings. Under the OCI specification it is a few layer tars, one config JSON and a manifest tying them together by digest, with no kernel and no bootloader.",
    },
    explainedIn: [
      {
        chapter: 'images',
        anchor: {
          ko: '이미지를-이루는-세-가지-조각',
          en: 'the-three-pieces-of-an-image',
        },
        section: {
          ko: '이미지를 이루는 세 가지 조각',
          en: 'The three pieces of an image',
        },
      },
      {
        chapter: 'images',
        anchor: {
          ko: '흔한-오해-바로잡기',
          en: 'common-misconceptions',
        },
        section: {
          ko: '흔한 오해 바로잡기',
          en: 'Common misconceptions',
        },
      },
    ],
  },
  {
    id: 'image-index',
    group: 'images',
    ko: '이미지 인덱스',
    koGloss: 'image index',
    en: 'image index',
    variants: [],
    avoid: [],
    definition: {
      ko: '여러 플랫폼용 매니페스트를 `platform` 정보와 함께 묶은 목록. 태그 하나로 amd64와 arm64 이미지를 함께 내놓을 수 있고, 클라이언트는 자기 플랫폼에 맞는 매니페스트 하나를 고른다.',
      en: 'A list of per-platform manifests, each with its `platform`. It lets one tag serve amd64 and arm64 images alike; the client picks the single manifest that matches its platform.',
    },
    explainedIn: [
      {
        chapter: 'images',
        anchor: {
          ko: '다이제스트와-콘텐츠-주소-지정',
          en: 'digests-and-content-addressing',
        },
        section: {
          ko: '다이제스트와 콘텐츠 주소 지정',
          en: 'Digests and content addressing',
        },
      },
      {
        chapter: 'vm-vs-containers',
        anchor: {
          ko: '이식성',
          en: 'portability',
        },
        section: {
          ko: '이식성',
          en: 'Portability',
        },
      },
    ],
  },
  {
    id: 'repository',
    group: 'images',
    ko: '저장소',
    koGloss: 'repository',
    en: 'repository',
    variants: ['리포지터리', '리포지토리', '레포지토리', '레포', '저장소 이름', 'repo'],
    avoid: [],
    definition: {
      ko: '레지스트리 안에서 한 이미지의 여러 버전을 모아 두는 단위. `docker.io/library/ubuntu:24.04`에서는 레지스트리 주소 뒤, 태그 앞의 `library/ubuntu`가 저장소 경로다.',
      en: 'The unit inside a registry that holds the versions of one image. In `docker.io/library/ubuntu:24.04` the repository path is `library/ubuntu`, between the registry address and the tag.',
    },
    explainedIn: [
      {
        chapter: 'images',
        anchor: {
          ko: '이미지-이름의-실제-형식',
          en: 'the-real-format-of-an-image-name',
        },
        section: {
          ko: '이미지 이름의 실제 형식',
          en: 'The real format of an image name',
        },
      },
    ],
  },
  {
    id: 'copy-on-write',
    group: 'images',
    ko: '카피 온 라이트',
    koGloss: 'copy-on-write, CoW',
    en: 'copy-on-write, CoW',
    variants: ['카피온라이트', '쓰기 시 복사', 'CoW', 'cow'],
    avoid: [],
    definition: {
      ko: '데이터를 함께 쓰다가 누군가 고치려 할 때 비로소 사본을 만드는 기법. OverlayFS의 copy_up, qcow2의 백킹 파일, KSM의 페이지 공유가 모두 이 방식이다.',
      en: "Sharing data until someone writes to it, and only then making a private copy. OverlayFS's copy_up, qcow2 backing files and KSM page sharing all work this way.",
    },
    explainedIn: [
      {
        chapter: 'images',
        anchor: {
          ko: '유니언-파일-시스템과-카피-온-라이트',
          en: 'union-filesystems-and-copy-on-write',
        },
        section: {
          ko: '유니언 파일 시스템과 카피 온 라이트',
          en: 'Union filesystems and copy-on-write',
        },
      },
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: '이미지-스냅샷-라이브-마이그레이션',
          en: 'images-snapshots-and-live-migration',
        },
        section: {
          ko: '이미지, 스냅샷, 라이브 마이그레이션',
          en: 'Images, snapshots and live migration',
        },
      },
      {
        chapter: 'hypervisors',
        anchor: {
          ko: '메모리-오버커밋',
          en: 'memory-overcommit',
        },
        section: {
          ko: '메모리 오버커밋',
          en: 'Memory overcommit',
        },
      },
    ],
  },
  {
    id: 'content-addressing',
    group: 'images',
    ko: '콘텐츠 주소 지정',
    koGloss: 'content addressing',
    en: 'content addressing',
    variants: [],
    avoid: [],
    definition: {
      ko: '이름이 아니라 내용의 해시로 데이터를 가리키고 찾는 방식. 받은 조각을 해시해 보면 중간의 레지스트리나 미러를 믿지 않고도 변조 여부를 알 수 있다.',
      en: 'Referring to and finding data by the hash of its content rather than by a name. Hashing what you received verifies it without trusting any registry or mirror on the way.',
    },
    explainedIn: [
      {
        chapter: 'images',
        anchor: {
          ko: '다이제스트와-콘텐츠-주소-지정',
          en: 'digests-and-content-addressing',
        },
        section: {
          ko: '다이제스트와 콘텐츠 주소 지정',
          en: 'Digests and content addressing',
        },
      },
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: 'dockerd와-containerd',
          en: 'dockerd-and-containerd',
        },
        section: {
          ko: 'dockerd와 containerd',
          en: 'dockerd and containerd',
        },
      },
    ],
  },
  {
    id: 'tag',
    group: 'images',
    ko: '태그',
    koGloss: 'tag',
    en: 'tag',
    variants: ['이미지 태그', 'latest', 'image tag'],
    avoid: [],
    definition: {
      ko: '저장소 안에서 매니페스트나 인덱스를 가리키는, 게시자가 언제든 옮길 수 있는 이름표. `latest`는 태그를 생략했을 때 붙는 기본 이름일 뿐 최신 이미지를 보장하지 않는다.',
      en: 'A human-readable name in a repository that points to a manifest or index and that the publisher can move at any time. `latest` is only the default when no tag is given; it does not guarantee the newest image.',
    },
    explainedIn: [
      {
        chapter: 'images',
        anchor: {
          ko: '다이제스트와-콘텐츠-주소-지정',
          en: 'digests-and-content-addressing',
        },
        section: {
          ko: '다이제스트와 콘텐츠 주소 지정',
          en: 'Digests and content addressing',
        },
      },
      {
        chapter: 'images',
        anchor: {
          ko: '이미지-이름의-실제-형식',
          en: 'the-real-format-of-an-image-name',
        },
        section: {
          ko: '이미지 이름의 실제 형식',
          en: 'The real format of an image name',
        },
      },
    ],
  },
  {
    id: 'whiteout',
    group: 'images',
    ko: '화이트아웃',
    koGloss: 'whiteout',
    en: 'whiteout',
    variants: [],
    avoid: [],
    definition: {
      ko: '레이어에서 파일 삭제를 나타내는 표시. OCI 레이어에서는 `.wh.` 접두사를 붙인 빈 파일이고, 디렉터리 내용을 통째로 가리는 불투명(opaque) 표시도 있다.',
      en: "The marker for a deletion in a layer: in an OCI layer, an empty file with a `.wh.` prefix, plus an opaque marker that hides a whole directory's contents.",
    },
    explainedIn: [
      {
        chapter: 'images',
        anchor: {
          ko: '이미지를-이루는-세-가지-조각',
          en: 'the-three-pieces-of-an-image',
        },
        section: {
          ko: '이미지를 이루는 세 가지 조각',
          en: 'The three pieces of an image',
        },
      },
      {
        chapter: 'images',
        anchor: {
          ko: '유니언-파일-시스템과-카피-온-라이트',
          en: 'union-filesystems-and-copy-on-write',
        },
        section: {
          ko: '유니언 파일 시스템과 카피 온 라이트',
          en: 'Union filesystems and copy-on-write',
        },
      },
    ],
  },
  {
    id: 'oci-distribution-specification',
    group: 'images',
    ko: 'OCI 배포 명세',
    koGloss: 'OCI Distribution Specification',
    en: 'OCI Distribution Specification',
    variants: ['OCI 배포 규격', 'distribution spec', 'registry api'],
    avoid: ['OCI 배포 규격', 'OCI 스펙'],
    definition: {
      ko: '레지스트리의 HTTP API를 정한 OCI 명세. 매니페스트는 태그나 다이제스트로, 블롭은 다이제스트로 받으며 도커의 Registry HTTP API V2를 바탕으로 만들어졌다.',
      en: "The OCI specification of the registry HTTP API: manifests are fetched by tag or digest, blobs by digest. It grew out of Docker's Registry HTTP API V2.",
    },
    explainedIn: [
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: '레지스트리와-oci-배포-명세',
          en: 'registries-and-the-oci-distribution-spec',
        },
        section: {
          ko: '레지스트리와 OCI 배포 명세',
          en: 'Registries and the OCI Distribution Spec',
        },
      },
    ],
  },
  {
    id: 'daemon',
    group: 'docker',
    ko: '데몬',
    koGloss: 'daemon',
    en: 'daemon',
    variants: ['도커 데몬', 'dockerd', 'docker daemon'],
    avoid: [],
    definition: {
      ko: '백그라운드에 상주하며 요청을 처리하는 프로세스. 도커에서는 `dockerd`가 API 요청을 받고, 그 아래에서 containerd가 이미지와 컨테이너를 관리한다.',
      en: 'A background process that stays resident and serves requests. In Docker, `dockerd` answers the API and containerd manages images and containers beneath it.',
    },
    explainedIn: [
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: '한눈에-보는-구성-요소',
          en: 'the-components-at-a-glance',
        },
        section: {
          ko: '한눈에 보는 구성 요소',
          en: 'The components at a glance',
        },
      },
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: 'dockerd와-containerd',
          en: 'dockerd-and-containerd',
        },
        section: {
          ko: 'dockerd와 containerd',
          en: 'dockerd and containerd',
        },
      },
    ],
  },
  {
    id: 'docker',
    group: 'docker',
    ko: '도커',
    koGloss: 'Docker',
    en: 'Docker',
    variants: ['Docker'],
    avoid: [],
    definition: {
      ko: '이미지를 만들고 주고받고 컨테이너로 실행하는 도구 모음. 클라이언트 `docker`, 데몬 `dockerd`, 그 아래의 containerd와 runc로 나뉜다.',
      en: 'The toolset for building and sharing images and running them as containers, split into the `docker` client, the `dockerd` daemon, and containerd and runc beneath them.',
    },
    explainedIn: [
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: '한눈에-보는-구성-요소',
          en: 'the-components-at-a-glance',
        },
        section: {
          ko: '한눈에 보는 구성 요소',
          en: 'The components at a glance',
        },
      },
    ],
  },
  {
    id: 'live-restore',
    group: 'docker',
    ko: '라이브 리스토어',
    koGloss: 'live restore',
    en: 'live restore',
    variants: ['라이브리스토어', 'live-restore'],
    avoid: [],
    definition: {
      ko: '`dockerd`가 죽거나 정비로 내려가 있는 동안에도 컨테이너를 계속 돌리고, 데몬이 돌아오면 다시 연결하는 도커 설정(`"live-restore": true`).',
      en: 'A Docker setting (`"live-restore": true`) that keeps containers running while `dockerd` is down or being maintained and reconnects to them when it returns.',
    },
    explainedIn: [
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: 'shim과-runc-데몬-없는-컨테이너',
          en: 'the-shim-and-runc-daemonless-containers',
        },
        section: {
          ko: 'shim과 runc: 데몬 없는 컨테이너',
          en: 'The shim and runc: daemonless containers',
        },
      },
    ],
  },
  {
    id: 'runtime',
    group: 'docker',
    ko: '런타임',
    koGloss: 'runtime',
    en: 'runtime',
    variants: [],
    avoid: [],
    definition: {
      ko: '프로그램이 실행되는 동안 필요한 것을 제공하는 소프트웨어. 파이썬이나 Node.js 같은 언어 런타임을 가리키기도 하지만, 컨테이너 이야기에서는 대개 컨테이너 런타임을 줄인 말이다.',
      en: 'Software that provides what a program needs while it runs. It can mean a language runtime such as Python or Node.js; in container contexts it is usually short for container runtime.',
    },
    explainedIn: [
      {
        chapter: 'why-isolation',
        anchor: {
          ko: '내-컴퓨터에서는-되는데',
          en: 'it-works-on-my-machine',
        },
        section: {
          ko: '내 컴퓨터에서는 되는데',
          en: 'It works on my machine',
        },
      },
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: 'dockerd와-containerd',
          en: 'dockerd-and-containerd',
        },
        section: {
          ko: 'dockerd와 containerd',
          en: 'dockerd and containerd',
        },
      },
    ],
  },
  {
    id: 'snapshotter',
    group: 'docker',
    ko: '스냅샷터',
    koGloss: 'snapshotter',
    en: 'snapshotter',
    variants: ['스냅샷터', 'containerd snapshotter'],
    avoid: [],
    definition: {
      ko: 'containerd에서 이미지 레이어를 쌓아 컨테이너의 루트 파일 시스템을 준비하는 구성 요소. 리눅스에서는 보통 overlayfs 스냅샷터를 쓴다.',
      en: "The containerd component that stacks image layers into a container's root filesystem; on Linux, usually the overlayfs snapshotter.",
    },
    explainedIn: [
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: 'dockerd와-containerd',
          en: 'dockerd-and-containerd',
        },
        section: {
          ko: 'dockerd와 containerd',
          en: 'dockerd and containerd',
        },
      },
      {
        chapter: 'images',
        anchor: {
          ko: '유니언-파일-시스템과-카피-온-라이트',
          en: 'union-filesystems-and-copy-on-write',
        },
        section: {
          ko: '유니언 파일 시스템과 카피 온 라이트',
          en: 'Union filesystems and copy-on-write',
        },
      },
      {
        chapter: 'storage',
        anchor: {
          ko: '스토리지-드라이버와-스냅샷터',
          en: 'storage-drivers-and-snapshotters',
        },
        section: {
          ko: '스토리지 드라이버와 스냅샷터',
          en: 'Storage drivers and snapshotters',
        },
      },
    ],
  },
  {
    id: 'orchestration',
    group: 'docker',
    ko: '오케스트레이션',
    koGloss: 'orchestration',
    en: 'orchestration',
    variants: [],
    avoid: [],
    definition: {
      ko: '여러 호스트에 걸쳐 컨테이너의 배치, 재시작, 확장, 연결을 자동으로 관리하는 일. 쿠버네티스가 대표적인 오케스트레이터다.',
      en: 'Automatically placing, restarting, scaling and connecting containers across many hosts. Kubernetes is the best-known orchestrator.',
    },
    explainedIn: [
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: '도커-밖의-선택지-podman과-쿠버네티스',
          en: 'beyond-docker-podman-and-kubernetes',
        },
        section: {
          ko: '도커 밖의 선택지: Podman과 쿠버네티스',
          en: 'Beyond Docker: Podman and Kubernetes',
        },
      },
      {
        chapter: 'vm-vs-containers',
        anchor: {
          ko: '무엇을-고를까-그리고-둘-다',
          en: 'choosing-and-choosing-both',
        },
        section: {
          ko: '무엇을 고를까, 그리고 둘 다',
          en: 'Choosing, and choosing both',
        },
      },
    ],
  },
  {
    id: 'container-runtime',
    group: 'docker',
    ko: '컨테이너 런타임',
    koGloss: 'container runtime',
    en: 'container runtime',
    variants: ['컨테이너런타임', 'runc', 'crun', 'high-level runtime', 'low-level runtime'],
    avoid: [],
    definition: {
      ko: '컨테이너를 만들고 실행하는 소프트웨어. 좁게는 OCI 런타임 명세을 구현해 커널에 격리를 요청하는 runc, crun, runsc 같은 저수준 런타임을, 넓게는 이미지와 라이프사이클까지 관리하는 containerd나 CRI-O를 가리킨다.',
      en: 'Software that creates and runs containers. Narrowly, a low-level runtime such as runc, crun or runsc that implements the OCI Runtime Specification and asks the kernel for isolation; broadly, containerd or CRI-O, which also manage images and lifecycles.',
    },
    explainedIn: [
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: 'shim과-runc-데몬-없는-컨테이너',
          en: 'the-shim-and-runc-daemonless-containers',
        },
        section: {
          ko: 'shim과 runc: 데몬 없는 컨테이너',
          en: 'The shim and runc: daemonless containers',
        },
      },
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: 'oci의-세-명세',
          en: 'the-three-oci-specifications',
        },
        section: {
          ko: 'OCI의 세 명세',
          en: 'The three OCI specifications',
        },
      },
    ],
  },
  {
    id: 'container-runtime-interface',
    group: 'docker',
    ko: '컨테이너 런타임 인터페이스',
    koGloss: 'CRI',
    en: 'Container Runtime Interface, CRI',
    variants: ['CRI', 'CRI-O', 'cri-o'],
    avoid: [],
    definition: {
      ko: '쿠버네티스의 kubelet이 컨테이너 런타임과 통신하는 gRPC API. containerd와 CRI-O가 구현하며, Docker Engine을 잇던 어댑터 dockershim은 쿠버네티스 1.24에서 제거되었다.',
      en: 'The gRPC API through which the Kubernetes kubelet talks to a container runtime. containerd and CRI-O implement it; dockershim, the adapter for Docker Engine, was removed in Kubernetes 1.24.',
    },
    explainedIn: [
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: '도커-밖의-선택지-podman과-쿠버네티스',
          en: 'beyond-docker-podman-and-kubernetes',
        },
        section: {
          ko: '도커 밖의 선택지: Podman과 쿠버네티스',
          en: 'Beyond Docker: Podman and Kubernetes',
        },
      },
    ],
  },
  {
    id: 'kubernetes',
    group: 'docker',
    ko: '쿠버네티스',
    koGloss: 'Kubernetes',
    en: 'Kubernetes',
    variants: ['k8s', '쿠베', '쿠버', 'kube'],
    avoid: [],
    definition: {
      ko: '여러 노드에 걸쳐 컨테이너를 파드 단위로 배치하고 관리하는 오케스트레이션 시스템. 노드마다 kubelet이 CRI로 컨테이너 런타임을 부른다.',
      en: 'An orchestration system that schedules and manages containers, in pods, across many nodes; on each node the kubelet calls the container runtime through the CRI.',
    },
    explainedIn: [
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: '도커-밖의-선택지-podman과-쿠버네티스',
          en: 'beyond-docker-podman-and-kubernetes',
        },
        section: {
          ko: '도커 밖의 선택지: Podman과 쿠버네티스',
          en: 'Beyond Docker: Podman and Kubernetes',
        },
      },
      {
        chapter: 'isolation-spectrum',
        anchor: {
          ko: '어떻게-고를까',
          en: 'how-to-choose',
        },
        section: {
          ko: '어떻게 고를까',
          en: 'How to choose',
        },
      },
    ],
  },
  {
    id: 'pod',
    group: 'docker',
    ko: '파드',
    koGloss: 'pod',
    en: 'pod',
    variants: ['포드', 'pods'],
    avoid: [],
    definition: {
      ko: '쿠버네티스가 배치하는 가장 작은 단위로, 네트워크 같은 자원을 함께 쓰는 컨테이너 하나 이상의 묶음. Kata Containers는 파드마다 가벼운 VM을 하나씩 만든다.',
      en: 'The smallest unit Kubernetes schedules: one or more containers that share resources such as the network. Kata Containers creates one lightweight VM per pod.',
    },
    explainedIn: [
      {
        chapter: 'isolation-spectrum',
        anchor: {
          ko: 'kata-containers-파드마다-가벼운-vm',
          en: 'kata-containers-a-lightweight-vm-per-pod',
        },
        section: {
          ko: 'Kata Containers: 파드마다 가벼운 VM',
          en: 'Kata Containers: a lightweight VM per pod',
        },
      },
    ],
  },
  {
    id: 'oci',
    group: 'docker',
    ko: 'OCI',
    koGloss: 'Open Container Initiative',
    en: 'Open Container Initiative, OCI',
    variants: ['오픈 컨테이너 이니셔티브', 'open container initiative'],
    avoid: [],
    definition: {
      ko: '컨테이너 형식과 런타임이 한 회사에 묶이지 않도록 2015년 리눅스 재단 아래 세워진 단체. 런타임, 이미지, 배포의 세 명세을 관리한다.',
      en: 'The organization founded under the Linux Foundation in 2015 so that container formats and runtimes would not belong to one company. It maintains the runtime, image and distribution specifications.',
    },
    explainedIn: [
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: 'oci의-세-명세',
          en: 'the-three-oci-specifications',
        },
        section: {
          ko: 'OCI의 세 명세',
          en: 'The three OCI specifications',
        },
      },
    ],
  },
  {
    id: 'shim',
    group: 'docker',
    ko: 'shim',
    koGloss: null,
    en: 'shim',
    variants: ['containerd-shim', 'containerd-shim-runc-v2'],
    avoid: [],
    definition: {
      ko: 'containerd와 컨테이너 프로세스 사이에 컨테이너마다 뜨는 작은 프로세스(`containerd-shim-runc-v2`). runc가 종료한 뒤 컨테이너의 부모로 남아 입출력과 종료 코드를 쥐고 있으므로, 데몬이 재시작되어도 컨테이너가 살아 있다.',
      en: "The small process (`containerd-shim-runc-v2`) that sits between containerd and each container. It stays on as the container's parent after runc exits and holds its I/O and exit code, so containers survive daemon restarts.",
    },
    explainedIn: [
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: 'shim과-runc-데몬-없는-컨테이너',
          en: 'the-shim-and-runc-daemonless-containers',
        },
        section: {
          ko: 'shim과 runc: 데몬 없는 컨테이너',
          en: 'The shim and runc: daemonless containers',
        },
      },
    ],
  },
  {
    id: 'isolation',
    group: 'isolation',
    ko: '격리',
    koGloss: 'isolation',
    en: 'isolation',
    variants: ['분리된 환경', '격리 수준'],
    avoid: [],
    definition: {
      ko: '한 기계를 나눠 쓰는 워크로드들이 서로를 방해하지 못하게 하는 일. 자원, 장애, 보안의 세 갈래가 있으며, 켜고 끄는 스위치가 아니라 정도의 문제다.',
      en: 'Keeping workloads that share a machine from interfering with one another. It has three strands, resources, faults and security, and it is a matter of degree, not an on/off switch.',
    },
    explainedIn: [
      {
        chapter: 'why-isolation',
        anchor: {
          ko: '격리와-패키징은-다른-문제다',
          en: 'isolation-and-packaging-are-different-problems',
        },
        section: {
          ko: '격리와 패키징은 다른 문제다',
          en: 'Isolation and packaging are different problems',
        },
      },
      {
        chapter: 'isolation-spectrum',
        anchor: {
          ko: '이분법-대신-스펙트럼',
          en: 'a-spectrum-not-a-binary',
        },
        section: {
          ko: '이분법 대신 스펙트럼',
          en: 'A spectrum, not a binary',
        },
      },
    ],
  },
  {
    id: 'attack-surface',
    group: 'isolation',
    ko: '공격 표면',
    koGloss: 'attack surface',
    en: 'attack surface',
    variants: [],
    avoid: [],
    definition: {
      ko: '공격자가 건드릴 수 있는 인터페이스의 범위. 컨테이너에서는 호스트 커널의 시스템 콜 수백 개가, 가상 머신에서는 VM exit와 가상 장치가 공격 표면이 된다.',
      en: "The set of interfaces an attacker can reach. For a container, it is the host kernel's hundreds of system calls; for a virtual machine, VM exits and virtual devices.",
    },
    explainedIn: [
      {
        chapter: 'isolation-spectrum',
        anchor: {
          ko: '보안-경계는-실제로-어디에-있나',
          en: 'where-the-security-boundary-really-is',
        },
        section: {
          ko: '보안 경계는 실제로 어디에 있나',
          en: 'Where the security boundary really is',
        },
      },
      {
        chapter: 'containers',
        anchor: {
          ko: '보안-계층',
          en: 'security-layers',
        },
        section: {
          ko: '보안 계층',
          en: 'Security layers',
        },
      },
    ],
  },
  {
    id: 'rootless-container',
    group: 'isolation',
    ko: '루트리스 컨테이너',
    koGloss: 'rootless container',
    en: 'rootless container',
    variants: ['rootless', '루트리스', 'rootless mode', 'rootless docker'],
    avoid: [],
    definition: {
      ko: '컨테이너 런타임과 컨테이너를 root가 아닌 일반 사용자로 실행하는 방식. 런타임이 뚫려도 호스트 root를 넘겨주지 않지만, 커널은 여전히 공유하므로 커널 버그는 막지 못한다.',
      en: 'Running the container runtime and the containers as an ordinary user instead of root. A runtime escape no longer hands over host root, but the kernel is still shared, so kernel bugs are not stopped.',
    },
    explainedIn: [
      {
        chapter: 'isolation-spectrum',
        anchor: {
          ko: '루트리스-컨테이너-무엇을-막고-무엇을-못-막나',
          en: 'rootless-containers-what-they-stop-and-what-they-dont',
        },
        section: {
          ko: '루트리스 컨테이너: 무엇을 막고 무엇을 못 막나',
          en: 'Rootless containers: what they stop and what they dont',
        },
      },
      {
        chapter: 'containers',
        anchor: {
          ko: '보안-계층',
          en: 'security-layers',
        },
        section: {
          ko: '보안 계층',
          en: 'Security layers',
        },
      },
    ],
  },
  {
    id: 'linux-security-modules',
    group: 'isolation',
    ko: '리눅스 보안 모듈',
    koGloss: 'Linux Security Modules, LSM',
    en: 'Linux Security Modules, LSM',
    variants: ['AppArmor', 'SELinux', 'LSM'],
    avoid: [],
    definition: {
      ko: '커널이 접근을 허락하기 전에 추가 검사를 끼워 넣을 수 있게 한 틀. AppArmor와 SELinux가 이 위에서 강제 접근 제어를 한다.',
      en: 'The kernel framework for inserting extra checks before access is granted. AppArmor and SELinux enforce mandatory access control on top of it.',
    },
    explainedIn: [
      {
        chapter: 'containers',
        anchor: {
          ko: '보안-계층',
          en: 'security-layers',
        },
        section: {
          ko: '보안 계층',
          en: 'Security layers',
        },
      },
    ],
  },
  {
    id: 'microvm',
    group: 'isolation',
    ko: '마이크로VM',
    koGloss: 'microVM',
    en: 'microVM',
    variants: ['마이크로 VM', '마이크로vm', 'micro vm', 'micro-vm'],
    avoid: [],
    definition: {
      ko: '범용 VM이라면 갖추지만 워크로드 하나에는 필요 없는 장치와 기능을 걷어 낸 가벼운 가상 머신. 자기 게스트 커널을 가지면서도 빨리 뜨며, Firecracker가 대표적이다.',
      en: 'A lightweight virtual machine stripped of the devices and features that a general-purpose VM carries but a single workload does not need. It has its own guest kernel yet starts quickly; Firecracker is the best-known example.',
    },
    explainedIn: [
      {
        chapter: 'isolation-spectrum',
        anchor: {
          ko: '마이크로vm과-firecracker',
          en: 'microvms-and-firecracker',
        },
        section: {
          ko: '마이크로VM과 Firecracker',
          en: 'MicroVMs and Firecracker',
        },
      },
    ],
  },
  {
    id: 'side-channel',
    group: 'isolation',
    ko: '사이드 채널',
    koGloss: 'side channel',
    en: 'side channel',
    variants: ['부채널', 'side-channel', 'spectre', 'meltdown', '스펙터'],
    avoid: ['부채널'],
    definition: {
      ko: '캐시에 남은 흔적이나 실행 시간처럼 의도하지 않은 경로로 정보가 새는 것. Spectre와 L1TF 같은 공격은 CPU를 공유하는 한 VM 경계도 넘는다.',
      en: 'Information leaking through an unintended channel such as cache state or timing. Attacks such as Spectre and L1TF cross even VM boundaries as long as the CPU is shared.',
    },
    explainedIn: [
      {
        chapter: 'isolation-spectrum',
        anchor: {
          ko: '보안-경계는-실제로-어디에-있나',
          en: 'where-the-security-boundary-really-is',
        },
        section: {
          ko: '보안 경계는 실제로 어디에 있나',
          en: 'Where the security boundary really is',
        },
      },
    ],
  },
  {
    id: 'sandbox',
    group: 'isolation',
    ko: '샌드박스',
    koGloss: 'sandbox',
    en: 'sandbox',
    variants: ['샌드박싱', 'gvisor', 'sandboxing'],
    avoid: [],
    definition: {
      ko: '믿을 수 없는 코드를 가두어 실행하는 격리 환경. 이 핸드북에서는 주로 gVisor처럼 애플리케이션과 호스트 커널 사이에 한 겹을 더 두는 런타임을 가리킨다.',
      en: 'An isolated environment for running untrusted code. In this handbook it mostly means runtimes such as gVisor that put an extra layer between the application and the host kernel.',
    },
    explainedIn: [
      {
        chapter: 'isolation-spectrum',
        anchor: {
          ko: 'gvisor-사용자-공간의-애플리케이션-커널',
          en: 'gvisor-an-application-kernel-in-user-space',
        },
        section: {
          ko: 'gVisor: 사용자 공간의 애플리케이션 커널',
          en: 'gVisor: an application kernel in user space',
        },
      },
    ],
  },
  {
    id: 'noisy-neighbor',
    group: 'isolation',
    ko: '시끄러운 이웃',
    koGloss: 'noisy neighbor',
    en: 'noisy neighbor',
    variants: ['noisy neighbour', '소음 이웃'],
    avoid: [],
    definition: {
      ko: '같은 호스트의 다른 워크로드가 CPU, 메모리, 캐시, 입출력을 많이 써서 내 작업이 느려지는 문제. 컨트롤 그룹은 CPU 시간과 메모리 양을 나누지만 마지막 단계 캐시와 메모리 대역폭은 다루지 않는다.',
      en: 'Another workload on the same host slowing yours down by consuming CPU, memory, cache or I/O. Control groups divide CPU time and memory, but not the last-level cache or memory bandwidth.',
    },
    explainedIn: [
      {
        chapter: 'why-isolation',
        anchor: {
          ko: '격리와-패키징은-다른-문제다',
          en: 'isolation-and-packaging-are-different-problems',
        },
        section: {
          ko: '격리와 패키징은 다른 문제다',
          en: 'Isolation and packaging are different problems',
        },
      },
      {
        chapter: 'containers',
        anchor: {
          ko: '커널을-함께-쓴다는-것',
          en: 'what-sharing-a-kernel-implies',
        },
        section: {
          ko: '커널을 함께 쓴다는 것',
          en: 'What sharing a kernel implies',
        },
      },
    ],
  },
  {
    id: 'seccomp',
    group: 'isolation',
    ko: '시큐어 컴퓨팅 모드',
    koGloss: 'seccomp',
    en: 'seccomp, secure computing mode',
    variants: ['seccomp 프로필', 'seccomp profile', '시큐어 컴퓨팅'],
    avoid: [],
    definition: {
      ko: '시스템 콜 번호와 인자를 보고 호출을 허용하거나 막는 리눅스의 BPF 필터. 그 자체로 샌드박스는 아니고, 커널의 공격 표면을 줄이는 도구다.',
      en: "A Linux BPF filter that allows or blocks system calls by number and arguments. It is not a sandbox by itself but a tool for shrinking the kernel's attack surface.",
    },
    explainedIn: [
      {
        chapter: 'containers',
        anchor: {
          ko: '보안-계층',
          en: 'security-layers',
        },
        section: {
          ko: '보안 계층',
          en: 'Security layers',
        },
      },
    ],
  },
  {
    id: 'capabilities',
    group: 'isolation',
    ko: '케이퍼빌리티',
    koGloss: 'capabilities',
    en: 'capabilities',
    variants: ['capability', '캐퍼빌리티', '케이퍼빌리티를', 'cap_sys_admin', 'linux capabilities'],
    avoid: [],
    definition: {
      ko: '전통적인 root 권한을 `CAP_NET_ADMIN`, `CAP_SYS_ADMIN` 같은 단위로 쪼갠 리눅스 기능. 도커는 14개만 남기고 나머지를 버린 채 컨테이너를 시작한다.',
      en: "Linux's split of traditional root privilege into units such as `CAP_NET_ADMIN` and `CAP_SYS_ADMIN`. Docker starts containers with 14 of them and drops the rest.",
    },
    explainedIn: [
      {
        chapter: 'containers',
        anchor: {
          ko: '보안-계층',
          en: 'security-layers',
        },
        section: {
          ko: '보안 계층',
          en: 'Security layers',
        },
      },
    ],
  },
  {
    id: 'firecracker',
    group: 'isolation',
    ko: 'Firecracker',
    koGloss: null,
    en: 'Firecracker',
    variants: ['파이어크래커', 'firecracker vmm'],
    avoid: ['파이어크래커'],
    definition: {
      ko: 'AWS가 Lambda와 Fargate를 위해 만든, Rust로 작성된 VMM. KVM 위에서 마이크로VM을 돌리고, jailer가 VMM 프로세스를 한 번 더 가둔다.',
      en: 'A VMM written in Rust that AWS built for Lambda and Fargate. It runs microVMs on KVM, and the jailer confines the VMM process as a second boundary.',
    },
    explainedIn: [
      {
        chapter: 'isolation-spectrum',
        anchor: {
          ko: '마이크로vm과-firecracker',
          en: 'microvms-and-firecracker',
        },
        section: {
          ko: '마이크로VM과 Firecracker',
          en: 'MicroVMs and Firecracker',
        },
      },
    ],
  },
  {
    id: 'workload',
    group: 'basics',
    ko: '워크로드',
    koGloss: 'workload',
    en: 'workload',
    variants: ['workloads', '작업 부하'],
    avoid: [],
    definition: {
      ko: '서버가 실행하는 일의 단위. 애플리케이션, 서비스, 배치 작업처럼 CPU와 메모리를 쓰며 도는 것을 이르며, 격리는 워크로드 사이의 경계를 어디에 두느냐의 문제다.',
      en: 'A unit of work a server runs: an application, a service or a batch job that uses CPU and memory. Isolation is the question of where the boundary between workloads lies.',
    },
    explainedIn: [
      {
        chapter: 'isolation-spectrum',
        anchor: {
          ko: '이분법-대신-스펙트럼',
          en: 'a-spectrum-not-a-binary',
        },
        section: {
          ko: '이분법 대신 스펙트럼',
          en: 'A spectrum, not a binary',
        },
      },
    ],
  },
  {
    id: 'blob',
    group: 'images',
    ko: '블롭',
    koGloss: 'blob',
    en: 'blob',
    variants: ['blobs', '블랍'],
    avoid: [],
    definition: {
      ko: '레지스트리가 다이제스트를 이름 삼아 저장하고 내주는 바이트 덩어리. 이미지의 레이어와 설정이 블롭으로 오가며, 내용이 같으면 다이제스트도 같아 한 번만 저장된다.',
      en: 'A run of bytes a registry stores and serves under its digest. Image layers and the config travel as blobs; identical content has the same digest and is stored once.',
    },
    explainedIn: [
      {
        chapter: 'images',
        anchor: {
          ko: '다이제스트와-콘텐츠-주소-지정',
          en: 'digests-and-content-addressing',
        },
        section: {
          ko: '다이제스트와 콘텐츠 주소 지정',
          en: 'Digests and content addressing',
        },
      },
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: '레지스트리와-oci-배포-명세',
          en: 'registries-and-the-oci-distribution-spec',
        },
        section: {
          ko: '레지스트리와 OCI 배포 명세',
          en: 'Registries and the OCI Distribution Spec',
        },
      },
    ],
  },
  {
    id: 'image-store',
    group: 'docker',
    ko: '이미지 스토어',
    koGloss: 'image store',
    en: 'image store',
    variants: ['containerd image store', 'containerd 이미지 스토어', '이미지스토어'],
    avoid: ['이미지 저장소'],
    definition: {
      ko: '내려받은 이미지의 블롭과 메타데이터를 두는 곳. containerd 이미지 스토어를 쓰는 Docker Engine은 이미지를 containerd에 맡기고, 레이어는 스냅샷터가 풀어 놓는다. 이 핸드북에서 저장소는 repository만 뜻한다.',
      en: 'Where pulled images keep their blobs and metadata. A Docker Engine that uses the containerd image store leaves images to containerd, and a snapshotter unpacks the layers. In the Korean edition, <span lang="ko">저장소</span> means only repository.',
    },
    explainedIn: [
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: 'dockerd와-containerd',
          en: 'dockerd-and-containerd',
        },
        section: {
          ko: 'dockerd와 containerd',
          en: 'dockerd and containerd',
        },
      },
      {
        chapter: 'storage',
        anchor: {
          ko: 'overlay2에서-containerd-이미지-스토어로',
          en: 'from-overlay2-to-the-containerd-image-store',
        },
        section: {
          ko: 'overlay2에서 containerd 이미지 스토어로',
          en: 'From overlay2 to the containerd image store',
        },
      },
    ],
  },
  {
    id: 'storage-driver',
    group: 'images',
    ko: '스토리지 드라이버',
    koGloss: 'storage driver',
    en: 'storage driver',
    variants: ['graph driver', 'graphdriver', 'overlay2 드라이버', '저장소 드라이버'],
    avoid: [],
    definition: {
      ko: 'Docker Engine이 이미지 레이어와 쓰기 가능 레이어를 디스크에 쌓는 방식을 정하는 부품. 리눅스에서는 overlay2가 기본이며, containerd 이미지 스토어를 쓰면 같은 일을 스냅샷터가 맡는다.',
      en: 'The Docker Engine component that decides how image layers and the writable layer are stacked on disk. overlay2 is the default on Linux; with the containerd image store a snapshotter does the same job.',
    },
    explainedIn: [
      {
        chapter: 'images',
        anchor: {
          ko: '유니언-파일-시스템과-카피-온-라이트',
          en: 'union-filesystems-and-copy-on-write',
        },
        section: {
          ko: '유니언 파일 시스템과 카피 온 라이트',
          en: 'Union filesystems and copy-on-write',
        },
      },
      {
        chapter: 'storage',
        anchor: {
          ko: '스토리지-드라이버와-스냅샷터',
          en: 'storage-drivers-and-snapshotters',
        },
        section: {
          ko: '스토리지 드라이버와 스냅샷터',
          en: 'Storage drivers and snapshotters',
        },
      },
    ],
  },
  {
    id: 'privileged-container',
    group: 'isolation',
    ko: '특권 컨테이너',
    koGloss: 'privileged container',
    en: 'privileged container',
    variants: ['--privileged', 'privileged mode', '특권 모드 컨테이너'],
    avoid: [],
    definition: {
      ko: '`--privileged` 옵션으로 실행해 거의 모든 케이퍼빌리티와 호스트 장치 접근을 받고 seccomp와 AppArmor 제한이 풀린 컨테이너. 격리가 크게 약해지므로 호스트 `root`에 가까운 권한으로 보아야 한다.',
      en: 'A container started with `--privileged`: it gets nearly all capabilities and access to host devices, and seccomp and AppArmor restrictions are lifted. Isolation is much weaker; treat it as close to `root` on the host.',
    },
    explainedIn: [
      {
        chapter: 'containers',
        anchor: {
          ko: '보안-계층',
          en: 'security-layers',
        },
        section: {
          ko: '보안 계층',
          en: 'Security layers',
        },
      },
    ],
  },
  {
    id: 'defense-in-depth',
    group: 'isolation',
    ko: '심층 방어',
    koGloss: 'defense in depth',
    en: 'defense in depth',
    variants: ['다층 방어', 'defence in depth', 'layered security'],
    avoid: [],
    definition: {
      ko: '한 겹이 뚫려도 다음 겹이 막도록 보호 장치를 여러 겹 쌓는 원칙. 컨테이너에서는 네임스페이스, 케이퍼빌리티, seccomp, 리눅스 보안 모듈, 사용자 네임스페이스가 그런 겹이다.',
      en: 'Stacking several protections so that when one fails the next still holds. For containers the layers are namespaces, capabilities, seccomp, Linux Security Modules and user namespaces.',
    },
    explainedIn: [
      {
        chapter: 'containers',
        anchor: {
          ko: '보안-계층',
          en: 'security-layers',
        },
        section: {
          ko: '보안 계층',
          en: 'Security layers',
        },
      },
    ],
  },
  {
    id: 'speculative-execution',
    group: 'isolation',
    ko: '추측 실행',
    koGloss: 'speculative execution',
    en: 'speculative execution',
    variants: ['투기적 실행', '예측 실행', 'spectre', 'meltdown'],
    avoid: ['투기적 실행'],
    definition: {
      ko: 'CPU가 분기 결과나 권한 검사를 기다리지 않고 뒤의 명령을 미리 실행해 두는 최적화. 되돌린 실행의 흔적이 캐시에 남아 Spectre나 Meltdown 같은 사이드 채널 공격의 통로가 된다.',
      en: 'A CPU optimization that runs later instructions before a branch or a permission check is resolved. Traces of the discarded work stay in the caches, which Spectre- and Meltdown-style side-channel attacks read.',
    },
    explainedIn: [
      {
        chapter: 'isolation-spectrum',
        anchor: {
          ko: '보안-경계는-실제로-어디에-있나',
          en: 'where-the-security-boundary-really-is',
        },
        section: {
          ko: '보안 경계는 실제로 어디에 있나',
          en: 'Where the security boundary really is',
        },
      },
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: '강점과-비용',
          en: 'strengths-and-costs',
        },
        section: {
          ko: '강점과 비용',
          en: 'Strengths and costs',
        },
      },
    ],
  },
  {
    id: 'node',
    group: 'docker',
    ko: '노드',
    koGloss: 'node',
    en: 'node',
    variants: ['워커 노드', 'worker node', 'nodes'],
    avoid: [],
    definition: {
      ko: '쿠버네티스 클러스터에서 파드를 실행하는 기계 하나. 물리 서버일 수도 VM일 수도 있고, 노드마다 kubelet과 컨테이너 런타임이 돈다.',
      en: 'One machine in a Kubernetes cluster that runs pods, either a physical server or a VM. Each node runs the kubelet and a container runtime.',
    },
    explainedIn: [
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: '도커-밖의-선택지-podman과-쿠버네티스',
          en: 'beyond-docker-podman-and-kubernetes',
        },
        section: {
          ko: '도커 밖의 선택지: Podman과 쿠버네티스',
          en: 'Beyond Docker: Podman and Kubernetes',
        },
      },
    ],
  },
  {
    id: 'runtimeclass',
    group: 'isolation',
    ko: '런타임클래스',
    koGloss: 'RuntimeClass',
    en: 'RuntimeClass',
    variants: ['런타임 클래스', 'runtime class', 'runtimeClassName'],
    avoid: ['런타임 클래스'],
    definition: {
      ko: '파드가 쓸 컨테이너 런타임 설정을 고르는 쿠버네티스 리소스. runc 대신 Kata Containers나 gVisor로 파드를 돌릴 때 파드 명세에서 이름으로 고른다.',
      en: 'The Kubernetes resource that picks the container runtime configuration a pod uses. A pod names one to run under Kata Containers or gVisor instead of runc.',
    },
    explainedIn: [
      {
        chapter: 'isolation-spectrum',
        anchor: {
          ko: 'kata-containers-파드마다-가벼운-vm',
          en: 'kata-containers-a-lightweight-vm-per-pod',
        },
        section: {
          ko: 'Kata Containers: 파드마다 가벼운 VM',
          en: 'Kata Containers: a lightweight VM per pod',
        },
      },
    ],
  },
  {
    id: 'bundle',
    group: 'docker',
    ko: '번들',
    koGloss: 'bundle',
    en: 'bundle (OCI)',
    variants: ['OCI 번들', 'oci bundle', 'config.json', 'runtime bundle'],
    avoid: [],
    definition: {
      ko: 'OCI 런타임 명세가 정한 런타임의 입력. 루트 파일 시스템 디렉터리와 그 옆의 `config.json`으로 이루어지며, runc는 번들 하나를 받아 컨테이너 하나를 만든다.',
      en: 'The input of a runtime as the OCI runtime specification defines it: a root filesystem directory plus a `config.json` beside it. runc turns one bundle into one container.',
    },
    explainedIn: [
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: 'shim과-runc-데몬-없는-컨테이너',
          en: 'the-shim-and-runc-daemonless-containers',
        },
        section: {
          ko: 'shim과 runc: 데몬 없는 컨테이너',
          en: 'The shim and runc: daemonless containers',
        },
      },
    ],
  },
  {
    id: 'task',
    group: 'docker',
    ko: '태스크',
    koGloss: 'task, containerd',
    en: 'task (containerd)',
    variants: ['containerd task', 'tasks'],
    avoid: [],
    definition: {
      ko: 'containerd에서 컨테이너의 메타데이터와 따로 다루는, 실제로 실행 중인 프로세스 쪽 객체. 컨테이너를 만든 뒤 태스크를 시작해야 프로세스가 돈다.',
      en: "In containerd, the object for the running process, kept apart from the container's metadata. A container runs only once a task is started for it.",
    },
    explainedIn: [
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: 'dockerd와-containerd',
          en: 'dockerd-and-containerd',
        },
        section: {
          ko: 'dockerd와 containerd',
          en: 'dockerd and containerd',
        },
      },
    ],
  },
  {
    id: 'specification',
    group: 'docker',
    ko: '명세',
    koGloss: 'specification',
    en: 'specification',
    variants: [
      'spec',
      'OCI 명세',
      'oci spec',
      '스펙',
      'OCI 런타임 명세',
      'OCI 이미지 명세',
      'runtime spec',
      'image spec',
    ],
    avoid: ['규격', 'OCI 스펙', '런타임 스펙'],
    definition: {
      ko: '여러 구현이 같은 형식과 동작을 따르도록 글로 정한 문서. OCI는 런타임, 이미지, 배포의 세 명세를 관리한다. 이 핸드북은 specification을 ‘규격’이나 ‘스펙’이 아니라 명세로 적는다.',
      en: 'A written definition of a format and behaviour that several implementations follow. The OCI maintains three: the runtime, image and distribution specifications. The Korean edition always writes <span lang="ko">명세</span>.',
    },
    explainedIn: [
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: 'oci의-세-명세',
          en: 'the-three-oci-specifications',
        },
        section: {
          ko: 'OCI의 세 명세',
          en: 'The three OCI specifications',
        },
      },
    ],
  },
  {
    id: 'docker-engine',
    group: 'docker',
    ko: 'Docker Engine',
    koGloss: null,
    en: 'Docker Engine',
    variants: ['도커 엔진', '도커엔진', 'docker engine', 'docker-ce', 'moby'],
    avoid: ['도커 엔진', '도커엔진'],
    definition: {
      ko: '도커의 서버 쪽 제품. 데몬 `dockerd`와 그 API, 그리고 `dockerd`가 부리는 containerd와 runc로 이루어진다. Docker Desktop은 이것을 리눅스 VM 안에서 돌린다.',
      en: "Docker's server side: the `dockerd` daemon and its API, plus the containerd and runc it drives. Docker Desktop runs it inside a Linux VM.",
    },
    explainedIn: [
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: '클라이언트와-docker-engine-api',
          en: 'the-client-and-the-docker-engine-api',
        },
        section: {
          ko: '클라이언트와 Docker Engine API',
          en: 'The client and the Docker Engine API',
        },
      },
    ],
  },
  {
    id: 'docker-hub',
    group: 'images',
    ko: 'Docker Hub',
    koGloss: null,
    en: 'Docker Hub',
    variants: ['도커 허브', '도커허브', 'docker.io', 'hub.docker.com'],
    avoid: ['도커 허브', '도커허브'],
    definition: {
      ko: 'Docker가 운영하는 공개 레지스트리. 이미지 이름에 레지스트리가 없으면 `docker.io`, 곧 Docker Hub로 풀이된다.',
      en: 'The public registry Docker runs. An image name without a registry resolves to `docker.io`, that is, Docker Hub.',
    },
    explainedIn: [
      {
        chapter: 'images',
        anchor: {
          ko: '이미지-이름의-실제-형식',
          en: 'the-real-format-of-an-image-name',
        },
        section: {
          ko: '이미지 이름의 실제 형식',
          en: 'The real format of an image name',
        },
      },
    ],
  },
  {
    id: 'docker-desktop',
    group: 'docker',
    ko: 'Docker Desktop',
    koGloss: null,
    en: 'Docker Desktop',
    variants: ['도커 데스크톱', '도커 데스크탑', 'docker for mac', 'wsl', 'wsl 2'],
    avoid: ['도커 데스크톱', '도커 데스크탑'],
    definition: {
      ko: 'macOS와 윈도우에서 리눅스 VM 하나를 띄우고 그 안에서 Docker Engine을 돌리는 데스크톱 앱. 컨테이너는 호스트가 아니라 그 VM의 리눅스 커널을 쓴다.',
      en: "The desktop app that starts one Linux VM on macOS or Windows and runs Docker Engine inside it. Containers use that VM's Linux kernel, not the host's.",
    },
    explainedIn: [
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: 'macos와-윈도우의-docker-desktop',
          en: 'docker-desktop-on-macos-and-windows',
        },
        section: {
          ko: 'macOS와 윈도우의 Docker Desktop',
          en: 'Docker Desktop on macOS and Windows',
        },
      },
    ],
  },
  {
    id: 'network-namespace',
    group: 'networking',
    ko: '네트워크 네임스페이스',
    koGloss: 'network namespace',
    en: 'network namespace',
    variants: ['netns', 'net namespace', '넷 네임스페이스'],
    avoid: [],
    definition: {
      ko: '인터페이스, 라우팅 테이블, 방화벽 규칙, 포트 공간을 따로 갖게 하는 리눅스 네임스페이스. 컨테이너는 저마다 하나를 받아 자기만의 네트워크 스택을 본다.',
      en: 'The Linux namespace that gives a process its own interfaces, routing table, firewall rules and port space. Each container gets one and sees a network stack of its own.',
    },
    explainedIn: [
      {
        chapter: 'networking',
        anchor: {
          ko: '네트워크-네임스페이스와-veth-쌍',
          en: 'network-namespaces-and-veth-pairs',
        },
        section: {
          ko: '네트워크 네임스페이스와 veth 쌍',
          en: 'Network namespaces and veth pairs',
        },
      },
      {
        chapter: 'containers',
        anchor: {
          ko: '네임스페이스-무엇을-볼-수-있는가',
          en: 'namespaces-what-a-process-can-see',
        },
        section: {
          ko: '네임스페이스: 무엇을 볼 수 있는가',
          en: 'Namespaces: what a process can see',
        },
      },
    ],
  },
  {
    id: 'veth',
    group: 'networking',
    ko: 'veth 쌍',
    koGloss: 'veth pair',
    en: 'veth pair',
    variants: ['veth', 'virtual ethernet', '가상 이더넷'],
    avoid: [],
    definition: {
      ko: '한쪽에 들어간 패킷이 다른 쪽으로 나오는 가상 이더넷 인터페이스 한 쌍. 한 끝은 컨테이너의 네트워크 네임스페이스에, 다른 끝은 호스트의 브리지에 꽂는다.',
      en: "Two virtual Ethernet interfaces joined so that a packet entering one leaves the other. One end goes into the container's network namespace, the other into a bridge on the host.",
    },
    explainedIn: [
      {
        chapter: 'networking',
        anchor: {
          ko: '네트워크-네임스페이스와-veth-쌍',
          en: 'network-namespaces-and-veth-pairs',
        },
        section: {
          ko: '네트워크 네임스페이스와 veth 쌍',
          en: 'Network namespaces and veth pairs',
        },
      },
    ],
  },
  {
    id: 'bridge',
    group: 'networking',
    ko: '브리지',
    koGloss: 'bridge',
    en: 'bridge',
    variants: ['docker0', '브릿지', 'bridge network', '브리지 네트워크', 'linux bridge'],
    avoid: [],
    definition: {
      ko: '여러 인터페이스를 한 이더넷 세그먼트로 잇는 리눅스 커널의 소프트웨어 스위치. 도커의 기본 네트워크는 호스트의 `docker0` 브리지에 컨테이너의 veth를 꽂는다.',
      en: "A software switch in the Linux kernel that joins interfaces into one Ethernet segment. Docker's default network plugs each container's veth into the host's `docker0` bridge.",
    },
    explainedIn: [
      {
        chapter: 'networking',
        anchor: {
          ko: '브리지와-nat-기본-경로',
          en: 'the-bridge-and-nat-the-default-path',
        },
        section: {
          ko: '브리지와 NAT: 기본 경로',
          en: 'The bridge and NAT: the default path',
        },
      },
    ],
  },
  {
    id: 'nat',
    group: 'networking',
    ko: 'NAT',
    koGloss: 'network address translation',
    en: 'NAT (network address translation)',
    variants: ['네트워크 주소 변환', '마스커레이드', 'masquerade', 'dnat', 'snat', 'iptables', 'nftables'],
    avoid: [],
    definition: {
      ko: '패킷의 주소와 포트를 바꿔 쓰는 일. 브리지 네트워크의 컨테이너가 밖으로 나갈 때는 출발지를 호스트 주소로 바꾸고(마스커레이드), 포트 공개로 들어올 때는 목적지를 컨테이너 주소로 바꾼다.',
      en: "Rewriting the addresses and ports of packets. Traffic leaving a bridge-network container gets the host's address as its source (masquerading); traffic arriving on a published port gets the container's address as its destination.",
    },
    explainedIn: [
      {
        chapter: 'networking',
        anchor: {
          ko: '브리지와-nat-기본-경로',
          en: 'the-bridge-and-nat-the-default-path',
        },
        section: {
          ko: '브리지와 NAT: 기본 경로',
          en: 'The bridge and NAT: the default path',
        },
      },
    ],
  },
  {
    id: 'port-publishing',
    group: 'networking',
    ko: '포트 공개',
    koGloss: 'port publishing',
    en: 'port publishing',
    variants: [
      '포트 게시',
      '포트 포워딩',
      '포트 매핑',
      '포트 공개',
      'port forwarding',
      'port mapping',
      '-p',
      'publish',
    ],
    avoid: [],
    definition: {
      ko: '`-p 8080:80`처럼 호스트의 포트를 컨테이너의 포트에 이어 밖에서 들어오게 하는 일. 도커는 NAT 규칙과 docker-proxy로 이를 구현한다.',
      en: 'Connecting a host port to a container port, as `-p 8080:80` does, so that traffic from outside reaches the container. Docker implements it with NAT rules and docker-proxy.',
    },
    explainedIn: [
      {
        chapter: 'networking',
        anchor: {
          ko: '포트-공개--p가-실제로-하는-일',
          en: 'port-publishing-what--p-really-does',
        },
        section: {
          ko: '포트 공개: -p가 실제로 하는 일',
          en: 'Port publishing: what -p really does',
        },
      },
    ],
  },
  {
    id: 'docker-proxy',
    group: 'networking',
    ko: 'docker-proxy',
    koGloss: null,
    en: 'docker-proxy',
    variants: ['userland proxy', 'userland-proxy', '유저랜드 프록시'],
    avoid: [],
    definition: {
      ko: '공개한 포트마다 Docker Engine이 띄우는 사용자 공간 프록시 프로세스. NAT 규칙이 닿지 않는 경로(예: 호스트 자신의 루프백 주소)로 온 연결을 컨테이너로 넘기며, `userland-proxy` 설정으로 끌 수 있다.',
      en: "A user-space proxy process Docker Engine starts for each published port. It forwards connections that NAT rules do not catch, such as those to the host's own loopback address; the `userland-proxy` setting turns it off.",
    },
    explainedIn: [
      {
        chapter: 'networking',
        anchor: {
          ko: 'docker-proxy는-언제-일하나',
          en: 'when-docker-proxy-does-the-work',
        },
        section: {
          ko: 'docker-proxy는 언제 일하나',
          en: 'When docker-proxy does the work',
        },
      },
    ],
  },
  {
    id: 'embedded-dns',
    group: 'networking',
    ko: '내장 DNS',
    koGloss: 'embedded DNS',
    en: 'embedded DNS server',
    variants: ['127.0.0.11', '내장 dns 서버', 'docker dns', '서비스 디스커버리'],
    avoid: [],
    definition: {
      ko: '사용자 정의 네트워크의 컨테이너에 Docker Engine이 `127.0.0.11`에서 제공하는 DNS 서버. 같은 네트워크에 있는 컨테이너의 이름을 주소로 풀어 준다.',
      en: 'The DNS server Docker Engine provides at `127.0.0.11` to containers on user-defined networks. It resolves the names of containers on the same network to their addresses.',
    },
    explainedIn: [
      {
        chapter: 'networking',
        anchor: {
          ko: '이름-풀이-1270011의-내장-dns',
          en: 'name-resolution-the-embedded-dns-at-1270011',
        },
        section: {
          ko: '이름 풀이: 127.0.0.11의 내장 DNS',
          en: 'Name resolution: the embedded DNS at 127.0.0.11',
        },
      },
    ],
  },
  {
    id: 'overlay-network',
    group: 'networking',
    ko: '오버레이 네트워크',
    koGloss: 'overlay network',
    en: 'overlay network',
    variants: ['vxlan', 'overlay driver', 'swarm overlay'],
    avoid: [],
    definition: {
      ko: '여러 호스트에 흩어진 컨테이너를 VXLAN 같은 터널로 한 네트워크처럼 잇는 방식. 도커의 overlay 드라이버가 예다. 이미지의 overlay2 파일 시스템과는 관계가 없다.',
      en: "A network that joins containers on several hosts through tunnels such as VXLAN, as Docker's overlay driver does. Unrelated to the overlay2 filesystem of images.",
    },
    explainedIn: [
      {
        chapter: 'networking',
        anchor: {
          ko: '드라이버-bridge-말고-무엇이-있나',
          en: 'drivers-beyond-bridge',
        },
        section: {
          ko: '드라이버: bridge 말고 무엇이 있나',
          en: 'Drivers: beyond bridge',
        },
      },
    ],
  },
  {
    id: 'macvlan-ipvlan',
    group: 'networking',
    ko: 'macvlan과 ipvlan',
    koGloss: null,
    en: 'macvlan and ipvlan',
    variants: ['macvlan', 'ipvlan'],
    avoid: [],
    definition: {
      ko: '컨테이너에 호스트 물리 인터페이스의 네트워크 주소를 직접 주는 네트워크 드라이버. macvlan은 컨테이너마다 MAC 주소를 따로 주고, ipvlan은 호스트의 MAC 주소 하나를 함께 쓴다.',
      en: "Network drivers that put containers directly on the host interface's network. macvlan gives each container its own MAC address; ipvlan shares the host's one MAC address.",
    },
    explainedIn: [
      {
        chapter: 'networking',
        anchor: {
          ko: '드라이버-bridge-말고-무엇이-있나',
          en: 'drivers-beyond-bridge',
        },
        section: {
          ko: '드라이버: bridge 말고 무엇이 있나',
          en: 'Drivers: beyond bridge',
        },
      },
    ],
  },
  {
    id: 'slirp4netns-pasta',
    group: 'networking',
    ko: 'slirp4netns와 pasta',
    koGloss: null,
    en: 'slirp4netns and pasta',
    variants: ['slirp4netns', 'pasta', 'passt', '루트리스 네트워크', 'rootless networking'],
    avoid: [],
    definition: {
      ko: '루트리스 컨테이너의 네트워크를 사용자 공간에서 만들어 주는 도구. `root` 권한 없이 쓸 수 있는 대신 커널만 거치는 경로보다 느리다. pasta는 passt 프로젝트의 도구로, Podman 5부터 기본이다.',
      en: "Tools that provide rootless containers with networking from user space. They need no `root` privileges but are slower than a path through the kernel alone. pasta comes from the passt project and is Podman 5's default.",
    },
    explainedIn: [
      {
        chapter: 'networking',
        anchor: {
          ko: '루트리스-네트워킹',
          en: 'rootless-networking',
        },
        section: {
          ko: '루트리스 네트워킹',
          en: 'Rootless networking',
        },
      },
      {
        chapter: 'isolation-spectrum',
        anchor: {
          ko: '루트리스-컨테이너-무엇을-막고-무엇을-못-막나',
          en: 'rootless-containers-what-they-stop-and-what-they-dont',
        },
        section: {
          ko: '루트리스 컨테이너: 무엇을 막고 무엇을 못 막나',
          en: 'Rootless containers: what they stop and what they dont',
        },
      },
    ],
  },
  {
    id: 'tap-device',
    group: 'networking',
    ko: 'tap 장치',
    koGloss: 'tap device',
    en: 'tap device',
    variants: ['tap', 'tun/tap', 'tuntap', '탭 장치'],
    avoid: [],
    definition: {
      ko: '사용자 공간 프로그램이 이더넷 프레임을 직접 읽고 쓰는 가상 네트워크 인터페이스. QEMU 같은 VMM은 게스트의 가상 NIC를 호스트의 tap 장치에 잇는다.',
      en: "A virtual network interface whose Ethernet frames a user-space program reads and writes. VMMs such as QEMU connect a guest's virtual NIC to a tap device on the host.",
    },
    explainedIn: [
      {
        chapter: 'networking',
        anchor: {
          ko: 'vm은-네트워크를-어떻게-받나',
          en: 'how-a-vm-gets-its-network',
        },
        section: {
          ko: 'VM은 네트워크를 어떻게 받나',
          en: 'How a VM gets its network',
        },
      },
    ],
  },
  {
    id: 'virtio-net',
    group: 'networking',
    ko: 'virtio-net',
    koGloss: null,
    en: 'virtio-net',
    variants: ['virtio net', 'virtio 네트워크'],
    avoid: [],
    definition: {
      ko: 'virtio 방식의 반가상화 네트워크 장치. 게스트의 드라이버와 호스트의 백엔드가 virtqueue로 패킷을 주고받는다.',
      en: 'The paravirtualized virtio network device. The guest driver and the host backend exchange packets through virtqueues.',
    },
    explainedIn: [
      {
        chapter: 'networking',
        anchor: {
          ko: 'vm은-네트워크를-어떻게-받나',
          en: 'how-a-vm-gets-its-network',
        },
        section: {
          ko: 'VM은 네트워크를 어떻게 받나',
          en: 'How a VM gets its network',
        },
      },
      {
        chapter: 'hypervisors',
        anchor: {
          ko: 'virtio와-vhost',
          en: 'virtio-and-vhost',
        },
        section: {
          ko: 'virtio와 vhost',
          en: 'virtio and vhost',
        },
      },
    ],
  },
  {
    id: 'vhost-net',
    group: 'networking',
    ko: 'vhost-net',
    koGloss: null,
    en: 'vhost-net',
    variants: ['vhost', 'vhost net'],
    avoid: [],
    definition: {
      ko: 'virtio-net의 데이터 경로를 QEMU 대신 호스트 커널이 처리하게 하는 커널 모듈. 패킷마다 사용자 공간을 오가는 비용을 줄인다.',
      en: "A kernel module that moves virtio-net's data path from QEMU into the host kernel, saving a trip through user space for every packet.",
    },
    explainedIn: [
      {
        chapter: 'networking',
        anchor: {
          ko: 'vm은-네트워크를-어떻게-받나',
          en: 'how-a-vm-gets-its-network',
        },
        section: {
          ko: 'VM은 네트워크를 어떻게 받나',
          en: 'How a VM gets its network',
        },
      },
      {
        chapter: 'hypervisors',
        anchor: {
          ko: 'virtio와-vhost',
          en: 'virtio-and-vhost',
        },
        section: {
          ko: 'virtio와 vhost',
          en: 'virtio and vhost',
        },
      },
    ],
  },
  {
    id: 'sr-iov',
    group: 'networking',
    ko: 'SR-IOV',
    koGloss: 'single root I/O virtualization',
    en: 'SR-IOV (single root I/O virtualization)',
    variants: ['sriov', 'sr iov'],
    avoid: [],
    definition: {
      ko: 'PCIe 장치 하나를 여러 가상 기능(VF)으로 나눠 VM마다 직접 할당하게 하는 표준. 데이터 경로에서 하이퍼바이저가 빠진다.',
      en: 'The PCIe standard that splits one device into several virtual functions (VFs), each assigned directly to a VM, which takes the hypervisor out of the data path.',
    },
    explainedIn: [
      {
        chapter: 'networking',
        anchor: {
          ko: 'vm은-네트워크를-어떻게-받나',
          en: 'how-a-vm-gets-its-network',
        },
        section: {
          ko: 'VM은 네트워크를 어떻게 받나',
          en: 'How a VM gets its network',
        },
      },
      {
        chapter: 'hypervisors',
        anchor: {
          ko: 'virtio와-vhost',
          en: 'virtio-and-vhost',
        },
        section: {
          ko: 'virtio와 vhost',
          en: 'virtio and vhost',
        },
      },
    ],
  },
  {
    id: 'volume',
    group: 'storage',
    ko: '볼륨',
    koGloss: 'volume',
    en: 'volume',
    variants: ['도커 볼륨', 'docker volume', 'named volume', '이름 있는 볼륨', 'volumes'],
    avoid: [],
    definition: {
      ko: 'Docker Engine이 관리하는, 컨테이너의 쓰기 가능 레이어 밖의 저장 공간. 컨테이너를 지워도 남고, 여러 컨테이너가 함께 마운트할 수 있다.',
      en: "Storage managed by Docker Engine outside a container's writable layer. It outlives the container and several containers can mount it.",
    },
    explainedIn: [
      {
        chapter: 'storage',
        anchor: {
          ko: '볼륨',
          en: 'volumes',
        },
        section: {
          ko: '볼륨',
          en: 'Volumes',
        },
      },
    ],
  },
  {
    id: 'bind-mount',
    group: 'storage',
    ko: '바인드 마운트',
    koGloss: 'bind mount',
    en: 'bind mount',
    variants: ['bind', '-v', '바인드마운트', 'bind mounts', '호스트 디렉터리 마운트'],
    avoid: [],
    definition: {
      ko: '호스트의 파일이나 디렉터리를 컨테이너 안의 경로에 그대로 마운트하는 일. 내용과 소유권이 호스트의 것이어서, 편한 만큼 컨테이너가 호스트와 얽힌다.',
      en: "Mounting a host file or directory at a path inside the container as it is. Contents and ownership are the host's, so the convenience ties the container to the host.",
    },
    explainedIn: [
      {
        chapter: 'storage',
        anchor: {
          ko: '바인드-마운트',
          en: 'bind-mounts',
        },
        section: {
          ko: '바인드 마운트',
          en: 'Bind mounts',
        },
      },
    ],
  },
  {
    id: 'tmpfs-mount',
    group: 'storage',
    ko: 'tmpfs 마운트',
    koGloss: 'tmpfs mount',
    en: 'tmpfs mount',
    variants: ['tmpfs', '메모리 파일 시스템'],
    avoid: [],
    definition: {
      ko: '메모리에만 있는 파일 시스템을 컨테이너에 마운트하는 일. 컨테이너가 멈추면 내용이 사라지고 디스크의 파일로 남지 않는다.',
      en: 'Mounting a memory-backed filesystem into a container. Its contents vanish when the container stops and are never kept as files on disk.',
    },
    explainedIn: [
      {
        chapter: 'storage',
        anchor: {
          ko: 'tmpfs-마운트',
          en: 'tmpfs-mounts',
        },
        section: {
          ko: 'tmpfs 마운트',
          en: 'tmpfs mounts',
        },
      },
    ],
  },
  {
    id: 'qcow2',
    group: 'storage',
    ko: 'qcow2',
    koGloss: 'QEMU copy-on-write version 2',
    en: 'qcow2',
    variants: ['qcow', 'qcow2 이미지', '디스크 이미지', 'disk image', 'vmdk', 'raw image'],
    avoid: [],
    definition: {
      ko: 'QEMU의 디스크 이미지 형식. 쓴 만큼만 파일이 커지고, 백킹 파일 위에 바뀐 블록만 쌓거나 내부 스냅샷을 둘 수 있다.',
      en: "QEMU's disk image format. The file grows only as blocks are written, and it can hold only the changes on top of a backing file or keep internal snapshots.",
    },
    explainedIn: [
      {
        chapter: 'storage',
        anchor: {
          ko: 'qcow2-필요할-때-할당하는-형식',
          en: 'qcow2-allocate-on-demand',
        },
        section: {
          ko: 'qcow2: 필요할 때 할당하는 형식',
          en: 'qcow2: allocate on demand',
        },
      },
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: '이미지-스냅샷-라이브-마이그레이션',
          en: 'images-snapshots-and-live-migration',
        },
        section: {
          ko: '이미지, 스냅샷, 라이브 마이그레이션',
          en: 'Images, snapshots and live migration',
        },
      },
    ],
  },
  {
    id: 'backing-file',
    group: 'storage',
    ko: '백킹 파일',
    koGloss: 'backing file',
    en: 'backing file',
    variants: ['backing image', '베이스 이미지', 'base image', '백ing'],
    avoid: [],
    definition: {
      ko: 'qcow2 이미지가 읽기 전용 바탕으로 삼는 다른 디스크 이미지. 바뀐 블록만 위의 이미지에 쓰므로 여러 VM이 바탕 하나를 나눠 쓸 수 있고, 연결 복제가 이렇게 만들어진다.',
      en: 'Another disk image that a qcow2 image uses as its read-only base. Only changed blocks are written to the image on top, so many VMs can share one base; linked clones are built this way.',
    },
    explainedIn: [
      {
        chapter: 'storage',
        anchor: {
          ko: '백킹-파일과-오버레이-체인',
          en: 'backing-files-and-overlay-chains',
        },
        section: {
          ko: '백킹 파일과 오버레이 체인',
          en: 'Backing files and overlay chains',
        },
      },
      {
        chapter: 'virtual-machines',
        anchor: {
          ko: '이미지-스냅샷-라이브-마이그레이션',
          en: 'images-snapshots-and-live-migration',
        },
        section: {
          ko: '이미지, 스냅샷, 라이브 마이그레이션',
          en: 'Images, snapshots and live migration',
        },
      },
    ],
  },
  {
    id: 'virtio-blk-scsi',
    group: 'storage',
    ko: 'virtio-blk와 virtio-scsi',
    koGloss: null,
    en: 'virtio-blk and virtio-scsi',
    variants: ['virtio-blk', 'virtio-scsi', 'virtio 디스크', 'virtio disk'],
    avoid: [],
    definition: {
      ko: 'virtio 방식의 가상 디스크 장치 두 가지. virtio-blk는 단순한 블록 장치이고, virtio-scsi는 SCSI 컨트롤러 하나에 디스크를 많이 달고 SCSI 명령을 그대로 넘길 수 있다.',
      en: 'The two virtio disk devices. virtio-blk is a plain block device; virtio-scsi is a SCSI controller that takes many disks and can pass SCSI commands through.',
    },
    explainedIn: [
      {
        chapter: 'storage',
        anchor: {
          ko: 'virtio-blk와-virtio-scsi',
          en: 'virtio-blk-and-virtio-scsi',
        },
        section: {
          ko: 'virtio-blk와 virtio-scsi',
          en: 'virtio-blk and virtio-scsi',
        },
      },
    ],
  },
  {
    id: 'cache-mode',
    group: 'storage',
    ko: '캐시 모드',
    koGloss: 'cache mode',
    en: 'cache mode',
    variants: ['cache=none', 'writeback', 'writethrough', '디스크 캐시', 'disk cache'],
    avoid: [],
    definition: {
      ko: 'VMM이 게스트의 디스크 쓰기를 호스트 페이지 캐시에 어떻게 맡길지 정하는 설정. QEMU의 `none`, `writeback`, `writethrough`, `unsafe` 같은 값이 성능과 정전 때의 안전을 맞바꾼다.',
      en: "The setting that decides how a VMM passes a guest's disk writes through the host page cache. QEMU's values such as `none`, `writeback`, `writethrough` and `unsafe` trade speed against safety when power fails.",
    },
    explainedIn: [
      {
        chapter: 'storage',
        anchor: {
          ko: '캐시-모드와-io-경로',
          en: 'cache-modes-and-the-io-path',
        },
        section: {
          ko: '캐시 모드와 I/O 경로',
          en: 'Cache modes and the I/O path',
        },
      },
    ],
  },
  {
    id: 'kata-containers',
    group: 'isolation',
    ko: 'Kata Containers',
    koGloss: null,
    en: 'Kata Containers',
    variants: ['카타 컨테이너', '카타', 'kata', 'kata-containers'],
    avoid: [],
    definition: {
      ko: '컨테이너마다, 쿠버네티스에서는 파드마다 가벼운 VM을 하나씩 띄워 그 안에서 컨테이너를 돌리는 런타임. 겉으로는 OCI 런타임처럼 쓰이지만 경계는 하이퍼바이저가 맡는다.',
      en: 'A runtime that starts a lightweight VM per container, or per pod under Kubernetes, and runs the containers inside it. It is used like an OCI runtime, but the boundary is the hypervisor.',
    },
    explainedIn: [
      {
        chapter: 'isolation-spectrum',
        anchor: {
          ko: 'kata-containers-파드마다-가벼운-vm',
          en: 'kata-containers-a-lightweight-vm-per-pod',
        },
        section: {
          ko: 'Kata Containers: 파드마다 가벼운 VM',
          en: 'Kata Containers: a lightweight VM per pod',
        },
      },
    ],
  },
  {
    id: 'gvisor',
    group: 'isolation',
    ko: 'gVisor',
    koGloss: null,
    en: 'gVisor',
    variants: ['지바이저', 'g바이저', 'runsc', 'gvisor'],
    avoid: [],
    definition: {
      ko: '컨테이너의 시스템 콜을 호스트 커널 대신 사용자 공간의 애플리케이션 커널(Sentry)이 받아 처리하게 하는 샌드박스. 런타임 이름은 `runsc`다.',
      en: "A sandbox in which an application kernel in user space (the Sentry) serves a container's system calls instead of the host kernel. Its runtime is `runsc`.",
    },
    explainedIn: [
      {
        chapter: 'isolation-spectrum',
        anchor: {
          ko: 'gvisor-사용자-공간의-애플리케이션-커널',
          en: 'gvisor-an-application-kernel-in-user-space',
        },
        section: {
          ko: 'gVisor: 사용자 공간의 애플리케이션 커널',
          en: 'gVisor: an application kernel in user space',
        },
      },
    ],
  },
  {
    id: 'kvm',
    group: 'hypervisors',
    ko: 'KVM',
    koGloss: 'Kernel-based Virtual Machine',
    en: 'KVM (Kernel-based Virtual Machine)',
    variants: ['케이브이엠', 'kvm 모듈', '/dev/kvm', 'kernel virtual machine'],
    avoid: [],
    definition: {
      ko: '리눅스 커널을 하이퍼바이저로 만드는 커널 모듈. CPU의 하드웨어 가상화 기능으로 vCPU를 실행하고, 장치 에뮬레이션은 QEMU 같은 사용자 공간의 VMM에 맡긴다. `/dev/kvm`으로 쓴다.',
      en: "The kernel module that turns Linux into a hypervisor. It runs vCPUs with the CPU's hardware virtualization support and leaves device emulation to a user-space VMM such as QEMU. It is used through `/dev/kvm`.",
    },
    explainedIn: [
      {
        chapter: 'hypervisors',
        anchor: {
          ko: 'kvm과-qemu가-맞물리는-방식',
          en: 'how-kvm-and-qemu-fit-together',
        },
        section: {
          ko: 'KVM과 QEMU가 맞물리는 방식',
          en: 'How KVM and QEMU fit together',
        },
      },
      {
        chapter: 'hypervisors',
        anchor: {
          ko: 'kvm은-어느-쪽인가',
          en: 'which-one-is-kvm',
        },
        section: {
          ko: 'KVM은 어느 쪽인가',
          en: 'Which one is KVM?',
        },
      },
    ],
  },
  {
    id: 'qemu',
    group: 'hypervisors',
    ko: 'QEMU',
    koGloss: null,
    en: 'QEMU',
    variants: ['큐에뮤', 'qemu-kvm', 'qemu-system'],
    avoid: [],
    definition: {
      ko: '가상 장치와 다른 아키텍처의 CPU까지 에뮬레이션하는 오픈 소스 에뮬레이터이자 VMM. KVM과 함께 쓰면 vCPU는 KVM이 돌리고, QEMU는 VM 하나를 맡는 사용자 공간 프로세스로서 메모리와 장치를 준비한다.',
      en: 'An open-source emulator and VMM that emulates devices and even CPUs of other architectures. With KVM, KVM runs the vCPUs and QEMU is the user-space process per VM that sets up memory and devices.',
    },
    explainedIn: [
      {
        chapter: 'hypervisors',
        anchor: {
          ko: 'kvm과-qemu가-맞물리는-방식',
          en: 'how-kvm-and-qemu-fit-together',
        },
        section: {
          ko: 'KVM과 QEMU가 맞물리는 방식',
          en: 'How KVM and QEMU fit together',
        },
      },
    ],
  },
  {
    id: 'startup-time',
    group: 'basics',
    ko: '시작 시간',
    koGloss: 'startup time',
    en: 'startup time',
    variants: [
      '부팅 시간',
      '기동 시간',
      '시작 속도',
      '빨리 뜨',
      '빨리 뜨나',
      '빨리 뜨는',
      '빨리 시작',
      '콜드 스타트',
      'boot time',
      'start time',
      'cold start',
      'starts faster',
      'start faster',
    ],
    avoid: [],
    definition: {
      ko: '명령을 내린 뒤 워크로드가 일을 시작할 수 있게 되기까지 걸리는 시간. VM은 펌웨어와 게스트 커널의 부팅을, 컨테이너는 프로세스 생성과 격리 설정을 거치므로 차이가 크지만, 이미지를 받는 시간과 애플리케이션 자체의 초기화가 더 길 때가 많다.',
      en: "The time from the command until the workload can start working. A VM boots firmware and a guest kernel, a container only creates a process and sets up its isolation, so the gap is large; pulling the image and the application's own initialization often take longer than either.",
    },
    explainedIn: [
      {
        chapter: 'vm-vs-containers',
        anchor: {
          ko: '시작-시간',
          en: 'startup-time',
        },
        section: {
          ko: '시작 시간',
          en: 'Startup time',
        },
      },
    ],
  },
  {
    id: 'lifecycle',
    group: 'docker',
    ko: '라이프사이클',
    koGloss: 'lifecycle',
    en: 'lifecycle',
    variants: ['생명 주기', 'lifecycle', 'life cycle'],
    avoid: ['생애주기', '수명 주기'],
    definition: {
      ko: '객체가 만들어져 시작하고 멈추고 지워지기까지 거치는 상태의 흐름. 컨테이너의 라이프사이클은 containerd와 shim이 다루고, 볼륨은 컨테이너와 따로 만들고 지우므로 라이프사이클이 컨테이너보다 길다.',
      en: "The states an object goes through from being created and started to being stopped and removed. containerd and the shim handle a container's lifecycle; volumes are created and removed separately, so they outlive containers.",
    },
    explainedIn: [
      {
        chapter: 'docker-architecture',
        anchor: {
          ko: 'dockerd와-containerd',
          en: 'dockerd-and-containerd',
        },
        section: {
          ko: 'dockerd와 containerd',
          en: 'dockerd and containerd',
        },
      },
      {
        chapter: 'storage',
        anchor: {
          ko: '볼륨의-라이프사이클',
          en: 'a-volumes-lifecycle',
        },
        section: {
          ko: '볼륨의 라이프사이클',
          en: "A volume's lifecycle",
        },
      },
    ],
  },
];
