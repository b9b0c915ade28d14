import { expect } from '@open-wc/testing';
import { openQueriesText } from '../../src/claims/index.js';
import { ARTICLE_TEXT, claimAt } from '../formats/fixtures.js';

const T = '2026-01-01T10:00:00.000Z';
const q = (id: string, question: string, askedAt = T) => ({ id, to: 'Lee Writer', question, askedBy: 'Ana', askedAt, state: 'open' as const });

describe('copy open queries', () => {
  it('numbers every open query in document order with the words, the sentence, the question and who asked', () => {
    const claims = [
      claimAt(ARTICLE_TEXT, '1,200 officers', { id: 'b', queries: [q('q3', 'How many exactly?'), { ...q('q4', 'Old'), state: 'withdrawn' }] }),
      claimAt(ARTICLE_TEXT, '$75 million', { id: 'a', queries: [q('q2', 'Over three years?', '2026-01-01T11:00:00.000Z'), q('q1', 'Which budget line?')] }),
    ];
    const { text, numbered } = openQueriesText(ARTICLE_TEXT, claims, 'Border');
    expect(numbered).to.deep.equal([
      { n: 1, claimId: 'a', queryId: 'q1' },
      { n: 2, claimId: 'a', queryId: 'q2' },
      { n: 3, claimId: 'b', queryId: 'q3' },
    ]);
    expect(text.split('\n').slice(0, 6)).to.deep.equal([
      'Open queries on “Border” (3). Please answer by number.',
      '',
      '1. “$75 million”',
      '   In: “PRISTINA — The government said on Tuesday that it would spend $75 million on new border posts 🛂 over the next three years, a figure the finance ministry later confirmed.”',
      '   Question for Lee Writer: Which budget line?',
      '   Asked by Ana on 2026-01-01 10:00 UTC',
    ]);
    expect(text).to.include('3. “1,200 officers”');
    expect(text).not.to.include('Old');
  });

  it('is empty when no query is open', () => {
    expect(openQueriesText(ARTICLE_TEXT, [claimAt(ARTICLE_TEXT, '$75 million', { id: 'a' })]).text).to.equal('');
  });
});
