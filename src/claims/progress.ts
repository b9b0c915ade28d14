import type { ClaimRecord } from './record.js';
import { isClaimResolved, type ResolutionFields, type ResolutionOptions } from './resolution.js';
import { openQueries } from './queries.js';
import { awaitsSecondCheck } from './second-check.js';
import { DEFAULT_STATUSES, type StatusId } from './status.js';

/** Counts for the progress line: "5 of 12 resolved · 2 queries". */
export interface Progress {
  total: number;
  resolved: number;
  /** Claims per status; every status of the set is a key, unknown statuses are counted under their own id. */
  byStatus: Record<StatusId, number>;
  /** Claims whose words changed after their status was set. */
  changed: number;
  orphaned: number;
  /** Queries to the writer still waiting for an answer (a claim may have several). */
  openQueries: number;
  /** Claims whose status needs a second check they do not have yet. */
  awaitingSecondCheck: number;
}

/**
 * The progress of these claims under the newsroom's rules (`options`:
 * its status set and which statuses need a second check). A claim counts
 * as resolved as `isClaimResolved` says: a resolved status with nothing
 * open on it (no Re-check, not an orphan, no open query, its second check
 * done where one is needed).
 */
export function progressOf(records: Iterable<ResolutionFields & Pick<ClaimRecord, 'status'>>, options: ResolutionOptions = {}): Progress {
  const byStatus = Object.fromEntries((options.statuses ?? DEFAULT_STATUSES).map((s) => [s.id, 0])) as Record<StatusId, number>;
  const progress: Progress = { total: 0, resolved: 0, byStatus, changed: 0, orphaned: 0, openQueries: 0, awaitingSecondCheck: 0 };
  for (const r of records) {
    progress.total++;
    byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    if (r.changed) progress.changed++;
    if (r.orphaned) progress.orphaned++;
    progress.openQueries += openQueries(r).length;
    if (awaitsSecondCheck(r, options)) progress.awaitingSecondCheck++;
    if (isClaimResolved(r, options)) progress.resolved++;
  }
  return progress;
}
