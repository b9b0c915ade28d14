import type { EditorState } from 'prosemirror-state';
import type { ClaimRecord } from '../src/claims/record.js';
import { claimsOf, claimRange, claimRanges, type ClaimSpec } from '../src/claims/state.js';
import type { ClaimListItem } from './fc-claim-list.js';

/** More claims added at once than this (accepting every suggestion) rebuild the list instead. */
const MAX_INSERTS = 8;

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
  private cache: { records: ReadonlyMap<string, ClaimRecord>; doc: unknown; items: ClaimListItem[] } | null = null;
  /** Claims whose words transactions edited since the last `of()`: several transactions can come between two renders. */
  private touched = new Set<string>();

  touch(ids: Iterable<string>): void {
    for (const id of ids) this.touched.add(id);
  }

  of(state: EditorState): ClaimListItem[] {
    const { records } = claimsOf(state);
    const touched = this.touched;
    this.touched = new Set();
    const cache = this.cache;
    const keep = (items: ClaimListItem[]) => {
      this.cache = { records, doc: state.doc, items };
      return items;
    };
    if (cache && cache.records === records) {
      if (cache.doc === state.doc || touched.size === 0) return keep(cache.items);
      let items = cache.items;
      for (const id of touched) {
        const at = items.findIndex((i) => i.record.id === id);
        const range = claimRange(state, id);
        if (at < 0 || !range) continue;
        const quote = state.doc.textBetween(range.from, range.to, ' ', ' ');
        if (quote === items[at]!.quote) continue;
        if (items === cache.items) items = [...items];
        items[at] = { ...items[at]!, quote };
      }
      return keep(items);
    }
    if (cache) {
      // Tagging touches only the new claim: its words are read when it is inserted.
      const patched = (touched.size === 0 ? replaced(cache.items, records) : null) ?? inserted(cache.items, records, state, touched);
      if (patched) return keep(patched);
    }
    // The words of claims the text did not change can be taken from before.
    const known = cache && (cache.doc === state.doc || touched.size === 0) ? new Map(cache.items.map((i) => [i.record.id, i])) : null;
    const items: ClaimListItem[] = [];
    for (const { id, from, to } of claimRanges(state)) {
      const record = records.get(id);
      const before = known?.get(id);
      if (record) items.push({ record, quote: before && !touched.has(id) && !before.record.orphaned ? before.quote : state.doc.textBetween(from, to, ' ', ' ') });
    }
    const attached = new Set(items.map((i) => i.record.id));
    for (const record of records.values()) {
      if (!attached.has(record.id)) items.push({ record: { ...record, orphaned: true }, quote: record.anchor?.quote ?? '' });
    }
    return keep(items);
  }
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
 * a delete; typing may have moved the others, not changed their words): each goes in at its place in document order, found by
 * counting the claims before it. Null when that is not all.
 */
function inserted(items: ClaimListItem[], records: ReadonlyMap<string, ClaimRecord>, state: EditorState, touched: ReadonlySet<string>): ClaimListItem[] | null {
  const added = records.size - items.length;
  if (added <= 0 || added > MAX_INSERTS) return null;
  const present = new Set<string>();
  for (const item of items) {
    // Orphans are listed as copies: a changed one cannot be told from an unchanged one here.
    if (item.record.orphaned || records.get(item.record.id) !== item.record || touched.has(item.record.id)) return null;
    present.add(item.record.id);
  }
  const adding: Array<{ record: ClaimRecord; from: number; to: number }> = [];
  for (const record of records.values()) {
    if (present.has(record.id)) continue;
    const range = claimRange(state, record.id);
    if (!range) return null;
    adding.push({ record, ...range });
  }
  // In document order, so the claims counted before each are in the list already.
  adding.sort((a, b) => a.from - b.from || a.to - b.to);
  const out = [...items];
  const { decos } = claimsOf(state);
  for (const { record, from, to } of adding) {
    let before = 0;
    for (const d of decos.find(0, from)) {
      const id = (d.spec as ClaimSpec).claimId;
      if (id === undefined || id === record.id) continue;
      // Another claim on exactly these words: their order is the full sort's to decide.
      if (d.from === from && d.to === to) return null;
      if (d.from < from || (d.from === from && d.to < to)) before++;
    }
    if (before > out.length) return null;
    out.splice(before, 0, { record, quote: state.doc.textBetween(from, to, ' ', ' ') });
  }
  return out;
}
