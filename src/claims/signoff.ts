/**
 * The editor's sign-off: the article may run. It succeeds only when
 * nothing blocks it, records who and when, and goes stale at the next
 * change to the text or to a claim (it is never silently carried over).
 */
import type { Transaction } from 'prosemirror-state';
import type { ClaimsAction } from './actions.js';
import type { StoredClaim } from './record.js';
import { openQueries } from './queries.js';
import type { ResolutionOptions } from './resolution.js';
import { awaitsSecondCheck } from './second-check.js';
import { claimsKey } from './state.js';
import { DEFAULT_STATUSES, needsSource, statusInfo, type StatusSet } from './status.js';
import { now } from './update.js';

/** Who signed the article off and when; `stale` once anything changed after, since `staleSince`. */
export interface SignOff {
  by: string;
  at: string;
  stale: boolean;
  staleSince?: string;
}

/** Why a claim blocks the sign-off. */
export type SignOffReason = 'unresolved' | 'recheck' | 'orphaned' | 'open-query' | 'second-check' | 'no-source';

/** Every reason, in the order a claim's blockers are listed. */
export const SIGN_OFF_REASONS: readonly SignOffReason[] = ['unresolved', 'recheck', 'orphaned', 'open-query', 'second-check', 'no-source'];

/** One thing that blocks the sign-off: a claim (its id and words) and why, as a sentence. */
export interface SignOffBlocker {
  id: string;
  quote: string;
  reason: SignOffReason;
  message: string;
}

/** The claim fields the sign-off rules read. */
export type SignOffClaim = Pick<StoredClaim, 'id' | 'quote' | 'start' | 'end' | 'status' | 'changed' | 'orphaned' | 'sources' | 'queries' | 'secondCheck'>;

function quoted(quote: string): string {
  const cps = Array.from(quote.replace(/\s+/g, ' ').trim());
  return `“${cps.length > 60 ? `${cps.slice(0, 59).join('')}…` : cps.join('')}”`;
}

function label(status: string, set: StatusSet): string {
  return set.find((s) => s.id === status)?.label ?? status;
}

/**
 * Everything that blocks the sign-off, one entry per claim and reason, in
 * document order (orphans last), each claim's reasons in the order of
 * `SIGN_OFF_REASONS`:
 * - `unresolved`: its status does not count as resolved (Unchecked, Checking, Needs source, …);
 * - `recheck`: its words changed after its status was set;
 * - `orphaned`: its words are no longer in the article;
 * - `open-query`: a query to the writer waits for an answer (one entry per claim, counting them);
 * - `second-check`: its status needs a second check it does not have;
 * - `no-source`: its verdict places it on the true–false scale (`needsSource`) and it cites no source.
 * An empty list means the article can be signed off.
 */
export function signOffBlockers(claims: readonly SignOffClaim[], options: ResolutionOptions = {}): SignOffBlocker[] {
  const set = options.statuses ?? DEFAULT_STATUSES;
  const ordered = [...claims].sort((a, b) => Number(a.orphaned) - Number(b.orphaned) || a.start - b.start || a.end - b.end);
  const out: SignOffBlocker[] = [];
  for (const c of ordered) {
    const add = (reason: SignOffReason, why: string) => out.push({ id: c.id, quote: c.quote, reason, message: `${quoted(c.quote)}: ${why}` });
    const known = set.some((s) => s.id === c.status);
    if (!known || !statusInfo(c.status, set).resolved) add('unresolved', `not resolved (${label(c.status, set)})`);
    if (c.changed) add('recheck', 'its words changed and it needs a re-check');
    if (c.orphaned) add('orphaned', 'its words are no longer in the article (orphaned)');
    const open = openQueries(c).length;
    if (open) add('open-query', open === 1 ? 'a query to the writer is open' : `${open} queries to the writer are open`);
    if (awaitsSecondCheck(c, options)) add('second-check', `${label(c.status, set)} needs a second check`);
    if (known && needsSource(c.status, set) && c.sources.length === 0) add('no-source', `${label(c.status, set)} cites no source`);
  }
  return out;
}

/** The sign-off was refused: `blockers` says what stands in the way; the message names each claim and reason. */
export class SignOffBlockedError extends Error {
  /** What blocks the sign-off, as `signOffBlockers` lists it. */
  readonly blockers: readonly SignOffBlocker[];
  constructor(blockers: readonly SignOffBlocker[]) {
    super(`The article cannot be signed off: ${blockers.map((b) => b.message).join('; ')}.`);
    this.name = 'SignOffBlockedError';
    this.blockers = blockers;
  }
}

/**
 * Signs the article off for `by`, now (or `at`): a fresh, not stale,
 * sign-off. Throws `RangeError` when `by` is empty, and
 * `SignOffBlockedError` when `signOffBlockers` lists anything.
 */
export function signOff(claims: readonly SignOffClaim[], by: string, options: ResolutionOptions = {}, at = now()): SignOff {
  if (by.trim() === '') throw new RangeError('A sign-off needs the name of who signs off.');
  const blockers = signOffBlockers(claims, options);
  if (blockers.length) throw new SignOffBlockedError(blockers);
  return { by: by.trim(), at, stale: false };
}

/**
 * The sign-off after a change at `at`: stale from the first change on (a
 * stale sign-off keeps its `staleSince`). Gives back the same object when
 * nothing changes, so callers can compare by identity.
 */
export function markSignOffStale(signOff: SignOff, at = now()): SignOff {
  return signOff.stale ? signOff : { ...signOff, stale: true, staleSince: at };
}

/**
 * Whether a transaction changes the article in a way that makes a sign-off
 * stale: the text changed, or a claim was tagged, changed, moved or
 * removed. Opening an article, opening a claim in the panel and naming the
 * reviewer are no such change.
 */
export function isArticleChange(tr: Transaction): boolean {
  const action = tr.getMeta(claimsKey) as ClaimsAction | undefined;
  if (action?.type === 'load') return false;
  if (action && action.type !== 'activate' && action.type !== 'reviewer') return true;
  return tr.docChanged;
}
