/**
 * What `docker run -p SPEC` publishes.
 *
 * Behaviour follows the Docker CLI (docker/cli cli/command/container/opts.go, `parse` and
 * `convertToStandardNotation`) and the parser it vendors, docker/go-connections v0.8.0
 * nat/nat.go `ParsePortSpec`, `SplitProtoPort`, `splitParts` and nat/parse.go `parsePortRange`,
 * `parsePortNumber`. Host addresses are checked as Go's net.ParseIP checks them (the net/netip
 * `ParseAddr` grammar, zones refused). The daemon's own later checks (daemon/container.go
 * `validatePortBindings`: container port 0 is refused) are not the CLI's, so they are not here.
 *
 * Upstream reports several failures with one message; where the reader gains from knowing which
 * part is wrong (a number out of range, a range written backwards), this model's codes are narrower.
 */

export const PORT_SPEC_ERROR_CODES = [
  /** convertToStandardNotation: a comma-separated part of the long syntax is not `name=value`. */
  'long-syntax-invalid',
  /** "no port specified": nothing (or only `/proto`) where the container port belongs. */
  'container-port-missing',
  /** validateProto: the protocol, lowercased, is not tcp, udp or sctp. */
  'protocol-invalid',
  /** "invalid IP address": not an IPv4 or IPv6 address, or broken brackets. */
  'host-ip-invalid',
  /** "invalid containerPort": not a decimal number (or a pair of them joined by `-`). */
  'container-port-invalid',
  /** "invalid containerPort", because a number is outside 0–65535. */
  'container-port-out-of-range',
  /** "invalid containerPort", because the range ends below its start (`90-80`). */
  'container-range-reversed',
  /** "invalid hostPort": not a decimal number or range. */
  'host-port-invalid',
  /** "invalid hostPort", because a number is outside 0–65535. */
  'host-port-out-of-range',
  /** "invalid hostPort", because the range ends below its start. */
  'host-range-reversed',
  /** "invalid ranges specified": two ranges of different lengths. */
  'range-mismatch',
] as const;
export type PortSpecErrorCode = (typeof PORT_SPEC_ERROR_CODES)[number];

export type PortProtocol = 'tcp' | 'udp' | 'sctp';

export interface PortMapping {
  /** Host address to listen on, brackets removed; `''` = every interface (IPv4 and IPv6). */
  readonly hostIP: string;
  /** `''` = an ephemeral port chosen by the daemon; `'8000-8010'` = any free port in that range. */
  readonly hostPort: string;
  readonly containerPort: number;
  readonly protocol: PortProtocol;
}

export type PortSpecResult =
  | { readonly ok: true; readonly mappings: readonly PortMapping[] }
  | { readonly ok: false; readonly error: { readonly code: PortSpecErrorCode } };

const PROTOCOLS: readonly string[] = ['tcp', 'udp', 'sctp'];
const MAX_PORT = 65535;

type Problem = 'invalid' | 'out-of-range' | 'reversed';
type Range = { start: number; end: number } | Problem;

function failure(code: PortSpecErrorCode): PortSpecResult {
  return { ok: false, error: { code } };
}

// Go strconv.ParseInt(s, 10, 0): an optional sign, then ASCII digits only (no spaces, no `_`, no
// `0x`). Leading zeros are fine (`0123` is 123). A value past int64 is ErrRange, which
// parsePortNumber reports like any value outside 0–65535.
const GO_DECIMAL = /^[+-]?[0-9]+$/;

// nat/parse.go parsePortNumber.
function portNumber(text: string): number | Problem {
  if (!GO_DECIMAL.test(text)) return 'invalid';
  const digits = text.replace(/^[+-]/, '').replace(/^0+(?=.)/, '');
  // More than five digits is out of range whatever the sign; "-0" is 0.
  if (digits.length > 5) return 'out-of-range';
  const value = Number(digits);
  if (value === 0) return 0;
  if (text.startsWith('-') || value > MAX_PORT) return 'out-of-range';
  return value;
}

// nat/parse.go parsePortRange: split at the first `-`; the same text on both sides is one port,
// without parsing the end; otherwise the end must parse and not be below the start.
function portRange(text: string): Range {
  if (text === '') return 'invalid';
  const dash = text.indexOf('-');
  const startText = dash === -1 ? text : text.slice(0, dash);
  const start = portNumber(startText);
  if (typeof start !== 'number') return start;
  if (dash === -1) return { start, end: start };
  const endText = text.slice(dash + 1);
  if (endText === startText) return { start, end: start };
  const end = portNumber(endText);
  if (typeof end !== 'number') return end;
  if (end < start) return 'reversed';
  return { start, end };
}

// net/netip parseIPv4Fields: exactly four dot-separated decimal fields, each 0–255, no leading zero.
const IPV4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

// net/netip parseIPv6 without a zone: groups of 1–4 hex digits, at most one `::` that stands for at
// least one zero group, and an embedded IPv4 address allowed only as the last two groups.
function isIPv6(text: string): boolean {
  const ellipsis = text.indexOf('::');
  const hasEllipsis = ellipsis !== -1;
  const head = hasEllipsis ? text.slice(0, ellipsis) : text;
  const tail = hasEllipsis ? text.slice(ellipsis + 2) : '';
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === '' ? [] : tail.split(':');
  const last = hasEllipsis ? tailGroups : headGroups;
  let units = 0;
  for (const groups of [headGroups, tailGroups]) {
    for (const [index, group] of groups.entries()) {
      if (HEX_GROUP.test(group)) units += 1;
      else if (groups === last && index === groups.length - 1 && IPV4.test(group)) units += 2;
      else return false;
    }
  }
  return hasEllipsis ? units <= 7 : units === 8;
}

// Go net.ParseIP: net/netip ParseAddr picks the grammar by the first `.` or `:`, and ParseIP
// refuses an address with a zone (`%eth0`).
function isGoIP(text: string): boolean {
  if (text.includes('%')) return false;
  const colon = text.indexOf(':');
  if (colon === -1) return IPV4.test(text);
  const dot = text.indexOf('.');
  if (dot !== -1 && dot < colon) return false;
  return isIPv6(text);
}

// Go net.SplitHostPort(ip + ":") as ParsePortSpec uses it to strip the brackets of `[::1]`: the
// first `]` must close the text, and no other bracket may appear.
function unbracket(ip: string): string | null {
  const close = ip.indexOf(']');
  if (close !== ip.length - 1) return null;
  const inner = ip.slice(1, close);
  return inner.includes('[') ? null : inner;
}

// nat.go splitParts: the last two `:`-separated fields are the ports, anything before them the
// address, which is how an IPv6 address without brackets (`::1:80:80`) still works.
function splitParts(spec: string): { ip: string; hostPort: string; containerPort: string } {
  const parts = spec.split(':');
  const n = parts.length;
  if (n === 1) return { ip: '', hostPort: '', containerPort: parts[0] ?? '' };
  return { ip: parts.slice(0, n - 2).join(':'), hostPort: parts[n - 2] ?? '', containerPort: parts[n - 1] ?? '' };
}

// cli/command/container/opts.go convertToStandardNotation: a value with `=` is the long syntax,
// `name=value` pairs joined by commas. Only published, target and protocol (default tcp) are
// read; any other name, host_ip included, is accepted and ignored.
function fromLongSyntax(spec: string): string | null {
  const params = new Map<string, string>([['protocol', 'tcp']]);
  for (const param of spec.split(',')) {
    const equals = param.indexOf('=');
    if (equals <= 0) return null;
    params.set(param.slice(0, equals), param.slice(equals + 1));
  }
  return `${params.get('published') ?? ''}:${params.get('target') ?? ''}/${params.get('protocol') ?? ''}`;
}

const CONTAINER_PROBLEM: Record<Problem, PortSpecErrorCode> = {
  invalid: 'container-port-invalid',
  'out-of-range': 'container-port-out-of-range',
  reversed: 'container-range-reversed',
};
const HOST_PROBLEM: Record<Problem, PortSpecErrorCode> = {
  invalid: 'host-port-invalid',
  'out-of-range': 'host-port-out-of-range',
  reversed: 'host-range-reversed',
};

/**
 * Reads a `-p`/`--publish` value the way `docker run` does.
 *
 * go-connections nat.go ParsePortSpec: [ip:][hostPort:]containerPort[/proto]; proto lowercased,
 * default tcp; a container range maps port by port onto a host range of the same length; a host
 * range with one container port stays one mapping whose hostPort is the range (the daemon picks a
 * free port in it); no host port means an ephemeral one.
 */
export function parsePortSpec(spec: string): PortSpecResult {
  if (typeof spec !== 'string') return failure('container-port-missing');
  let standard = spec;
  if (spec.includes('=')) {
    const converted = fromLongSyntax(spec);
    if (converted === null) return failure('long-syntax-invalid');
    standard = converted;
  }

  const parts = splitParts(standard);
  // nat.go SplitProtoPort: the protocol follows the first `/`; an empty one means tcp.
  const slash = parts.containerPort.indexOf('/');
  const containerText = slash === -1 ? parts.containerPort : parts.containerPort.slice(0, slash);
  if (containerText === '') return failure('container-port-missing');
  const protocolText = slash === -1 ? '' : parts.containerPort.slice(slash + 1);
  // Go strings.ToLower; only ASCII letters can lower into one of the three names.
  const protocol = protocolText === '' ? 'tcp' : protocolText.replace(/[A-Z]/g, (c) => c.toLowerCase());
  if (!PROTOCOLS.includes(protocol)) return failure('protocol-invalid');

  let ip = parts.ip;
  if (ip.startsWith('[')) {
    const inner = unbracket(ip);
    if (inner === null) return failure('host-ip-invalid');
    ip = inner;
  }
  if (ip !== '' && !isGoIP(ip)) return failure('host-ip-invalid');

  const container = portRange(containerText);
  if (typeof container === 'string') return failure(CONTAINER_PROBLEM[container]);

  const count = container.end - container.start + 1;
  let host: { start: number; end: number } | null = null;
  if (parts.hostPort !== '') {
    const parsed = portRange(parts.hostPort);
    if (typeof parsed === 'string') return failure(HOST_PROBLEM[parsed]);
    if (parsed.end - parsed.start + 1 !== count && count !== 1) return failure('range-mismatch');
    host = parsed;
  }

  const mappings: PortMapping[] = [];
  for (let i = 0; i < count; i++) {
    let hostPort = '';
    if (host !== null) {
      hostPort = String(host.start + i);
      if (count === 1 && host.start !== host.end) hostPort += `-${host.end}`;
    }
    mappings.push({ hostIP: ip, hostPort, containerPort: container.start + i, protocol: protocol as PortProtocol });
  }
  return { ok: true, mappings };
}

function joinRange(start: string, end: string): string {
  return start === end ? start : `${start}-${end}`;
}

/**
 * The same publication in the long syntax `docker run --publish` accepts
 * (`published=…,target=…,protocol=…`), or null when the mappings name a host address: that syntax
 * has no key for one. Reading the result back with parsePortSpec gives the same mappings.
 */
export function longPublishSyntax(mappings: readonly PortMapping[]): string | null {
  const first = mappings[0];
  const last = mappings[mappings.length - 1];
  if (first === undefined || last === undefined || first.hostIP !== '') return null;
  const target = joinRange(String(first.containerPort), String(last.containerPort));
  const published =
    mappings.length === 1 ? first.hostPort : first.hostPort === '' ? '' : `${first.hostPort}-${last.hostPort}`;
  const fields = [published === '' ? null : `published=${published}`, `target=${target}`, `protocol=${first.protocol}`];
  return fields.filter((field) => field !== null).join(',');
}
