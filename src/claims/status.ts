/**
 * The verification statuses a claim can have. The built-in ids are a
 * contract: they appear in every export format and in `data-status` on
 * each highlight, and a newsroom's own status set may rename and restyle
 * them but never gives them another meaning.
 *
 * Every function takes the status set explicitly, with the built-in set as
 * its default: there is no module-level "current set" to keep in step.
 * Custom sets are made and checked in `status-set.ts`.
 */

/** The built-in status ids, in the order of the legend and the Ctrl+Alt+1…8 shortcuts. */
export const STATUS_IDS = ['unchecked', 'in_progress', 'needs_source', 'verified', 'incorrect', 'misleading', 'unverifiable', 'corrected'] as const;

/** One of the built-in statuses: compile-time help where code names one. */
export type BuiltinStatusId = (typeof STATUS_IDS)[number];

/**
 * A status id: a built-in one, or one a newsroom added (`[a-z0-9_]+`, never
 * a built-in id). The `string & {}` keeps editors suggesting the built-ins.
 */
export type StatusId = BuiltinStatusId | (string & {});

/** The underline styles a status can use as its second cue besides colour. */
export const STATUS_LINES = ['solid', 'double', 'dotted', 'dashed', 'wavy'] as const;

/** How a status underlines its claims (CSS `text-decoration-style`). */
export type StatusLine = (typeof STATUS_LINES)[number];

/**
 * How a status is published as a schema.org `reviewRating`. `ratingValue`
 * is a point on the 1 (worst) to 5 (best) scale, absent for a verdict that
 * is no point on a true–false scale (Unverifiable).
 */
export interface StatusRating {
  alternateName: string;
  ratingValue?: number;
}

/** Everything the app needs to show, count and publish a status. */
export interface StatusInfo {
  id: StatusId;
  label: string;
  /** A one-character symbol shown beside the colour, so colour is never the only cue. */
  icon: string;
  /** The strong CSS colour: underline, icon and border. */
  colour: string;
  /** The light background of the highlight; derived from `colour` when absent (see `statusTint`). */
  tint?: string;
  /** The underline style, the cue that does not depend on colour. */
  line: StatusLine;
  /** The claim counts as resolved in the progress line (unless other work is open on it). */
  resolved: boolean;
  /**
   * How ClaimReview publishes it. A status with a rating is a *verdict*; one
   * without (Unchecked, Checking, Needs source, Corrected in copy) is never published.
   */
  rating?: StatusRating;
  /** What the status means, for the legend and tooltips. */
  description: string;
}

/** An ordered list of statuses: the legend's order, the shortcuts' order. */
export type StatusSet = readonly StatusInfo[];

/**
 * The built-in statuses. Colours and underlines are those of the theme;
 * ratings are those of the README's ClaimReview table.
 */
export const DEFAULT_STATUSES: StatusSet = Object.freeze([
  { id: 'unchecked', label: 'Unchecked', icon: '○', colour: '#5b6472', tint: '#eceef2', line: 'dotted', resolved: false, description: 'Tagged, not yet looked at' },
  { id: 'in_progress', label: 'Checking', icon: '◔', colour: '#1f5fbf', tint: '#dcebff', line: 'dashed', resolved: false, description: 'Someone is checking it' },
  { id: 'needs_source', label: 'Needs source', icon: '?', colour: '#8a5a00', tint: '#fff0c2', line: 'wavy', resolved: false, description: 'Waiting for a source' },
  {
    id: 'verified',
    label: 'Verified',
    icon: '✓',
    colour: '#176b33',
    tint: '#d8f3df',
    line: 'solid',
    resolved: true,
    rating: { alternateName: 'Verified', ratingValue: 5 },
    description: 'Confirmed by a source',
  },
  {
    id: 'incorrect',
    label: 'Incorrect',
    icon: '✗',
    colour: '#b3261e',
    tint: '#fddcdc',
    line: 'double',
    resolved: true,
    rating: { alternateName: 'Incorrect', ratingValue: 1 },
    description: 'Contradicted by a source',
  },
  {
    id: 'misleading',
    label: 'Misleading',
    icon: '!',
    colour: '#9a4508',
    tint: '#ffe3cc',
    line: 'wavy',
    resolved: true,
    rating: { alternateName: 'Misleading', ratingValue: 2 },
    description: 'True in part, or out of context',
  },
  {
    id: 'unverifiable',
    label: 'Unverifiable',
    icon: '–',
    colour: '#6a3d9a',
    tint: '#ece3f7',
    line: 'dashed',
    resolved: true,
    rating: { alternateName: 'Unverifiable' },
    description: 'Cannot be confirmed either way',
  },
  { id: 'corrected', label: 'Corrected in copy', icon: '✎', colour: '#0f6e6e', tint: '#d5f1ef', line: 'solid', resolved: true, description: 'The copy was fixed; never published as a verdict' },
] satisfies StatusInfo[]).map((s) => Object.freeze(s));

/** The built-in statuses (the same list as `DEFAULT_STATUSES`). */
export const STATUSES: StatusSet = DEFAULT_STATUSES;

/** The statuses a claim needs a second checker for, unless Publishing settings say otherwise. */
export const DEFAULT_SECOND_CHECK_FOR: readonly StatusId[] = Object.freeze(['incorrect', 'misleading']);

const BUILTIN = new Set<string>(STATUS_IDS);

/** Whether `id` is one of the built-in (reserved) ids. */
export function isBuiltinStatus(id: unknown): id is BuiltinStatusId {
  return typeof id === 'string' && BUILTIN.has(id);
}

/** Whether `value` is a status of `set`. */
export function isStatusId(value: unknown, set: StatusSet = DEFAULT_STATUSES): value is StatusId {
  return typeof value === 'string' && set.some((s) => s.id === value);
}

/** The description of a status in `set`; throws `RangeError` for an id the set lacks. */
export function statusInfo(id: StatusId, set: StatusSet = DEFAULT_STATUSES): StatusInfo {
  const info = set.find((s) => s.id === id);
  if (!info) throw new RangeError(`Unknown status "${id}"`);
  return info;
}

/** Whether a status counts as resolved (other open work on a claim aside: see `isClaimResolved`). */
export function isResolved(id: StatusId, set: StatusSet = DEFAULT_STATUSES): boolean {
  return statusInfo(id, set).resolved;
}

/** Whether a status is a verdict: one ClaimReview can publish, because it has a rating. */
export function isVerdict(id: StatusId, set: StatusSet = DEFAULT_STATUSES): boolean {
  return statusInfo(id, set).rating !== undefined;
}

/**
 * Whether a claim with this status must cite at least one source. The rule:
 * a verdict that places the claim on the true–false scale (a rating with a
 * `ratingValue`) needs evidence; Unverifiable (a rating without a value)
 * says there is none to be had, and statuses without a rating state nothing.
 */
export function needsSource(id: StatusId, set: StatusSet = DEFAULT_STATUSES): boolean {
  return statusInfo(id, set).rating?.ratingValue !== undefined;
}

/** The highlight's background: the status's own tint, else its colour mixed into white. */
export function statusTint(info: StatusInfo): string {
  return info.tint ?? `color-mix(in srgb, ${info.colour} 18%, white)`;
}
