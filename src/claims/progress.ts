import type { ClaimRecord } from './record.js';
import { STATUSES, type StatusId } from './status.js';

/** Counts for the progress line: "5 of 12 resolved". */
export interface Progress {
  total: number;
  resolved: number;
  byStatus: Record<StatusId, number>;
  /** Claims whose words changed after their status was set. */
  changed: number;
  orphaned: number;
}

/**
 * A claim counts as resolved when it has a verdict, its words have not
 * changed since, and it is attached to the text: an orphan or a changed
 * claim is unresolved work.
 */
export function progressOf(records: Iterable<ClaimRecord>): Progress {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s.id, 0])) as Record<StatusId, number>;
  let total = 0;
  let resolved = 0;
  let changed = 0;
  let orphaned = 0;
  const resolvedIds = new Set(STATUSES.filter((s) => s.resolved).map((s) => s.id));
  for (const r of records) {
    total++;
    byStatus[r.status]++;
    if (r.changed) changed++;
    if (r.orphaned) orphaned++;
    if (resolvedIds.has(r.status) && !r.changed && !r.orphaned) resolved++;
  }
  return { total, resolved, byStatus, changed, orphaned };
}
