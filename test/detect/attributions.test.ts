import { expect } from '@open-wc/testing';
import { found } from './helpers.js';

describe('detect: attributions', () => {
  it('takes a named speaker with the verb', () => {
    expect(found('Defense Minister Ejup Maqedonci said he’s confident.', 'attribution')).to.deep.equal(['Defense Minister Ejup Maqedonci said']);
    expect(found('(Bloomberg) -- Kosovo’s defense chief said the nation', 'attribution')).to.deep.equal(['Kosovo’s defense chief said']);
  });

  it('takes an organisation with the channel', () => {
    const text = 'as part of a venture, the Defense Security Cooperation Agency said in a statement.';
    expect(found(text, 'attribution')).to.deep.equal(['the Defense Security Cooperation Agency said in a statement']);
  });

  it('takes a third-person pronoun, an auxiliary and an inverted order', () => {
    expect(found('The deal involves training, he said.', 'attribution')).to.deep.equal(['he said']);
    expect(found('Serbia has denied any involvement.', 'attribution')).to.deep.equal(['Serbia has denied']);
    expect(found('Taxes rose, said the ministry.', 'attribution')).to.deep.equal(['said the ministry']);
  });

  it('takes "according to" with its source', () => {
    expect(found('Prices rose, according to the Defense Department, last year.', 'attribution')).to.deep.equal(['according to the Defense Department']);
  });

  it('ignores the speaker’s own voice and phrases without a source', () => {
    expect(found('As I said, that said, let me say this; we said so, saying nothing.', 'attribution')).to.deep.equal([]);
  });
});
