import { expect } from '@open-wc/testing';
import { found, spans } from './helpers.js';

describe('detect: quantities', () => {
  it('finds a count with what it counts', () => {
    expect(found('The deal includes 246 Javelin missiles and 24 launch units.', 'quantity')).to.deep.equal(['246 Javelin missiles', '24 launch units']);
  });

  it('keeps a hedge with the count', () => {
    expect(found('An armed group of some 30 Serb militants attacked.', 'quantity')).to.deep.equal(['some 30 Serb militants']);
  });

  it('reads number words', () => {
    expect(found('The clash left four dead.', 'quantity')).to.deep.equal(['four dead']);
    expect(found('Twenty-five people and two countries signed.', 'quantity')).to.deep.equal(['Twenty-five people', 'two countries']);
  });

  it('does not count an anaphoric "the two countries"', () => {
    expect(found('the strain between the two countries', 'quantity')).to.deep.equal([]);
  });

  it('does not count "one of" or "one thing"', () => {
    expect(spans('That is one of the problems, and one thing is clear.')).to.deep.equal([]);
  });

  it('does not count vague nouns', () => {
    expect(found('I proposed four specific things and three ways forward.', 'quantity')).to.deep.equal([]);
  });

  it('ignores phone numbers and digits glued to names', () => {
    expect(spans('Call 555-123-4567 or (555) 123-4567 or +1 202 555 0143.')).to.deep.equal([]);
    expect(spans('F-35 and COVID-19 and 1,2345 and B52.')).to.deep.equal([]);
  });

  it('reads a year before a name or a singular noun as a date, not a count', () => {
    expect(spans('In 2008 Kosovo declared independence.')).to.deep.equal([['In 2008', 'date']]);
    expect(spans('the 2008 election')).to.deep.equal([['2008', 'date']]);
    expect(spans('2000 troops')).to.deep.equal([['2000 troops', 'quantity']]);
  });

  it('finds vague plurals, comparatives, partitives and hyphenated counts', () => {
    expect(found('hundreds of thousands of people', 'quantity')).to.deep.equal(['hundreds of thousands of people']);
    expect(found('We added 1,000 more Border Patrol agents.', 'quantity')).to.deep.equal(['1,000 more Border Patrol agents']);
    expect(found('Four of the eight Democrats voted.', 'quantity')).to.deep.equal(['Four of the eight Democrats']);
    expect(found('a 600-ship navy', 'quantity')).to.deep.equal(['600-ship navy']);
  });

  it('counts a figure in millions on its own', () => {
    expect(found('He lost 1.6 million, ladies and gentlemen.', 'quantity')).to.deep.equal(['1.6 million']);
  });
});
