import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { imageReferenceMessages } from '../support/calculators.ts';
import {
  parseImageReference,
  type ImageReference,
  type ImageReferenceErrorCode,
} from '../../src/lib/image-reference.ts';

const F64 = 'f'.repeat(64);
const SHA256_F = `sha256:${F64}`;
const HEX_1 = 'be178c0543eb17f5f3043021c9e5fcf30285e557a4fc309cce97ff9ca6182912';
const IDENTIFIER = '1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a';

const ALL_CODES = Object.keys(imageReferenceMessages.en) as ImageReferenceErrorCode[];

function parsed(input: string): ImageReference {
  const result = parseImageReference(input);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(input)} to parse, got ${result.error.code}`);
  return result.reference;
}

function errorCode(input: string): ImageReferenceErrorCode | 'ok' {
  const result = parseImageReference(input);
  return result.ok ? 'ok' : result.error.code;
}

/** What upstream's `Reference.String()` prints: the name with every part that was given. */
function fullString(reference: ImageReference): string {
  const tag = reference.tag === null ? '' : `:${reference.tag}`;
  const digest = reference.digest === null ? '' : `@${reference.digest}`;
  return `${reference.name}${tag}${digest}`;
}

type Valid = readonly [input: string, domain: string, path: string, tag: string | null, digest: string | null];
type Invalid = readonly [input: string, code: ImageReferenceErrorCode];

describe('parseImageReference: examples from the brief', () => {
  it.each([
    ['ubuntu', 'docker.io/library/ubuntu', 'ubuntu', 'docker.io/library/ubuntu:latest'],
    ['ubuntu:22.04', 'docker.io/library/ubuntu', 'ubuntu:22.04', 'docker.io/library/ubuntu:22.04'],
    ['myuser/app', 'docker.io/myuser/app', 'myuser/app', 'docker.io/myuser/app:latest'],
    ['localhost:5000/app:1', 'localhost:5000/app', 'localhost:5000/app:1', 'localhost:5000/app:1'],
  ])('%s', (input, name, familiar, canonical) => {
    const reference = parsed(input);
    expect(reference.name).toBe(name);
    expect(reference.familiar).toBe(familiar);
    expect(reference.canonical).toBe(canonical);
  });

  it('returns every field, with null for a missing tag or digest', () => {
    expect(parseImageReference('ubuntu')).toEqual({
      ok: true,
      reference: {
        domain: 'docker.io',
        path: 'library/ubuntu',
        tag: null,
        digest: null,
        name: 'docker.io/library/ubuntu',
        familiar: 'ubuntu',
        canonical: 'docker.io/library/ubuntu:latest',
      },
    });
    expect(parseImageReference('Uppercase:tag')).toEqual({
      ok: false,
      error: { code: 'name-contains-uppercase' },
    });
  });
});

describe('parseImageReference: distribution/reference reference_test.go TestReferenceParse', () => {
  // Source: github.com/distribution/reference, reference_test.go, TestReferenceParse.
  // Upstream runs these through Parse, which does not normalise; the domain and path below are
  // what ParseNormalizedNamed makes of the same input (e.g. "test_com" → docker.io/library/…).
  // Upstream also checks String() == input; every input here is already in familiar form, so
  // that check becomes familiar == input.
  const valid: readonly Valid[] = [
    ['test_com', 'docker.io', 'library/test_com', null, null],
    ['test.com:tag', 'docker.io', 'library/test.com', 'tag', null],
    ['test.com:5000', 'docker.io', 'library/test.com', '5000', null],
    ['test.com/repo:tag', 'test.com', 'repo', 'tag', null],
    ['test:5000/repo', 'test:5000', 'repo', null, null],
    ['test:5000/repo:tag', 'test:5000', 'repo', 'tag', null],
    [`test:5000/repo@${SHA256_F}`, 'test:5000', 'repo', null, SHA256_F],
    [`test:5000/repo:tag@${SHA256_F}`, 'test:5000', 'repo', 'tag', SHA256_F],
    ['lowercase:Uppercase', 'docker.io', 'library/lowercase', 'Uppercase', null],
    // Upstream sees "a" as the domain and 253 characters of path; normalised, "a" is a Docker
    // Hub namespace, which makes the path exactly 255 characters: still within the limit.
    [
      `${'a/'.repeat(127)}a:tag-puts-this-over-max`,
      'docker.io',
      `${'a/'.repeat(127)}a`,
      'tag-puts-this-over-max',
      null,
    ],
    ['sub-dom1.foo.com/bar/baz/quux', 'sub-dom1.foo.com', 'bar/baz/quux', null, null],
    ['sub-dom1.foo.com/bar/baz/quux:some-long-tag', 'sub-dom1.foo.com', 'bar/baz/quux', 'some-long-tag', null],
    [
      'b.gcr.io/test.example.com/my-app:test.example.com',
      'b.gcr.io',
      'test.example.com/my-app',
      'test.example.com',
      null,
    ],
    ['xn--n3h.com/myimage:xn--n3h.com', 'xn--n3h.com', 'myimage', 'xn--n3h.com', null],
    [`xn--7o8h.com/myimage:xn--7o8h.com@${SHA256_F}`, 'xn--7o8h.com', 'myimage', 'xn--7o8h.com', SHA256_F],
    ['foo_bar.com:8080', 'docker.io', 'library/foo_bar.com', '8080', null],
    ['foo/foo_bar.com:8080', 'docker.io', 'foo/foo_bar.com', '8080', null],
    ['192.168.1.1', 'docker.io', 'library/192.168.1.1', null, null],
    ['192.168.1.1:tag', 'docker.io', 'library/192.168.1.1', 'tag', null],
    ['192.168.1.1:5000', 'docker.io', 'library/192.168.1.1', '5000', null],
    ['192.168.1.1/repo', '192.168.1.1', 'repo', null, null],
    ['192.168.1.1:5000/repo', '192.168.1.1:5000', 'repo', null, null],
    ['192.168.1.1:5000/repo:5050', '192.168.1.1:5000', 'repo', '5050', null],
    ['[2001:db8::1]/repo', '[2001:db8::1]', 'repo', null, null],
    ['[2001:db8:1:2:3:4:5:6]/repo:tag', '[2001:db8:1:2:3:4:5:6]', 'repo', 'tag', null],
    ['[2001:db8::1]:5000/repo', '[2001:db8::1]:5000', 'repo', null, null],
    ['[2001:db8::1]:5000/repo:tag', '[2001:db8::1]:5000', 'repo', 'tag', null],
    [`[2001:db8::1]:5000/repo@${SHA256_F}`, '[2001:db8::1]:5000', 'repo', null, SHA256_F],
    [`[2001:db8::1]:5000/repo:tag@${SHA256_F}`, '[2001:db8::1]:5000', 'repo', 'tag', SHA256_F],
    ['[2001:db8::]:5000/repo', '[2001:db8::]:5000', 'repo', null, null],
    ['[::1]:5000/repo', '[::1]:5000', 'repo', null, null],
    // The domain does not count towards the 255-character limit (upstream v0.6.0).
    [`example.com/${'a'.repeat(255)}:tag`, 'example.com', 'a'.repeat(255), 'tag', null],
  ];

  it.each(valid)('%s', (input, domain, path, tag, digest) => {
    const reference = parsed(input);
    expect(reference).toMatchObject({ domain, path, tag, digest });
    expect(reference.name).toBe(`${domain}/${path}`);
    expect(reference.familiar).toBe(input);
  });

  // The error side of the same table. Upstream's Parse says ErrNameEmpty for "", and the two
  // digest rows come from go-digest (ErrDigestInvalidLength, ErrDigestUnsupported).
  const invalid: readonly Invalid[] = [
    ['', 'name-empty'],
    [':justtag', 'invalid-format'],
    [`@${SHA256_F}`, 'invalid-format'],
    ['repo@sha256:ffffffffffffffffffffffffffffffffff', 'digest-invalid'],
    [`validname@invaliddigest:${F64}`, 'digest-unsupported'],
    ['Uppercase:tag', 'name-contains-uppercase'],
    ['test:5000/Uppercase/lowercase:tag', 'name-contains-uppercase'],
    [`domain/${'a'.repeat(256)}:tag`, 'name-too-long'],
    ['aa/asdf$$^/aa', 'invalid-format'],
    ['[2001:db8::1]', 'invalid-format'],
    ['[2001:db8::1]:5000', 'invalid-format'],
    ['[2001:db8::1]:tag', 'invalid-format'],
    ['[fe80::1%eth0]:5000/repo', 'invalid-format'],
    ['[fe80::1%@invalidzone]:5000/repo', 'invalid-format'],
  ];

  it.each(invalid)('%s → %s', (input, code) => {
    expect(errorCode(input)).toBe(code);
  });

  // Source: the same file at tag v0.6.0, which the Docker CLI vendors. That test binary linked
  // crypto/sha512, as the Docker CLI does, so sha512 digests were accepted; HEAD dropped the
  // import and expects ErrDigestUnsupported instead. The Docker CLI behaviour is kept.
  it('accepts a sha512 digest, as the Docker CLI does (reference_test.go at v0.6.0)', () => {
    const digest = `sha512:${'f'.repeat(128)}`;
    const reference = parsed(`xn--7o8h.com/myimage:xn--7o8h.com@${digest}`);
    expect(reference).toMatchObject({ domain: 'xn--7o8h.com', path: 'myimage', digest });
    expect(parsed(`validname@${digest}`).digest).toBe(digest);
  });
});

describe('parseImageReference: other tables of reference_test.go', () => {
  // Source: distribution/reference reference_test.go TestSerialization (the parsing half).
  it.each([
    ['example.com:8000/named', 'example.com:8000/named', null, null],
    ['example.com:8000/named:tagged', 'example.com:8000/named', 'tagged', null],
    [
      'other.com/named@sha256:1234567890098765432112345667890098765432112345667890098765432112',
      'other.com/named',
      null,
      'sha256:1234567890098765432112345667890098765432112345667890098765432112',
    ],
  ])('%s', (input, name, tag, digest) => {
    expect(parsed(input)).toMatchObject({ name, tag, digest });
  });

  // Source: distribution/reference reference_test.go TestWithNameFailure, the rows that are
  // also invalid as a full reference (WithName refuses tags, so "example.com/repo:tag" is left
  // out: it is a fine reference).
  it.each([
    [':justtag', 'invalid-format'],
    [`@${SHA256_F}`, 'invalid-format'],
    [`validname@invaliddigest:${F64}`, 'digest-unsupported'],
    [`example.com/${'a'.repeat(256)}`, 'name-too-long'],
    ['aa/asdf$$^/aa', 'invalid-format'],
  ] satisfies Invalid[])('%s → %s', (input, code) => {
    expect(errorCode(input)).toBe(code);
  });

  // Source: distribution/reference reference_test.go TestDomainAndPath, normalised: a first
  // component without `.`, `:` or uppercase is a Docker Hub namespace, not a domain.
  it.each([
    ['test.com/foo', 'test.com', 'foo'],
    ['test_com/foo', 'docker.io', 'test_com/foo'],
    ['test:8080/foo', 'test:8080', 'foo'],
    ['test.com:8080/foo', 'test.com:8080', 'foo'],
    ['test-com:8080/foo', 'test-com:8080', 'foo'],
    ['xn--n3h.com:18080/foo', 'xn--n3h.com:18080', 'foo'],
  ])('%s', (input, domain, path) => {
    expect(parsed(input)).toMatchObject({ domain, path });
  });

  // Source: distribution/reference reference_test.go TestParseNamed. ParseNamed accepts only
  // input that is already the full name; here that is `name === input`.
  it.each([
    ['test.com/foo', true],
    ['test:8080/foo', true],
    ['test_com/foo', false],
    ['test.com', false],
    ['foo', false],
    ['library/foo', false],
    ['docker.io/library/foo', true],
    ['docker.io/foo', false],
  ])('%s is already canonical: %s', (input, isCanonical) => {
    expect(parsed(input).name === input).toBe(isCanonical);
  });
});

describe('parseImageReference: distribution/reference normalize_test.go', () => {
  // Source: distribution/reference normalize_test.go TestValidateReferenceName.
  const validRepoNames: readonly Valid[] = [
    ['docker/docker', 'docker.io', 'docker/docker', null, null],
    ['library/debian', 'docker.io', 'library/debian', null, null],
    ['debian', 'docker.io', 'library/debian', null, null],
    ['localhost/library/debian', 'localhost', 'library/debian', null, null],
    ['localhost/debian', 'localhost', 'debian', null, null],
    ['LOCALDOMAIN/library/debian', 'LOCALDOMAIN', 'library/debian', null, null],
    ['LOCALDOMAIN/debian', 'LOCALDOMAIN', 'debian', null, null],
    ['docker.io/docker/docker', 'docker.io', 'docker/docker', null, null],
    ['docker.io/library/debian', 'docker.io', 'library/debian', null, null],
    ['docker.io/debian', 'docker.io', 'library/debian', null, null],
    ['index.docker.io/docker/docker', 'docker.io', 'docker/docker', null, null],
    ['index.docker.io/library/debian', 'docker.io', 'library/debian', null, null],
    ['index.docker.io/debian', 'docker.io', 'library/debian', null, null],
    ['127.0.0.1:5000/docker/docker', '127.0.0.1:5000', 'docker/docker', null, null],
    ['127.0.0.1:5000/library/debian', '127.0.0.1:5000', 'library/debian', null, null],
    ['127.0.0.1:5000/debian', '127.0.0.1:5000', 'debian', null, null],
    ['192.168.0.1', 'docker.io', 'library/192.168.0.1', null, null],
    ['192.168.0.1:80', 'docker.io', 'library/192.168.0.1', '80', null],
    ['192.168.0.1:8/debian', '192.168.0.1:8', 'debian', null, null],
    ['192.168.0.2:25000/debian', '192.168.0.2:25000', 'debian', null, null],
    [
      'thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev',
      'docker.io',
      'library/thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev',
      null,
      null,
    ],
    ['[fc00::1]:5000/docker', '[fc00::1]:5000', 'docker', null, null],
    ['[fc00::1]:5000/docker/docker', '[fc00::1]:5000', 'docker/docker', null, null],
    ['[fc00:1:2:3:4:5:6:7]:5000/library/debian', '[fc00:1:2:3:4:5:6:7]:5000', 'library/debian', null, null],
    [`docker.io/${IDENTIFIER}`, 'docker.io', `library/${IDENTIFIER}`, null, null],
    ['Docker/docker', 'Docker', 'docker', null, null],
    ['DOCKER/docker', 'DOCKER', 'docker', null, null],
  ];

  it.each(validRepoNames)('valid: %s', (input, domain, path, tag, digest) => {
    expect(parsed(input)).toMatchObject({ domain, path, tag, digest });
  });

  const invalidRepoNames: readonly Invalid[] = [
    ['https://github.com/docker/docker', 'invalid-format'],
    ['docker/Docker', 'name-contains-uppercase'],
    ['-docker', 'invalid-format'],
    ['-docker/docker', 'invalid-format'],
    ['-docker.io/docker/docker', 'invalid-format'],
    ['docker///docker', 'invalid-format'],
    ['docker.io/docker/Docker', 'name-contains-uppercase'],
    ['docker.io/docker///docker', 'invalid-format'],
    ['[fc00::1]', 'invalid-format'],
    ['[fc00::1]:5000', 'invalid-format'],
    ['fc00::1:5000/debian', 'invalid-format'],
    ['[fe80::1%eth0]:5000/debian', 'invalid-format'],
    ['[2001:db8:3:4::192.0.2.33]:5000/debian', 'invalid-format'],
    [IDENTIFIER, 'identifier-as-name'],
  ];

  it.each(invalidRepoNames)('invalid: %s → %s', (input, code) => {
    expect(errorCode(input)).toBe(code);
  });

  // Source: distribution/reference normalize_test.go TestValidateRemoteName.
  it.each([
    'docker/docker',
    'thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev',
    'docker-rules/docker',
    'docker---rules/docker',
    'doc/docker',
    'd/docker',
    'jess/t',
    'dock__er/docker',
  ])('valid remote name: %s', (input) => {
    const path = input.includes('/') ? input : `library/${input}`;
    expect(parsed(input)).toMatchObject({ domain: 'docker.io', path });
  });

  const longNamespace =
    'this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255_this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255_this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255_this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255/docker';

  it.each([
    ['docker/Docker', 'name-contains-uppercase'],
    ['docker///docker', 'invalid-format'],
    [IDENTIFIER, 'identifier-as-name'],
    ['-docker/docker', 'invalid-format'],
    ['docker-/docker', 'invalid-format'],
    ['-docker-/docker', 'invalid-format'],
    ['____/____', 'invalid-format'],
    ['_docker/_docker', 'invalid-format'],
    ['dock..er/docker', 'invalid-format'],
    ['dock_.er/docker', 'invalid-format'],
    ['dock-.er/docker', 'invalid-format'],
    ['docker/', 'invalid-format'],
    [longNamespace, 'name-too-long'],
  ] satisfies Invalid[])('invalid remote name: %s → %s', (input, code) => {
    expect(errorCode(input)).toBe(code);
  });

  // Source: distribution/reference normalize_test.go TestParseRepositoryInfo. Each of the
  // familiar, full and ambiguous spellings must give the same familiar name, full name, domain
  // and path.
  it.each([
    ['fooo', 'localhost/fooo', 'localhost/fooo', 'localhost/fooo', 'localhost'],
    ['fooo/bar', 'localhost/fooo/bar', 'localhost/fooo/bar', 'localhost/fooo/bar', 'localhost'],
    ['fooo', 'LOCALDOMAIN/fooo', 'LOCALDOMAIN/fooo', 'LOCALDOMAIN/fooo', 'LOCALDOMAIN'],
    ['fooo/bar', 'LOCALDOMAIN/fooo/bar', 'LOCALDOMAIN/fooo/bar', 'LOCALDOMAIN/fooo/bar', 'LOCALDOMAIN'],
    ['fooo/bar', 'fooo/bar', 'docker.io/fooo/bar', 'index.docker.io/fooo/bar', 'docker.io'],
    ['library/ubuntu', 'ubuntu', 'docker.io/library/ubuntu', 'library/ubuntu', 'docker.io'],
    ['nonlibrary/ubuntu', 'nonlibrary/ubuntu', 'docker.io/nonlibrary/ubuntu', '', 'docker.io'],
    ['other/library', 'other/library', 'docker.io/other/library', '', 'docker.io'],
    ['private/moonbase', '127.0.0.1:8000/private/moonbase', '127.0.0.1:8000/private/moonbase', '', '127.0.0.1:8000'],
    ['privatebase', '127.0.0.1:8000/privatebase', '127.0.0.1:8000/privatebase', '', '127.0.0.1:8000'],
    ['private/moonbase', 'example.com/private/moonbase', 'example.com/private/moonbase', '', 'example.com'],
    ['privatebase', 'example.com/privatebase', 'example.com/privatebase', '', 'example.com'],
    [
      'private/moonbase',
      'example.com:8000/private/moonbase',
      'example.com:8000/private/moonbase',
      '',
      'example.com:8000',
    ],
    ['privatebasee', 'example.com:8000/privatebasee', 'example.com:8000/privatebasee', '', 'example.com:8000'],
    [
      'library/ubuntu-12.04-base',
      'ubuntu-12.04-base',
      'docker.io/library/ubuntu-12.04-base',
      'index.docker.io/library/ubuntu-12.04-base',
      'docker.io',
    ],
    ['library/foo', 'foo', 'docker.io/library/foo', 'docker.io/foo', 'docker.io'],
    ['library/foo/bar', 'library/foo/bar', 'docker.io/library/foo/bar', '', 'docker.io'],
    ['store/foo/bar', 'store/foo/bar', 'docker.io/store/foo/bar', '', 'docker.io'],
    ['bar', 'Foo/bar', 'Foo/bar', '', 'Foo'],
    ['bar', 'FOO/bar', 'FOO/bar', '', 'FOO'],
  ])('repository info %s / %s', (path, familiar, name, ambiguous, domain) => {
    const spellings = [familiar, name, ...(ambiguous === '' ? [] : [ambiguous])];
    for (const spelling of spellings) {
      expect(parsed(spelling)).toMatchObject({ familiar, name, domain, path });
    }
  });

  // Source: distribution/reference normalize_test.go TestParseReferenceWithTagAndDigest.
  it('keeps both tag and digest, and prints them both in the familiar form', () => {
    const shortRef = 'busybox:latest@sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa';
    const reference = parsed(shortRef);
    expect(fullString(reference)).toBe(`docker.io/library/${shortRef}`);
    expect(reference.tag).toBe('latest');
    expect(reference.digest).toBe('sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa');
    expect(reference.familiar).toBe(shortRef);
  });

  // Source: distribution/reference normalize_test.go TestInvalidReferenceComponents.
  it('rejects a name that starts with a hyphen', () => {
    expect(errorCode('-foo')).toBe('invalid-format');
  });

  // Source: distribution/reference normalize_test.go TestParseAnyReference. ParseAnyReference
  // tries an image ID and a bare digest before ParseNormalizedNamed; this model is only the
  // last step, so those two rows give what ParseNormalizedNamed gives.
  it.each([
    ['redis', 'docker.io/library/redis'],
    ['redis:latest', 'docker.io/library/redis:latest'],
    ['docker.io/library/redis:latest', 'docker.io/library/redis:latest'],
    [
      'redis@sha256:dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c',
      'docker.io/library/redis@sha256:dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c',
    ],
    [
      'docker.io/library/redis@sha256:dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c',
      'docker.io/library/redis@sha256:dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c',
    ],
    ['dmcgowan/myapp', 'docker.io/dmcgowan/myapp'],
    ['dmcgowan/myapp:latest', 'docker.io/dmcgowan/myapp:latest'],
    ['docker.io/mcgowan/myapp:latest', 'docker.io/mcgowan/myapp:latest'],
    [
      'dmcgowan/myapp@sha256:dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c',
      'docker.io/dmcgowan/myapp@sha256:dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c',
    ],
    [
      'docker.io/dmcgowan/myapp@sha256:dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c',
      'docker.io/dmcgowan/myapp@sha256:dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c',
    ],
    [
      'dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9',
      'docker.io/library/dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9',
    ],
    ['dbcc1', 'docker.io/library/dbcc1'],
    // ParseAnyReference would make these two a digest; ParseNormalizedNamed refuses the bare
    // ID and reads "sha256" as the repository with the hex as its tag.
    [
      'sha256:dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c',
      'docker.io/library/sha256:dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c',
    ],
  ])('%s ≡ %s', (input, equivalent) => {
    expect(fullString(parsed(input))).toBe(equivalent);
  });

  it('refuses a bare image ID as a name (TestParseAnyReference row 11)', () => {
    expect(errorCode('dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c')).toBe('identifier-as-name');
  });

  // Source: distribution/reference normalize_test.go TestNormalizedSplitHostname.
  it.each([
    ['test.com/foo', 'test.com', 'foo'],
    ['test_com/foo', 'docker.io', 'test_com/foo'],
    ['docker/migrator', 'docker.io', 'docker/migrator'],
    ['test.com:8080/foo', 'test.com:8080', 'foo'],
    ['test-com:8080/foo', 'test-com:8080', 'foo'],
    ['foo', 'docker.io', 'library/foo'],
    ['xn--n3h.com/foo', 'xn--n3h.com', 'foo'],
    ['xn--n3h.com:18080/foo', 'xn--n3h.com:18080', 'foo'],
    ['docker.io/foo', 'docker.io', 'library/foo'],
    ['docker.io/library/foo', 'docker.io', 'library/foo'],
    ['docker.io/library/foo/bar', 'docker.io', 'library/foo/bar'],
  ])('%s → domain %s, path %s', (input, domain, path) => {
    expect(parsed(input)).toMatchObject({ domain, path });
  });

  // Source: distribution/reference normalize_test.go TestParseDockerRef.
  it.each([
    ['busybox', 'docker.io/library/busybox:latest'],
    ['busybox:latest', 'docker.io/library/busybox:latest'],
    [
      'busybox@sha256:e6693c20186f837fc393390135d8a598a96a833917917789d63766cab6c59582',
      'docker.io/library/busybox@sha256:e6693c20186f837fc393390135d8a598a96a833917917789d63766cab6c59582',
    ],
    ['library/busybox', 'docker.io/library/busybox:latest'],
    ['docker.io/busybox', 'docker.io/library/busybox:latest'],
    ['docker.io/library/busybox', 'docker.io/library/busybox:latest'],
    ['docker.io/busybox:latest', 'docker.io/library/busybox:latest'],
    ['library/busybox:latest', 'docker.io/library/busybox:latest'],
    ['docker.io/library/busybox:latest', 'docker.io/library/busybox:latest'],
    ['gcr.io/library/busybox', 'gcr.io/library/busybox:latest'],
    [
      'gcr.io/library/busybox:latest@sha256:e6693c20186f837fc393390135d8a598a96a833917917789d63766cab6c59582',
      'gcr.io/library/busybox@sha256:e6693c20186f837fc393390135d8a598a96a833917917789d63766cab6c59582',
    ],
  ])('docker ref of %s is %s', (input, canonical) => {
    expect(parsed(input).canonical).toBe(canonical);
    // Upstream also parses the output again; it must be stable.
    expect(parsed(canonical).canonical).toBe(canonical);
  });
});

describe('parseImageReference: distribution/reference regexp_test.go', () => {
  // Source: distribution/reference regexp_test.go TestDomainRegexp. Each candidate is placed
  // in front of "/repo"; every one of these is treated as a domain by splitDockerDomain (it
  // has `.`, `:`, uppercase or is localhost), so a match keeps it as the domain and a miss
  // fails the whole reference. The plain "a" row is left out: it matches the regexp, but
  // normalisation reads it as a Docker Hub namespace, never as a domain.
  it.each([
    ['test.com', true],
    ['test.com:10304', true],
    ['test.com:http', false],
    ['localhost', true],
    ['localhost:8080', true],
    ['a.b', true],
    ['ab.cd.com', true],
    ['a-b.com', true],
    ['-ab.com', false],
    ['ab-.com', false],
    ['ab.c-om', true],
    ['ab.-com', false],
    ['ab.com-', false],
    ['0101.com', true],
    ['001a.com', true],
    ['b.gbc.io:443', true],
    ['b.gbc.io', true],
    ['xn--n3h.com', true],
    ['Asdf.com', true],
    ['192.168.1.1:75050', true],
    ['192.168.1.1:750050', true],
    ['[fd00:1:2::3]:75050', true],
    ['[fd00:1:2::3]75050', false],
    ['[fd00:1:2::3]::75050', false],
    ['[fd00:1:2::3%eth0]:75050', false],
    ['[fd00123123123]:75050', true],
    ['[2001:0db8:85a3:0000:0000:8a2e:0370:7334]:75050', true],
    ['[2001:0db8:85a3:0000:0000:8a2e:0370:7334]:750505', true],
    ['fd00:1:2::3:75050', false],
  ])('domain %s: %s', (domain, matches) => {
    const result = parseImageReference(`${domain}/repo`);
    if (matches) {
      expect(result).toMatchObject({ ok: true, reference: { domain, path: 'repo' } });
    } else {
      expect(result).toEqual({ ok: false, error: { code: 'invalid-format' } });
    }
  });

  // Source: distribution/reference regexp_test.go TestFullNameRegexp. The name regexp alone
  // is tested upstream; here each input goes through normalisation, so the expected outcome
  // is that of ParseNormalizedNamed (a name that matches can still gain `docker.io/library/`).
  it.each([
    ['short', 'docker.io', 'library/short'],
    ['simple/name', 'docker.io', 'simple/name'],
    ['library/ubuntu', 'docker.io', 'library/ubuntu'],
    ['docker/stevvooe/app', 'docker.io', 'docker/stevvooe/app'],
    ['aa/aa/aa/aa/aa/aa/aa/aa/aa/bb/bb/bb/bb/bb/bb', 'docker.io', 'aa/aa/aa/aa/aa/aa/aa/aa/aa/bb/bb/bb/bb/bb/bb'],
    ['aa/aa/bb/bb/bb', 'docker.io', 'aa/aa/bb/bb/bb'],
    ['a/a/a/a', 'docker.io', 'a/a/a/a'],
    ['a', 'docker.io', 'library/a'],
    ['a/aa', 'docker.io', 'a/aa'],
    ['a/aa/a', 'docker.io', 'a/aa/a'],
    ['foo.com', 'docker.io', 'library/foo.com'],
    ['foo.com:8080/bar', 'foo.com:8080', 'bar'],
    ['foo.com/bar', 'foo.com', 'bar'],
    ['foo.com/bar/baz', 'foo.com', 'bar/baz'],
    ['localhost:8080/bar', 'localhost:8080', 'bar'],
    ['sub-dom1.foo.com/bar/baz/quux', 'sub-dom1.foo.com', 'bar/baz/quux'],
    ['blog.foo.com/bar/baz', 'blog.foo.com', 'bar/baz'],
    ['aa-a/a', 'docker.io', 'aa-a/a'],
    ['foo_bar', 'docker.io', 'library/foo_bar'],
    ['foo_bar.com', 'docker.io', 'library/foo_bar.com'],
    ['foo.com/foo_bar', 'foo.com', 'foo_bar'],
    ['b.gcr.io/test.example.com/my-app', 'b.gcr.io', 'test.example.com/my-app'],
    ['xn--n3h.com/myimage', 'xn--n3h.com', 'myimage'],
    ['xn--7o8h.com/myimage', 'xn--7o8h.com', 'myimage'],
    ['example.com/xn--7o8h.com/myimage', 'example.com', 'xn--7o8h.com/myimage'],
    ['example.com/some_separator__underscore/myimage', 'example.com', 'some_separator__underscore/myimage'],
    ['do__cker/docker', 'docker.io', 'do__cker/docker'],
    [
      'registry.io/foo/project--id.module--name.ver---sion--name',
      'registry.io',
      'foo/project--id.module--name.ver---sion--name',
    ],
    ['Asdf.com/foo/bar', 'Asdf.com', 'foo/bar'],
  ])('name %s → %s / %s', (input, domain, path) => {
    expect(parsed(input)).toMatchObject({ domain, path, tag: null, digest: null });
  });

  it.each([
    ['a/a/a/a/', 'invalid-format'],
    ['a//a/a', 'invalid-format'],
    ['foo.com/', 'invalid-format'],
    ['foo.com:http/bar', 'invalid-format'],
    ['a^a', 'invalid-format'],
    ['aa/asdf$$^/aa', 'invalid-format'],
    ['asdf$$^/aa', 'invalid-format'],
    // Upstream's regexp takes the first "a" as a domain; normalised, it is a namespace, so the
    // whole 257-character string is the path.
    [`${'a/'.repeat(128)}a`, 'name-too-long'],
    ['a-/a/a/a', 'invalid-format'],
    ['foo.com/a-/a/a', 'invalid-format'],
    ['-foo/bar', 'invalid-format'],
    ['foo/bar-', 'invalid-format'],
    ['foo-/bar', 'invalid-format'],
    ['foo/-bar', 'invalid-format'],
    ['_foo/bar', 'invalid-format'],
    ['foo_bar.com:8080/app', 'invalid-format'],
    ['____/____', 'invalid-format'],
    ['_docker/_docker', 'invalid-format'],
    ['docker_/docker_', 'invalid-format'],
    ['example.com/__underscore/myimage', 'invalid-format'],
    ['example.com/..dots/myimage', 'invalid-format'],
    ['example.com/.dots/myimage', 'invalid-format'],
    ['example.com/nodouble..dots/myimage', 'invalid-format'],
    ['docker./docker', 'invalid-format'],
    ['.docker/docker', 'invalid-format'],
    ['docker-/docker', 'invalid-format'],
    ['-docker/docker', 'invalid-format'],
    ['do..cker/docker', 'invalid-format'],
    ['do__cker:8080/docker', 'invalid-format'],
    ['Foo/FarB', 'name-contains-uppercase'],
  ] satisfies Invalid[])('name %s → %s', (input, code) => {
    expect(errorCode(input)).toBe(code);
  });

  // "foo_bar.com:8080" fails the name regexp upstream, but as a reference it is the name
  // "foo_bar.com" with the tag "8080".
  it('reads foo_bar.com:8080 as a name with a tag', () => {
    expect(parsed('foo_bar.com:8080')).toMatchObject({ path: 'library/foo_bar.com', tag: '8080' });
  });

  // Source: distribution/reference regexp_test.go TestReferenceRegexp.
  it.each([
    ['registry.com:8080/myapp:tag', 'registry.com:8080', 'myapp', 'tag', null],
    [`registry.com:8080/myapp@sha256:${HEX_1}`, 'registry.com:8080', 'myapp', null, `sha256:${HEX_1}`],
    [`registry.com:8080/myapp:tag2@sha256:${HEX_1}`, 'registry.com:8080', 'myapp', 'tag2', `sha256:${HEX_1}`],
    // "localhost treated as name, missing tag with 8080 as tag"
    [`localhost:8080@sha256:${HEX_1}`, 'docker.io', 'library/localhost', '8080', `sha256:${HEX_1}`],
    [`localhost:8080/name@sha256:${HEX_1}`, 'localhost:8080', 'name', null, `sha256:${HEX_1}`],
    // "localhost will be treated as an image name without a host"
    [`localhost@sha256:${HEX_1}`, 'docker.io', 'library/localhost', null, `sha256:${HEX_1}`],
  ] satisfies Valid[])('reference %s', (input, domain, path, tag, digest) => {
    expect(parsed(input)).toMatchObject({ domain, path, tag, digest });
  });

  // Upstream reports each of these as a plain format error; the tag and digest rows get the
  // narrower codes here because the name in front of them is sound.
  it.each([
    ['registry.com:8080/myapp@sha256:badbadbadbad', 'digest-invalid'],
    ['registry.com:8080/myapp:invalid~tag', 'tag-invalid'],
    ['bad_hostname.com:8080/myapp:tag', 'invalid-format'],
    [`localhost:http/name@sha256:${HEX_1}`, 'invalid-format'],
    ['registry.com:8080/myapp@bad', 'digest-invalid'],
    ['registry.com:8080/myapp@2bad', 'digest-invalid'],
  ] satisfies Invalid[])('reference %s → %s', (input, code) => {
    expect(errorCode(input)).toBe(code);
  });

  // Source: distribution/reference regexp_test.go TestIdentifierRegexp. Only the exact
  // 64-character lowercase form is an image ID; the rest are ordinary (or uppercase) names.
  it.each([
    ['da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf9821', 'identifier-as-name'],
    ['7EC43B381E5AEFE6E04EFB0B3F0693FF2A4A50652D64AEC573905F2DB5889A1C', 'name-contains-uppercase'],
    ['da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf', 'ok'],
    ['sha256:da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf9821', 'ok'],
    ['da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf98218482', 'ok'],
  ])('identifier %s → %s', (input, outcome) => {
    expect(errorCode(input)).toBe(outcome);
  });
});

describe('parseImageReference: digests inside a reference (go-digest v1.0.0)', () => {
  // go-digest v1.0.0 algorithm.go: sha256/sha384/sha512 are known when crypto/sha256 and
  // crypto/sha512 are linked; lengths are Size()*2 and only lowercase hex is accepted.
  // digest.go Validate: an unknown algorithm is "unsupported" if it fits DigestRegexp.
  it.each([
    [`app@sha256:${'a'.repeat(64)}`, 'ok'],
    [`app@sha384:${'a'.repeat(96)}`, 'ok'],
    [`app@sha512:${'a'.repeat(128)}`, 'ok'],
    [`app@sha256:${'a'.repeat(63)}`, 'digest-invalid'],
    [`app@sha256:${'a'.repeat(65)}`, 'digest-invalid'],
    [`app@sha384:${'a'.repeat(64)}`, 'digest-invalid'],
    [`app@sha256:${'A'.repeat(64)}`, 'digest-invalid'],
    [`app@sha256:${'a'.repeat(31)}`, 'digest-invalid'],
    [`app@md5:${'a'.repeat(32)}`, 'digest-unsupported'],
    [`app@blake3:${'a'.repeat(64)}`, 'digest-unsupported'],
    [`app@sha256+b64:${'a'.repeat(64)}`, 'digest-unsupported'],
    // An uppercase algorithm fits the reference grammar but not go-digest's DigestRegexp.
    [`app:v1@SHA256:${'a'.repeat(64)}`, 'digest-invalid'],
    // Without a tag, normalize.go's lowercase check sees "library/app@SHA256" as the
    // repository and reports uppercase, before the digest is ever looked at.
    [`app@SHA256:${'a'.repeat(64)}`, 'name-contains-uppercase'],
    // Path length is checked before the digest.
    [`${'a'.repeat(256)}@md5:${'a'.repeat(32)}`, 'name-too-long'],
  ])('%s → %s', (input, outcome) => {
    expect(errorCode(input)).toBe(outcome);
  });
});

describe('parseImageReference: upstream quirks kept on purpose', () => {
  it('keeps a first component with `.` as the domain only if it is a valid domain', () => {
    // splitDockerDomain takes "foo_bar.com" for a registry, but Parse finds it is not a valid
    // host and reads the whole string as a path with no domain (regexp_test.go: subs "").
    expect(parsed('foo_bar.com/app')).toMatchObject({
      domain: '',
      path: 'foo_bar.com/app',
      name: 'foo_bar.com/app',
      familiar: 'foo_bar.com/app',
      canonical: 'foo_bar.com/app:latest',
    });
  });

  it('gives familiar forms that do not always read back the same', () => {
    // FamiliarString drops docker.io/ even when what follows looks like a registry.
    expect(parsed('docker.io/localhost/foo').familiar).toBe('localhost/foo');
    expect(parsed('localhost/foo').name).toBe('localhost/foo');
    expect(parsed('docker.io/example.com/foo').familiar).toBe('example.com/foo');
    expect(parsed(`docker.io/${IDENTIFIER}`).familiar).toBe(IDENTIFIER);
    expect(errorCode(IDENTIFIER)).toBe('identifier-as-name');
  });

  it('reads a bare host:port as an official image with a tag (normalize.go FIXME)', () => {
    expect(parsed('localhost:5000')).toMatchObject({
      name: 'docker.io/library/localhost',
      tag: '5000',
      familiar: 'localhost:5000',
    });
    expect(parsed('example.com')).toMatchObject({ name: 'docker.io/library/example.com' });
  });

  it('keeps library/ in the familiar form when something is nested under it', () => {
    expect(parsed('library/foo/bar').familiar).toBe('library/foo/bar');
    expect(parsed('docker.io/library/foo').familiar).toBe('foo');
  });

  it('lowercases the way Go does (simple case mapping)', () => {
    // Go maps U+0130 to "i", which turns this into a valid name once lowercased, so upstream
    // reports uppercase; JavaScript's full mapping would give "i̇" and a format error.
    expect(errorCode('\u0130.com/app')).toBe('name-contains-uppercase');
    // U+212A KELVIN SIGN lowercases to ASCII "k" in both.
    expect(errorCode('\u212Aube.com/app')).toBe('name-contains-uppercase');
  });
});

describe('parseImageReference: every error code', () => {
  const examples: Record<ImageReferenceErrorCode, string> = {
    'invalid-format': 'ubuntu//22.04',
    'name-empty': '',
    'name-too-long': 'a'.repeat(256),
    'name-contains-uppercase': 'Ubuntu',
    'tag-invalid': 'ubuntu:-22.04',
    'digest-invalid': 'ubuntu@sha256:abc',
    'digest-unsupported': `ubuntu@md5:${'0'.repeat(32)}`,
    'identifier-as-name': 'a'.repeat(64),
  };

  it.each(Object.entries(examples))('%s ← %s', (code, input) => {
    expect(errorCode(input)).toBe(code);
  });

  it('has an example and a message in both languages for every code', () => {
    expect(Object.keys(examples).sort()).toEqual([...ALL_CODES].sort());
    expect(Object.keys(imageReferenceMessages.ko).sort()).toEqual([...ALL_CODES].sort());
    for (const code of ALL_CODES) {
      expect(imageReferenceMessages.ko[code].trim()).not.toBe('');
      expect(imageReferenceMessages.en[code].trim()).not.toBe('');
    }
  });

  it.each([
    ['ubuntu:', 'tag-invalid'],
    [`ubuntu:${'a'.repeat(128)}`, 'ok'],
    [`ubuntu:${'a'.repeat(129)}`, 'tag-invalid'],
    ['ubuntu:_ok', 'ok'],
    ['ubuntu:.bad', 'tag-invalid'],
    ['ubuntu:a:b', 'tag-invalid'],
    ['ubuntu@', 'digest-invalid'],
    ['ubuntu@sha256', 'digest-invalid'],
    [`ubuntu@sha256:${'a'.repeat(64)}@x`, 'digest-invalid'],
    // A broken name hides any problem behind it.
    ['Ubuntu_/x:-bad', 'invalid-format'],
    [`-ubuntu:-bad`, 'invalid-format'],
    [`${'a'.repeat(247)}`, 'ok'],
    [`${'a'.repeat(248)}`, 'name-too-long'],
    [`a/${'a'.repeat(253)}`, 'ok'],
    [`a/${'a'.repeat(254)}`, 'name-too-long'],
  ])('%s → %s', (input, outcome) => {
    expect(errorCode(input)).toBe(outcome);
  });
});

describe('parseImageReference: hostile and odd input', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['an object', {}],
    ['an array', ['ubuntu']],
    ['a symbol', Symbol('ubuntu')],
    ['a function', () => 'ubuntu'],
  ])('returns invalid-format for %s', (_label, input) => {
    expect(parseImageReference(input as unknown as string)).toEqual({
      ok: false,
      error: { code: 'invalid-format' },
    });
  });

  it.each([
    [' ', 'invalid-format'],
    ['\t', 'invalid-format'],
    ['\n', 'invalid-format'],
    [' ubuntu', 'invalid-format'],
    ['ubuntu ', 'invalid-format'],
    ['ubuntu\n', 'invalid-format'],
    ['ubuntu:22.04 ', 'tag-invalid'],
    ['ubu ntu', 'invalid-format'],
    ['\u0000', 'invalid-format'],
    ['ubuntü', 'invalid-format'],
    ['ÜBUNTU', 'name-contains-uppercase'],
    ['🐳', 'invalid-format'],
    ['우분투', 'invalid-format'],
    ['ubuntu\u200b', 'invalid-format'],
    ['\ud800', 'invalid-format'],
    ['ｕｂｕｎｔｕ', 'invalid-format'],
    ['/', 'invalid-format'],
    ['@', 'invalid-format'],
    [':', 'invalid-format'],
    ['[', 'invalid-format'],
    ['[]/a', 'invalid-format'],
    ['constructor', 'ok'],
    // Algorithm names are looked up without touching Object.prototype.
    [`app@constructor:${'a'.repeat(32)}`, 'digest-unsupported'],
    [`app:1@valueOf:${'a'.repeat(32)}`, 'digest-invalid'],
  ])('%j → %s', (input, outcome) => {
    expect(errorCode(input)).toBe(outcome);
  });

  it.each([
    ['a × 10,000', 'a'.repeat(10_000), 'name-too-long'],
    ['A × 10,000', 'A'.repeat(10_000), 'name-contains-uppercase'],
    ['/ × 10,000', '/'.repeat(10_000), 'invalid-format'],
    [': × 10,000', ':'.repeat(10_000), 'invalid-format'],
    ['@ × 10,000', '@'.repeat(10_000), 'invalid-format'],
    ['a- × 5,000', 'a-'.repeat(5_000), 'invalid-format'],
    ['a_ × 5,000', 'a_'.repeat(5_000), 'invalid-format'],
    ['a. × 5,000', 'a.'.repeat(5_000), 'invalid-format'],
    ['a- × 4,999 then a!', `${'a-'.repeat(4_999)}a!`, 'invalid-format'],
    ['a 9,994-character path', `x.com/${'a'.repeat(9_994)}`, 'name-too-long'],
    ['a 9,996-character tag', `app:${'a'.repeat(9_996)}`, 'tag-invalid'],
    ['a 9,989-digit sha256', `app@sha256:${'a'.repeat(9_989)}`, 'digest-invalid'],
    ['a digest without algorithm', `app@${'a'.repeat(9_996)}`, 'digest-invalid'],
    ['a 9,994-colon IPv6 host', `[${':'.repeat(9_994)}]:1/a`, 'ok'],
    ['💥 × 5,000', '💥'.repeat(5_000), 'invalid-format'],
  ])('10,000 characters: %s → %s', (_label, input, outcome) => {
    expect(input.length).toBe(10_000);
    expect(errorCode(input)).toBe(outcome);
  });

  it('accepts a 10,000-character reference whose length is all domain (none is counted)', () => {
    const domain = `${'a.'.repeat(4_996)}io`;
    const input = `${domain}/app:1`;
    expect(input.length).toBe(10_000);
    expect(parsed(input)).toMatchObject({ domain, path: 'app', tag: '1' });
  });
});

describe('parseImageReference: properties', () => {
  const anyCharacter = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 80 }),
    // UTF-16 code units, so lone surrogates appear too.
    fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
      maxLength: 80,
    }),
  );
  // Mostly the characters the grammar cares about, so that many inputs come close to valid.
  const grammarish = fc.string({
    unit: fc.constantFrom(...'abcdefz019ABF.-_:/@[]'.split(''), 'sha256:', 'localhost', 'docker.io/', '__', F64),
    maxLength: 30,
  });

  function assertShape(input: string): void {
    const result = parseImageReference(input);
    if (result.ok) {
      expect(Object.keys(result).sort()).toEqual(['ok', 'reference']);
      const { reference } = result;
      expect(Object.keys(reference).sort()).toEqual(
        ['canonical', 'digest', 'domain', 'familiar', 'name', 'path', 'tag'].sort(),
      );
      for (const key of ['domain', 'path', 'name', 'familiar', 'canonical'] as const) {
        expect(typeof reference[key]).toBe('string');
      }
      for (const key of ['tag', 'digest'] as const) {
        const value = reference[key];
        expect(value === null || (typeof value === 'string' && value !== '')).toBe(true);
      }
      expect(reference.name).toBe(reference.domain === '' ? reference.path : `${reference.domain}/${reference.path}`);
    } else {
      expect(Object.keys(result).sort()).toEqual(['error', 'ok']);
      expect(Object.keys(result.error)).toEqual(['code']);
      expect(ALL_CODES).toContain(result.error.code);
    }
  }

  it('never throws and always returns one of the two shapes (full Unicode)', () => {
    fc.assert(
      fc.property(anyCharacter, (input) => assertShape(input)),
      { numRuns: 500 },
    );
  });

  it('never throws and always returns one of the two shapes (grammar characters)', () => {
    fc.assert(
      fc.property(grammarish, (input) => assertShape(input)),
      { numRuns: 1000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(grammarish, (input) => {
        expect(parseImageReference(input)).toEqual(parseImageReference(input));
      }),
    );
  });

  // Valid references built from the grammar in regexp.go.
  const alphanumeric = fc.string({
    unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split('')),
    minLength: 1,
    maxLength: 6,
  });
  const separator = fc.constantFrom('.', '_', '__', '-', '--', '---');
  const component = (withDots: boolean) =>
    fc
      .tuple(
        alphanumeric,
        fc.array(fc.tuple(withDots ? separator : separator.filter((s) => s !== '.'), alphanumeric), {
          maxLength: 2,
        }),
      )
      .map(([head, rest]) => head + rest.map(([sep, run]) => sep + run).join(''));
  const path = fc
    .tuple(component(false), fc.array(component(true), { maxLength: 3 }))
    .map(([first, rest]) => [first, ...rest].join('/'))
    .filter((p) => !p.startsWith('localhost') && !/^[a-f0-9]{64}$/.test(p));
  const domain = fc.constantFrom(
    null,
    'docker.io',
    'index.docker.io',
    'localhost',
    'localhost:5000',
    'example.com',
    'registry-1.example.co.kr:443',
    'ghcr.io',
    '10.0.0.1:5000',
    '[::1]:5000',
    '[2001:db8::1]',
    'MyRegistry',
  );
  const tag = fc.option(
    fc
      .tuple(
        fc.constantFrom(...'aZ9_'.split('')),
        fc.string({ unit: fc.constantFrom(...'aZ9_.-'.split('')), maxLength: 20 }),
      )
      .map(([first, rest]) => first + rest),
  );
  const digest = fc.option(
    fc
      .string({ unit: fc.constantFrom(...'0123456789abcdef'.split('')), minLength: 64, maxLength: 64 })
      .map((hex) => `sha256:${hex}`),
  );
  const validReference = fc.record({ domain, path, tag, digest }).map((parts) => ({
    ...parts,
    text:
      (parts.domain === null ? '' : `${parts.domain}/`) +
      parts.path +
      (parts.tag === null ? '' : `:${parts.tag}`) +
      (parts.digest === null ? '' : `@${parts.digest}`),
  }));

  it('parses every reference built from the grammar into the parts it was built from', () => {
    fc.assert(
      fc.property(validReference, (built) => {
        const reference = parsed(built.text);
        const onHub = built.domain === null || built.domain === 'docker.io' || built.domain === 'index.docker.io';
        expect(reference.domain).toBe(onHub ? 'docker.io' : built.domain);
        expect(reference.path).toBe(onHub && !built.path.includes('/') ? `library/${built.path}` : built.path);
        expect(reference.tag).toBe(built.tag);
        expect(reference.digest).toBe(built.digest);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips: familiar → parse → same name; name and canonical are fixed points', () => {
    fc.assert(
      fc.property(validReference, (built) => {
        const reference = parsed(built.text);
        const again = parsed(reference.familiar);
        expect(again.name).toBe(reference.name);
        expect(again.familiar).toBe(reference.familiar);
        expect(again.tag).toBe(reference.tag);
        expect(again.digest).toBe(reference.digest);
        expect(parsed(reference.name).name).toBe(reference.name);
        expect(parsed(reference.canonical).canonical).toBe(reference.canonical);
        expect(parsed(fullString(reference)).familiar).toBe(reference.familiar);
      }),
      { numRuns: 500 },
    );
  });

  it('canonical always has exactly one of tag and digest, preferring the digest', () => {
    fc.assert(
      fc.property(validReference, (built) => {
        const reference = parsed(built.text);
        if (reference.digest !== null) {
          expect(reference.canonical).toBe(`${reference.name}@${reference.digest}`);
        } else {
          expect(reference.canonical).toBe(`${reference.name}:${reference.tag ?? 'latest'}`);
        }
      }),
    );
  });
});
