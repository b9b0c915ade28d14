import { expect } from '@open-wc/testing';
import { found, spans } from './helpers.js';

describe('detect: quotes', () => {
  it('takes the attribution after a curly quote into the span', () => {
    const text = '“We will defend ourselves,” Maqedonci said in an interview in Pristina on Monday.';
    expect(found(text, 'quote')).to.deep.equal(['“We will defend ourselves,” Maqedonci said in an interview in Pristina on Monday']);
  });

  it('takes a pronoun attribution with its channel', () => {
    const text = '“But our country will work on it,” he said in a statement.';
    expect(found(text, 'quote')).to.deep.equal(['“But our country will work on it,” he said in a statement']);
  });

  it('takes the attribution before a quote that follows a colon or comma', () => {
    expect(found('He said, "We will win." Smith told reporters: "No."', 'quote')).to.deep.equal(['He said, "We will win."', 'Smith told reporters: "No."']);
  });

  it('reads straight quotes and inverted attributions', () => {
    expect(found('"No," said the ministry.', 'quote')).to.deep.equal(['"No," said the ministry']);
  });

  it('makes a scare quote a quote span of its own', () => {
    expect(found('Serbian “state structures” backed the attack', 'quote')).to.deep.equal(['“state structures”']);
  });

  it('does not attach a clause without a verb of saying', () => {
    expect(found('a “great disappointment for Serbia” after meeting the ambassador', 'quote')).to.deep.equal(['“great disappointment for Serbia”']);
  });

  it('gives a shared attribution to the first quote only', () => {
    expect(found('“A,” he said, “B.”', 'quote')).to.deep.equal(['“A,” he said', '“B.”']);
  });

  it('keeps figures and dates inside a quote but not the attribution', () => {
    expect(spans('“We bought 246 missiles,” he said on Monday.')).to.deep.equal([
      ['“We bought 246 missiles,” he said on Monday', 'quote'],
      ['246 missiles', 'quantity'],
      ['on Monday', 'date'],
    ]);
  });

  it('ignores empty quotes, stray marks and apostrophes', () => {
    expect(spans('"" and “ ” and a stray " mark and Kosovo’s ’90s')).to.deep.equal([['’90s', 'date']]);
  });

  it('never crosses a paragraph unless the next one continues the quote', () => {
    expect(found('“Open here\n\nand not closed.', 'quote')).to.deep.equal([]);
    expect(found('“First part\n\n“second part.”', 'quote')).to.deep.equal(['“First part', '“second part.”']);
  });
});
