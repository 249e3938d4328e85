// Read only by the component at build time: the frame is static HTML, so the browser bundle
// never carries these strings.
export const digestFormUi = {
  ko: {
    title: '다이제스트 실험실: 같은 내용, 같은 이름',
    intro:
      '두 내용을 고쳐 보세요. 각 내용의 UTF-8 바이트로 OCI 다이제스트(sha256)를 계산합니다. 한 글자만 달라도 다이제스트 전체가 바뀝니다. 아래 칸에 다이제스트 문자열을 넣으면 OCI 문법에 맞는지 검사합니다.',
    contentsGroup: '비교할 두 내용',
    checkGroup: '다이제스트 문법 검사',
    checkHint: '알고리즘:값 꼴. 기본값은 내용 A의 다이제스트입니다.',
  },
  en: {
    title: 'Digest lab: same content, same name',
    intro:
      'Edit the two contents. Each one’s OCI digest (sha256) is computed over its UTF-8 bytes; change a single character and the whole digest changes. In the last field, paste a digest string to check it against the OCI grammar.',
    contentsGroup: 'Two contents to compare',
    checkGroup: 'Digest grammar check',
    checkHint: 'algorithm:value. The default is the digest of content A.',
  },
};

// Used by compute, so shipped to the browser with the calculator.
export const digestOutputUi = {
  ko: {
    labels: { a: '내용 A', b: '내용 B', check: '검사할 다이제스트' },
    contentCaption: '내용의 다이제스트',
    same: '두 내용의 다이제스트가 같습니다. 바이트가 하나도 다르지 않다는 뜻입니다.',
    different: (count: string) => `두 다이제스트가 다릅니다. 16진수 64자 가운데 ${count}자가 다릅니다.`,
    checkCaption: '검사한 다이제스트',
    algorithm: '알고리즘(algorithm)',
    encoded: '값(encoded)',
    matches: '일치',
    matchA: '내용 A의 다이제스트와 같습니다.',
    matchB: '내용 B의 다이제스트와 같습니다.',
    matchBoth: '내용 A, B 모두의 다이제스트와 같습니다.',
    matchNone: '문법은 맞지만 내용 A와도 B와도 다릅니다.',
    otherAlgorithm: '문법은 맞습니다. 이 페이지는 sha256만 계산하므로 내용과 비교하지는 않습니다.',
    checkProblem: '위의 다이제스트를 고치면 알고리즘과 값이 나옵니다.',
    noCrypto:
      '이 브라우저는 이 페이지에서 Web Crypto를 제공하지 않아 다이제스트를 계산할 수 없습니다(HTTPS나 localhost에서만 제공됩니다).',
  },
  en: {
    labels: { a: 'Content A', b: 'Content B', check: 'Digest to check' },
    contentCaption: 'Digests of the contents',
    same: 'The two digests are identical: the contents do not differ in a single byte.',
    different: (count: string) => `The digests differ in ${count} of their 64 hexadecimal characters.`,
    checkCaption: 'The checked digest',
    algorithm: 'Algorithm',
    encoded: 'Value (encoded)',
    matches: 'Matches',
    matchA: 'The digest of content A.',
    matchB: 'The digest of content B.',
    matchBoth: 'The digest of both content A and content B.',
    matchNone: 'Well formed, but neither content A’s nor content B’s digest.',
    otherAlgorithm: 'Well formed. This page computes only sha256, so it is not compared with the contents.',
    checkProblem: 'Fix the digest above to see its algorithm and value.',
    noCrypto:
      'This browser offers no Web Crypto on this page, so no digest can be computed (it is available only over HTTPS or on localhost).',
  },
};
