import { isIPv4, isIPv6 } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../src/calculators/kit/view.ts';
import { PORT_SPEC_ROWS_SHOWN } from '../../src/calculators/port-spec/view.ts';
import { LANGS } from '../../src/i18n/locales.ts';
import {
  fill,
  fixInputs,
  HANGUL,
  portSpecCalculator,
  portSpecMessages,
  portSpecOutputUi,
} from '../support/calculators.ts';
import {
  longPublishSyntax,
  parsePortSpec,
  type PortMapping,
  type PortProtocol,
  type PortSpecErrorCode,
} from '../../src/lib/port-spec.ts';
import { rowsOf, textOf } from '../support/view-text.ts';

const BROKEN = /NaN|undefined|Infinity|Error|at \w+ \(/;

const ALL_CODES = Object.keys(portSpecMessages.en) as PortSpecErrorCode[];

function mappings(spec: string): readonly PortMapping[] {
  const result = parsePortSpec(spec);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(spec)} to parse, got ${result.error.code}`);
  return result.mappings;
}

function errorCode(spec: string): PortSpecErrorCode | 'ok' {
  const result = parsePortSpec(spec);
  return result.ok ? 'ok' : result.error.code;
}

const m = (hostIP: string, hostPort: string, containerPort: number, protocol: PortProtocol = 'tcp'): PortMapping => ({
  hostIP,
  hostPort,
  containerPort,
  protocol,
});

/** First and last container port of a parse, to compare with upstream's (begin, end) pairs. */
function containerRange(spec: string): [number, number] {
  const all = mappings(spec);
  return [all[0]?.containerPort ?? -1, all[all.length - 1]?.containerPort ?? -1];
}

// Every upstream case below is one entry of one of these tables; the total is checked at the end,
// so a vector cannot be dropped silently.
let vectorCount = 0;
const counted = <T>(table: readonly T[]): readonly T[] => {
  vectorCount += table.length;
  return table;
};

// docker/go-connections v0.8.0 nat/parse_test.go TestParsePortRange (17 cases). ParsePortRange is
// what reads the container port, so each input is tried in that place; `null` = upstream error.
describe('parsePortSpec: go-connections nat/parse_test.go TestParsePortRange', () => {
  type Case = readonly [doc: string, input: string, expected: readonly [number, number] | PortSpecErrorCode];
  const cases = counted<Case>([
    ['empty value', '', 'container-port-missing'],
    ['single port', '1234', [1234, 1234]],
    ['single port range', '1234-1234', [1234, 1234]],
    ['two port range', '1234-1235', [1234, 1235]],
    ['large range', '8000-9000', [8000, 9000]],
    ['zero port', '0', [0, 0]],
    ['zero range', '0-0', [0, 0]],
    ['non-numeric port', 'asdf', 'container-port-invalid'],
    ['reversed range', '9000-8000', 'container-range-reversed'],
    ['range missing end', '8000-', 'container-port-invalid'],
    ['range missing start', '-9000', 'container-port-invalid'],
    ['invalid range end', '8000-a', 'container-port-invalid'],
    ['invalid range end port', '8000-9000a', 'container-port-invalid'],
    ['range range start', 'a-9000', 'container-port-invalid'],
    ['range range start port', '8000a-9000', 'container-port-invalid'],
    ['range with trailing hyphen', '-8000-', 'container-port-invalid'],
    ['range without ports', '-', 'container-port-invalid'],
  ]);
  it.each(cases)('%s: %j', (_doc, input, expected) => {
    if (typeof expected === 'string') expect(errorCode(input)).toBe(expected);
    else expect(containerRange(input)).toEqual(expected);
  });

  it('keeps the same rules for a host range', () => {
    expect(mappings('8000-9000:80')).toEqual([m('', '8000-9000', 80)]);
    expect(errorCode('9000-8000:80')).toBe('host-range-reversed');
    expect(errorCode('8000-:80')).toBe('host-port-invalid');
    expect(errorCode('8000-70000:80')).toBe('host-port-out-of-range');
  });
});

// nat/parse_test.go TestParsePortNumber (10 cases). A lone number is also a one-port range, and
// parsePortRange cuts at the first `-`, so `-1` alone never reaches parsePortNumber's range check:
// it is an empty start. As the end of a range (`0--1`) it does.
describe('parsePortSpec: go-connections nat/parse_test.go TestParsePortNumber', () => {
  type Case = readonly [doc: string, input: string, expected: number | PortSpecErrorCode];
  const cases = counted<Case>([
    ['empty string', '', 'container-port-missing'],
    ['whitespace only', '   ', 'container-port-invalid'],
    ['single valid port', '1234', 1234],
    ['zero port', '0', 0],
    ['max valid port', '65535', 65535],
    ['leading/trailing spaces', '  42  ', 'container-port-invalid'],
    ['negative port', '0--1', 'container-port-out-of-range'],
    ['too large port', '70000', 'container-port-out-of-range'],
    ['non-numeric', 'foo', 'container-port-invalid'],
    ['trailing garbage', '1234abc', 'container-port-invalid'],
  ]);
  it.each(cases)('%s: %j', (_doc, input, expected) => {
    if (typeof expected === 'string') expect(errorCode(input)).toBe(expected);
    else expect(mappings(input)).toEqual([m('', '', expected)]);
  });
});

// nat/nat_test.go TestParsePort (8 cases): the same number rules (strconv.ParseInt, base 10).
describe('parsePortSpec: go-connections nat/nat_test.go TestParsePort', () => {
  type Case = readonly [doc: string, input: string, expected: number | PortSpecErrorCode];
  const cases = counted<Case>([
    ['invalid value', 'asdf', 'container-port-invalid'],
    ['invalid value with number', '1asdf', 'container-port-invalid'],
    ['empty value', '', 'container-port-missing'],
    ['zero value', '0', 0],
    ['negative value', '-1', 'container-port-invalid'],
    // Upstream's FIXME: a leading zero is decimal, not octal.
    ['octal value', '0123', 123],
    ['max value', '65535', 65535],
    ['value out of range', '65536', 'container-port-out-of-range'],
  ]);
  it.each(cases)('%s: %j', (_doc, input, expected) => {
    if (typeof expected === 'string') expect(errorCode(input)).toBe(expected);
    else expect(mappings(input)).toEqual([m('', '', expected)]);
  });
});

// nat/nat_test.go TestSplitProtoPort (13 cases). SplitProtoPort itself validates nothing;
// ParsePortSpec then lowercases and checks the protocol before it reads the port.
describe('parsePortSpec: go-connections nat/nat_test.go TestSplitProtoPort', () => {
  type Case = readonly [
    doc: string,
    input: string,
    expected: readonly [number, number, PortProtocol] | PortSpecErrorCode,
  ];
  const cases = counted<Case>([
    ['empty value', '', 'container-port-missing'],
    ['zero value', '0', [0, 0, 'tcp']],
    ['empty port', '/udp', 'container-port-missing'],
    ['single port', '1234', [1234, 1234, 'tcp']],
    ['single port with empty protocol', '1234/', [1234, 1234, 'tcp']],
    ['single port with protocol', '1234/udp', [1234, 1234, 'udp']],
    ['port range', '80-8080', [80, 8080, 'tcp']],
    ['port range with empty protocol', '80-8080/', [80, 8080, 'tcp']],
    ['port range with protocol', '80-8080/udp', [80, 8080, 'udp']],
    ['negative value', '-1', 'container-port-invalid'],
    ['uppercase protocol', '1234/UDP', [1234, 1234, 'udp']],
    ['any value', 'any port value', 'container-port-invalid'],
    ['any value with protocol', 'any port value/any proto value', 'protocol-invalid'],
  ]);
  it.each(cases)('%s: %j', (_doc, input, expected) => {
    if (typeof expected === 'string') {
      expect(errorCode(input)).toBe(expected);
      return;
    }
    const all = mappings(input);
    expect([all[0]?.containerPort, all[all.length - 1]?.containerPort, all[0]?.protocol]).toEqual(expected);
    expect(all).toHaveLength(expected[1] - expected[0] + 1);
  });
});

// nat/nat_test.go TestParsePortSpecEmptyContainerPort (3), TestParsePortSpecFull (1),
// TestPartPortSpecIPV6 (5).
describe('parsePortSpec: go-connections nat/nat_test.go ParsePortSpec tables', () => {
  type Case = readonly [doc: string, input: string, expected: readonly PortMapping[] | PortSpecErrorCode];
  const cases = counted<Case>([
    ['empty spec', '', 'container-port-missing'],
    ['empty container port', '0.0.0.0:1234-1235:/tcp', 'container-port-missing'],
    ['empty container port and proto', '0.0.0.0:1234-1235:', 'container-port-missing'],
    ['full', '0.0.0.0:1234-1235:3333-3334/tcp', [m('0.0.0.0', '1234', 3333), m('0.0.0.0', '1235', 3334)]],
    ['square angled IPV6 without host port', '[2001:4860:0:2001::68]::333', [m('2001:4860:0:2001::68', '', 333)]],
    ['square angled IPV6 with host port', '[::1]:80:80', [m('::1', '80', 80)]],
    ['IPV6 without host port', '2001:4860:0:2001::68::333', [m('2001:4860:0:2001::68', '', 333)]],
    ['IPV6 with host port', '::1:80:80', [m('::1', '80', 80)]],
    [':: IPV6, without host port', '::::80', [m('::', '', 80)]],
  ]);
  it.each(cases)('%s: %j', (_doc, input, expected) => {
    if (typeof expected === 'string') expect(errorCode(input)).toBe(expected);
    else expect(mappings(input)).toEqual(expected);
  });
});

// nat/nat_test.go TestParsePortSpecs and TestParsePortSpecsWithRange (10 each: three groups of
// three specs, plus a host name that must be refused), TestParseNetworkOpts* (6).
describe('parsePortSpec: go-connections nat/nat_test.go ParsePortSpecs tables', () => {
  type Case = readonly [input: string, expected: readonly PortMapping[] | PortSpecErrorCode];
  const range = (ip: string, start: number, protocol: PortProtocol, withHost: boolean): PortMapping[] =>
    [0, 1, 2].map((i) => m(ip, withHost ? String(start + i) : '', start + i, protocol));
  const cases = counted<Case>([
    ['1234/tcp', [m('', '', 1234)]],
    ['2345/udp', [m('', '', 2345, 'udp')]],
    ['3456/sctp', [m('', '', 3456, 'sctp')]],
    ['1234:1234/tcp', [m('', '1234', 1234)]],
    ['2345:2345/udp', [m('', '2345', 2345, 'udp')]],
    ['3456:3456/sctp', [m('', '3456', 3456, 'sctp')]],
    ['0.0.0.0:1234:1234/tcp', [m('0.0.0.0', '1234', 1234)]],
    ['0.0.0.0:2345:2345/udp', [m('0.0.0.0', '2345', 2345, 'udp')]],
    ['0.0.0.0:3456:3456/sctp', [m('0.0.0.0', '3456', 3456, 'sctp')]],
    ['localhost:1234:1234/tcp', 'host-ip-invalid'],
    ['1234-1236/tcp', range('', 1234, 'tcp', false)],
    ['2345-2347/udp', range('', 2345, 'udp', false)],
    ['3456-3458/sctp', range('', 3456, 'sctp', false)],
    ['1234-1236:1234-1236/tcp', range('', 1234, 'tcp', true)],
    ['2345-2347:2345-2347/udp', range('', 2345, 'udp', true)],
    ['3456-3458:3456-3458/sctp', range('', 3456, 'sctp', true)],
    ['0.0.0.0:1234-1236:1234-1236/tcp', range('0.0.0.0', 1234, 'tcp', true)],
    ['0.0.0.0:2345-2347:2345-2347/udp', range('0.0.0.0', 2345, 'udp', true)],
    ['0.0.0.0:3456-3458:3456-3458/sctp', range('0.0.0.0', 3456, 'sctp', true)],
    ['localhost:1234-1236:1234-1236/tcp', 'host-ip-invalid'],
    // TestParseNetworkOptsPrivateOnly, Public, PublicNoPort, NegativePorts, Udp, Sctp.
    ['192.168.1.100::80', [m('192.168.1.100', '', 80)]],
    ['192.168.1.100:8080:80', [m('192.168.1.100', '8080', 80)]],
    ['192.168.1.100', 'container-port-invalid'],
    ['192.168.1.100:-1:-1', 'container-port-invalid'],
    ['192.168.1.100::6000/udp', [m('192.168.1.100', '', 6000, 'udp')]],
    ['192.168.1.100::6000/sctp', [m('192.168.1.100', '', 6000, 'sctp')]],
  ]);
  it.each(cases)('%j', (input, expected) => {
    if (typeof expected === 'string') expect(errorCode(input)).toBe(expected);
    else expect(mappings(input)).toEqual(expected);
  });
});

// nat/nat_test.go TestStringer (10 cases): the parts behind each printed form.
describe('parsePortSpec: go-connections nat/nat_test.go TestStringer', () => {
  type Case = readonly [doc: string, input: string, expected: PortMapping];
  const cases = counted<Case>([
    ['no host mapping', ':8080:6000/tcp', m('', '8080', 6000)],
    ['no proto', '192.168.1.100:8080:6000', m('192.168.1.100', '8080', 6000)],
    ['no host port', '192.168.1.100::6000/udp', m('192.168.1.100', '', 6000, 'udp')],
    ['no mapping, port, or proto', '::6000', m('', '', 6000)],
    ['ipv4 mapping', '192.168.1.100:8080:6000/udp', m('192.168.1.100', '8080', 6000, 'udp')],
    ['ipv4 mapping without host port', '192.168.1.100::6000/udp', m('192.168.1.100', '', 6000, 'udp')],
    ['ipv6 mapping', '[::1]:8080:6000/udp', m('::1', '8080', 6000, 'udp')],
    ['ipv6 mapping without host port', '[::1]::6000/udp', m('::1', '', 6000, 'udp')],
    ['ipv6 legacy mapping', '::1:8080:6000/udp', m('::1', '8080', 6000, 'udp')],
    ['ipv6 legacy mapping without host port', '::::6000/udp', m('::', '', 6000, 'udp')],
  ]);
  it.each(cases)('%s: %j', (_doc, input, expected) => {
    expect(mappings(input)).toEqual([expected]);
  });
});

// docker/cli cli/command/container/opts_test.go TestConvertToStandardNotation (7 valid specs in 5
// groups, 3 invalid) and TestParseWithExpose "merge with published" (--publish=80).
describe('parsePortSpec: docker/cli opts_test.go, the long syntax', () => {
  type Case = readonly [input: string, sameAs: string | PortSpecErrorCode];
  const cases = counted<Case>([
    ['target=10,published=20', '20:10/tcp'],
    ['40:30', '40:30'],
    ['20:20', '20:20'],
    ['80:4444', '80:4444'],
    ['target=2500,published=1500', '1500:2500/tcp'],
    ['published=1500,target=200', '1500:200/tcp'],
    ['target=80,published=90', '90:80/tcp'],
    ['published=1500,target:444', 'long-syntax-invalid'],
    ['published=1500,444', 'long-syntax-invalid'],
    ['published=1500,target,444', 'long-syntax-invalid'],
    ['80', '80/tcp'],
  ]);
  it.each(cases)('%j', (input, sameAs) => {
    if (ALL_CODES.includes(sameAs as PortSpecErrorCode)) expect(errorCode(input)).toBe(sameAs);
    else expect(parsePortSpec(input)).toEqual(parsePortSpec(sameAs));
  });

  it('reads only published, target and protocol; other names are accepted and ignored', () => {
    expect(mappings('published=8080,target=80,protocol=udp')).toEqual([m('', '8080', 80, 'udp')]);
    expect(mappings('target=80')).toEqual([m('', '', 80)]);
    expect(mappings('host_ip=127.0.0.1,published=8080,target=80')).toEqual([m('', '8080', 80)]);
    expect(mappings('published=8080,target=80,protocol=')).toEqual([m('', '8080', 80)]);
    expect(errorCode('published=8080')).toBe('container-port-missing');
    expect(errorCode('=80')).toBe('long-syntax-invalid');
    expect(errorCode('target=80,protocol=icmp')).toBe('protocol-invalid');
  });
});

it('counts every upstream vector (104)', () => {
  expect(vectorCount).toBe(104);
});

describe('parsePortSpec: behaviour read from the upstream code', () => {
  it('maps equal ranges port by port and keeps a host range for one container port', () => {
    expect(mappings('8080-8082:80-82')).toEqual([m('', '8080', 80), m('', '8081', 81), m('', '8082', 82)]);
    expect(mappings('127.0.0.1:8000-8010:80/udp')).toEqual([m('127.0.0.1', '8000-8010', 80, 'udp')]);
    expect(errorCode('8080-8081:80-82')).toBe('range-mismatch');
    expect(errorCode('8080:80-81')).toBe('range-mismatch');
    // A host "range" of one port is one port.
    expect(mappings('8080-8080:80')).toEqual([m('', '8080', 80)]);
  });

  it('reads numbers as strconv.ParseInt does: a sign, leading zeros, nothing else', () => {
    expect(mappings('+80')).toEqual([m('', '', 80)]);
    expect(mappings('0080:00080')).toEqual([m('', '80', 80)]);
    expect(mappings('+0-+2')).toEqual([m('', '', 0), m('', '', 1), m('', '', 2)]);
    expect(errorCode('-0-5')).toBe('container-port-invalid');
    expect(errorCode('8_0')).toBe('container-port-invalid');
    expect(errorCode('0x50')).toBe('container-port-invalid');
    expect(errorCode('８０')).toBe('container-port-invalid');
    expect(errorCode('99999999999999999999999')).toBe('container-port-out-of-range');
    expect(errorCode('80: 80')).toBe('container-port-invalid');
  });

  it('checks the protocol before the address and the ports', () => {
    expect(errorCode('nope:80/icmp')).toBe('protocol-invalid');
    expect(mappings('53:53/UDP')).toEqual([m('', '53', 53, 'udp')]);
    expect(mappings('9:9/Sctp')).toEqual([m('', '9', 9, 'sctp')]);
    expect(errorCode('80/tcp/udp')).toBe('protocol-invalid');
    expect(errorCode('80/tcp4')).toBe('protocol-invalid');
  });

  it('accepts what Go net.ParseIP accepts, and nothing else', () => {
    expect(mappings('[::ffff:192.0.2.1]:80:80')).toEqual([m('::ffff:192.0.2.1', '80', 80)]);
    expect(mappings('[192.0.2.1]:80:80')).toEqual([m('192.0.2.1', '80', 80)]);
    expect(mappings('[2001:DB8::1]:80:80')).toEqual([m('2001:DB8::1', '80', 80)]);
    // "[]" loses its brackets and leaves no address, so every interface is used.
    expect(mappings('[]:80:80')).toEqual([m('', '80', 80)]);
    for (const bad of [
      '[::1:80:80',
      '[[::1]]:80:80',
      '[::1]x:80:80',
      'fe80::1%eth0:80:80',
      '[fe80::1%eth0]:80:80',
      '192.168.01.1:80:80',
      '256.0.0.1:80:80',
      '1.2.3:80:80',
      '1::2::3:80:80',
      '12345::1:80:80',
      '1.2.3.4::5:80:80',
      'example.com:80:80',
    ]) {
      expect(errorCode(bad), bad).toBe('host-ip-invalid');
    }
  });

  it('does not throw for values that are not strings', () => {
    expect(parsePortSpec(undefined as unknown as string)).toEqual({
      ok: false,
      error: { code: 'container-port-missing' },
    });
  });
});

describe('longPublishSyntax', () => {
  it.each([
    ['8080:80', 'published=8080,target=80,protocol=tcp'],
    ['80', 'target=80,protocol=tcp'],
    ['8080-8082:80-82/udp', 'published=8080-8082,target=80-82,protocol=udp'],
    ['8000-8010:80', 'published=8000-8010,target=80,protocol=tcp'],
    ['80-82', 'target=80-82,protocol=tcp'],
  ])('%j → %j', (spec, long) => {
    expect(longPublishSyntax(mappings(spec))).toBe(long);
  });

  it('has no answer when a host address is given', () => {
    expect(longPublishSyntax(mappings('127.0.0.1:8080:80'))).toBeNull();
    expect(longPublishSyntax([])).toBeNull();
  });
});

describe('parsePortSpec: properties', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 }),
  );
  const grammarish = fc.string({
    unit: fc.constantFrom(
      ...'0123456789abcdefABF:.-/[]%=,+ '.split(''),
      'tcp',
      'udp',
      'sctp',
      '::',
      'published=',
      'target=',
    ),
    maxLength: 30,
  });

  function assertShape(spec: string): void {
    const result = parsePortSpec(spec);
    if (!result.ok) {
      expect(Object.keys(result).sort()).toEqual(['error', 'ok']);
      expect(Object.keys(result.error)).toEqual(['code']);
      expect(ALL_CODES).toContain(result.error.code);
      return;
    }
    expect(result.mappings.length).toBeGreaterThan(0);
    expect(result.mappings.length).toBeLessThanOrEqual(65536);
    const [first] = result.mappings;
    for (const [i, mapping] of result.mappings.entries()) {
      expect(Object.keys(mapping).sort()).toEqual(['containerPort', 'hostIP', 'hostPort', 'protocol']);
      expect(Number.isInteger(mapping.containerPort)).toBe(true);
      expect(mapping.containerPort).toBe((first?.containerPort ?? 0) + i);
      expect(mapping.containerPort).toBeLessThanOrEqual(65535);
      expect(['tcp', 'udp', 'sctp']).toContain(mapping.protocol);
      expect(mapping.hostPort).toMatch(/^(?:\d{1,5}(?:-\d{1,5})?)?$/);
      expect(mapping.hostIP).toBe(first?.hostIP);
      if (mapping.hostIP !== '') expect(isIPv4(mapping.hostIP) || isIPv6(mapping.hostIP)).toBe(true);
    }
  }

  it('never throws and always answers with one of the two shapes', () => {
    fc.assert(fc.property(anyText, assertShape), { numRuns: 500 });
    fc.assert(fc.property(grammarish, assertShape), { numRuns: 1500 });
  });

  it('finds every mapping of a spec built from its parts', () => {
    const ip = fc.constantFrom('', '0.0.0.0', '127.0.0.1', '[::1]', '[::]', '192.168.1.100', '[2001:db8::68]');
    const protocol = fc.constantFrom<PortProtocol>('tcp', 'udp', 'sctp');
    fc.assert(
      fc.property(
        ip,
        fc.integer({ min: 0, max: 65535 }),
        fc.integer({ min: 0, max: 5 }),
        fc.option(fc.integer({ min: 0, max: 65530 })),
        protocol,
        fc.boolean(),
        (address, start, extra, hostStart, proto, upper) => {
          const end = Math.min(65535, start + extra);
          const container = end === start ? `${start}` : `${start}-${end}`;
          const host =
            hostStart === null ? '' : end === start ? `${hostStart}` : `${hostStart}-${hostStart + (end - start)}`;
          const protoText = upper ? proto.toUpperCase() : proto;
          const spec = `${address === '' ? '' : `${address}:`}${address === '' && host === '' ? '' : `${host}:`}${container}/${protoText}`;
          const hostIP = address.replace(/^\[|\]$/g, '');
          const expected = Array.from({ length: end - start + 1 }, (_, i) =>
            m(hostIP, hostStart === null ? '' : String(hostStart + i), start + i, proto),
          );
          expect(mappings(spec)).toEqual(expected);
        },
      ),
    );
  });

  it('reads its own long syntax back to the same mappings', () => {
    const shortSpec = fc
      .tuple(
        fc.integer({ min: 0, max: 65535 }),
        fc.integer({ min: 0, max: 3 }),
        fc.option(fc.integer({ min: 0, max: 65000 })),
      )
      .map(([start, extra, host]) => {
        const end = Math.min(65535, start + extra);
        const container = end === start ? `${start}` : `${start}-${end}`;
        return host === null ? container : `${host}-${host + (end - start) + (end === start ? 5 : 0)}:${container}`;
      });
    fc.assert(
      fc.property(shortSpec, fc.constantFrom('tcp', 'udp', 'sctp'), (spec, proto) => {
        const result = parsePortSpec(`${spec}/${proto}`);
        if (!result.ok) return;
        const long = longPublishSyntax(result.mappings);
        expect(long).not.toBeNull();
        expect(parsePortSpec(long ?? '')).toEqual(result);
      }),
    );
  });

  it('agrees with Node’s own IP address grammar on addresses without a zone', () => {
    const hexy = fc.string({
      unit: fc.constantFrom(...'0123456789abcdefF:.'.split(''), '::', 'ffff', '255', '256', '01'),
      minLength: 1,
      maxLength: 14,
    });
    fc.assert(
      fc.property(hexy, (address) => {
        // Only the last two `:` fields are ports, so an address is tried in front of two of them.
        const result = parsePortSpec(`[${address}]:80:80`);
        expect(result.ok, address).toBe(isIPv4(address) || isIPv6(address));
      }),
      { numRuns: 3000 },
    );
  });
});

// The island's view over the model: what a reader sees for what they type, in both languages.
describe.each(LANGS)('port publishing explainer view (%s)', (lang) => {
  const ui = portSpecOutputUi[lang];
  const run = (spec?: string) => {
    const outcome = portSpecCalculator.compute(
      { ...portSpecCalculator.defaults, ...(spec === undefined ? {} : { spec }) },
      lang,
    );
    return { ...outcome, html: toHtml(outcome.output), text: textOf(outcome.output), rows: rowsOf(outcome.output) };
  };

  it('shows the default, 8080:80, on every address with its long form', () => {
    const { rows, text, html, fieldErrors } = run();
    expect(fieldErrors).toEqual({});
    expect(rows).toEqual([
      [ui.columns.address, ui.columns.port, ui.columns.target],
      [`0.0.0.0, [::] (${ui.everyAddress})`, '8080', '80/tcp'],
    ]);
    expect(text).toContain('docker run --publish published=8080,target=80,protocol=tcp IMAGE');
    expect(text).toContain(ui.everyAddressNote);
    expect(text).toContain(ui.ipv4OnlyNote);
    expect(html).not.toMatch(BROKEN);
    expect(HANGUL.test(text)).toBe(lang === 'ko');
  });

  it('names the address, the ephemeral port and the host range as the daemon will use them', () => {
    const local = run('[::1]::53/udp');
    expect(local.rows[1]).toEqual(['[::1]', ui.ephemeral, '53/udp']);
    expect(local.text).toContain(ui.noLong);
    expect(local.text).toContain(ui.loopbackNote);
    expect(local.text).toContain(ui.ephemeralNote);
    const range = run('127.0.0.1:8000-8010:80');
    expect(range.rows[1]).toEqual(['127.0.0.1', fill(ui.fromRange, { range: '8000-8010' }), '80/tcp']);
    expect(run('0').text).toContain(ui.zeroNote);
    expect(run('published=8080,target=80,protocol=udp').rows[1]).toEqual([
      `0.0.0.0, [::] (${ui.everyAddress})`,
      '8080',
      '80/udp',
    ]);
  });

  it('shows a few rows of a long range and counts the rest', () => {
    const { rows, text, html } = run('0-65535');
    expect(rows).toHaveLength(1 + PORT_SPEC_ROWS_SHOWN + 1);
    expect(rows[rows.length - 1]).toEqual([fill(ui.more, { count: '65,531' })]);
    expect(text).toContain(fill(ui.count, { count: '65,536' }));
    expect(text).toContain('target=0-65535');
    expect(html).not.toMatch(BROKEN);
  });

  it.each([
    ['', 'container-port-missing'],
    ['NaN', 'container-port-invalid'],
    ['undefined', 'container-port-invalid'],
    ['-1', 'container-port-invalid'],
    ['1e3', 'container-port-invalid'],
    ['localhost:8080:80', 'host-ip-invalid'],
    ['8080:80/icmp', 'protocol-invalid'],
    ['99999:80', 'host-port-out-of-range'],
    ['8080-8081:80-82', 'range-mismatch'],
    ['published=8080,80', 'long-syntax-invalid'],
    ['🐳', 'container-port-invalid'],
    ['9'.repeat(10_000), 'container-port-out-of-range'],
  ] as const)('explains %j in the reader’s language', (spec, code) => {
    const { fieldErrors, text, html } = run(spec);
    expect(fieldErrors).toEqual({ spec: portSpecMessages[lang][code] });
    expect(HANGUL.test(fieldErrors['spec'] ?? '')).toBe(lang === 'ko');
    expect(text).toBe(fixInputs(lang));
    expect(html).not.toMatch(BROKEN);
  });

  it('never shows a broken value, whatever is typed', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.stringMatching(/^[0-9:.\-/[\]a-z]{0,24}$/)),
        (spec) => {
          const { html, fieldErrors } = run(spec);
          if (!BROKEN.test(spec)) expect(html).not.toMatch(BROKEN);
          for (const message of Object.values(fieldErrors)) expect(HANGUL.test(message)).toBe(lang === 'ko');
        },
      ),
      { numRuns: 300 },
    );
  });
});
