import { expect } from '@open-wc/testing';
import { found } from './helpers.js';

describe('detect: superlatives', () => {
  it('finds "the first", "the largest" and "the only"', () => {
    expect(found('It was the first sale, the largest ever, the only one.', 'superlative')).to.deep.equal(['the first', 'the largest ever', 'the only']);
  });

  it('finds records and possessive superlatives', () => {
    expect(found('a record high in Kosovo’s biggest city, an unprecedented move', 'superlative')).to.deep.equal(['a record high', 'Kosovo’s biggest', 'unprecedented']);
  });

  it('counts "the first time" as a superlative but not "the first day"', () => {
    expect(found('for the first time since 1999', 'superlative')).to.deep.equal(['the first']);
    expect(found('on the first day', 'superlative')).to.deep.equal([]);
  });

  it('ignores a bare "only", "at the top" and first-person superlatives', () => {
    expect(found('not only that, at the top, my oldest daughter and our top priority', 'superlative')).to.deep.equal([]);
  });

  it('finds comparisons with everything', () => {
    expect(found('more than any other state, second to none', 'superlative')).to.deep.equal(['than any other', 'second to none']);
  });
});
