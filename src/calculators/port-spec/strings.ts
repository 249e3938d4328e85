// The port-spec calculator's strings: `form` is read at build time only (the frame is static HTML);
// `output` and `errors` (one message per model error code) are what compute says, and reach the
// browser in the page's language only (CalculatorFrame's data-strings). Templates fill `{slot}`.
import type { Lang } from '../../i18n/locales.ts';
import type { CalculatorStrings, SameShape } from '../kit/spec.ts';
import type { PortSpecErrorCode } from './model.ts';

const ko = {
  form: {
    title: '포트 공개 해부기: docker run -p는 어느 포트를 여나',
    intro:
      'docker run -p(--publish)에 넘길 값을 입력해 보세요. Docker CLI와 같은 규칙으로 읽어, 호스트의 어느 주소와 포트가 연결을 받는지, 그 연결이 컨테이너의 어느 포트로 가는지, 같은 뜻의 긴 문법은 무엇인지 보여 줍니다.',
    legend: 'docker run -p에 넘기는 값',
    label: '-p 값',
    hint: '예: 8080:80, 127.0.0.1:8080:80/udp, [::1]::80, 8000-8002:80-82, published=8080,target=80',
  },
  output: {
    caption: '이 값으로 열리는 포트',
    columns: { address: '호스트 주소', port: '호스트 포트', target: '컨테이너 안의 목적지' },
    everyAddress: '모든 주소',
    ephemeral: '도커가 고르는 빈 포트',
    fromRange: '{range} 가운데 빈 포트 하나',
    more: '그리고 같은 규칙으로 {count}개 더',
    count: '매핑 {count}개를 만듭니다.',
    longLabel: '같은 뜻의 긴 문법',
    noLong:
      'docker run의 긴 문법에는 호스트 주소를 적는 이름이 없습니다(host_ip를 적어도 CLI가 무시합니다). 주소를 정하려면 짧은 문법을 쓰세요.',
    notesCaption: '알아 둘 점',
    everyAddressNote:
      '주소를 비우면 호스트의 모든 IPv4 주소(0.0.0.0)와 IPv6 주소([::])에 공개되어, 방화벽이 막지 않는 한 바깥에서도 닿습니다. 호스트 안에서만 쓰려면 127.0.0.1:8080:80처럼 주소를 적으세요.',
    ipv4OnlyNote:
      '브리지 네트워크가 IPv4 전용이면, [::]로 들어온 연결은 docker-proxy(기본으로 켜져 있습니다)가 받아 컨테이너의 IPv4 주소로 넘깁니다.',
    loopbackNote: '루프백 주소에 공개하면 호스트 안에서만 닿습니다. 다른 기기에서는 연결할 수 없습니다.',
    ephemeralNote:
      '호스트 포트를 비우면 도커가 임시 포트 범위(/proc/sys/net/ipv4/ip_local_port_range)에서 빈 포트를 고릅니다. 실제 포트는 docker port 명령으로 확인하세요.',
    zeroNote:
      '컨테이너 포트 0은 CLI는 받아들이지만 데몬이 컨테이너를 만들 때 invalid port specification 오류로 거부합니다.',
  },
  errors: {
    'long-syntax-invalid':
      '긴 문법은 쉼표로 나눈 이름=값 쌍이어야 합니다. 예: published=8080,target=80,protocol=tcp. 값이 없는 조각이나 이름이 빈 조각(=80)이 있는지 확인하세요.',
    'container-port-missing':
      '컨테이너 포트가 없습니다. 맨 뒤에 컨테이너 안에서 받을 포트를 적으세요. 예: 80, 8080:80, 127.0.0.1:8080:80/udp',
    'protocol-invalid': '프로토콜은 tcp, udp, sctp 중 하나여야 합니다. 슬래시(/) 뒤를 확인하세요. 예: 53:53/udp',
    'host-ip-invalid':
      '호스트 주소가 IP 주소가 아닙니다. 도커는 여기서 호스트 이름(localhost 등)을 받지 않습니다. 127.0.0.1처럼 쓰고, IPv6는 [::1]:8080:80처럼 대괄호로 감싸세요.',
    'container-port-invalid':
      '컨테이너 포트는 10진수 숫자나 80-90 같은 범위여야 합니다. 공백이나 다른 문자가 섞였는지 확인하세요.',
    'container-port-out-of-range': '컨테이너 포트는 0부터 65535까지만 쓸 수 있습니다.',
    'container-range-reversed': '컨테이너 포트 범위의 끝이 시작보다 작습니다. 작은 수를 앞에 쓰세요. 예: 80-90',
    'host-port-invalid':
      '호스트 포트는 10진수 숫자나 8000-8010 같은 범위여야 합니다. 비워 두면 도커가 빈 포트를 고릅니다(예: 127.0.0.1::80).',
    'host-port-out-of-range': '호스트 포트는 0부터 65535까지만 쓸 수 있습니다.',
    'host-range-reversed': '호스트 포트 범위의 끝이 시작보다 작습니다. 작은 수를 앞에 쓰세요. 예: 8000-8010',
    'range-mismatch':
      '두 범위의 길이가 다릅니다. 컨테이너 포트가 범위이면 호스트 포트도 같은 개수의 범위여야 합니다(8080-8081:80-81). 호스트 쪽만 범위로 쓰는 것은 컨테이너 포트가 하나일 때만 됩니다.',
  },
} satisfies CalculatorStrings<PortSpecErrorCode>;

export type PortSpecStrings = typeof ko;

export const portSpecStrings = {
  ko,
  en: {
    form: {
      title: 'Port publishing explainer: what docker run -p opens',
      intro:
        'Type a value for docker run -p (--publish). It is read by the same rules as the Docker CLI: which host address and port accept connections, which container port they reach, and the same thing in the long syntax.',
      legend: 'The value given to docker run -p',
      label: '-p value',
      hint: 'e.g. 8080:80, 127.0.0.1:8080:80/udp, [::1]::80, 8000-8002:80-82, published=8080,target=80',
    },
    output: {
      caption: 'The ports this value opens',
      columns: { address: 'Host address', port: 'Host port', target: 'Destination in the container' },
      everyAddress: 'every address',
      ephemeral: 'a free port Docker picks',
      fromRange: 'one free port in {range}',
      more: 'and {count} more by the same rule',
      count: 'This creates {count} mappings.',
      longLabel: 'The same in the long syntax',
      noLong:
        'The long syntax of docker run has no name for a host address (the CLI ignores host_ip). Use the short syntax to choose an address.',
      notesCaption: 'Worth knowing',
      everyAddressNote:
        'With no address, the port is published on every IPv4 (0.0.0.0) and IPv6 ([::]) address of the host, so it is reachable from outside unless a firewall blocks it. To keep it on the host, give an address: 127.0.0.1:8080:80.',
      ipv4OnlyNote:
        'If the bridge network is IPv4-only, connections arriving on [::] are taken by docker-proxy (on by default) and passed to the container’s IPv4 address.',
      loopbackNote:
        'A port published on a loopback address is reachable only from the host itself, not from other machines.',
      ephemeralNote:
        'With no host port, Docker picks a free port from the ephemeral range (/proc/sys/net/ipv4/ip_local_port_range). Run docker port to see which one.',
      zeroNote:
        'Container port 0 passes the CLI, but the daemon refuses it when it creates the container (invalid port specification).',
    },
    errors: {
      'long-syntax-invalid':
        'The long syntax is comma-separated name=value pairs, for example published=8080,target=80,protocol=tcp. Look for a part without = or with an empty name (=80).',
      'container-port-missing':
        'There is no container port. End the value with the port that receives traffic inside the container, for example 80, 8080:80 or 127.0.0.1:8080:80/udp.',
      'protocol-invalid':
        'The protocol must be tcp, udp or sctp. Check what follows the slash (/), for example 53:53/udp.',
      'host-ip-invalid':
        'The host address is not an IP address. Docker takes no host names here (not even localhost). Write 127.0.0.1, and put IPv6 addresses in brackets: [::1]:8080:80.',
      'container-port-invalid':
        'The container port must be a decimal number or a range such as 80-90. Look for spaces or other characters.',
      'container-port-out-of-range': 'Container ports go from 0 to 65535.',
      'container-range-reversed':
        'The container port range ends below its start. Put the smaller number first, for example 80-90.',
      'host-port-invalid':
        'The host port must be a decimal number or a range such as 8000-8010. Leave it empty to let Docker pick a free port (127.0.0.1::80).',
      'host-port-out-of-range': 'Host ports go from 0 to 65535.',
      'host-range-reversed':
        'The host port range ends below its start. Put the smaller number first, for example 8000-8010.',
      'range-mismatch':
        'The two ranges have different lengths. When the container port is a range, the host port must be a range of the same size (8080-8081:80-81); a host range alone works only with a single container port.',
    },
  },
} satisfies Record<Lang, SameShape<PortSpecStrings>>;
