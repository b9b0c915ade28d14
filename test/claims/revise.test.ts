import { expect } from '@open-wc/testing';
import { undo, redo } from 'prosemirror-history';
import { parseText } from '../../src/article/parse.js';
import { textMap } from '../../src/article/positions.js';
import { claimsOf, reviseArticle, setStatus, storedClaims } from '../../src/claims/index.js';
import { stateFor, run, tag, claimTexts } from '../helpers/editor.js';

const V1 = 'Headline\n\nThe State Department approved the $75 million purchase on Jan. 11.\n\nThe deal includes 246 Javelin missiles and 24 launch units.\n\nFour people died.';

function setup() {
  let state = stateFor(V1);
  const ids: Record<string, string> = {};
  for (const quote of ['$75 million', '246 Javelin missiles', '24 launch units', 'Four people died']) {
    const r = tag(state, quote);
    state = run(r.state, setStatus(r.id, 'verified'));
    ids[quote] = r.id;
  }
  return { state, ids };
}

describe('revising an article ("Update text")', () => {
  it('keeps exact claims, marks edited ones changed with both texts, orphans deleted ones', () => {
    const { state, ids } = setup();
    const v2 = 'Headline\n\nA new lead paragraph.\n\nThe State Department approved the $57 million purchase on Jan. 11.\n\nThe deal includes 246 Javelin missiles and 24 launch units.';
    const { tr, summary } = reviseArticle(state, parseText(v2).doc);
    const next = state.apply(tr);
    expect(summary.kept).to.equal(2);
    expect(summary.changed).to.deep.equal([{ id: ids['$75 million'], oldText: '$75 million', newText: '$57 million' }]);
    expect(summary.orphaned).to.deep.equal([{ id: ids['Four people died'], quote: 'Four people died' }]);
    const texts = claimTexts(next);
    expect(texts[ids['246 Javelin missiles']!]).to.equal('246 Javelin missiles');
    expect(texts[ids['$75 million']!]).to.equal('$57 million');
    const records = claimsOf(next).records;
    expect(records.get(ids['$75 million']!)!.changed).to.equal(true);
    expect(records.get(ids['$75 million']!)!.status).to.equal('verified');
    expect(records.get(ids['Four people died']!)!.orphaned).to.equal(true);
    expect(records.get(ids['246 Javelin missiles']!)!.changed).to.equal(false);
    expect(textMap(next.doc).text).to.equal(v2);
  });

  it('is one undoable step: undo restores the old text and every claim exactly, redo the revision', () => {
    const { state } = setup();
    const before = storedClaims(state);
    const { tr } = reviseArticle(state, parseText('Headline\n\nNothing else survives.').doc);
    const revised = state.apply(tr);
    expect(storedClaims(revised).every((c) => c.orphaned)).to.equal(true);
    const undone = run(revised, undo);
    expect(textMap(undone.doc).text).to.equal(V1);
    expect(storedClaims(undone)).to.deep.equal(before);
    const redone = run(undone, redo);
    expect(storedClaims(redone).every((c) => c.orphaned)).to.equal(true);
  });

  it('finds claims whose paragraph moved, and brings orphans back when their words return', () => {
    const { state, ids } = setup();
    const moved = 'Headline\n\nFour people died.\n\nThe deal includes 246 Javelin missiles and 24 launch units.';
    const first = state.apply(reviseArticle(state, parseText(moved).doc).tr);
    expect(claimTexts(first)[ids['Four people died']!]).to.equal('Four people died');
    expect(claimsOf(first).records.get(ids['$75 million']!)!.orphaned).to.equal(true);
    const { tr, summary } = reviseArticle(first, parseText(V1).doc);
    const back = first.apply(tr);
    expect(summary.reattached).to.equal(1);
    expect(claimTexts(back)[ids['$75 million']!]).to.equal('$75 million');
  });
});
