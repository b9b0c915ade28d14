import { expect } from '@open-wc/testing';
import { exportW3C, parseW3C, RECHECK_TAG } from '../../src/formats/index.js';
import type { W3CAnnotation, W3CReply } from '../../src/formats/w3c.js';
import { ARTICLE_TEXT, makeArticle, makeDeskClaims } from './fixtures.js';

describe('W3C export and import of the desk workflow', () => {
  it('tags a claim that needs re-checking, so other tools see the flag', () => {
    const items = exportW3C(makeArticle(), makeDeskClaims(), {}).first!.items as W3CAnnotation[];
    const census = items.find(
      (i) => i.motivation === 'assessing' && i.target.selector[0]!.type === 'TextQuoteSelector' && (i.target.selector[0] as { exact: string }).exact.startsWith('1.6 million'),
    )!;
    expect(census.body).to.deep.include({ type: 'TextualBody', purpose: 'tagging', value: RECHECK_TAG, format: 'text/plain' });
    const untagged = items.filter((i) => i.motivation === 'assessing' && i.body.some((b) => 'purpose' in b && b.purpose === 'tagging'));
    expect(untagged).to.have.length(1);
  });

  it('writes each query as a questioning reply to its claim and each answer as a reply to the question', () => {
    const items = exportW3C(makeArticle(), makeDeskClaims(), {}).first!.items;
    const i = items.findIndex((a) => a.id === 'urn:uuid:7c9e6679-7425-40de-944b-e07fc1f90ae7');
    const [question, answer, withdrawn] = items.slice(i + 1, i + 4) as W3CReply[];
    expect(question).to.deep.include({
      motivation: 'questioning',
      target: 'urn:uuid:7c9e6679-7425-40de-944b-e07fc1f90ae7',
      created: '2026-01-01T10:05:00.000Z',
      creator: { type: 'Person', name: 'Ana Reviewer' },
      audience: { type: 'schema:Audience', name: 'Lee Writer' },
    });
    expect(question!.body).to.deep.equal([{ type: 'TextualBody', purpose: 'questioning', value: 'Over three years, or per year?', format: 'text/plain' }]);
    expect(answer).to.deep.include({ motivation: 'replying', target: question!.id, creator: { type: 'Person', name: 'Lee Writer' } });
    expect(answer!.body[0]!.value).to.equal('Over three years.');
    expect(withdrawn!.body.map((b) => b.purpose)).to.deep.equal(['questioning', 'tagging']);
    expect(exportW3C(makeArticle(), makeDeskClaims(), {}).total).to.equal(items.length);
  });

  it('reads the Re-check flag and the queries back onto their claims, replies not becoming claims', () => {
    const result = parseW3C(exportW3C(makeArticle(), makeDeskClaims(), {}), ARTICLE_TEXT);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.annotations).to.have.length(6);
    const byQuote = new Map(result.annotations.map((a) => [a.quote, a]));
    expect(byQuote.get('1.6 million people live in Kosovo')!.changed).to.equal(true);
    expect(byQuote.get('$75 million')!.changed).to.equal(undefined);
    const original = makeDeskClaims().find((c) => c.quote === '$75 million')!.queries;
    expect(byQuote.get('$75 million')!.queries).to.deep.equal(original);
    expect(byQuote.get('1.6 million people live in Kosovo')!.queries!.map((q) => [q.id, q.state])).to.deep.equal([['3d6a4adc-4ac3-43f4-8a50-2238f5eec649', 'open']]);
  });
});
