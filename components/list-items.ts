import type { EditorState } from 'prosemirror-state';
import type { ClaimRecord } from '../src/claims/record.js';
import { claimsOf, claimRange, claimRanges, type ClaimSpec } from '../src/claims/state.js';
import type { ClaimListItem } from './fc-claim-list.js';

/** More claims added at once than this (accepting every suggestion) rebuild the list instead. */
const MAX_INSERTS = 8;

interface Cache {
  records: ReadonlyMap<string, ClaimRecord>;
  /** The text the entries were read from (claims put on words or taken off leave it the same). */
  text: object;
  items: ClaimListItem[];
  /** Where each attached entry starts and ends (null once the text changed). */
  from: number[] | null;
  to: number[] | null;
  /** How many entries are orphans (listed last). */
  orphans: number;
}

/**
 * The sidebar's entries — every claim in document order with its words,
 * orphans last — kept from one render to the next. Rebuilding them reads
 * every decoration; most changes need far less: typing moves claims but
 * changes neither their order nor (outside the claims it touches) their
 * words, a status change replaces one record, tagging inserts one entry.
 * An unchanged list is handed down as the same array, so the sidebar does
 * not render again.
 */
export class ListItems {
  private cache: Cache | null = null;
  /** Claims whose words transactions edited since the last `of()`: several transactions can come between two renders. */
  private touched = new Set<string>();

  touch(ids: Iterable<string>): void {
    for (const id of ids) this.touched.add(id);
  }

  of(state: EditorState): ClaimListItem[] {
    const { records, textVersion } = claimsOf(state);
    const touched = this.touched;
    this.touched = new Set();
    const cache = this.cache;
    const keep = (items: ClaimListItem[], from: number[] | null = null, to: number[] | null = null, orphans = cache?.orphans ?? 0) => {
      this.cache = { records, text: textVersion, items, from, to, orphans };
      return items;
    };
    // Positions hold as long as the text does.
    const sameText = cache !== null && cache.text === textVersion;
    if (cache && cache.records === records) {
      if (sameText || touched.size === 0) return keep(cache.items, sameText ? cache.from : null, sameText ? cache.to : null);
      const items = requoted(cache.items, touched, state);
      if (items) return keep(items);
    }
    if (cache) {
      // Tagging touches only the new claim: its words are read when it is inserted.
      const same = touched.size === 0 ? replaced(cache.items, records) : null;
      if (same) return keep(same, sameText ? cache.from : null, sameText ? cache.to : null);
      const patched = inserted(cache, records, state, touched, sameText);
      if (patched) return keep(patched.items, patched.from, patched.to);
    }
    // The words of claims the text did not change can be taken from before.
    const known = cache && (sameText || touched.size === 0) ? new Map(cache.items.map((i) => [i.record.id, i])) : null;
    const items: ClaimListItem[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    for (const { id, from, to } of claimRanges(state)) {
      const record = records.get(id);
      const before = known?.get(id);
      if (!record) continue;
      items.push({ record, quote: before && !touched.has(id) && !before.record.orphaned ? before.quote : state.doc.textBetween(from, to, ' ', ' ') });
      starts.push(from);
      ends.push(to);
    }
    const attached = new Set(items.map((i) => i.record.id));
    let orphans = 0;
    for (const record of records.values()) {
      if (attached.has(record.id)) continue;
      items.push({ record: { ...record, orphaned: true }, quote: record.anchor?.quote ?? '' });
      orphans++;
    }
    return keep(items, starts, ends, orphans);
  }
}

/**
 * Typing inside claims: their words changed, their order did not, unless a
 * claim shares words with another (overlapping or touching), whose order
 * by start and end an edit can swap. Null then: the list is rebuilt.
 */
function requoted(items: ClaimListItem[], touched: ReadonlySet<string>, state: EditorState): ClaimListItem[] | null {
  const { decos } = claimsOf(state);
  let out = items;
  for (const id of touched) {
    const at = items.findIndex((i) => i.record.id === id);
    const range = claimRange(state, id);
    if (at < 0 || !range) continue;
    if (decos.find(range.from, range.to).some((d) => (d.spec as ClaimSpec).claimId !== undefined && (d.spec as ClaimSpec).claimId !== id)) return null;
    const quote = state.doc.textBetween(range.from, range.to, ' ', ' ');
    if (quote === items[at]!.quote) continue;
    if (out === items) out = [...items];
    out[at] = { ...items[at]!, quote };
  }
  return out;
}

/** Same claims in the same places (a status, a note, a source changed): only records are new. Null when that is not all. */
function replaced(items: ClaimListItem[], records: ReadonlyMap<string, ClaimRecord>): ClaimListItem[] | null {
  if (records.size !== items.length) return null;
  const out: ClaimListItem[] = [];
  for (const item of items) {
    const record = records.get(item.record.id);
    if (!record || record.orphaned !== item.record.orphaned) return null;
    out.push(record === item.record ? item : { record, quote: item.quote });
  }
  return out;
}

/**
 * A few attached claims added and nothing else changed (tagging, undoing
 * a delete; typing may have moved the others, not changed their words):
 * each goes in at its place in document order. Null when that is not all.
 */
function inserted(
  cache: Cache,
  records: ReadonlyMap<string, ClaimRecord>,
  state: EditorState,
  touched: ReadonlySet<string>,
  sameText: boolean,
): { items: ClaimListItem[]; from: number[] | null; to: number[] | null } | null {
  const { items } = cache;
  if (records.size - items.length <= 0 || records.size - items.length > MAX_INSERTS) return null;
  // Orphans are listed as copies: a changed one cannot be told from an unchanged one here.
  if (cache.orphans > 0) return null;
  for (const id of touched) if (cache.records.has(id)) return null;
  // The list was built from `cache.records`: every claim in it must be the same record now.
  const fresh: ClaimRecord[] = [];
  for (const [id, record] of records) {
    const before = cache.records.get(id);
    if (before === undefined) fresh.push(record);
    else if (before !== record) return null;
  }
  if (records.size - fresh.length !== cache.records.size) return null;
  const adding: Array<{ record: ClaimRecord; from: number; to: number }> = [];
  for (const record of fresh) {
    const range = claimRange(state, record.id);
    if (!range) return null;
    adding.push({ record, ...range });
  }
  // In document order, so the claims counted before each are in the list already.
  adding.sort((a, b) => a.from - b.from || a.to - b.to);
  const out = [...items];
  const starts = sameText && cache.from ? [...cache.from] : null;
  const ends = sameText && cache.to ? [...cache.to] : null;
  for (const { record, from, to } of adding) {
    const before = starts && ends ? placeAmong(starts, ends, from, to) : countBefore(state, record.id, from, to);
    if (before === null || before > out.length) return null;
    out.splice(before, 0, { record, quote: state.doc.textBetween(from, to, ' ', ' ') });
    starts?.splice(before, 0, from);
    ends?.splice(before, 0, to);
  }
  return { items: out, from: starts, to: ends };
}

/** How many entries come before a claim at `from..to`, by binary search of the known positions; null for a twin on the same words. */
function placeAmong(starts: number[], ends: number[], from: number, to: number): number | null {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < from || (starts[mid] === from && ends[mid]! < to)) lo = mid + 1;
    else hi = mid;
  }
  // Another claim on exactly these words: their order is the full sort's to decide.
  return starts[lo] === from && ends[lo] === to ? null : lo;
}

/** The same by counting the decorations before it, when the text changed since the positions were known. */
function countBefore(state: EditorState, id: string, from: number, to: number): number | null {
  let before = 0;
  for (const d of claimsOf(state).decos.find(0, from)) {
    const other = (d.spec as ClaimSpec).claimId;
    if (other === undefined || other === id) continue;
    if (d.from === from && d.to === to) return null;
    if (d.from < from || (d.from === from && d.to < to)) before++;
  }
  return before;
}
