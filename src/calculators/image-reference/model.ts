/**
 * Image references as the Docker CLI reads them.
 *
 * Behaviour follows github.com/distribution/reference v0.6.0 (the version the Docker CLI vendors):
 * `ParseNormalizedNamed` for the name, `FamiliarString` for the short form and `ParseDockerRef` for
 * what is pulled. Digests inside a reference are checked the way go-digest v1.0.0 does when the
 * program links crypto/sha256 and crypto/sha512 (as the Docker CLI does): sha256, sha384 and
 * sha512 are known, anything else that fits the grammar is "unsupported".
 *
 * Upstream uses one large RE2 regular expression. RE2 runs in linear time; a backtracking engine
 * such as V8's does not promise that, so the input is cut at the delimiters the grammar makes
 * unambiguous (`@`, the first `:` after the last `/`, the first `/`) and each piece is checked on
 * its own. That yields the same split as RE2's leftmost-first submatches, without the risk.
 */

export const IMAGE_REFERENCE_ERROR_CODES = [
  /** ErrReferenceInvalidFormat: the text does not fit the reference grammar. */
  'invalid-format',
  /** ErrNameEmpty: the input is the empty string. */
  'name-empty',
  /** ErrNameTooLong: the repository path is longer than 255 characters. */
  'name-too-long',
  /** ErrNameContainsUppercase, and normalize.go's "repository name (…) must be lowercase". */
  'name-contains-uppercase',
  /**
   * ErrTagInvalidFormat: the name is fine but the part after `:` is not a tag. Upstream's Parse
   * reports this case as ErrReferenceInvalidFormat; the narrower code is this model's.
   */
  'tag-invalid',
  /**
   * ErrDigestInvalidFormat, digest.ErrDigestInvalidFormat and digest.ErrDigestInvalidLength. A
   * digest that misses the reference grammar altogether is ErrReferenceInvalidFormat upstream.
   */
  'digest-invalid',
  /** digest.ErrDigestUnsupported: a well-formed digest whose algorithm is unknown. */
  'digest-unsupported',
  /** "invalid repository name (…), cannot specify 64-byte hexadecimal strings". */
  'identifier-as-name',
] as const;
export type ImageReferenceErrorCode = (typeof IMAGE_REFERENCE_ERROR_CODES)[number];

export interface ImageReference {
  /** Registry host, with port if given; `docker.io` for Docker Hub. */
  readonly domain: string;
  /** Repository path inside the registry, e.g. `library/ubuntu`. */
  readonly path: string;
  readonly tag: string | null;
  readonly digest: string | null;
  /** Fully qualified repository name, `domain/path`. */
  readonly name: string;
  /** The short form Docker prints (`FamiliarString`). */
  readonly familiar: string;
  /** What `docker pull` fetches (`ParseDockerRef`): either `name:tag` or `name@digest`. */
  readonly canonical: string;
}

export type ImageReferenceResult =
  | { readonly ok: true; readonly reference: ImageReference }
  | { readonly ok: false; readonly error: { readonly code: ImageReferenceErrorCode } };

// normalize.go constants.
const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPO_PREFIX = 'library/';
const DEFAULT_TAG = 'latest';
const LOCALHOST = 'localhost';

// reference.go RepositoryNameTotalLengthMax. Since v0.6.0 only the path counts, not the domain.
const MAX_PATH_LENGTH = 255;

// Hex length of each algorithm go-digest v1.0.0 knows (crypto.Hash.Size() * 2).
const KNOWN_DIGEST_HEX_LENGTH: ReadonlyMap<string, number> = new Map([
  ['sha256', 64],
  ['sha384', 96],
  ['sha512', 128],
]);

// regexp.go `identifier`: a bare image ID, which must never be taken for a repository name.
const IDENTIFIER = /^[a-f0-9]{64}$/;

// regexp.go `pathComponent`: alphanumeric runs joined by `.`, `_`, `__` or any number of `-`.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

// regexp.go `domainNameComponent`: a DNS label, no leading or trailing hyphen, any case.
const DOMAIN_LABEL = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$/;

// regexp.go `ipv6address`: only the bracketed hex-and-colon form; zones and dotted tails are out.
const IPV6_HOST = /^\[[a-fA-F0-9:]+\]$/;

const PORT = /^[0-9]+$/;

// regexp.go `tag`, from moby graph/tags.go. `\w` is ASCII-only in both RE2 and non-unicode JS.
const TAG = /^\w[\w.-]{0,127}$/;

// regexp.go `digestPat`: looser than go-digest on purpose (uppercase algorithm, any hex case,
// at least 32 hex digits); go-digest then has the final word on the parsed value.
const REFERENCE_DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,}$/;

// go-digest digest.go DigestRegexpAnchored: decides "unsupported" versus "invalid" for an
// algorithm that is not registered.
const GO_DIGEST_GRAMMAR = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

const LOWERCASE_HEX = /^[a-f0-9]+$/;

interface Repository {
  readonly domain: string;
  readonly path: string;
}

interface Parts extends Repository {
  readonly tag: string | null;
  readonly digest: string | null;
}

function failure(code: ImageReferenceErrorCode): ImageReferenceResult {
  return { ok: false, error: { code } };
}

// Go's strings.ToLower uses simple case mapping, JS toLowerCase full mapping. The only gap that
// can change an outcome here is U+0130 (İ → "i̇" in JS, "i" in Go): it alone can lower to ASCII
// differently, and ASCII is all the grammar accepts. Matching Go keeps the error code identical.
function goToLower(text: string): string {
  return text.replaceAll('\u0130', 'i').toLowerCase();
}

// regexp.go `domainAndPort` = host optionalPort, host = domainName | ipv6address.
function isDomainAndPort(text: string): boolean {
  let host = text;
  let port: string | null = null;
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close === -1) return false;
    host = text.slice(0, close + 1);
    const rest = text.slice(close + 1);
    if (rest !== '') {
      if (!rest.startsWith(':')) return false;
      port = rest.slice(1);
    }
    if (!IPV6_HOST.test(host)) return false;
  } else {
    // A domain name has no colon, so the first one can only open the port.
    const colon = text.indexOf(':');
    if (colon !== -1) {
      host = text.slice(0, colon);
      port = text.slice(colon + 1);
    }
    if (!host.split('.').every((label) => DOMAIN_LABEL.test(label))) return false;
  }
  return port === null || PORT.test(port);
}

// regexp.go `remoteName` = pathComponent ('/' pathComponent)*.
function isRemoteName(text: string): boolean {
  return text.split('/').every((component) => PATH_COMPONENT.test(component));
}

// regexp.go `anchoredNameRegexp`: the optional domain group is tried first, and a domain
// cannot hold `/`, so it can only be the text before the first slash.
function splitName(name: string): Repository | null {
  const slash = name.indexOf('/');
  if (slash !== -1) {
    const domain = name.slice(0, slash);
    const path = name.slice(slash + 1);
    if (isDomainAndPort(domain) && isRemoteName(path)) return { domain, path };
  }
  return isRemoteName(name) ? { domain: '', path: name } : null;
}

// Where reference.go `referencePat` = name (':' tag)? ('@' digest)? would split the text.
// None of the three parts may hold `@`, tags hold neither `/` nor `:`, and the last path
// component holds no `:`, so the tag colon is the first one after the last slash.
function cutReference(text: string): { name: string; tag: string | null; digest: string | null } {
  const at = text.indexOf('@');
  const head = at === -1 ? text : text.slice(0, at);
  const digest = at === -1 ? null : text.slice(at + 1);
  const colon = head.indexOf(':', head.lastIndexOf('/') + 1);
  if (colon === -1) return { name: head, tag: null, digest };
  return { name: head.slice(0, colon), tag: head.slice(colon + 1), digest };
}

// reference.go `referenceRegexp.FindStringSubmatch` followed by `anchoredNameRegexp` on the name.
function matchReference(text: string): Parts | null {
  const cut = cutReference(text);
  if (cut.tag !== null && !TAG.test(cut.tag)) return null;
  if (cut.digest !== null && !REFERENCE_DIGEST.test(cut.digest)) return null;
  const repository = splitName(cut.name);
  if (repository === null) return null;
  return { ...repository, tag: cut.tag, digest: cut.digest };
}

// Upstream reports every grammar miss as ErrReferenceInvalidFormat. When the name is sound and
// only the tag or only the digest is at fault, naming that part helps the reader more.
function diagnoseMismatch(text: string): ImageReferenceErrorCode {
  const cut = cutReference(text);
  if (splitName(cut.name) === null) return 'invalid-format';
  if (cut.tag !== null && !TAG.test(cut.tag)) return 'tag-invalid';
  if (cut.digest !== null && !REFERENCE_DIGEST.test(cut.digest)) return 'digest-invalid';
  return 'invalid-format';
}

// go-digest v1.0.0 digest.go Digest.Validate and algorithm.go Algorithm.Validate:
// unknown algorithm → unsupported if it fits DigestRegexp, else invalid format;
// known algorithm → length must be Size()*2, then lowercase hex only.
function validateDigest(digest: string): ImageReferenceErrorCode | null {
  const colon = digest.indexOf(':');
  const algorithm = digest.slice(0, colon);
  const encoded = digest.slice(colon + 1);
  const length = KNOWN_DIGEST_HEX_LENGTH.get(algorithm);
  if (length === undefined) {
    return GO_DIGEST_GRAMMAR.test(digest) ? 'digest-unsupported' : 'digest-invalid';
  }
  if (encoded.length !== length) return 'digest-invalid';
  return LOWERCASE_HEX.test(encoded) ? null : 'digest-invalid';
}

// distribution/reference reference.go Parse: grammar (with the lowercase retry that turns a
// miss into ErrNameContainsUppercase), then path length, then the digest.
function parse(text: string): Parts | ImageReferenceErrorCode {
  const parts = matchReference(text);
  if (parts === null) {
    const lower = goToLower(text);
    if (lower !== text && matchReference(lower) !== null) return 'name-contains-uppercase';
    return diagnoseMismatch(text);
  }
  if (parts.path.length > MAX_PATH_LENGTH) return 'name-too-long';
  if (parts.digest !== null) {
    const problem = validateDigest(parts.digest);
    if (problem !== null) return problem;
  }
  return parts;
}

// distribution/reference normalize.go splitDockerDomain: the first component is a registry only
// if it has `.` or `:`, is `localhost`, or has uppercase (namespaces cannot); Docker Hub's
// single-component names live under `library/`. It runs on the raw text, tag and digest included.
function splitDockerDomain(text: string): { domain: string; remainder: string } {
  const slash = text.indexOf('/');
  if (slash === -1) return { domain: DEFAULT_DOMAIN, remainder: OFFICIAL_REPO_PREFIX + text };
  const first = text.slice(0, slash);
  let domain = DEFAULT_DOMAIN;
  let remainder = text;
  // The legacy host is checked before the `.` rule, which would otherwise keep it verbatim.
  if (first === LEGACY_DEFAULT_DOMAIN) {
    remainder = text.slice(slash + 1);
  } else if (first === LOCALHOST || first.includes('.') || first.includes(':') || goToLower(first) !== first) {
    domain = first;
    remainder = text.slice(slash + 1);
  }
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/')) {
    remainder = OFFICIAL_REPO_PREFIX + remainder;
  }
  return { domain, remainder };
}

function joinName(repository: Repository): string {
  return repository.domain === '' ? repository.path : `${repository.domain}/${repository.path}`;
}

// distribution/reference normalize.go familiarizeName: drop `docker.io/`, and `library/` when
// nothing is nested below it.
function familiarName(repository: Repository): string {
  if (repository.domain !== DEFAULT_DOMAIN) return joinName(repository);
  const { path } = repository;
  if (path.startsWith(OFFICIAL_REPO_PREFIX)) {
    const short = path.slice(OFFICIAL_REPO_PREFIX.length);
    if (!short.includes('/')) return short;
  }
  return path;
}

/**
 * Reads an image reference the way `docker pull` does.
 *
 * distribution/reference normalize.go ParseNormalizedNamed (name), helpers.go FamiliarString
 * (familiar) and normalize.go ParseDockerRef (canonical):
 * name = domain "/" path; familiar = familiarizeName(name) [":" tag] ["@" digest];
 * canonical = name "@" digest if a digest is given, else name ":" (tag or "latest").
 */
export function parseImageReference(input: string): ImageReferenceResult {
  if (typeof input !== 'string') return failure('invalid-format');
  // ParseNormalizedNamed itself reports "" as a format error (it becomes "docker.io/library/");
  // the empty case gets Parse's own ErrNameEmpty so the reader learns what is missing.
  if (input === '') return failure('name-empty');
  if (IDENTIFIER.test(input)) return failure('identifier-as-name');

  const { domain, remainder } = splitDockerDomain(input);
  // normalize.go looks for uppercase in everything before the first `:`, before any parsing.
  // Without a tag that span includes `@algorithm`, so `app@SHA256:…` is reported as uppercase.
  const colon = remainder.indexOf(':');
  const remote = colon === -1 ? remainder : remainder.slice(0, colon);
  if (goToLower(remote) !== remote) return failure('name-contains-uppercase');

  const parsed = parse(`${domain}/${remainder}`);
  if (typeof parsed === 'string') return failure(parsed);

  const name = joinName(parsed);
  const { tag, digest } = parsed;
  const familiar = familiarName(parsed) + (tag === null ? '' : `:${tag}`) + (digest === null ? '' : `@${digest}`);
  const canonical = digest === null ? `${name}:${tag ?? DEFAULT_TAG}` : `${name}@${digest}`;
  return {
    ok: true,
    reference: { domain: parsed.domain, path: parsed.path, tag, digest, name, familiar, canonical },
  };
}
