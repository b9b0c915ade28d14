import { expect } from '@open-wc/testing';
import { detectClaims, spansMatch, type DetectedSpan } from '../../src/detect/index.js';

function cpSliceOf(text: string, s: DetectedSpan): string {
  return [...text].slice(s.start, s.end).join('');
}

describe('detectClaims', () => {
  it('returns nothing for empty or claim-free text', () => {
    expect(detectClaims('')).to.deep.equal([]);
    expect(detectClaims('Tensions boiled over and the talks came up short.')).to.deep.equal([]);
  });

  it('throws a RangeError for a non-string', () => {
    expect(() => detectClaims(undefined as unknown as string)).to.throw(RangeError);
  });

  it('counts offsets in code points, after emoji and combining marks', () => {
    const text = '🇽🇰 Kosovo 😀 paid $75 million; Cafe\u0301 owner said on Monday.';
    const result = detectClaims(text);
    expect(result.map((s) => s.kind)).to.deep.equal(['money', 'attribution', 'date']);
    for (const s of result) expect(cpSliceOf(text, s)).to.equal(s.text);
    // Three astral characters (two regional-indicator letters and an emoji)
    // come first, each two UTF-16 units but one code point.
    expect(result[0]!.start).to.equal(text.indexOf('$') - 3);
  });

  it('returns spans in document order, without duplicates or flat overlaps', async () => {
    const text = await (await fetch('/samples/kosovo-javelin.txt')).text();
    const result = detectClaims(text);
    expect(result.length).to.be.greaterThan(10);
    const keys = new Set(result.map((s) => `${s.start}:${s.end}:${s.kind}`));
    expect(keys.size).to.equal(result.length);
    for (let i = 1; i < result.length; i++) {
      const a = result[i - 1]!;
      const b = result[i]!;
      expect(a.start < b.start || (a.start === b.start && a.end >= b.end)).to.equal(true);
    }
    const flat = result.filter((s) => s.kind !== 'quote');
    for (let i = 1; i < flat.length; i++) expect(flat[i]!.start).to.be.at.least(flat[i - 1]!.end);
    for (const s of result) expect(cpSliceOf(text, s)).to.equal(s.text);
  });

  it('lets a quote contain figures and dates but not an attribution', () => {
    const result = detectClaims('“We bought 246 missiles,” Maqedonci said on Monday.');
    expect(result.map((s) => s.kind)).to.deep.equal(['quote', 'quantity', 'date']);
    const quote = result[0]!;
    for (const s of result.slice(1)) {
      expect(s.start).to.be.at.least(quote.start);
      expect(s.end).to.be.at.most(quote.end);
    }
  });

  it('prefers the more specific of two overlapping readings', () => {
    const kinds = (t: string) => detectClaims(t).map((s) => [s.text, s.kind]);
    expect(kinds('the $75 million purchase')).to.deep.equal([['$75 million', 'money']]);
    expect(kinds('March 3, 2024')).to.deep.equal([['March 3, 2024', 'date']]);
    expect(kinds('25 years after')).to.deep.equal([['25 years after', 'duration']]);
    expect(kinds('12 percent of voters')).to.deep.equal([['12 percent', 'percentage']]);
  });

  it('finishes on pathological input and returns sane output', () => {
    const n = 100_000;
    const inputs = [
      '1'.repeat(n),
      '"'.repeat(n),
      '“'.repeat(n),
      '“a,” '.repeat(n / 5),
      'one '.repeat(n / 4),
      'twenty-two-'.repeat(n / 11),
      ' '.repeat(n),
      'said '.repeat(n / 5),
      '$'.repeat(n),
      '\n'.repeat(n),
      '1-'.repeat(n / 2),
    ];
    for (const text of inputs) {
      const result = detectClaims(text);
      expect(result).to.be.an('array');
      let last = -1;
      for (const s of result) {
        expect(s.start).to.be.at.least(last);
        expect(s.end).to.be.greaterThan(s.start);
        expect(s.end).to.be.at.most(text.length);
        last = s.start;
      }
    }
    expect(detectClaims('1'.repeat(n))).to.deep.equal([]);
    expect(detectClaims('"'.repeat(n))).to.deep.equal([]);
  });

  it('scores spans as matching when they overlap within a kind family', () => {
    const money = { start: 0, end: 10, kind: 'money' as const };
    expect(spansMatch(money, { start: 9, end: 20, kind: 'quantity' })).to.equal(true);
    expect(spansMatch(money, { start: 10, end: 20, kind: 'quantity' })).to.equal(false);
    expect(spansMatch(money, { start: 0, end: 10, kind: 'date' })).to.equal(false);
    expect(spansMatch({ start: 0, end: 5, kind: 'date' }, { start: 2, end: 8, kind: 'duration' })).to.equal(true);
  });
});
