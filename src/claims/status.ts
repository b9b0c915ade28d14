/**
 * The verification statuses a claim can have. The ids are a contract: they
 * appear in every export format and in `data-status` on each highlight.
 */
export const STATUS_IDS = [
  'unchecked',
  'in_progress',
  'needs_source',
  'verified',
  'incorrect',
  'misleading',
  'unverifiable',
] as const;

export type StatusId = (typeof STATUS_IDS)[number];

export interface StatusInfo {
  id: StatusId;
  label: string;
  /** A verdict: the claim counts as resolved in the progress line. */
  resolved: boolean;
  /** A one-character symbol shown beside the colour, so colour is never the only cue. */
  icon: string;
  /** What the status means, for the legend and tooltips. */
  description: string;
}

export const STATUSES: readonly StatusInfo[] = [
  { id: 'unchecked', label: 'Unchecked', resolved: false, icon: '○', description: 'Tagged, not yet looked at' },
  { id: 'in_progress', label: 'Checking', resolved: false, icon: '◔', description: 'Someone is checking it' },
  { id: 'needs_source', label: 'Needs source', resolved: false, icon: '?', description: 'Waiting for a source' },
  { id: 'verified', label: 'Verified', resolved: true, icon: '✓', description: 'Confirmed by a source' },
  { id: 'incorrect', label: 'Incorrect', resolved: true, icon: '✗', description: 'Contradicted by a source' },
  { id: 'misleading', label: 'Misleading', resolved: true, icon: '!', description: 'True in part, or out of context' },
  { id: 'unverifiable', label: 'Unverifiable', resolved: true, icon: '–', description: 'Cannot be confirmed either way' },
];

const BY_ID = new Map(STATUSES.map((s) => [s.id, s]));

export function isStatusId(value: unknown): value is StatusId {
  return typeof value === 'string' && BY_ID.has(value as StatusId);
}

/** The description of a status; throws `RangeError` for an unknown id. */
export function statusInfo(id: StatusId): StatusInfo {
  const info = BY_ID.get(id);
  if (!info) throw new RangeError(`Unknown status "${id}"`);
  return info;
}

export function isResolved(id: StatusId): boolean {
  return statusInfo(id).resolved;
}
