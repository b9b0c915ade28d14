import { expect } from '@open-wc/testing';
import { found, spans } from './helpers.js';

describe('detect: money', () => {
  it('finds a dollar sum with a scale word', () => {
    expect(found('The State Department approved the $75 million purchase.', 'money')).to.deep.equal(['$75 million']);
  });

  it('finds a glued scale after a currency sign', () => {
    expect(found('Spending reached €2.3bn last year, then $5m and £300k.', 'money')).to.deep.equal(['€2.3bn', '$5m', '£300k']);
  });

  it('finds a currency word after the figure', () => {
    expect(found('It cost 75 million dollars.', 'money')).to.deep.equal(['75 million dollars']);
    expect(found('We spent a billion dollars and billions of dollars more.', 'money')).to.deep.equal(['a billion dollars', 'billions of dollars']);
  });

  it('finds thousands separators and currency codes', () => {
    expect(found('He paid £300,000 and USD 5 million.', 'money')).to.deep.equal(['£300,000', 'USD 5 million']);
  });

  it('keeps a hedge with the sum', () => {
    expect(found('It will cost more than $1.2 trillion.', 'money')).to.deep.equal(['more than $1.2 trillion']);
  });

  it('reads "$75 million" as money, not as a count of purchases', () => {
    expect(spans('the $75 million purchase')).to.deep.equal([['$75 million', 'money']]);
  });
});
