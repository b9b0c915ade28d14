/**
 * Changes to several claims at once, as the sidebar's multiple selection
 * makes them: each is one transaction, so one save and one step to undo
 * (`restoreRecords` with the records as they were before).
 */
import type { Command } from 'prosemirror-state';
import { withPatch, withStatus, type ClaimPatch } from './patch.js';
import type { ClaimRecord } from './record.js';
import { claimsOf } from './state.js';
import type { StatusId } from './status.js';
import { claimsTransaction } from './transaction.js';
import { updateRecords } from './update.js';

/**
 * Applies `patch` to every claim of `ids` (assigning them, for one) in one
 * transaction. Claims the patch would not change are left as they are;
 * fails when an id is unknown or none would change.
 */
export function updateClaims(ids: readonly string[], patch: ClaimPatch): Command {
  return updateRecords(ids, (record, by, at) => withPatch(record, patch, by, at));
}

/** Sets the status of every claim of `ids` in one transaction, as `setStatus` does for one. */
export function setStatuses(ids: readonly string[], status: StatusId): Command {
  return updateRecords(ids, (record, by, at) => withStatus(record, status, by, at));
}

/**
 * Puts records back as they were (the undo of a change to several claims:
 * keep the records before it, and restore them). Claims deleted since are
 * not brought back, and where a claim is does not change.
 */
export function restoreRecords(records: readonly ClaimRecord[]): Command {
  return (state, dispatch) => {
    const current = claimsOf(state).records;
    const back: ClaimRecord[] = [];
    for (const r of records) {
      const now = current.get(r.id);
      if (!now || now === r) continue;
      // Where the claim is stays as it is now: an orphan stays one.
      const restored: ClaimRecord = { ...r, orphaned: now.orphaned };
      if (now.anchor) restored.anchor = now.anchor;
      else delete restored.anchor;
      back.push(restored);
    }
    if (back.length === 0) return false;
    if (dispatch) dispatch(claimsTransaction(state, { type: 'put', records: back }));
    return true;
  };
}
