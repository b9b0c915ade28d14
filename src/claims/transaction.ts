import type { EditorState, Transaction } from 'prosemirror-state';
import type { ClaimsAction } from './actions.js';
import { claimMark, isClaimMarkStep } from './marks.js';
import { claimRange, claimsKey } from './state.js';

/** Puts the marks an action asks for: claims placed, moved or removed. Positions are in `state.doc`, carried through what `tr` did already. */
function placeMarks(state: EditorState, action: ClaimsAction, tr: Transaction): void {
  const schema = state.schema;
  if (action.type === 'put') {
    for (const r of action.ranges ?? []) {
      const mark = claimMark(schema, r.id);
      const old = claimRange(state, r.id);
      if (old) tr.removeMark(tr.mapping.map(old.from, -1), tr.mapping.map(old.to, 1), mark);
      tr.addMark(tr.mapping.map(r.from, 1), tr.mapping.map(r.to, -1), mark);
    }
  } else if (action.type === 'remove') {
    for (const id of action.ids) {
      const old = claimRange(state, id);
      if (old) tr.removeMark(tr.mapping.map(old.from, -1), tr.mapping.map(old.to, 1), claimMark(schema, id));
    }
  } else if (action.type === 'batch') {
    for (const a of action.actions) placeMarks(state, a, tr);
  }
}

/**
 * The transaction that carries out `action` on `state`: where a claim is
 * lives in the marks on its words, so claims placed, moved or removed get
 * their marks here, and the action rides along as meta for their records.
 * Putting claims on words or taking them off is not an edit of the text:
 * on its own it stays out of the undo history (like a status change).
 */
export function claimsTransaction(state: EditorState, action: ClaimsAction, tr: Transaction = state.tr): Transaction {
  placeMarks(state, action, tr);
  tr.setMeta(claimsKey, action);
  if (tr.steps.every(isClaimMarkStep) && tr.getMeta('addToHistory') === undefined) tr.setMeta('addToHistory', false);
  return tr;
}
