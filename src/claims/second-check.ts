/**
 * The second check: a verdict that needs one (by default Incorrect and
 * Misleading) is confirmed by a second checker, who must not be the one
 * who gave it. A later status change clears the confirmation.
 */
import type { Command } from 'prosemirror-state';
import type { ClaimRecord } from './record.js';
import { DEFAULT_SECOND_CHECK_FOR, type StatusId } from './status.js';
import { updateRecord, withEntry } from './update.js';

/** Which statuses need a second check (Publishing settings: "Second check required for"). */
export interface SecondCheckOptions {
  secondCheckFor?: readonly StatusId[];
}

/** Whether a claim's current status needs a second check. */
export function needsSecondCheck(record: Pick<ClaimRecord, 'status'>, options: SecondCheckOptions = {}): boolean {
  return (options.secondCheckFor ?? DEFAULT_SECOND_CHECK_FOR).includes(record.status);
}

/** Whether a claim still waits for its second check. */
export function awaitsSecondCheck(record: Pick<ClaimRecord, 'status' | 'secondCheck'>, options: SecondCheckOptions = {}): boolean {
  return needsSecondCheck(record, options) && !record.secondCheck;
}

/**
 * Who gave the claim its current status: the last history entry that set
 * it (not an event such as a text change), or '' when none did.
 */
export function verdictBy(record: Pick<ClaimRecord, 'status' | 'history'>): string {
  for (let i = record.history.length - 1; i >= 0; i--) {
    const h = record.history[i]!;
    if (h.event === undefined && h.status === record.status) return h.by;
  }
  return '';
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/**
 * Why `reviewer` cannot confirm claim `record` now, as a sentence for the
 * panel, or null when they can. Names are compared without case and
 * surrounding spaces.
 */
export function secondCheckRefusal(record: ClaimRecord, reviewer: string, options: SecondCheckOptions = {}): string | null {
  if (!needsSecondCheck(record, options)) return 'This status does not need a second check.';
  if (record.secondCheck) return `The verdict was already confirmed by ${record.secondCheck.by}.`;
  if (record.orphaned) return 'The claim’s words are no longer in the article; re-attach it first.';
  if (record.changed) return 'The claim’s words changed; check it again before confirming.';
  if (reviewer.trim() === '') return 'Type your name in the header first: a second check records who made it.';
  const by = verdictBy(record);
  if (by.trim() === '') return 'The verdict was given without a name, so a second checker cannot be told apart; set it again under a name.';
  if (sameName(by, reviewer)) return `You gave this verdict; the second check must be made by someone else than ${by}.`;
  return null;
}

/**
 * The reviewer confirms claim `id`'s verdict as its second checker. Fails,
 * changing nothing, whenever `secondCheckRefusal` gives a reason.
 */
export function confirmSecondCheck(id: string, options: SecondCheckOptions = {}): Command {
  return updateRecord(id, (record, by, at) => {
    if (secondCheckRefusal(record, by, options) !== null) return null;
    return withEntry({ ...record, secondCheck: { by: by.trim(), at } }, { status: record.status, at, by: by.trim(), event: 'second-check' });
  });
}
