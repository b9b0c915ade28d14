/**
 * The other side of a merge: when both checkers changed a claim, the
 * version that lost keeps its status and note on the claim, under the
 * other person's name, until the checker adopts or dismisses it.
 */
import type { Command } from 'prosemirror-state';
import { withStatus } from './patch.js';
import type { ClaimRecord } from './record.js';
import { updateRecord, withEntry } from './update.js';

/**
 * Takes the other version's status and note for claim `id` (a status
 * change like any other: it clears a second check) and forgets it. Fails
 * when the claim has no other version.
 */
export function adoptOtherVersion(id: string): Command {
  return updateRecord(id, (record, by, at) => {
    const other = record.otherVersion;
    if (!other) return null;
    const base: ClaimRecord = { ...record, note: other.note };
    delete base.otherVersion;
    const next = withStatus(base, other.status, by, at) ?? base;
    return withEntry(next, { status: other.status, at, by, event: 'adopted-other-version', oldText: record.note, newText: other.note });
  });
}

/** Forgets claim `id`'s other version, keeping its own status and note. Fails when it has none. */
export function dismissOtherVersion(id: string): Command {
  return updateRecord(id, (record, _by, at) => {
    if (!record.otherVersion) return null;
    const next: ClaimRecord = { ...record, updatedAt: at };
    delete next.otherVersion;
    return next;
  });
}
