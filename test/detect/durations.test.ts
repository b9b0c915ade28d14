import { expect } from '@open-wc/testing';
import { found, spans } from './helpers.js';

describe('detect: durations', () => {
  it('reads elapsed time measured from an event', () => {
    expect(found('missiles four months after a clash, 25 years after an intervention', 'duration')).to.deep.equal(['four months after', '25 years after']);
  });

  it('keeps a leading preposition or "the last"', () => {
    expect(found('for three weeks, over the past 30 years, the last eight years', 'duration')).to.deep.equal(['for three weeks', 'over the past 30 years', 'the last eight years']);
  });

  it('reads "a decade ago", hyphenated ages and compounds', () => {
    expect(found('a decade ago, a 10-day truce, a 45-year-old man, a daylong shootout', 'duration')).to.deep.equal(['a decade ago', '10-day', '45-year-old', 'daylong']);
  });

  it('prefers the duration to a count of months', () => {
    expect(spans('four months after')).to.deep.equal([['four months after', 'duration']]);
  });

  it('does not read a capitalised title as a unit', () => {
    expect(found('He was on 60 Minutes.', 'duration')).to.deep.equal([]);
  });
});
