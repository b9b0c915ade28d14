/**
 * The one way commands change claim records: read them from the plugin
 * state, make new ones, and put them in a single transaction. Commands of
 * their own concept (queries, second checks, bulk changes) build on it.
 */
import type { Command } from 'prosemirror-state';
import type { ClaimRecord, HistoryEntry } from './record.js';
import { claimsOf } from './state.js';
import { claimsTransaction } from './transaction.js';

/** Now, as the ISO string every record and history entry uses. */
export function now(): string {
  return new Date().toISOString();
}

/**
 * How one record changes: the new record, or null when nothing changes.
 * `by` is the reviewer of the editor (the name in the header), `at` now.
 */
export type RecordChange = (record: ClaimRecord, by: string, at: string) => ClaimRecord | null;

/**
 * A command that changes the records `ids` with `change`, all in one
 * transaction (so one save, one undo entry where the app keeps one). It
 * fails, changing nothing, when an id is unknown or no record would change.
 */
export function updateRecords(ids: readonly string[], change: RecordChange): Command {
  return (state, dispatch) => {
    const { records, reviewer } = claimsOf(state);
    const at = now();
    const next: ClaimRecord[] = [];
    for (const id of new Set(ids)) {
      const record = records.get(id);
      if (!record) return false;
      const changed = change(record, reviewer, at);
      if (changed) next.push(changed);
    }
    if (next.length === 0) return false;
    if (dispatch) dispatch(claimsTransaction(state, { type: 'put', records: next }));
    return true;
  };
}

/** `updateRecords` for one claim. */
export function updateRecord(id: string, change: RecordChange): Command {
  return updateRecords([id], change);
}

/** `record` with `entry` appended to its history and `updatedAt` set to the entry's time. */
export function withEntry(record: ClaimRecord, entry: HistoryEntry): ClaimRecord {
  return { ...record, updatedAt: entry.at, history: [...record.history, entry] };
}
