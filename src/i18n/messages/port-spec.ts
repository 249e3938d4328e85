import type { PortSpecErrorCode } from '../../lib/port-spec.ts';

/**
 * One explanation per error code of `parsePortSpec`, written for someone who typed a `-p` value
 * such as `8080:80`, `127.0.0.1:8080:80/udp` or `published=8080,target=80`.
 */
export const portSpecMessages = {
  ko: {
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
  en: {
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
} satisfies {
  ko: Record<PortSpecErrorCode, string>;
  en: Record<PortSpecErrorCode, string>;
};
