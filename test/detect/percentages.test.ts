import { expect } from '@open-wc/testing';
import { found } from './helpers.js';

describe('detect: percentages', () => {
  it('finds the sign, the word and the British spelling', () => {
    expect(found('Prices rose 12%, or 12 percent, or 12.5 per cent.', 'percentage')).to.deep.equal(['12%', '12 percent', '12.5 per cent']);
  });

  it('finds percentage points, ranges and words', () => {
    expect(found('up 3 percentage points, 10-15 percent, ninety-nine percent', 'percentage')).to.deep.equal(['3 percentage points', '10-15 percent', 'ninety-nine percent']);
  });

  it('finds ratios and fractions', () => {
    expect(found('One in five Americans and two-thirds of voters agree.', 'percentage')).to.deep.equal(['One in five', 'two-thirds']);
  });

  it('does not read a count and a year as a ratio', () => {
    expect(found('5 in 2008', 'percentage')).to.deep.equal([]);
  });

  it('finds multipliers', () => {
    expect(found('We spend twice as much, three times more, and it doubled.', 'percentage')).to.deep.equal(['twice as much', 'three times more', 'doubled']);
  });
});
