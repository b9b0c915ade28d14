/**
 * Pure changes to one claim record: a new status, or new values for its
 * editable fields. Commands apply them to one claim or to several in one
 * transaction; keeping them pure keeps those two paths the same.
 */
import type { ClaimRecord, Source } from './record.js';
import type { StatusId } from './status.js';

/** The fields of a claim the checker edits directly. An empty string removes an optional field. */
export interface ClaimPatch {
  note?: string;
  sources?: Source[];
  claimReviewed?: string;
  claimant?: string;
  assignee?: string;
  suggestedFix?: string;
}

/** The optional text fields that an empty string removes. */
const OPTIONAL_TEXT = ['claimReviewed', 'claimant', 'assignee', 'suggestedFix'] as const;

/**
 * `record` with a new status, or null when it has that status already and
 * needs no re-check. Setting a status is a new look at the claim: it clears
 * the "changed" mark and any second check (the confirmation was of the old
 * verdict), and records who changed it from what.
 */
export function withStatus(record: ClaimRecord, status: StatusId, by: string, at: string): ClaimRecord | null {
  if (record.status === status && !record.changed) return null;
  const next: ClaimRecord = {
    ...record,
    status,
    changed: false,
    updatedAt: at,
    reviewer: by || record.reviewer,
    history: [...record.history, { status, from: record.status, at, by }],
  };
  if (record.status !== status) delete next.secondCheck;
  return next;
}

/**
 * `record` with `patch` applied, or null when nothing changes. A new
 * assignee is written in the history ("assigned", old and new name), so
 * the claim says who handed it to whom.
 */
export function withPatch(record: ClaimRecord, patch: ClaimPatch, by: string, at: string): ClaimRecord | null {
  const next: ClaimRecord = { ...record };
  if (patch.note !== undefined) next.note = patch.note;
  if (patch.sources !== undefined) next.sources = patch.sources;
  for (const key of OPTIONAL_TEXT) {
    const value = patch[key];
    if (value === undefined) continue;
    if (value === '') delete next[key];
    else next[key] = value;
  }
  const same = next.note === record.note && OPTIONAL_TEXT.every((k) => next[k] === record[k]) && JSON.stringify(next.sources) === JSON.stringify(record.sources);
  if (same) return null;
  next.updatedAt = at;
  if (next.assignee !== record.assignee) {
    next.history = [
      ...record.history,
      { status: record.status, at, by, event: 'assigned', ...(record.assignee ? { oldText: record.assignee } : {}), ...(next.assignee ? { newText: next.assignee } : {}) },
    ];
  }
  return next;
}
