/**
 * When a claim's work is done. Its status says what the checker found; a
 * claim is resolved only when that status counts as resolved and nothing
 * else is open on it. Progress, the sidebar, the report and the sign-off
 * all ask here, so they never disagree.
 */
import type { ClaimRecord } from './record.js';
import { awaitsSecondCheck, type SecondCheckOptions } from './second-check.js';
import { openQueries } from './queries.js';
import { DEFAULT_STATUSES, type StatusSet } from './status.js';

/** The newsroom's rules: its status set and which statuses need a second check. */
export interface ResolutionOptions extends SecondCheckOptions {
  statuses?: StatusSet;
}

/** The parts of a record resolution reads. */
export type ResolutionFields = Pick<ClaimRecord, 'status' | 'changed' | 'orphaned' | 'queries' | 'secondCheck'>;

/**
 * Whether a claim is resolved: its status counts as resolved, its words
 * have not changed since (no Re-check), it is attached to the text (not an
 * orphan), no query to the writer is open, and it has its second check if
 * its status needs one. A status the set does not know counts as
 * unresolved (a custom status removed from the settings since).
 */
export function isClaimResolved(record: ResolutionFields, options: ResolutionOptions = {}): boolean {
  return (
    (options.statuses ?? DEFAULT_STATUSES).some((s) => s.id === record.status && s.resolved) &&
    !record.changed &&
    !record.orphaned &&
    openQueries(record).length === 0 &&
    !awaitsSecondCheck(record, options)
  );
}
