import { expect } from '@open-wc/testing';
import { EditorState } from 'prosemirror-state';
import { SignOffBlockedError, customStatusSet, isArticleChange, markSignOffStale, setStatus, signOff, signOffBlockers, claimsTransaction, type StoredClaim } from '../../src/claims/index.js';
import { claimAt, ARTICLE_TEXT } from '../formats/fixtures.js';
import { stateFor, tag } from '../helpers/editor.js';

const T = '2026-01-01T10:00:00.000Z';

/** A claim that blocks nothing: verified, with a source, attached, no open work. */
function done(quote = '$75 million', extra: Partial<StoredClaim> = {}): StoredClaim {
  return claimAt(ARTICLE_TEXT, quote, {
    id: `id-${quote}`,
    status: 'verified',
    sources: [{ url: 'https://budget.example/4.2' }],
    history: [{ status: 'verified', from: 'unchecked', at: T, by: 'Ana' }],
    ...extra,
  });
}

function reasons(claims: StoredClaim[], options = {}): string[] {
  return signOffBlockers(claims, options).map((b) => b.reason);
}

describe('sign-off blockers', () => {
  it('lists nothing for claims that are all done', () => {
    expect(signOffBlockers([done(), done('1,200 officers', { status: 'unverifiable', sources: [] }), done('40%', { status: 'corrected', sources: [] })])).to.deep.equal([]);
  });

  it('blocks on a claim whose status is not resolved', () => {
    expect(reasons([done(), done('1,200 officers', { status: 'in_progress', sources: [] })])).to.deep.equal(['unresolved']);
  });

  it('blocks on a claim that needs a re-check', () => {
    expect(reasons([done('$75 million', { changed: true })])).to.deep.equal(['recheck']);
  });

  it('blocks on an orphan', () => {
    expect(reasons([done('$75 million', { orphaned: true })])).to.deep.equal(['orphaned']);
  });

  it('blocks on an open query, but not on an answered or withdrawn one', () => {
    const query = { id: 'q', to: 'Writer', question: 'Sure?', askedBy: 'Ana', askedAt: T };
    expect(reasons([done('$75 million', { queries: [{ ...query, state: 'open' }] })])).to.deep.equal(['open-query']);
    expect(
      reasons([
        done('$75 million', {
          queries: [
            { ...query, state: 'answered', answer: 'Yes' },
            { ...query, id: 'r', state: 'withdrawn' },
          ],
        }),
      ]),
    ).to.deep.equal([]);
  });

  it('blocks on a verdict that needs a second check it does not have', () => {
    const incorrect = { status: 'incorrect', history: [{ status: 'incorrect', from: 'unchecked', at: T, by: 'Ana' }] };
    expect(reasons([done('$75 million', incorrect)])).to.deep.equal(['second-check']);
    expect(reasons([done('$75 million', { ...incorrect, secondCheck: { by: 'Bo', at: T } })])).to.deep.equal([]);
    expect(reasons([done('$75 million', incorrect)], { secondCheckFor: [] })).to.deep.equal([]);
  });

  it('blocks on a verdict without a source, except Unverifiable', () => {
    expect(reasons([done('$75 million', { sources: [] })])).to.deep.equal(['no-source']);
    expect(reasons([done('$75 million', { status: 'unverifiable', sources: [] })])).to.deep.equal([]);
    expect(reasons([done('$75 million', { sources: [{ kind: 'interview', who: 'Ejup Maqedonci' }] })])).to.deep.equal([]);
  });

  it('follows the newsroom’s own statuses', () => {
    const set = customStatusSet({}, [
      { id: 'half_true', label: 'Half true', icon: '½', colour: '#777700', line: 'dashed', resolved: true, rating: { alternateName: 'Half true', ratingValue: 3 }, description: '' },
    ]);
    expect(reasons([done('$75 million', { status: 'half_true', sources: [] })], { statuses: set })).to.deep.equal(['no-source']);
  });

  it('lists one entry per claim and reason in document order, each message naming the words', () => {
    const blockers = signOffBlockers([done('1,200 officers', { status: 'unchecked', sources: [], changed: true }), done('$75 million', { orphaned: true, sources: [] })]);
    expect(blockers.map((b) => [b.quote, b.reason])).to.deep.equal([
      ['1,200 officers', 'unresolved'],
      ['1,200 officers', 'recheck'],
      ['$75 million', 'orphaned'],
      ['$75 million', 'no-source'],
    ]);
    expect(blockers[0]!.message).to.equal('“1,200 officers”: not resolved (Unchecked)');
  });
});

describe('sign-off', () => {
  it('records who and when when nothing blocks it', () => {
    expect(signOff([done()], ' Eda ', {}, T)).to.deep.equal({ by: 'Eda', at: T, stale: false });
  });

  it('is refused with an error naming each blocking claim and the reason', () => {
    try {
      signOff([done('$75 million', { sources: [] }), done('1,200 officers', { changed: true })], 'Eda');
      expect.fail('signed off');
    } catch (e) {
      expect(e).to.be.instanceOf(SignOffBlockedError);
      expect((e as Error).message).to.equal('The article cannot be signed off: “$75 million”: Verified cites no source; “1,200 officers”: its words changed and it needs a re-check.');
      expect((e as SignOffBlockedError).blockers).to.have.length(2);
    }
    expect(() => signOff([], '')).to.throw(RangeError);
  });

  it('goes stale at the first change after it and stays stale since then', () => {
    const s = signOff([], 'Eda', {}, T);
    const stale = markSignOffStale(s, '2026-01-01T11:00:00.000Z');
    expect(stale).to.deep.equal({ by: 'Eda', at: T, stale: true, staleSince: '2026-01-01T11:00:00.000Z' });
    expect(markSignOffStale(stale, '2026-01-01T12:00:00.000Z')).to.equal(stale);
  });

  it('counts edits of the text and changes to claims as changes, not opening a claim', () => {
    const { state, id } = tag(stateFor('Headline\n\nThe $75 million purchase.'), '$75 million');
    expect(isArticleChange(state.tr.insertText('x', 1))).to.equal(true);
    let tr: import('prosemirror-state').Transaction | null = null;
    setStatus(id, 'verified')(state, (t) => (tr = t));
    expect(isArticleChange(tr!)).to.equal(true);
    expect(isArticleChange(claimsTransaction(state, { type: 'activate', id: null }))).to.equal(false);
    expect(isArticleChange(EditorState.create({ doc: state.doc }).tr)).to.equal(false);
  });
});
