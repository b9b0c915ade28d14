import * as Y from 'yjs';
import type { ClaimRecord, Query } from '../claims/record.js';
import type { ClaimsMap } from './doc.js';

/**
 * What each copy works out for itself from the text (whether a claim's
 * words are gone, whether they changed since they were checked): never
 * shared, so no copy can overwrite another's view of its own text.
 */
const OWN = new Set(['id', 'changed', 'orphaned']);
/** Lists that two people may add to at once: both additions are kept. */
const LISTS = new Set(['history', 'sources']);
const QUERIES = 'queries';

/** JSON with sorted keys: the same value written by two copies compares equal. */
function key(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));
}

/** The shared list `name` of a claim, made (empty) if it has none yet. */
function listOf(map: Y.Map<unknown>, name: string): Y.Array<unknown> {
  const existing = map.get(name);
  if (existing instanceof Y.Array) return existing as Y.Array<unknown>;
  const list = new Y.Array<unknown>();
  map.set(name, list);
  return list;
}

/**
 * Applies to a shared list what changed between `before` and `after` (this
 * copy's view of it): entries taken away are taken out, new entries go in
 * after the entry they follow here (at the end when they are the newest).
 * Entries someone else added meanwhile stay where they are: two people's
 * history entries and sources are both kept.
 */
function editList(map: Y.Map<unknown>, name: string, before: readonly unknown[], after: readonly unknown[]): void {
  const list = listOf(map, name);
  // Equal entries (the same source added twice) are told apart by their rank among equals.
  const keysOf = (items: readonly unknown[]) => {
    const seen = new Map<string, number>();
    return items.map((item) => {
      const k = key(item);
      const n = seen.get(k) ?? 0;
      seen.set(k, n + 1);
      return `${n}:${k}`;
    });
  };
  const beforeKeys = keysOf(before);
  const afterKeys = keysOf(after);
  const kept = new Set(afterKeys);
  const old = new Set(beforeKeys);
  const shared = () => keysOf(list.toArray());
  // Taken away here: out of the shared list (the last equal one first, so ranks stay right).
  for (let i = beforeKeys.length - 1; i >= 0; i--) {
    if (kept.has(beforeKeys[i]!)) continue;
    const at = shared().lastIndexOf(beforeKeys[i]!);
    if (at >= 0) list.delete(at, 1);
  }
  let last = -1;
  after.forEach((item, i) => {
    const k = afterKeys[i]!;
    const keys = shared();
    const here = keys.indexOf(k);
    if (here >= 0) {
      last = here;
      return;
    }
    if (old.has(k)) return;
    // The newest entries go at the end, after anything others added meanwhile.
    const newest = afterKeys.slice(i).every((x) => !old.has(x));
    const at = newest ? keys.length : last + 1;
    list.insert(at, [item]);
    last = at;
  });
}

/** Applies to a claim's shared queries what changed here (one entry per query id: an answer and a new question from two people both stay). */
function editQueries(map: Y.Map<unknown>, before: readonly Query[], after: readonly Query[]): void {
  let shared = map.get(QUERIES);
  if (!(shared instanceof Y.Map)) {
    shared = new Y.Map<unknown>();
    map.set(QUERIES, shared);
  }
  const byId = shared as Y.Map<unknown>;
  const prev = new Map(before.map((q) => [q.id, key(q)]));
  const next = new Set(after.map((q) => q.id));
  for (const q of after) if (prev.get(q.id) !== key(q) && key(byId.get(q.id)) !== key(q)) byId.set(q.id, q);
  for (const id of prev.keys()) if (!next.has(id) && byId.has(id)) byId.delete(id);
}

/**
 * Writes into the shared claims what changed in a claim's record here,
 * field by field: `before` is this copy's record before the change (none
 * for a new claim). Only fields this copy changed are written, and only
 * where the shared value differs, so a change that came from someone else
 * is never written back, and two people changing different fields of one
 * claim at once both keep their change; the same field takes one value on
 * every copy. History and sources are lists both sides can add to.
 */
export function writeRecord(claims: ClaimsMap, record: ClaimRecord, before?: ClaimRecord): void {
  let map = claims.get(record.id);
  if (!map) {
    map = new Y.Map<unknown>();
    claims.set(record.id, map);
  }
  const next = record as unknown as Record<string, unknown>;
  const prev = (before ?? {}) as unknown as Record<string, unknown>;
  for (const name of new Set([...Object.keys(prev), ...Object.keys(next)])) {
    if (OWN.has(name)) continue;
    const value = next[name];
    if (before && key(prev[name]) === key(value)) continue;
    if (LISTS.has(name)) editList(map, name, (prev[name] as unknown[] | undefined) ?? [], (value as unknown[] | undefined) ?? []);
    else if (name === QUERIES) editQueries(map, (prev[name] as Query[] | undefined) ?? [], (value as Query[] | undefined) ?? []);
    else if (value === undefined) map.delete(name);
    else if (key(map.get(name)) !== key(value)) map.set(name, value);
  }
}

/**
 * A claim's record as the shared document has it. `here` is this copy's
 * record of it, whose own view of the text (`changed`, `orphaned`) is kept:
 * the claims plugin works those out again from the words.
 */
export function readRecord(id: string, map: Y.Map<unknown>, here?: ClaimRecord): ClaimRecord {
  const out: Record<string, unknown> = { id, note: '', sources: [], history: [], changed: here?.changed ?? false, orphaned: here?.orphaned ?? false };
  for (const [name, value] of map.entries()) {
    if (OWN.has(name)) continue;
    if (value instanceof Y.Array) out[name] = value.toArray();
    else if (value instanceof Y.Map) out[name] = [...(value.values() as IterableIterator<Query>)].sort((a, b) => (a.askedAt < b.askedAt ? -1 : a.askedAt > b.askedAt ? 1 : a.id < b.id ? -1 : 1));
    else out[name] = value;
  }
  return out as unknown as ClaimRecord;
}

/** Every claim of a shared document. */
export function readRecords(claims: ClaimsMap, here?: ReadonlyMap<string, ClaimRecord>): ClaimRecord[] {
  return [...claims.entries()].map(([id, map]) => readRecord(id, map, here?.get(id)));
}
