/**
 * OCI content digests: computing one and reading one.
 *
 * Grammar and registered algorithms come from opencontainers/image-spec descriptor.md
 * ("Digests" and "Registered algorithms"); error behaviour is compared with
 * opencontainers/go-digest digest.go `Digest.Validate`, which image-spec's own schema validator
 * calls (schema/validator.go validateDescriptor).
 */

/**
 * Why a digest string was rejected. How the two upstream references treat each case:
 *
 * - `empty`: the string is "". go-digest: ErrDigestInvalidFormat. image-spec: fails the grammar.
 * - `invalid-format`: breaks `algorithm ":" encoded` (no colon, empty part, uppercase or doubled
 *   separators in the algorithm, a character outside `[a-zA-Z0-9=_-]` in the encoded part).
 *   go-digest: ErrDigestInvalidFormat, except that for a registered algorithm it measures the
 *   length first and may say ErrDigestInvalidLength. image-spec: fails the grammar.
 * - `unsupported-algorithm`: fits the grammar, algorithm not registered (`sha384`,
 *   `sha256+b64u`, `multihash+base58`). go-digest: ErrDigestUnsupported. image-spec: the digest
 *   is valid but unregistered, and its validator ignores ErrDigestUnsupported, so descriptors
 *   carrying one pass.
 * - `invalid-length`: registered algorithm, encoded part of the wrong length.
 *   go-digest: ErrDigestInvalidLength. image-spec: breaks the `/[a-f0-9]{64}/`-style rule.
 * - `invalid-encoding`: registered algorithm, right length, but not lowercase hex (`[A-F]` or
 *   `=`, `_`, `-`). go-digest: ErrDigestInvalidFormat. image-spec: "`[A-F]` MUST NOT be used".
 */
export const DIGEST_ERROR_CODES = [
  'empty',
  'invalid-format',
  'unsupported-algorithm',
  'invalid-length',
  'invalid-encoding',
] as const;
export type DigestErrorCode = (typeof DIGEST_ERROR_CODES)[number];

export type DigestParseResult =
  | { readonly ok: true; readonly algorithm: string; readonly encoded: string }
  | { readonly ok: false; readonly error: { readonly code: DigestErrorCode } };

// image-spec descriptor.md: algorithm ::= algorithm-component (algorithm-separator
// algorithm-component)*, algorithm-component ::= [a-z0-9]+, algorithm-separator ::= [+._-].
const ALGORITHM = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*$/;

// image-spec descriptor.md: encoded ::= [a-zA-Z0-9=_-]+ (room for base64url and the like).
const ENCODED = /^[a-zA-Z0-9=_-]+$/;

// image-spec descriptor.md "Registered algorithms": each is lowercase hex of a fixed length.
// go-digest registers only sha256 and sha512 by default; blake3 needs an extra import there.
const REGISTERED_HEX_LENGTH: ReadonlyMap<string, number> = new Map([
  ['sha256', 64],
  ['sha512', 128],
  ['blake3', 64],
]);

const LOWERCASE_HEX = /^[a-f0-9]+$/;

function failure(code: DigestErrorCode): DigestParseResult {
  return { ok: false, error: { code } };
}

/**
 * Splits and checks a digest string such as `sha256:e3b0…b855`.
 *
 * image-spec descriptor.md: digest ::= algorithm ":" encoded, then the registered-algorithm rule
 * encoded ~ /[a-f0-9]{n}/ (sha256 and blake3 n = 64, sha512 n = 128). The grammar is checked
 * before the registered-algorithm rules because the spec states it as a MUST for every digest.
 */
export function parseDigest(text: string): DigestParseResult {
  if (typeof text !== 'string') return failure('invalid-format');
  if (text === '') return failure('empty');
  // Neither part may contain a colon, so the first one is the only possible separator.
  const colon = text.indexOf(':');
  if (colon === -1) return failure('invalid-format');
  const algorithm = text.slice(0, colon);
  const encoded = text.slice(colon + 1);
  if (!ALGORITHM.test(algorithm) || !ENCODED.test(encoded)) return failure('invalid-format');

  const length = REGISTERED_HEX_LENGTH.get(algorithm);
  if (length === undefined) return failure('unsupported-algorithm');
  if (encoded.length !== length) return failure('invalid-length');
  if (!LOWERCASE_HEX.test(encoded)) return failure('invalid-encoding');
  return { ok: true, algorithm, encoded };
}

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

// Web Crypto takes only views over a plain ArrayBuffer; a view over a SharedArrayBuffer (or a
// buffer from another realm) is copied into one first.
function asPlainBytes(content: Uint8Array): Uint8Array<ArrayBuffer> {
  if (content.buffer instanceof ArrayBuffer) return content as Uint8Array<ArrayBuffer>;
  return new Uint8Array(content);
}

/**
 * The canonical OCI digest of some content.
 *
 * image-spec descriptor.md "Digest calculations": D = "sha256:" + Encode(H(C)), with H = SHA-256
 * and Encode = lowercase hex (go-digest `FromBytes`/`FromString` with the Canonical algorithm).
 * Strings are hashed as their UTF-8 bytes, as Go's []byte(s) does; TextEncoder turns any lone
 * surrogate into U+FFFD first, since such a string has no UTF-8 form.
 *
 * Rejects only when the platform has no Web Crypto (browsers hide it outside secure contexts).
 */
export async function ociDigest(content: string | Uint8Array): Promise<string> {
  const subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle;
  if (subtle === undefined) throw new Error('ociDigest needs Web Crypto (crypto.subtle)');
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const hash = await subtle.digest('SHA-256', asPlainBytes(bytes));
  return `sha256:${toHex(new Uint8Array(hash))}`;
}
