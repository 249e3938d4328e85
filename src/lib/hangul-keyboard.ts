// Korean typed with the keyboard in Latin mode: `zjsxpdlsj` is what the keys of 컨테이너 give on the
// standard 2-set (두벌식, KS X 5002) layout. This model maps Latin letters back to jamo and composes
// them into syllables as a Korean input method would: shifted keys give the double consonants and
// ㅒ ㅖ, two vowels combine (ㅘ ㅙ ㅚ ㅝ ㅞ ㅟ ㅢ), two final consonants combine (ㄳ ㄵ ㄶ ㄺ ㄻ ㄼ ㄽ
// ㄾ ㄿ ㅀ ㅄ), and a final consonant followed by a vowel moves to the next syllable (`rkwk` → 가자,
// `dlfrdj` → 읽어). Pure: used by the search in the browser and by unit tests.

const KEYS: Record<string, string> = {
  q: 'ㅂ', w: 'ㅈ', e: 'ㄷ', r: 'ㄱ', t: 'ㅅ', y: 'ㅛ', u: 'ㅕ', i: 'ㅑ', o: 'ㅐ', p: 'ㅔ',
  a: 'ㅁ', s: 'ㄴ', d: 'ㅇ', f: 'ㄹ', g: 'ㅎ', h: 'ㅗ', j: 'ㅓ', k: 'ㅏ', l: 'ㅣ',
  z: 'ㅋ', x: 'ㅌ', c: 'ㅊ', v: 'ㅍ', b: 'ㅠ', n: 'ㅜ', m: 'ㅡ',
  Q: 'ㅃ', W: 'ㅉ', E: 'ㄸ', R: 'ㄲ', T: 'ㅆ', O: 'ㅒ', P: 'ㅖ',
}; // prettier-ignore

const CHOSEONG = [...'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'];
const JUNGSEONG = [...'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ'];
const JONGSEONG = ['', ...'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'];
const VOWEL_PAIRS: Record<string, string> = {
  ㅗㅏ: 'ㅘ', ㅗㅐ: 'ㅙ', ㅗㅣ: 'ㅚ', ㅜㅓ: 'ㅝ', ㅜㅔ: 'ㅞ', ㅜㅣ: 'ㅟ', ㅡㅣ: 'ㅢ',
}; // prettier-ignore
const FINAL_PAIRS: Record<string, string> = {
  ㄱㅅ: 'ㄳ', ㄴㅈ: 'ㄵ', ㄴㅎ: 'ㄶ', ㄹㄱ: 'ㄺ', ㄹㅁ: 'ㄻ', ㄹㅂ: 'ㄼ', ㄹㅅ: 'ㄽ', ㄹㅌ: 'ㄾ', ㄹㅍ: 'ㄿ', ㄹㅎ: 'ㅀ', ㅂㅅ: 'ㅄ',
}; // prettier-ignore
const FINAL_SPLIT = Object.fromEntries(Object.entries(FINAL_PAIRS).map(([pair, final]) => [final, [...pair]]));

const isVowel = (jamo: string): boolean => JUNGSEONG.includes(jamo);

/** The jamo each key gives; anything that is not a letter key is kept as it is. */
export function keysToJamo(input: string): string[] {
  return [...input].map((char) => KEYS[char] ?? KEYS[char.toLowerCase()] ?? char);
}

interface Syllable {
  cho?: string;
  jung?: string;
  jong?: string;
}

function render({ cho, jung, jong }: Syllable): string {
  if (cho !== undefined && jung !== undefined) {
    const code =
      0xac00 +
      (CHOSEONG.indexOf(cho) * JUNGSEONG.length + JUNGSEONG.indexOf(jung)) * JONGSEONG.length +
      JONGSEONG.indexOf(jong ?? '');
    return String.fromCodePoint(code);
  }
  return (cho ?? '') + (jung ?? '') + (jong ?? '');
}

/** Composes a run of jamo (and other characters, passed through) into Hangul syllables. */
export function composeJamo(jamo: readonly string[]): string {
  let out = '';
  let current: Syllable = {};
  const flush = (): void => {
    out += render(current);
    current = {};
  };
  for (const unit of jamo) {
    const vowel = isVowel(unit);
    const consonant = !vowel && CHOSEONG.includes(unit);
    if (!vowel && !consonant) {
      flush();
      out += unit;
      continue;
    }
    if (consonant) {
      if (current.jung !== undefined && current.cho !== undefined && current.jong === undefined) {
        if (JONGSEONG.includes(unit)) current.jong = unit;
        else {
          flush();
          current.cho = unit;
        }
      } else if (current.jong !== undefined) {
        const pair = FINAL_PAIRS[current.jong + unit];
        if (pair) current.jong = pair;
        else {
          flush();
          current.cho = unit;
        }
      } else {
        flush();
        current.cho = unit;
      }
      continue;
    }
    // A vowel.
    if (current.jong !== undefined) {
      // The final consonant (or the second half of a compound one) starts the next syllable.
      const split = FINAL_SPLIT[current.jong];
      const moved = split ? split[1]! : current.jong;
      if (split) current.jong = split[0]!;
      else delete current.jong;
      flush();
      current = { cho: moved, jung: unit };
    } else if (current.jung !== undefined) {
      const pair = VOWEL_PAIRS[current.jung + unit];
      if (pair) current.jung = pair;
      else {
        flush();
        current.jung = unit;
      }
    } else {
      current.jung = unit;
    }
  }
  flush();
  return out;
}

/** Latin text typed on the 2-set layout → the Hangul it was meant to be. */
export function latinToHangul(input: string): string {
  return composeJamo(keysToJamo(input));
}

const LATIN_ONLY = /^[A-Za-z\s]+$/u;
const LONE_JAMO = /[\u3131-\u318E]/u;

/**
 * The Hangul a Latin query would be if typed in the wrong layout, or null when it cannot be
 * (other characters, or keys that leave a lone jamo, as English words almost always do:
 * `docker` → ㅇㅐ차ㅐㄱ).
 */
export function wrongLayoutCandidate(query: string): string | null {
  const trimmed = query.trim();
  if (trimmed === '' || !LATIN_ONLY.test(trimmed)) return null;
  const hangul = latinToHangul(trimmed);
  return LONE_JAMO.test(hangul) ? null : hangul;
}

/** Initial consonants of each syllable (`도커` → `ㄷㅋ`), for readers who type only those. */
export function choseong(text: string): string {
  return [...text]
    .map((char) => {
      const code = char.codePointAt(0) ?? 0;
      if (code < 0xac00 || code > 0xd7a3) return char;
      return CHOSEONG[Math.floor((code - 0xac00) / (JUNGSEONG.length * JONGSEONG.length))] ?? char;
    })
    .join('');
}

/** Whether text is only compatibility jamo consonants (`ㄷㅋ`), ignoring spaces. */
export const isChoseongQuery = (text: string): boolean => /^[ㄱ-ㅎ\s]+$/u.test(text) && /\S/u.test(text);

const KEY_OF = new Map(Object.entries(KEYS).map(([key, jamo]) => [jamo, key]));
const DECOMPOSE: Record<string, string> = Object.fromEntries(
  [...Object.entries(VOWEL_PAIRS), ...Object.entries(FINAL_PAIRS)].map(([pair, jamo]) => [jamo, pair]),
);

/** The keys that type a Hangul text on the 2-set layout (`컨테이너` → `zjsxpdlsj`): the inverse. */
export function hangulToLatin(text: string): string {
  const keys = (jamo: string): string =>
    [...(DECOMPOSE[jamo] ?? jamo)].map((unit) => KEY_OF.get(unit) ?? unit).join('');
  return [...text]
    .map((char) => {
      const code = (char.codePointAt(0) ?? 0) - 0xac00;
      if (code < 0 || code > 11171) return keys(char);
      const cho = CHOSEONG[Math.floor(code / 588)] ?? '';
      const jung = JUNGSEONG[Math.floor((code % 588) / 28)] ?? '';
      const jong = JONGSEONG[code % 28] ?? '';
      return keys(cho) + keys(jung) + keys(jong);
    })
    .join('');
}

/**
 * Hangul syllables spelled out as their jamo (`컨테이너` → `ㅋㅓㄴㅌㅔㅇㅣㄴㅓ`), so an edit distance
 * counts one wrong vowel (`컨태이너`) as one edit instead of a whole syllable. Other characters stay.
 */
export function toJamo(text: string): string {
  return [...text]
    .map((char) => {
      const code = (char.codePointAt(0) ?? 0) - 0xac00;
      if (code < 0 || code > 11171) return char;
      return (
        (CHOSEONG[Math.floor(code / 588)] ?? '') +
        (JUNGSEONG[Math.floor((code % 588) / 28)] ?? '') +
        (JONGSEONG[code % 28] ?? '')
      );
    })
    .join('');
}
