import { expect } from '@open-wc/testing';
import { undo, redo } from 'prosemirror-history';
import { textMap } from '../../src/article/positions.js';
import { anchorQuote } from '../../src/anchoring/index.js';
import {
  claimsOf,
  setStatus,
  tagClaim,
  deleteClaim,
  restoreClaim,
  claimRange,
  claimRanges,
  storedClaims,
  loadClaimsAction,
  loadClaimsTransaction,
  claimsKey,
  activeDecorations,
} from '../../src/claims/index.js';
import { stateFor, select, run, tag, claimTexts, insertAt, deleteRange } from '../helpers/editor.js';

const TEXT = 'Headline here\n\nThe State Department approved the $75 million purchase on Jan. 11.\n\nThe deal includes 246 Javelin missiles.';

describe('claims plugin', () => {
  it('tags the selection as an unchecked claim and opens it', () => {
    const { state, id } = tag(stateFor(TEXT), '$75 million');
    const claims = claimsOf(state);
    expect(claims.records.get(id)?.status).to.equal('unchecked');
    expect(claims.active).to.equal(id);
    expect(claimTexts(state)).to.deep.equal({ [id]: '$75 million' });
  });

  it('does nothing for an empty selection', () => {
    const state = select(stateFor(TEXT), 5, 5);
    expect(tagClaim()(state)).to.equal(false);
    expect(run(state, tagClaim())).to.equal(state);
  });

  it('follows its text through inserts before it', () => {
    let { state, id } = tag(stateFor(TEXT), '$75 million');
    state = insertAt(state, 0, 'A new sentence at the top. ');
    expect(claimTexts(state)[id]).to.equal('$75 million');
  });

  it('is untouched by inserts and deletes after it', () => {
    let { state, id } = tag(stateFor(TEXT), '$75 million');
    const text = textMap(state.doc).text;
    state = insertAt(state, text.length, ' More.');
    state = deleteRange(state, text.indexOf('Javelin'), text.indexOf('Javelin') + 8);
    expect(claimTexts(state)[id]).to.equal('$75 million');
  });

  it('grows when text is typed inside it, not at its edges', () => {
    let { state, id } = tag(stateFor(TEXT), '$75 million');
    const start = textMap(state.doc).text.indexOf('$75');
    state = insertAt(state, start + 3, '.5');
    expect(claimTexts(state)[id]).to.equal('$75.5 million');
    state = insertAt(state, start, 'about ');
    state = insertAt(state, start + 'about $75.5 million'.length, ' dollars');
    expect(claimTexts(state)[id]).to.equal('$75.5 million');
  });

  it('keeps overlapping claims apart', () => {
    const first = tag(stateFor(TEXT), '$75 million purchase');
    const second = tag(first.state, 'million purchase on Jan. 11');
    const texts = claimTexts(second.state);
    expect(texts[first.id]).to.equal('$75 million purchase');
    expect(texts[second.id]).to.equal('million purchase on Jan. 11');
  });

  it('changes the highlight when the status changes, with history', () => {
    let { state, id } = tag(stateFor(TEXT), '$75 million');
    state = run(state, setStatus(id, 'verified'));
    const record = claimsOf(state).records.get(id)!;
    expect(record.status).to.equal('verified');
    expect(record.history.map((h) => [h.from, h.status, h.by])).to.deep.equal([
      [undefined, 'unchecked', 'Ada'],
      ['unchecked', 'verified', 'Ada'],
    ]);
    const deco = claimsOf(state).decos.find()[0]!;
    expect((deco as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-status']).to.equal('verified');
  });

  it('undoes and redoes text edits with the claim following', () => {
    let { state, id } = tag(stateFor(TEXT), '$75 million');
    state = insertAt(state, 0, 'Top. ');
    state = run(state, undo);
    expect(textMap(state.doc).text).to.equal(TEXT);
    expect(claimTexts(state)[id]).to.equal('$75 million');
    state = run(state, redo);
    expect(claimTexts(state)[id]).to.equal('$75 million');
  });

  it('marks a verified claim as changed when its words change, and records both texts', () => {
    let { state, id } = tag(stateFor(TEXT), '$75 million');
    state = run(state, setStatus(id, 'verified'));
    const start = textMap(state.doc).text.indexOf('$75');
    state = deleteRange(state, start + 1, start + 3);
    state = insertAt(state, start + 1, '57');
    const record = claimsOf(state).records.get(id)!;
    expect(claimTexts(state)[id]).to.equal('$57 million');
    expect(record.changed).to.equal(true);
    expect(record.status).to.equal('verified');
    const last = record.history[record.history.length - 1]!;
    expect([last.event, last.oldText, last.newText]).to.deep.equal(['text-changed', '$75 million', '$57 million']);
  });

  it('does not mark an unchecked claim as changed', () => {
    let { state, id } = tag(stateFor(TEXT), '$75 million');
    const start = textMap(state.doc).text.indexOf('$75');
    state = insertAt(state, start + 2, '0');
    expect(claimsOf(state).records.get(id)!.changed).to.equal(false);
  });

  it('keeps a claim whose text is deleted as an orphan, and undo re-attaches it', () => {
    let { state, id } = tag(stateFor(TEXT), '246 Javelin missiles');
    state = run(state, setStatus(id, 'verified'));
    const text = textMap(state.doc).text;
    const para = text.lastIndexOf('\n\n') + 2;
    state = deleteRange(state, para, text.length);
    expect(claimRange(state, id)).to.equal(null);
    expect(claimsOf(state).records.get(id)!.orphaned).to.equal(true);
    expect(claimsOf(state).records.get(id)!.anchor?.quote).to.equal('246 Javelin missiles');
    state = run(state, undo);
    expect(claimTexts(state)[id]).to.equal('246 Javelin missiles');
    expect(claimsOf(state).records.get(id)!.orphaned).to.equal(false);
  });

  it('deletes a claim and restores it', () => {
    let { state, id } = tag(stateFor(TEXT), '$75 million');
    const record = claimsOf(state).records.get(id)!;
    const range = claimRange(state, id);
    state = run(state, deleteClaim(id));
    expect(claimsOf(state).records.has(id)).to.equal(false);
    expect(claimsOf(state).decos.find().length).to.equal(0);
    state = run(state, restoreClaim(record, range));
    expect(claimTexts(state)[id]).to.equal('$75 million');
  });

  it('leaves the editor as code-point selectors in document order and loads back', () => {
    const state = stateFor('😀 Emoji first.\n\nThe $75 million deal and 246 missiles.');
    const later = tag(state, '246 missiles');
    const earlier = tag(later.state, '$75 million');
    const stored = storedClaims(earlier.state);
    expect(stored.map((c) => c.quote)).to.deep.equal(['$75 million', '246 missiles']);
    const text = textMap(earlier.state.doc).text;
    for (const c of stored) expect([...text].slice(c.start, c.end).join('')).to.equal(c.quote);
    expect(stored[0]!.prefix).to.equal('😀 Emoji first.\n\nThe ');
    const fresh = stateFor(text);
    const loaded = fresh.apply(loadClaimsTransaction(fresh, loadClaimsAction(fresh.doc, stored, anchorQuote)));
    expect(storedClaims(loaded)).to.deep.equal(stored);
  });
});

describe('the open claim', () => {
  const TEXT2 = 'Headline here\n\nThe State Department approved the $75 million purchase on Jan. 11.\n\nThe deal includes 246 Javelin missiles.';

  /** The editor's drawn decorations that carry fc-active, as plain text. */
  function activeTexts(state: import('prosemirror-state').EditorState): string[] {
    const plugin = state.plugins.find((p) => (p as unknown as { key: string }).key === (claimsKey as unknown as { key: string }).key)!;
    const drawn = plugin.props.decorations!.call(plugin, state) as import('prosemirror-view').DecorationSet;
    return drawn
      .find()
      .filter((d) => String((d as unknown as { type: { attrs: { class?: string } } }).type.attrs.class).includes('fc-active'))
      .sort((a, b) => a.from - b.from)
      .map((d) => state.doc.textBetween(d.from, d.to));
  }

  it('is drawn with fc-active over all its words, also across paragraphs and after edits around it', () => {
    const text = textMap(stateFor(TEXT2).doc).text;
    const start = text.indexOf('Jan. 11');
    const end = text.indexOf('246') + 3;
    let state = run(select(stateFor(TEXT2), start, end), tagClaim('across'));
    // One decoration over both paragraphs (ProseMirror draws it in each).
    expect(activeDecorations(state).map((d) => [d.from, d.to])).to.deep.equal([[claimRange(state, 'across')!.from, claimRange(state, 'across')!.to]]);
    expect(activeTexts(state)).to.deep.equal(['Jan. 11.The deal includes 246']);
    // A few characters typed above: found again near its last place.
    state = insertAt(state, 0, 'Breaking: ');
    expect(activeTexts(state)).to.deep.equal(['Jan. 11.The deal includes 246']);
    // Another claim opened: the mark moves, the first claim is drawn plain.
    let money: string;
    ({ state, id: money } = tag(state, '$75 million'));
    expect(activeTexts(state)).to.deep.equal(['$75 million']);
    expect(claimRange(state, money)).to.not.equal(null);
  });

  it('is found wherever it is, whether the selection is on it, near it or far from it', () => {
    // Longer than the window the open claim is first looked for in, on either side.
    const filler = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} says the budget grew by ${i} percent.`).join('\n\n');
    const long = `First words open the piece.\n\n${filler}\n\nLast words close it.`;
    let first: string;
    let last: string;
    let state = stateFor(long);
    ({ state, id: first } = tag(state, 'First words'));
    ({ state, id: last } = tag(state, 'close it'));
    const middle = textMap(state.doc).text.indexOf('Paragraph 200');
    const open = (s: typeof state, id: string) => s.apply(s.tr.setMeta(claimsKey, { type: 'activate', id }));
    // The selection sits in the middle, far from both claims.
    state = select(state, middle, middle);
    state = open(state, first);
    expect(activeTexts(state)).to.deep.equal(['First words']);
    state = open(state, last);
    expect(activeTexts(state)).to.deep.equal(['close it']);
    // Typed far above it while it stays open.
    state = insertAt(state, middle, 'More. ');
    expect(activeTexts(state)).to.deep.equal(['close it']);
    // Opened with the selection on it (a click), at the very start of the text.
    state = open(select(state, 0, 2), first);
    expect(activeTexts(state)).to.deep.equal(['First words']);
    expect(activeDecorations(state).map((d) => state.doc.textBetween(d.from, d.to))).to.deep.equal(['First words']);
    // A status set on the open claim and on one far from it: each highlight, and only it, shows its own.
    state = open(state, last);
    state = run(state, setStatus(last, 'verified'));
    state = run(state, setStatus(first, 'incorrect'));
    const statusOf = (id: string) => {
      const plugin = state.plugins.find((p) => (p as unknown as { key: string }).key === (claimsKey as unknown as { key: string }).key)!;
      const drawn = plugin.props.decorations!.call(plugin, state) as import('prosemirror-view').DecorationSet;
      return drawn
        .find(undefined, undefined, (spec: { claimId: string }) => spec.claimId === id)
        .map((d) => [state.doc.textBetween(d.from, d.to), (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-status']]);
    };
    expect(statusOf(last)).to.deep.equal([['close it', 'verified']]);
    expect(statusOf(first)).to.deep.equal([['First words', 'incorrect']]);
    // The ranges kept from before the status changes are the ranges read afresh.
    const fresh = claimsOf(state)
      .decos.find()
      .map((d) => ({ id: (d.spec as { claimId: string }).claimId, from: d.from, to: d.to }))
      .sort((a, b) => a.from - b.from);
    expect(claimRanges(state)).to.deep.equal(fresh);
    expect(storedClaims(state).map((c) => [c.quote, c.status])).to.deep.equal([
      ['First words', 'incorrect'],
      ['close it', 'verified'],
    ]);
  });
});
