/**
 * What an editor wants to see first, in the sidebar and the report: the
 * claims found wrong or misleading, those still waiting for a source, and
 * those with work open on them (a re-check, a query to the writer, words
 * no longer in the article). One rule, so the two lists agree.
 */
import type { ClaimRecord } from './record.js';
import { openQueries } from './queries.js';
import type { StatusId } from './status.js';

/** The statuses that are a problem in themselves: Incorrect, Misleading, Needs source. */
export const PROBLEM_STATUSES: readonly StatusId[] = Object.freeze(['incorrect', 'misleading', 'needs_source']);

/** Whether a claim is one of the problems an editor sees first. */
export function isProblem(record: Pick<ClaimRecord, 'status' | 'changed' | 'orphaned' | 'queries'>): boolean {
  return PROBLEM_STATUSES.includes(record.status) || record.changed || record.orphaned || openQueries(record).length > 0;
}

/** `items` with the problems first, each part in its own order (a stable sort). */
export function problemsFirst<T>(items: readonly T[], record: (item: T) => Pick<ClaimRecord, 'status' | 'changed' | 'orphaned' | 'queries'>): T[] {
  const problems: T[] = [];
  const rest: T[] = [];
  for (const item of items) (isProblem(record(item)) ? problems : rest).push(item);
  return [...problems, ...rest];
}
