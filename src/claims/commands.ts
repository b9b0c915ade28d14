import { TextSelection, type Command, type EditorState } from 'prosemirror-state';
import type { ClaimsAction } from './actions.js';
import { createRecord, type ClaimRecord } from './record.js';
import { withPatch, withStatus, type ClaimPatch } from './patch.js';
import { claimsOf, claimRange, type ClaimSpec } from './state.js';
import type { StatusId } from './status.js';
import { claimsTransaction } from './transaction.js';
import { now, updateRecord as update } from './update.js';

function withAction(state: EditorState, action: ClaimsAction) {
  return claimsTransaction(state, action);
}

/** The claim on exactly the words `from..to`, if there is one. */
export function claimOn(state: EditorState, from: number, to: number): string | null {
  const found = claimsOf(state)
    .decos.find(from, to)
    .find((d) => d.from === from && d.to === to);
  return found ? (found.spec as ClaimSpec).claimId : null;
}

/**
 * Tags the selected text as a new `unchecked` claim and opens it. Does
 * nothing for an empty selection or one without text. Words that are a
 * claim already are not tagged twice: that claim opens instead.
 */
export function tagClaim(id?: string): Command {
  return (state, dispatch) => {
    const { from, to, empty } = state.selection;
    if (empty || state.doc.textBetween(from, to).trim() === '') return false;
    const existing = claimOn(state, from, to);
    if (existing) {
      if (dispatch) dispatch(withAction(state, { type: 'activate', id: existing }));
      return true;
    }
    if (dispatch) {
      const record = createRecord(claimsOf(state).reviewer, now(), id);
      dispatch(withAction(state, { type: 'put', records: [record], ranges: [{ id: record.id, from, to }], activate: record.id }));
    }
    return true;
  };
}

/**
 * Sets a claim's status and records who changed it from what. Setting a
 * status also clears the "changed" mark (the checker has looked again) and,
 * when the status changes, the second check (see `withStatus`).
 */
export function setStatus(id: string, status: StatusId): Command {
  return update(id, (record, by, at) => withStatus(record, status, by, at));
}

/** "Still correct": the checker confirms a changed claim without changing its status. */
export function confirmClaim(id: string): Command {
  return update(id, (record, by, at) => (record.changed ? { ...record, changed: false, updatedAt: at, history: [...record.history, { status: record.status, at, by, event: 'confirmed' }] } : null));
}

/**
 * Changes the note, sources, "claim as reviewed", claimant, assignee or
 * suggested wording of a claim (an empty string removes the last four).
 * A new assignee is written in the history.
 */
export function updateClaim(id: string, patch: ClaimPatch): Command {
  return update(id, (record, by, at) => withPatch(record, patch, by, at));
}

/** Removes a claim, record and highlight. */
export function deleteClaim(id: string): Command {
  return (state, dispatch) => {
    if (!claimsOf(state).records.has(id)) return false;
    if (dispatch) dispatch(withAction(state, { type: 'remove', ids: [id] }));
    return true;
  };
}

/** Puts back a deleted claim (the undo of `deleteClaim`), at `range` if it still holds text. */
export function restoreClaim(record: ClaimRecord, range: { from: number; to: number } | null): Command {
  return (state, dispatch) => {
    const size = state.doc.content.size;
    const valid = range && range.from < range.to && range.to <= size;
    if (dispatch) {
      const ranges = valid ? [{ id: record.id, ...range }] : [];
      const restored = valid ? record : { ...record, orphaned: true };
      dispatch(withAction(state, { type: 'put', records: [restored], ranges, activate: record.id }));
    }
    return true;
  };
}

/** Attaches an orphan (or moves any claim) to the selected text. */
export function reattachClaim(id: string): Command {
  return (state, dispatch) => {
    const record = claimsOf(state).records.get(id);
    const { from, to, empty } = state.selection;
    if (!record || empty) return false;
    if (dispatch) {
      const at = now();
      const by = claimsOf(state).reviewer;
      const next: ClaimRecord = {
        ...record,
        orphaned: false,
        // New words need a new look, unless nothing has been checked yet.
        changed: record.status !== 'unchecked',
        updatedAt: at,
        history: [...record.history, { status: record.status, at, by, event: 'reattached', newText: state.doc.textBetween(from, to, '\n\n', '\n') }],
      };
      delete next.anchor;
      dispatch(withAction(state, { type: 'put', records: [next], ranges: [{ id, from, to }], activate: id }));
    }
    return true;
  };
}

/** Opens a claim in the panel and selects its text (scrolled into view), or only opens it if it is an orphan. */
export function selectClaim(id: string | null): Command {
  return (state, dispatch) => {
    if (id !== null && !claimsOf(state).records.has(id)) return false;
    if (dispatch) {
      const tr = withAction(state, { type: 'activate', id });
      const range = id ? claimRange(state, id) : null;
      if (range) tr.setSelection(TextSelection.create(tr.doc, range.from, range.to)).scrollIntoView();
      dispatch(tr);
    }
    return true;
  };
}

/** Sets who is making changes, for the history entries the plugin writes. */
export function setReviewer(name: string): Command {
  return (state, dispatch) => {
    if (dispatch) dispatch(withAction(state, { type: 'reviewer', name }).setMeta('addToHistory', false));
    return true;
  };
}
