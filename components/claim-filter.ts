/**
 * The sidebar's "Show" filter: by status, by open queries, and by whom
 * claims are assigned to ("Assigned to me", "Unassigned", each name). A
 * filter is the select's value: a status id, or one of the values below,
 * which no status id can be (ids are lower-case letters, digits and _).
 */
import type { ClaimRecord } from '../src/claims/record.js';
import { openQueries } from '../src/claims/queries.js';

/** Every claim. */
export const ALL = 'all';
/** Claims with a query to the writer waiting for an answer. */
export const OPEN_QUERIES = ':queries';
/** Claims assigned to the reviewer in the header. */
export const MINE = ':me';
/** Claims assigned to no one. */
export const UNASSIGNED = ':unassigned';
/** The filter for the claims assigned to `name`. */
export const assignedTo = (name: string): string => `@${name}`;

/** Names are compared as people type them: without case and surrounding spaces. */
export function sameName(a: string | undefined, b: string | undefined): boolean {
  return !!a?.trim() && !!b?.trim() && a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/** Whether `record` passes filter `value`; `reviewer` is who "me" is. */
export function passes(record: ClaimRecord, value: string, reviewer: string): boolean {
  if (value === ALL) return true;
  if (value === OPEN_QUERIES) return openQueries(record).length > 0;
  if (value === MINE) return sameName(record.assignee, reviewer);
  if (value === UNASSIGNED) return !record.assignee?.trim();
  if (value.startsWith('@')) return record.assignee === value.slice(1);
  return record.status === value;
}

/** How many claims each filter other than a status would show, and the names claims are assigned to. */
export interface FilterCounts {
  queries: number;
  mine: number;
  unassigned: number;
  /** Each assignee with the number of claims assigned to them, by name. */
  names: Array<[string, number]>;
}

/** The counts beside the filter's options. */
export function filterCounts(records: Iterable<ClaimRecord>, reviewer: string): FilterCounts {
  const counts: FilterCounts = { queries: 0, mine: 0, unassigned: 0, names: [] };
  const names = new Map<string, number>();
  for (const r of records) {
    if (openQueries(r).length) counts.queries++;
    if (sameName(r.assignee, reviewer)) counts.mine++;
    if (!r.assignee?.trim()) counts.unassigned++;
    else names.set(r.assignee, (names.get(r.assignee) ?? 0) + 1);
  }
  counts.names = [...names].sort(([a], [b]) => a.localeCompare(b));
  return counts;
}
