import { expect } from '@open-wc/testing';
import { Slice, Fragment, Node } from 'prosemirror-model';
import { TextSelection } from 'prosemirror-state';
import { undo } from 'prosemirror-history';
import { textMap } from '../../src/article/positions.js';
import { articleSchema } from '../../src/article/schema.js';
import { parseText } from '../../src/article/parse.js';
import { claimsOf, claimMark, claimSpans, setStatus, storedClaims, typeIntoClaims, withClaimMarks, withoutClaimMarks, docJSONWithoutClaims } from '../../src/claims/index.js';
import { stateFor, tag, run, claimTexts, select } from '../helpers/editor.js';

const TEXT = 'Headline here\n\nThe State Department approved the $75 million purchase on Thursday.\n\nThe deal includes 246 Javelin missiles.';

/** Positions of the first occurrence of `quote` in `doc`. */
function find(state: ReturnType<typeof stateFor>, quote: string) {
  const map = textMap(state.doc);
  const at = [...map.text.slice(0, map.text.indexOf(quote))].length;
  return { from: map.toPos(at), to: map.toPos(at + [...quote].length) };
}

describe('claim marks', () => {
  it('are put on many claims in one pass, overlapping and across paragraphs, and taken off again', () => {
    const state = stateFor(TEXT);
    const money = find(state, '$75 million purchase');
    const overlap = find(state, 'million purchase on Thursday');
    const across = { from: find(state, 'Thursday').from, to: find(state, '246').to };
    const doc = withClaimMarks(state.doc, [
      { id: 'a', ...money },
      { id: 'b', ...overlap },
      { id: 'c', ...across },
    ]);
    const spans = claimSpans(doc);
    expect(doc.textBetween(spans.get('a')!.from, spans.get('a')!.to)).to.equal('$75 million purchase');
    expect(doc.textBetween(spans.get('b')!.from, spans.get('b')!.to)).to.equal('million purchase on Thursday');
    expect(doc.textBetween(spans.get('c')!.from, spans.get('c')!.to, '\n\n')).to.equal('Thursday.\n\nThe deal includes 246');
    // Adjacent text with the same marks is one node, as ProseMirror keeps it.
    doc.descendants((node) => {
      if (!node.isTextblock) return true;
      for (let i = 1; i < node.childCount; i++) expect(node.child(i).sameMarkup(node.child(i - 1))).to.equal(false);
      return false;
    });
    expect(withoutClaimMarks(doc).eq(state.doc)).to.equal(true);
    // What is stored: the JSON without claims reads back as the unmarked document, its text joined again.
    expect(Node.fromJSON(articleSchema, docJSONWithoutClaims(doc)).eq(state.doc)).to.equal(true);
  });

  it('keep a claim across bold text as one claim', () => {
    let state = stateFor(TEXT);
    const bold = find(state, 'million');
    state = state.apply(state.tr.addMark(bold.from, bold.to, articleSchema.marks['strong']!.create()));
    const { state: tagged, id } = tag(state, '$75 million purchase');
    expect(claimTexts(tagged)[id]).to.equal('$75 million purchase');
    expect(storedClaims(tagged)[0]!.quote).to.equal('$75 million purchase');
  });

  it('follow a whole-document replacement (a collaborator’s change): unchanged claims stay, changed words need re-checking, lost words make an orphan', () => {
    let state = stateFor(TEXT);
    let money: string;
    let missiles: string;
    let thursday: string;
    ({ state, id: money } = tag(state, '$75 million'));
    state = run(state, setStatus(money, 'verified'));
    ({ state, id: missiles } = tag(state, '246 Javelin missiles'));
    state = run(state, setStatus(missiles, 'verified'));
    ({ state, id: thursday } = tag(state, 'Thursday'));
    state = run(state, setStatus(thursday, 'verified'));
    // The other copy: "$75" retyped inside the claim, the last paragraph gone, a paragraph added on top.
    let other = state.tr;
    const at = find(state, '75');
    other = other.insertText('57', at.from, at.to);
    const last = state.doc.child(state.doc.childCount - 1);
    other = other.delete(other.doc.content.size - last.nodeSize, other.doc.content.size);
    other = other.insert(0, parseText('A new top.').doc.content);
    const remote = other.doc;
    state = state.apply(state.tr.replaceWith(0, state.doc.content.size, remote.content).setMeta('addToHistory', false));
    const records = claimsOf(state).records;
    expect(claimTexts(state)[money]).to.equal('$57 million');
    expect(records.get(money)!.changed).to.equal(true);
    expect(claimTexts(state)[thursday]).to.equal('Thursday');
    expect(records.get(thursday)!.changed).to.equal(false);
    expect(records.get(missiles)!.orphaned).to.equal(true);
    expect(records.get(missiles)!.anchor?.quote).to.equal('246 Javelin missiles');
  });

  it('take typing over a claim’s last word into the claim, and undo puts the old words back unflagged', () => {
    let state = stateFor(TEXT);
    let id: string;
    ({ state, id } = tag(state, 'on Thursday'));
    state = run(state, setStatus(id, 'verified'));
    const day = find(state, 'Thursday');
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, day.from, day.to)));
    for (const ch of 'Wednesday') {
      const { from, to } = state.selection;
      state = state.apply(typeIntoClaims(state, from, to, ch)!);
    }
    expect(claimTexts(state)[id]).to.equal('on Wednesday');
    expect(claimsOf(state).records.get(id)!.changed).to.equal(true);
    // Typing runs on only while the caret stays at the claim's end.
    const { from } = state.selection;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from - 1)));
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from)));
    expect(typeIntoClaims(state, from, from, '!')).to.equal(null);
    while (claimTexts(state)[id] !== 'on Thursday' && run(state, undo) !== state) state = run(state, undo);
    expect(claimTexts(state)[id]).to.equal('on Thursday');
    expect(claimsOf(state).records.get(id)!.changed).to.equal(false);
  });

  it('drop from a paste what nobody here has a record of, and from a copy of a claim still on its words', () => {
    let state = stateFor(TEXT);
    let id: string;
    ({ state, id } = tag(state, '$75 million'));
    const mark = (claim: string) => claimMark(articleSchema, claim);
    const pasted = new Slice(Fragment.from([articleSchema.text('stranger', [mark('not-here')]), articleSchema.text(' copy', [mark(id)])]), 0, 0);
    state = select(state, 0, 0);
    const end = find(state, 'missiles').to;
    const result = state.applyTransaction(state.tr.replace(end, end, pasted).setMeta('uiEvent', 'paste'));
    state = result.state;
    const spans = claimSpans(state.doc);
    expect([...spans.keys()]).to.deep.equal([id]);
    expect(state.doc.textBetween(spans.get(id)!.from, spans.get(id)!.to)).to.equal('$75 million');
    expect(state.doc.textContent).to.contain('missilesstranger copy');
    expect(claimsOf(state).records.get(id)!.changed).to.equal(false);
  });
});
