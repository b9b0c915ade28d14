/**
 * Combining the work of two checkers who worked on copies of one article.
 * Text only: the claims are `StoredClaim`s with code-point offsets into the
 * local article's plain text; nothing here knows the editor.
 */
import { anchorQuote, describeQuote } from '../anchoring/index.js';
import type { HistoryEntry, Query, Source, StoredClaim } from '../claims/record.js';
import { verdictBy } from '../claims/second-check.js';
import { CodePointIndex } from '../text/codepoints.js';
import { inDocumentOrder } from './shared.js';

/** A claim both sides changed, and differently in status, note or sources: one version was kept, the other went onto the claim (`otherVersion`) and into its history. */
export interface MergeConflict {
  id: string;
  kept: 'local' | 'incoming';
  /** The claim's words in the local text (or where an orphan was lost from). */
  quote: string;
}

/**
 * What a merge did. Every claim of the result is counted once in `added`,
 * `updated` or `unchanged`; `conflicts` lists, besides, the claims whose two
 * versions disagreed in status, note or sources.
 */
export interface MergeSummary {
  /** Claims only the incoming side had. */
  added: number;
  /** Claims on both sides where the incoming version differed and won. */
  updated: number;
  /** Claims only the local side had, identical on both sides, or where the local version won. */
  unchanged: number;
  conflicts: MergeConflict[];
}

/** The merged claims, in document order with orphans last, and what happened. */
export interface MergeResult {
  claims: StoredClaim[];
  summary: MergeSummary;
}

/** The `event` of the history entry that keeps the losing version of a conflict. */
export const MERGE_CONFLICT_EVENT = 'merge-conflict';

/**
 * Merges the claims of an incoming copy of an article into the local ones.
 * Both lists are for the same article; `text` is the local article's plain
 * text now, which every offset of the result points into. Nothing is
 * dropped: every claim of either side is in the result, matched by id.
 *
 * - A claim only the local side has is kept as it is.
 * - A claim only the incoming side has is added. Its offsets refer to the
 *   incoming copy's text, so unless they still hold its quote it is found
 *   again with `anchorQuote`: on other words it is marked `changed` (unless
 *   unchecked) with a `text-changed` history entry; not found, it becomes an
 *   orphan that keeps its selectors. An incoming orphan stays an orphan.
 * - A claim on both sides, deep-equal, is unchanged. Otherwise the version
 *   with the later `updatedAt` wins (a tie keeps the local one). There is
 *   no common ancestor to tell who changed what, so the loser is never
 *   discarded: its history entries the winner lacks (by `at`, `status`,
 *   `event`, `by`) join the winner's, in time order; its sources the winner
 *   lacks (by URL) are added after the winner's, since a source found on
 *   either side is evidence; and when the two differ in status, note or
 *   sources an entry `{ event: 'merge-conflict', status: <loser's status>,
 *   from: <winner's status>, newText: <loser's note>, oldText: <winner's
 *   note>, by: '', at }` records the version that lost. The claim keeps its
 *   local place when it has one: the local text is the one being kept.
 *
 * `at` stamps the entries the merge writes. Throws a `RangeError` if an id
 * appears twice on one side, or (from `anchorQuote`) if an incoming claim
 * that must be found again has offsets that are not a range.
 */
export function mergeClaims(local: readonly StoredClaim[], incoming: readonly StoredClaim[], text: string, at = new Date().toISOString()): MergeResult {
  const localById = byId(local, 'local');
  const incomingById = byId(incoming, 'incoming');
  const index = new CodePointIndex(text);
  const summary: MergeSummary = { added: 0, updated: 0, unchanged: 0, conflicts: [] };
  const out: StoredClaim[] = [];

  for (const mine of local) {
    const theirs = incomingById.get(mine.id);
    if (!theirs || sameValue(mine, theirs)) {
      out.push(mine);
      summary.unchanged++;
      continue;
    }
    const incomingWins = later(theirs.updatedAt, mine.updatedAt);
    const [winner, loser] = incomingWins ? [theirs, mine] : [mine, theirs];
    const conflict = changedSince(mine, theirs) && changedSince(theirs, mine) && disagree(winner, loser);
    const record = combine(winner, loser, at, conflict);
    const merged = incomingWins && mine.orphaned ? placeIncoming(record, text, index, at) : { ...record, ...placeOf(mine) };
    // A placed claim's selectors are its place; a remembered one would be stale.
    if (!merged.orphaned) delete merged.anchor;
    out.push(merged);
    if (incomingWins) summary.updated++;
    else summary.unchanged++;
    if (conflict) summary.conflicts.push({ id: mine.id, kept: incomingWins ? 'incoming' : 'local', quote: merged.quote });
  }

  for (const theirs of incoming) {
    if (localById.has(theirs.id)) continue;
    out.push(placeIncoming(theirs, text, index, at));
    summary.added++;
  }

  return { claims: inDocumentOrder(out), summary };
}

function byId(claims: readonly StoredClaim[], side: string): Map<string, StoredClaim> {
  const map = new Map<string, StoredClaim>();
  for (const claim of claims) {
    if (map.has(claim.id)) throw new RangeError(`The ${side} claims use the id "${claim.id}" twice; each claim needs its own id.`);
    map.set(claim.id, claim);
  }
  return map;
}

/** The selectors and orphan flag of a claim: where it is. */
function placeOf(claim: StoredClaim): Pick<StoredClaim, 'quote' | 'prefix' | 'suffix' | 'start' | 'end' | 'orphaned'> {
  const { quote, prefix, suffix, start, end, orphaned } = claim;
  return { quote, prefix, suffix, start, end, orphaned };
}

/**
 * An incoming claim placed in the local text. Its offsets point into the
 * incoming copy's text, which may differ, so they are trusted only when
 * they still hold the quote.
 */
function placeIncoming(claim: StoredClaim, text: string, index: CodePointIndex, at: string): StoredClaim {
  // An orphan's offsets are where it was lost from; like loading, merging
  // does not guess a new place for it: the user re-attaches it.
  if (claim.orphaned) return claim;
  const fits = claim.end > claim.start && claim.end <= index.cpLength && index.slice(claim.start, claim.end) === claim.quote;
  const found = fits ? { start: claim.start, end: claim.end, exact: true } : anchorQuote(text, claim);
  if (!found) return { ...claim, orphaned: true };
  const { anchor: _anchor, ...record } = claim;
  // Selectors described afresh, so prefix and suffix match the local text.
  const placed: StoredClaim = { ...record, ...describeQuote(text, found.start, found.end), orphaned: false };
  if (!found.exact) {
    placed.changed = claim.status !== 'unchecked' || claim.changed;
    placed.history = [...claim.history, { status: claim.status, at, by: '', event: 'text-changed', oldText: claim.quote, newText: placed.quote }];
  }
  return placed;
}

/** The key that tells history entries apart across the two sides. */
function entryKey(h: HistoryEntry): string {
  return JSON.stringify([h.at, h.status, h.event ?? '', h.by]);
}

/**
 * Whether `side` changed the claim since the two copies parted, as far as
 * the records tell: it has history entries `other` lacks (a status set, a
 * query asked, words changed), or it was updated after `other` (a note or
 * a source changed, which leave no entry). A side that is the common
 * version itself has neither.
 */
export function changedSince(side: StoredClaim, other: StoredClaim): boolean {
  const known = new Set(other.history.map(entryKey));
  return side.history.some((h) => !known.has(entryKey(h))) || later(side.updatedAt, other.updatedAt);
}

/** The winner's queries, then the loser's the winner lacks (by id). */
function mergeQueries(winner: readonly Query[] | undefined, loser: readonly Query[] | undefined): Query[] | undefined {
  const ids = new Set((winner ?? []).map((q) => q.id));
  const merged = [...(winner ?? []), ...(loser ?? []).filter((q) => !ids.has(q.id))];
  return merged.length ? merged : undefined;
}

/** The winner's record with whatever of the loser it lacks; the winner's place. `conflict`: both changed it, differently. */
function combine(winner: StoredClaim, loser: StoredClaim, at: string, conflict: boolean): StoredClaim {
  const history = mergeHistory(winner.history, loser.history);
  if (conflict) {
    const entry: HistoryEntry = {
      status: loser.status,
      from: winner.status,
      at,
      by: '',
      event: MERGE_CONFLICT_EVENT,
      oldText: winner.note,
      newText: loser.note,
    };
    // Merging the same file twice should not stack up the same record.
    const known = history.some((h) => h.event === MERGE_CONFLICT_EVENT && h.status === entry.status && h.from === entry.from && h.newText === entry.newText);
    if (!known) history.push(entry);
  }
  const urls = new Set(winner.sources.map((s) => s.url ?? JSON.stringify(s)));
  const sources: Source[] = [...winner.sources, ...loser.sources.filter((s) => !urls.has(s.url ?? JSON.stringify(s)))];
  const merged: StoredClaim = { ...winner, history, sources };
  const queries = mergeQueries(winner.queries, loser.queries);
  if (queries) merged.queries = queries;
  if (conflict && (loser.status !== winner.status || loser.note !== winner.note)) {
    merged.otherVersion = { status: loser.status, note: loser.note, by: verdictBy(loser) || loser.reviewer, at: loser.updatedAt };
  }
  return merged;
}

/** The winner's entries plus the loser's it lacks, in time order (stable, so ties keep their order). */
function mergeHistory(winner: readonly HistoryEntry[], loser: readonly HistoryEntry[]): HistoryEntry[] {
  const seen = new Set(winner.map(entryKey));
  const merged = [...winner, ...loser.filter((h) => !seen.has(entryKey(h)))];
  return merged.sort((a, b) => compareTimes(a.at, b.at));
}

/** Whether the two versions disagree on what the checker found. */
function disagree(a: StoredClaim, b: StoredClaim): boolean {
  return a.status !== b.status || a.note !== b.note || !sameValue(a.sources, b.sources);
}

/** Whether time `a` is after time `b`. */
function later(a: string, b: string): boolean {
  return compareTimes(a, b) > 0;
}

/**
 * Compares two ISO times as instants, so `…T12:00:00Z` and
 * `…T13:00:00+01:00` are equal; text that is not a time compares as text.
 */
function compareTimes(a: string, b: string): number {
  const x = Date.parse(a);
  const y = Date.parse(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return a < b ? -1 : a > b ? 1 : 0;
  return x - y;
}

/**
 * Deep equality of JSON-like values. A property set to `undefined` counts
 * as absent, as it would after a round trip through JSON.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    return a.length === bs.length && a.every((x, i) => sameValue(x, bs[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const ak = keys(ao);
  const bk = keys(bo);
  return ak.length === bk.length && ak.every((k) => Object.hasOwn(bo, k) && sameValue(ao[k], bo[k]));
}
