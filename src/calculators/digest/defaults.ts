// The digest lab's defaults: two contents one character apart, and the digest of the first to check.

export const DIGEST_DEFAULT_A = 'hello world';
export const DIGEST_DEFAULT_B = 'hello world!';
/**
 * ociDigest(DIGEST_DEFAULT_A), written out so the defaults are plain data the page and the browser
 * share without hashing first; test/unit/calculator-views.test.ts recomputes it.
 */
export const DIGEST_DEFAULT_CHECK = 'sha256:b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9';
