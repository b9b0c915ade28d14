import { expect } from '@open-wc/testing';
import { EditorState } from 'prosemirror-state';
import { history } from 'prosemirror-history';
import { parseText } from '../../src/article/parse.js';
import { textMap } from '../../src/article/positions.js';
import { claimsPlugin, claimRanges, claimsOf } from '../../src/claims/index.js';
import { suggestionsPlugin, openSuggestions, showSuggestions, acceptSuggestions, dismissSuggestions, moveToSuggestion, loadDismissed } from '../../src/suggestions/index.js';
import { claimantFor, detectClaims } from '../../src/detect/index.js';
import { run, tag, insertAt } from '../helpers/editor.js';

const TEXT = 'Headline\n\nThe State Department approved the $75 million purchase on Jan. 11.\n\nThe deal includes 246 Javelin missiles.';

function shown(text = TEXT): EditorState {
  const state = EditorState.create({ doc: parseText(text).doc, plugins: [history(), claimsPlugin({ reviewer: 'Ada' }), suggestionsPlugin()] });
  return run(state, showSuggestions(detectClaims));
}

const texts = (s: EditorState) => openSuggestions(s).map((x) => x.text);

describe('suggestions plugin', () => {
  it('marks every detected span that is not a claim, in document order', () => {
    let state = shown();
    expect(texts(state)).to.include.members(['$75 million', 'on Jan. 11', '246 Javelin missiles']);
    state = tag(state, '$75 million').state;
    expect(texts(state)).to.not.include('$75 million');
  });

  it('accepts a suggestion as an unchecked claim', () => {
    let state = shown();
    const key = openSuggestions(state).find((s) => s.text === 'on Jan. 11')!.key;
    state = run(state, acceptSuggestions([key]));
    const ranges = claimRanges(state);
    expect(ranges.map((r) => state.doc.textBetween(r.from, r.to))).to.deep.equal(['on Jan. 11']);
    expect(claimsOf(state).records.get(ranges[0]!.id)!.status).to.equal('unchecked');
    expect(texts(state)).to.not.include('on Jan. 11');
  });

  it('accepts all open suggestions at once', () => {
    let state = shown();
    const n = openSuggestions(state).length;
    state = run(state, acceptSuggestions());
    expect(claimRanges(state)).to.have.length(n);
    expect(openSuggestions(state)).to.have.length(0);
  });

  it('remembers dismissals, also in a new state for the same article', () => {
    let state = shown();
    const key = openSuggestions(state).find((s) => s.text === 'on Jan. 11')!.key;
    state = run(state, dismissSuggestions([key]));
    expect(texts(state)).to.not.include('on Jan. 11');
    let fresh = EditorState.create({ doc: parseText(TEXT).doc, plugins: [claimsPlugin(), suggestionsPlugin()] });
    fresh = run(fresh, loadDismissed([key]));
    fresh = run(fresh, showSuggestions(detectClaims));
    expect(texts(fresh)).to.not.include('on Jan. 11');
    expect(texts(fresh)).to.include('$75 million');
  });

  it('follows edits and detects again in the text the user edits', () => {
    let state = shown();
    state = insertAt(state, 0, 'Top. ');
    const s = openSuggestions(state).find((x) => x.text === '$75 million')!;
    expect(state.doc.textBetween(s.from, s.to)).to.equal('$75 million');
    const end = textMap(state.doc).length;
    state = insertAt(state, end, ' It cost 12 percent more.');
    expect(texts(state)).to.include('12 percent');
  });

  it('moves to the next suggestion and selects it', () => {
    let state = shown();
    state = run(state, moveToSuggestion(1));
    const { from, to } = state.selection;
    expect(state.doc.textBetween(from, to)).to.equal(openSuggestions(state)[0]!.text);
  });

  it('fills the claimant of an accepted suggestion from an attribution in its sentence', () => {
    const text = 'Headline\n\nThe deal includes 246 Javelin missiles, the Defense Security Cooperation Agency said.\n\nIt costs $75 million.';
    let state = EditorState.create({ doc: parseText(text).doc, plugins: [history(), claimsPlugin({ reviewer: 'Ada' }), suggestionsPlugin()] });
    state = run(state, showSuggestions(detectClaims, claimantFor));
    const keys = openSuggestions(state)
      .filter((s) => s.text === '246 Javelin missiles' || s.text === '$75 million')
      .map((s) => s.key);
    state = run(state, acceptSuggestions(keys));
    const claimants = [...claimsOf(state).records.values()].map((r) => r.claimant);
    expect(claimants).to.deep.equal(['Defense Security Cooperation Agency', undefined]);
  });
});
