import { expect } from '@open-wc/testing';
import { found, spans } from './helpers.js';

describe('detect: dates', () => {
  it('reads AP month abbreviations with their preposition', () => {
    expect(found('approved the purchase on Jan. 11. Tensions rose after Sept. 24, when', 'date')).to.deep.equal(['on Jan. 11', 'Sept. 24']);
  });

  it('reads weekdays and months with their preposition', () => {
    expect(found('He spoke on Monday; a summit in October; Thursday night.', 'date')).to.deep.equal(['on Monday', 'in October', 'Thursday night']);
  });

  it('reads full dates in both orders', () => {
    expect(found('March 3, 2024 and 3 March 2024 and October 2023', 'date')).to.deep.equal(['March 3, 2024', '3 March 2024', 'October 2023']);
  });

  it('reads years, decades, numeric and relative dates and clock times', () => {
    expect(found('declared independence in 2008', 'date')).to.deep.equal(['in 2008']);
    expect(found('the 1990s, 2024-03-11, last week, at 3 p.m.', 'date')).to.deep.equal(['the 1990s', '2024-03-11', 'last week', '3 p.m.']);
  });

  it('does not read "may" or "March" the verbs, or a lone "May", as dates', () => {
    expect(found('You may go. March on, May said.', 'date')).to.deep.equal([]);
    expect(found('In May we left.', 'date')).to.deep.equal(['In May']);
  });

  it('does not read a copyright line as a date', () => {
    expect(spans('©2024 Bloomberg L.P.')).to.deep.equal([]);
    expect(spans('Copyright 2024 Bloomberg')).to.deep.equal([]);
  });
});
