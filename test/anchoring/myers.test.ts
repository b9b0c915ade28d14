import { expect } from '@open-wc/testing';
import { anchoredBest, anchoredDistances, BitPattern, searchEnds } from '../../src/anchoring/myers.js';
import { naivePrefixDistances, naiveSearchEnds } from './helpers/naive.js';
import { mulberry32, type Random } from '../helpers/prng.js';

function randomString(rng: Random, alphabet: string[], length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += rng.pick(alphabet);
  return s;
}

// As the search reads them: code points, so a surrogate pair stays one character.
const chars = (s: string): string[] => Array.from(s);
const reversed = (s: string): string[] => Array.from(s).reverse();

describe('anchoring/myers', () => {
  // Small alphabets make many near matches, which exercises the block
  // cut-off; lengths past 32 and 64 units exercise the carries between blocks.
  const alphabets = [
    ['a', 'b'],
    ['a', 'b', 'c', 'd'],
    ['a', 'é', '\ud83d', '\ude00', ' '],
  ];

  it('finds the same approximate ends as the textbook table', () => {
    const seed = 20240117;
    const rng = mulberry32(seed);
    for (let round = 0; round < 400; round++) {
      const alphabet = alphabets[round % alphabets.length]!;
      const pattern = randomString(rng, alphabet, rng.int(1, 110));
      let text = randomString(rng, alphabet, rng.int(0, 220));
      if (rng.next() < 0.5 && text.length > pattern.length) {
        const at = rng.int(0, text.length - pattern.length);
        text = text.slice(0, at) + pattern + text.slice(at + pattern.length);
      }
      const maxErrors = rng.int(0, Math.floor(pattern.length * 0.6));
      const from = rng.int(0, Math.floor(text.length / 3));
      const to = text.length - rng.int(0, Math.floor(text.length / 3));
      expect(searchEnds(new BitPattern(pattern), text, from, to, maxErrors), `seed ${seed}, round ${round}`).to.deep.equal(naiveSearchEnds(pattern, text, from, to, maxErrors));
    }
  });

  it('measures anchored distances both ways like the textbook table', () => {
    const seed = 7;
    const rng = mulberry32(seed);
    for (let round = 0; round < 200; round++) {
      const alphabet = alphabets[round % alphabets.length]!;
      const pattern = randomString(rng, alphabet, rng.int(1, 100));
      const text = randomString(rng, alphabet, rng.int(0, 150));
      const forward = anchoredDistances(new BitPattern(pattern), text, 0, Infinity, 1);
      expect(Array.from(forward), `seed ${seed}, round ${round}`).to.deep.equal(naivePrefixDistances(chars(pattern), chars(text)));
      const backward = anchoredDistances(new BitPattern(pattern, true), text, text.length, Infinity, -1);
      expect(Array.from(backward), `seed ${seed}, round ${round}`).to.deep.equal(naivePrefixDistances(reversed(pattern), reversed(text)));
    }
  });

  it('gives the least anchored distance like the textbook table, in one block and several', () => {
    const seed = 11;
    const rng = mulberry32(seed);
    for (let round = 0; round < 300; round++) {
      const alphabet = alphabets[round % alphabets.length]!;
      // Mostly context-sized patterns (one 32-unit block), some longer.
      const pattern = randomString(rng, alphabet, round % 4 === 0 ? rng.int(33, 90) : rng.int(1, 32));
      const text = randomString(rng, alphabet, rng.int(0, 100));
      const count = rng.int(0, 80);
      const length = chars(pattern).length;
      const least = (distances: number[]) => distances.slice(1).reduce((a, b) => Math.min(a, b), length);
      const forward = naivePrefixDistances(chars(pattern), chars(text).slice(0, count));
      expect(anchoredBest(new BitPattern(pattern), text, 0, count, 1), `seed ${seed}, round ${round}`).to.equal(least(forward));
      const backward = naivePrefixDistances(reversed(pattern), reversed(text).slice(0, count));
      expect(anchoredBest(new BitPattern(pattern, true), text, text.length, count, -1), `seed ${seed}, round ${round}`).to.equal(least(backward));
    }
  });

  it('reads a surrogate pair as one character, one edit', () => {
    expect(new BitPattern('a😊').length).to.equal(2);
    expect(searchEnds(new BitPattern('smile'), 'They sm😊le.', 0, 12, 1)).to.deep.equal([{ end: 11, errors: 1 }]);
    expect(Array.from(anchoredDistances(new BitPattern('a😊'), 'a😊b', 0, 9, 1))).to.deep.equal([2, 1, 0, 1]);
    expect(Array.from(anchoredDistances(new BitPattern('a😊', true), 'a😊b', 3, 9, -1))).to.deep.equal([2, 1, 0]);
    expect(anchoredBest(new BitPattern('😊😊'), 'x😊😃', 1, 9, 1)).to.equal(1);
    expect(anchoredBest(new BitPattern('😊😊', true), '😃😊x', 4, 9, -1)).to.equal(1);
  });

  it('reads no further than the count or the text allows', () => {
    const pattern = new BitPattern('abc');
    expect(Array.from(anchoredDistances(pattern, 'xxabcxx', 2, 3, 1))).to.deep.equal([3, 2, 1, 0]);
    expect(anchoredDistances(pattern, 'ab', 1, 10, -1).length).to.equal(2);
  });

  it('refuses an empty pattern', () => {
    expect(() => new BitPattern('')).to.throw(RangeError);
  });
});
