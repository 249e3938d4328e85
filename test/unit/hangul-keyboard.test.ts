import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  choseong,
  composeJamo,
  hangulToLatin,
  isChoseongQuery,
  keysToJamo,
  latinToHangul,
  wrongLayoutCandidate,
} from '../../src/lib/hangul-keyboard.ts';

describe('latinToHangul (2-set layout)', () => {
  test.each([
    ['zjsxpdlsj', '컨테이너'],
    ['gkdlvjqkdlwj', '하이퍼바이저'],
    ['ehzj dlalwl', '도커 이미지'],
    ['thvmxmdnpdj', '소프트웨어'],
  ])('%s → %s', (keys, hangul) => {
    expect(latinToHangul(keys)).toBe(hangul);
  });

  test('shifted keys give the double consonants and ㅒ ㅖ; other capitals read as lowercase', () => {
    expect(latinToHangul('Rk Ek Qk Tk Wk')).toBe('까 따 빠 싸 짜');
    expect(latinToHangul('dO dP')).toBe('얘 예');
    expect(latinToHangul('ZJSXpDLSJ')).toBe('컨테이너');
    expect(latinToHangul('zjsxPdlsj')).toBe('컨톄이너');
  });

  test('compound vowels ㅘ ㅙ ㅚ ㅝ ㅞ ㅟ ㅢ', () => {
    expect(latinToHangul('rhk rho rhl rnj rnp rnl rml')).toBe('과 괘 괴 궈 궤 귀 긔');
  });

  test('compound final consonants ㄳ ㄵ ㄶ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅄ', () => {
    expect(latinToHangul('rkrt rksw rksg rkfr rkfa rkfq rkft rkfx rkfv rkfg rkqt')).toBe(
      '갃 갅 갆 갉 갊 갋 갌 갍 갎 갏 값',
    );
  });

  test('a final consonant moves to the next syllable before a vowel, a compound one splits', () => {
    expect(latinToHangul('rkwk')).toBe('가자');
    expect(latinToHangul('dlfrdj')).toBe('읽어');
    expect(latinToHangul('dkswdk')).toBe('앉아');
    expect(latinToHangul('rkqtdl')).toBe('값이');
  });

  test('ㄸ ㅃ ㅉ never end a syllable; keys that cannot join stay as lone jamo', () => {
    expect(latinToHangul('rkE')).toBe('가ㄸ');
    expect(latinToHangul('qkfqt')).toBe('밟ㅅ');
    expect(latinToHangul('kk')).toBe('ㅏㅏ');
    expect(composeJamo(keysToJamo('r'))).toBe('ㄱ');
  });

  test('anything that is not a letter key passes through', () => {
    expect(latinToHangul('cpu.weight 1')).toBe('체ㅕ.ㅈ댜홋 1');
    expect(latinToHangul('')).toBe('');
  });

  test('hangulToLatin is its inverse for composed syllables', () => {
    for (const text of ['컨테이너', '네임스페이스', '괜찮은 값', '읽기 전용', '쿠버네티스', '까닭']) {
      expect(latinToHangul(hangulToLatin(text))).toBe(text);
    }
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0xac00, max: 0xd7a3 }), { minLength: 1, maxLength: 1 }), (codes) => {
        const syllable = String.fromCodePoint(...codes);
        return latinToHangul(hangulToLatin(syllable)) === syllable;
      }),
    );
  });
});

describe('wrongLayoutCandidate', () => {
  test('reads a Latin query that composes cleanly as Hangul', () => {
    expect(wrongLayoutCandidate('  zjsxpdlsj ')).toBe('컨테이너');
    expect(wrongLayoutCandidate('rktkd ajtls')).toBe('가상 머신');
  });

  test('leaves English words, mixed scripts and punctuation alone', () => {
    for (const query of ['docker', 'container', 'kvm', 'cgroup', '컨테이너', 'zjsx 1', 'a.b', '', '   ']) {
      expect(wrongLayoutCandidate(query), query).toBeNull();
    }
  });
});

describe('choseong', () => {
  test('gives the initial consonants of syllables and keeps the rest', () => {
    expect(choseong('도커 이미지')).toBe('ㄷㅋ ㅇㅁㅈ');
    expect(choseong('KVM과 QEMU')).toBe('KVMㄱ QEMU');
    expect(isChoseongQuery('ㄷㅋ')).toBe(true);
    expect(isChoseongQuery('ㄷ ㅋ')).toBe(true);
    expect(isChoseongQuery('도커')).toBe(false);
    expect(isChoseongQuery('  ')).toBe(false);
  });
});
