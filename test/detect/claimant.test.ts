import { expect } from '@open-wc/testing';
import { claimantFor, claimantName } from '../../src/detect/index.js';
import { cpLength } from '../../src/text/codepoints.js';

/** The claimant of the first `quote` in `text`. */
function of(text: string, quote: string): string | null {
  const unit = text.indexOf(quote);
  if (unit < 0) throw new RangeError(`"${quote}" is not in the text`);
  const start = cpLength(text.slice(0, unit));
  return claimantFor(text, start, start + cpLength(quote));
}

describe('claimantFor', () => {
  let sample = '';
  before(async () => {
    sample = await (await fetch('/samples/kosovo-javelin.txt')).text();
  });

  it('names the minister for the $75 million in the sample, without his title', () => {
    expect(of(sample, '$75 million')).to.equal('Ejup Maqedonci');
  });

  it('names the agency for the 246 Javelin missiles, without its article', () => {
    expect(of(sample, '246 Javelin missiles')).to.equal('Defense Security Cooperation Agency');
  });

  it('reads an attribution after the quote in the same sentence ("Maqedonci said in an interview")', () => {
    expect(of(sample, 'sufficient capacity')).to.equal('Maqedonci');
  });

  it('names no one for a pronoun, and nothing without an attribution in the sentence', () => {
    expect(of(sample, 'Kosovo Security Force')).to.equal(null);
    expect(of(sample, '2008')).to.equal(null);
  });

  it('never reaches into the next sentence', () => {
    expect(of('The budget is $75 million. The ministry said so.', '$75 million')).to.equal(null);
  });

  it('reads "according to" and inverted attributions', () => {
    expect(of('Crossings fell by 40%, according to the Interior Ministry.', '40%')).to.equal('Interior Ministry');
    expect(of('Crossings fell by 40%, said Interior Minister Xhelal Sveçla.', '40%')).to.equal('Xhelal Sveçla');
  });

  it('counts code points, so emoji before the claim do not shift it', () => {
    expect(of('🚓🚓 The agency said the deal is worth $75 million.', '$75 million')).to.equal('agency');
  });

  it('trims articles and titles before a name, and keeps a title without one', () => {
    expect(claimantName('the Defense Security Cooperation Agency')).to.equal('Defense Security Cooperation Agency');
    expect(claimantName('Serbian President Aleksandar Vucic')).to.equal('Aleksandar Vucic');
    expect(claimantName('Kosovo’s defense chief')).to.equal('Kosovo’s defense chief');
    expect(claimantName('he')).to.equal(null);
  });

  it('refuses offsets outside the text', () => {
    expect(() => claimantFor('abc', 2, 9)).to.throw(RangeError);
  });
});
