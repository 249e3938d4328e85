// Pretendard's Hangul arrives one page late, on purpose. Its two files (one per weight, ~86 KB)
// are most of a Korean page's bytes; requested on the first page, they sat on the path to the
// largest paint of every Korean page in Lighthouse (LCP 2.4 s against English's 1.7 s), although
// font-display: optional never let them block a real paint.
//
// So the Hangul faces live in their own stylesheet, linked with media="not all" (the browser fetches
// it, ~1 KB, but applies none of its rules). A small inline script, in every page's <head> right
// after that link, switches it on before the first paint, and preloads its files (an optional font
// that is not preloaded misses Chrome's first paint even from the cache: measured), only when this
// browser already holds the files: their URLs, recorded by warm-hangul.ts after an earlier Korean
// page view fetched them while idle. A first visit therefore shows Hangul in the system's Korean font (Latin and the base glyphs
// in Pretendard), and every later page shows Pretendard from the cache, painted once, never swapped.
// New files after a deploy have new URLs, which do not match the record: one page in the system
// font again, then Pretendard.
//
// Shared by the build (src/integrations/font-subsets.ts writes the link and the switch script) and
// the browser (warm-hangul.ts); no DOM or Node code at module level.

/** The id of the Hangul stylesheet's <link>; its `data-fonts` lists the font file URLs. */
export const HANGUL_FONT_LINK_ID = 'hb-hangul-font';
/** localStorage key: the `data-fonts` value whose files this browser has fetched. */
export const HANGUL_FONT_STORAGE_KEY = 'hb-hangul-font';
