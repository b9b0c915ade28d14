import { expect } from '@open-wc/testing';
import { bestExactMatch, findOccurrences } from '../../src/anchoring/match-exact.js';

describe('anchoring/match-exact', () => {
  it('finds overlapping occurrences', () => {
    expect(findOccurrences('bananas', 'ana')).to.deep.equal([1, 3]);
    expect(findOccurrences('aaaa', 'aa')).to.deep.equal([0, 1, 2]);
  });

  it('finds occurrences within a window only', () => {
    expect(findOccurrences('ab ab ab ab', 'ab', 2, 9)).to.deep.equal([3, 6]);
  });

  it('skips an occurrence that would split a surrogate pair', () => {
    // The quote is a lone low surrogate; it occurs only as half of 😀.
    expect(findOccurrences('😀 x', '\ude00')).to.deep.equal([]);
  });

  it('prefers intact context over nearness, and nearness over position in the text', () => {
    const text = 'x said so. y said so. x said so.';
    expect(bestExactMatch(text, 'said so', 'y ', '.', 0)).to.equal(13);
    expect(bestExactMatch(text, 'said so', 'x ', '.', 30)).to.equal(24);
    expect(bestExactMatch(text, 'said so', 'x ', '.', null)).to.equal(2);
  });

  it('looks past a near occurrence whose context has changed', () => {
    const far = `${'filler '.repeat(1000)}Bob said so.`;
    const text = `Alice said so. ${far}`;
    expect(bestExactMatch(text, 'said so', 'Bob ', '.', 0)).to.equal(text.lastIndexOf('said so'));
  });
});
