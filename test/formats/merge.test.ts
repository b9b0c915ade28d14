import { expect } from '@open-wc/testing';
import { mergeClaims, MERGE_CONFLICT_EVENT } from '../../src/formats/index.js';
import type { StoredClaim } from '../../src/claims/record.js';
import { ARTICLE_TEXT, claimAt } from './fixtures.js';

const T0 = '2026-01-01T10:00:00.000Z';
const T1 = '2026-01-02T10:00:00.000Z';
const T2 = '2026-01-03T10:00:00.000Z';
const NOW = '2026-02-01T00:00:00.000Z';

/** A claim on `quote` in the fixture article, checked at `at` with `status` and `note`. */
function checked(quote: string, id: string, status: StoredClaim['status'], note: string, at: string, by = 'Ana'): StoredClaim {
  return claimAt(ARTICLE_TEXT, quote, {
    id,
    status,
    note,
    updatedAt: at,
    history: [{ status: 'unchecked', at: T0, by: 'Ana Reviewer' }, ...(status === 'unchecked' ? [] : [{ status, from: 'unchecked' as const, at, by }])],
  });
}

const cp = (text: string, start: number, end: number) => [...text].slice(start, end).join('');

describe('mergeClaims', () => {
  it('combines claims that only one side has, in document order', () => {
    const officers = checked('1,200 officers', 'a', 'verified', 'Ministry figures', T1);
    const money = checked('$75 million', 'b', 'in_progress', '', T1);
    const fallen = checked('fallen by 40%', 'c', 'unchecked', '', T0);
    const { claims, summary } = mergeClaims([officers], [fallen, money], ARTICLE_TEXT, NOW);
    expect(claims.map((c) => c.id)).to.deep.equal(['b', 'c', 'a']);
    expect(claims[0]).to.deep.equal(money);
    expect(summary).to.deep.equal({ added: 2, updated: 0, unchanged: 1, conflicts: [] });
  });

  it('keeps a claim that is identical on both sides as it is', () => {
    const local = checked('$75 million', 'a', 'verified', 'Budget papers', T1);
    const incoming = JSON.parse(JSON.stringify(local)) as StoredClaim;
    const { claims, summary } = mergeClaims([local], [incoming], ARTICLE_TEXT, NOW);
    expect(claims).to.have.length(1);
    expect(claims[0]).to.equal(local);
    expect(summary).to.deep.equal({ added: 0, updated: 0, unchanged: 1, conflicts: [] });
  });

  it('lets the later edit win when both sides changed a claim, and keeps the losing version in the history', () => {
    const local = checked('$75 million', 'a', 'incorrect', 'Budget says $57m', T1, 'Ana');
    const incoming = checked('$75 million', 'a', 'verified', 'Confirmed by ministry', T2, 'Ben');
    const { claims, summary } = mergeClaims([local], [incoming], ARTICLE_TEXT, NOW);
    const merged = claims[0]!;
    expect(merged.status).to.equal('verified');
    expect(merged.note).to.equal('Confirmed by ministry');
    expect(summary.updated).to.equal(1);
    expect(summary.conflicts).to.deep.equal([{ id: 'a', kept: 'incoming', quote: '$75 million' }]);
    // Both status changes, in time order, then the record of the version that lost.
    expect(merged.history.map((h) => [h.status, h.by, h.event])).to.deep.equal([
      ['unchecked', 'Ana Reviewer', undefined],
      ['incorrect', 'Ana', undefined],
      ['verified', 'Ben', undefined],
      ['incorrect', '', MERGE_CONFLICT_EVENT],
    ]);
    expect(merged.history.at(-1)).to.deep.equal({
      status: 'incorrect',
      from: 'verified',
      at: NOW,
      by: '',
      event: MERGE_CONFLICT_EVENT,
      oldText: 'Confirmed by ministry',
      newText: 'Budget says $57m',
    });
  });

  it('keeps the local version on a tie, still recording the other one', () => {
    const local = checked('$75 million', 'a', 'incorrect', 'Mine', T1);
    const incoming = checked('$75 million', 'a', 'misleading', 'Theirs', T1);
    const { claims, summary } = mergeClaims([local], [incoming], ARTICLE_TEXT, NOW);
    expect(claims[0]!.status).to.equal('incorrect');
    expect(claims[0]!.note).to.equal('Mine');
    expect(claims[0]!.history.at(-1)).to.include({ event: MERGE_CONFLICT_EVENT, status: 'misleading', newText: 'Theirs' });
    expect(summary).to.deep.include({ updated: 0, unchanged: 1 });
    expect(summary.conflicts).to.deep.equal([{ id: 'a', kept: 'local', quote: '$75 million' }]);
  });

  it('adds the losing side’s sources the winner lacks', () => {
    const local = { ...checked('$75 million', 'a', 'verified', 'n', T2), sources: [{ url: 'https://a.example/' }] };
    const incoming = {
      ...checked('$75 million', 'a', 'verified', 'n', T1),
      sources: [{ url: 'https://a.example/', label: 'A' }, { url: 'https://b.example/' }],
    };
    const merged = mergeClaims([local], [incoming], ARTICLE_TEXT, NOW).claims[0]!;
    expect(merged.sources).to.deep.equal([{ url: 'https://a.example/' }, { url: 'https://b.example/' }]);
  });

  it('is not a conflict when the versions differ only in their history', () => {
    const local = checked('$75 million', 'a', 'verified', 'n', T1);
    const incoming = { ...local, history: [...local.history, { status: 'verified' as const, at: T2, by: 'Ben', event: 'confirmed' }], updatedAt: T2 };
    const { claims, summary } = mergeClaims([local], [incoming], ARTICLE_TEXT, NOW);
    expect(summary).to.deep.equal({ added: 0, updated: 1, unchanged: 0, conflicts: [] });
    expect(claims[0]!.history).to.have.length(3);
    expect(claims[0]!.history.some((h) => h.event === MERGE_CONFLICT_EVENT)).to.equal(false);
  });

  it('merging the same file twice adds nothing more', () => {
    const local = checked('$75 million', 'a', 'incorrect', 'Mine', T2);
    const incoming = checked('$75 million', 'a', 'verified', 'Theirs', T1);
    const once = mergeClaims([local], [incoming], ARTICLE_TEXT, NOW).claims;
    const twice = mergeClaims(once, [incoming], ARTICLE_TEXT, '2026-03-01T00:00:00.000Z').claims;
    expect(twice).to.deep.equal(once);
  });

  it('keeps the local place of a claim the incoming side won, since the local text is the one kept', () => {
    const text = 'Intro. The budget is $75 million. Later, $75 million again.';
    const local = claimAt(text, '$75 million', { id: 'a', updatedAt: T1 }, 1);
    const incoming = claimAt(text, '$75 million', { id: 'a', status: 'verified', updatedAt: T2 }, 0);
    const merged = mergeClaims([local], [incoming], text, NOW).claims[0]!;
    expect(merged.status).to.equal('verified');
    expect(merged.start).to.equal(local.start);
    expect(merged.prefix).to.equal(local.prefix);
  });

  it('re-anchors an incoming claim whose offsets point at other text', () => {
    // The incoming copy had a sentence more at the top, so its offsets are too far on.
    const incomingText = `Breaking news. ${ARTICLE_TEXT}`;
    const incoming = claimAt(incomingText, '1,200 officers', { id: 'x', status: 'verified' });
    expect(cp(ARTICLE_TEXT, incoming.start, incoming.end)).not.to.equal('1,200 officers');
    const merged = mergeClaims([], [incoming], ARTICLE_TEXT, NOW).claims[0]!;
    expect(cp(ARTICLE_TEXT, merged.start, merged.end)).to.equal('1,200 officers');
    expect(merged.quote).to.equal('1,200 officers');
    expect(merged.prefix.endsWith('👮‍♀️ ')).to.equal(true);
    expect(merged.changed).to.equal(false);
    expect(merged.orphaned).to.equal(false);
    expect(merged.history).to.deep.equal(incoming.history);
  });

  it('marks an incoming claim found only on changed words for re-checking', () => {
    const incomingText = ARTICLE_TEXT.replace('1,200 officers', '1,250 officers');
    const incoming = claimAt(incomingText, '1,250 officers', { id: 'x', status: 'verified' });
    const merged = mergeClaims([], [incoming], ARTICLE_TEXT, NOW).claims[0]!;
    expect(merged.quote).to.equal('1,200 officers');
    expect(cp(ARTICLE_TEXT, merged.start, merged.end)).to.equal('1,200 officers');
    expect(merged.changed).to.equal(true);
    expect(merged.history.at(-1)).to.deep.equal({
      status: 'verified',
      at: NOW,
      by: '',
      event: 'text-changed',
      oldText: '1,250 officers',
      newText: '1,200 officers',
    });
  });

  it('does not mark an unchecked claim on changed words, but records the move', () => {
    const incomingText = ARTICLE_TEXT.replace('1,200 officers', '1,250 officers');
    const incoming = claimAt(incomingText, '1,250 officers', { id: 'x' });
    const merged = mergeClaims([], [incoming], ARTICLE_TEXT, NOW).claims[0]!;
    expect(merged.changed).to.equal(false);
    expect(merged.history.at(-1)!.event).to.equal('text-changed');
  });

  it('makes an orphan of an incoming claim whose words are not in the local text, keeping its selectors, last', () => {
    const incomingText = `${ARTICLE_TEXT}\n\nA wholly new closing paragraph about tariffs on imported steel.`;
    const orphan = claimAt(incomingText, 'tariffs on imported steel', { id: 'o', status: 'verified' });
    const first = checked('$75 million', 'a', 'verified', '', T1);
    const { claims, summary } = mergeClaims([first], [orphan], ARTICLE_TEXT, NOW);
    expect(claims.map((c) => c.id)).to.deep.equal(['a', 'o']);
    expect(claims[1]).to.deep.equal({ ...orphan, orphaned: true });
    expect(summary.added).to.equal(1);
  });

  it('counts every claim once: added, updated or unchanged', () => {
    const onlyLocal = checked('fallen by 40%', 'l', 'verified', '', T1);
    const same = checked('a provocation', 's', 'misleading', 'Opinion', T1);
    const localWins = checked('$75 million', 'w', 'verified', 'Mine', T2);
    const incomingWins = checked('1,200 officers', 'i', 'in_progress', '', T0);
    const onlyIncoming = checked('1.6 million people live in Kosovo', 'n', 'verified', '', T1);
    const { claims, summary } = mergeClaims(
      [onlyLocal, same, localWins, incomingWins],
      [same, { ...localWins, note: 'Theirs', updatedAt: T1 }, { ...incomingWins, status: 'verified', updatedAt: T1 }, onlyIncoming],
      ARTICLE_TEXT,
      NOW,
    );
    expect(claims).to.have.length(5);
    expect(summary.added).to.equal(1);
    expect(summary.updated).to.equal(1);
    expect(summary.unchanged).to.equal(3);
    // 'w' and 'i' were changed on one side only (the other side has no
    // history of its own and is older): the newer version wins, no conflict.
    expect(summary.conflicts).to.deep.equal([]);
  });

  it('refuses a side that uses one id twice', () => {
    const a = checked('$75 million', 'a', 'verified', '', T1);
    expect(() => mergeClaims([a, a], [], ARTICLE_TEXT, NOW)).to.throw(RangeError, /"a" twice/);
  });
});

describe('mergeClaims: who changed what', () => {
  it('does not call a claim edited on both sides when only the other side changed it', () => {
    const original = checked('$75 million', 'a', 'unchecked', '', T0);
    const theirs = checked('$75 million', 'a', 'verified', 'Budget papers', T1, 'Ben');
    const { claims, summary } = mergeClaims([original], [theirs], ARTICLE_TEXT, NOW);
    expect(summary).to.deep.equal({ added: 0, updated: 1, unchanged: 0, conflicts: [] });
    expect(claims[0]).to.include({ status: 'verified', note: 'Budget papers' });
    expect(claims[0]).not.to.have.property('otherVersion');
    expect(claims[0]!.history.some((h) => h.event === MERGE_CONFLICT_EVENT)).to.equal(false);
  });

  it('does not call it edited on both sides when only this side changed it', () => {
    const mine = checked('$75 million', 'a', 'incorrect', 'It was $57m', T1);
    const original = checked('$75 million', 'a', 'unchecked', '', T0);
    const { summary } = mergeClaims([mine], [original], ARTICLE_TEXT, NOW);
    expect(summary).to.deep.equal({ added: 0, updated: 0, unchanged: 1, conflicts: [] });
  });

  it('keeps the losing side’s status and note on the claim under the other person’s name', () => {
    const local = checked('$75 million', 'a', 'incorrect', 'Budget says $57m', T1, 'Ana');
    const incoming = checked('$75 million', 'a', 'verified', 'Confirmed by ministry', T2, 'Ben');
    const merged = mergeClaims([local], [incoming], ARTICLE_TEXT, NOW).claims[0]!;
    expect(merged.otherVersion).to.deep.equal({ status: 'incorrect', note: 'Budget says $57m', by: 'Ana', at: T1 });
  });

  it('keeps the queries either side asked', () => {
    const q = (id: string) => ({ id, to: 'Lee', question: `${id}?`, askedBy: 'Ana', askedAt: T1, state: 'open' as const });
    const local = { ...checked('$75 million', 'a', 'verified', 'n', T1), queries: [q('x')] };
    const incoming = { ...checked('$75 million', 'a', 'verified', 'n', T2), queries: [q('y')] };
    expect(mergeClaims([local], [incoming], ARTICLE_TEXT, NOW).claims[0]!.queries!.map((x) => x.id)).to.deep.equal(['y', 'x']);
  });
});
