import { expect } from '@open-wc/testing';
import { CONTEXT_LENGTH, describeQuote } from '../../src/anchoring/index.js';

describe('anchoring/describeQuote', () => {
  it('keeps the quote and 32 code points of context on each side', () => {
    const text = `${'a'.repeat(40)}QUOTE${'b'.repeat(40)}`;
    expect(describeQuote(text, 40, 45)).to.deep.equal({
      quote: 'QUOTE',
      prefix: 'a'.repeat(CONTEXT_LENGTH),
      suffix: 'b'.repeat(CONTEXT_LENGTH),
      start: 40,
      end: 45,
    });
  });

  it('shortens the context at the edges of the text', () => {
    expect(describeQuote('one two three', 0, 3)).to.deep.equal({
      quote: 'one',
      prefix: '',
      suffix: ' two three',
      start: 0,
      end: 3,
    });
    expect(describeQuote('one two three', 8, 13)).to.include({ prefix: 'one two ', suffix: '' });
  });

  it('counts code points, not UTF-16 units', () => {
    // 👍🏽 is two code points (four units); e + U+0301 is two code points.
    const text = '👍🏽 cafe\u0301 🇽🇰 flag';
    const d = describeQuote(text, 3, 8);
    expect(d.quote).to.equal('cafe\u0301');
    expect(d.prefix).to.equal('👍🏽 ');
    expect(d.suffix).to.equal(' 🇽🇰 flag');
  });

  it('describes an empty range', () => {
    expect(describeQuote('abc', 1, 1)).to.deep.equal({ quote: '', prefix: 'a', suffix: 'bc', start: 1, end: 1 });
  });

  it('throws a RangeError for a start after the end', () => {
    expect(() => describeQuote('abcdef', 4, 2)).to.throw(RangeError, /start \(4\) is after its end \(2\)/);
  });

  it('throws a RangeError for offsets outside the text', () => {
    expect(() => describeQuote('abc', -1, 2)).to.throw(RangeError);
    expect(() => describeQuote('abc', 1, 4)).to.throw(RangeError, /beyond the end of the text \(3 code points\)/);
    // Four UTF-16 units, but two code points.
    expect(() => describeQuote('👍👍', 0, 3)).to.throw(RangeError);
    expect(() => describeQuote('abc', 0.5, 2)).to.throw(RangeError);
  });
});
