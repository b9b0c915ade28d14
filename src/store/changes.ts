import type { ArticleMeta } from '../article/article.js';
import type { StoredClaim } from '../claims/record.js';
import type { ArticleDelta } from './repository.js';

/** A delta ready to write, and how to make it the new baseline once it is written. */
export interface PendingWrite {
  delta: ArticleDelta;
  commit: () => void;
}

/**
 * Knows what of one article is already in IndexedDB, so a save writes only
 * what changed: the document when it is a new one, and the claims whose
 * stored form differs. A baseline moves only when its write succeeded, so
 * a failed write's changes are part of the next delta.
 */
export class ChangeTracker {
  private docKey: object | null;
  /**
   * Each claim as last written (or loaded). The editor hands out the same
   * object for a claim it did not change, so most claims are compared by
   * identity; the others by their row (`rowKey`) and offsets.
   */
  private rows: Map<string, StoredClaim>;

  constructor(
    readonly articleId: string,
    docKey: object | null,
    claims: readonly StoredClaim[],
  ) {
    this.docKey = docKey;
    this.rows = new Map(claims.map((c) => [c.id, c]));
  }

  /** Whether this claim is in IndexedDB as far as this tab knows (it was loaded or saved here). */
  knows(id: string): boolean {
    return this.rows.has(id);
  }

  /**
   * Takes what another tab saved as the baseline for these claims (and the
   * removed ones as gone), so this tab does not write them back.
   */
  absorb(claims: readonly StoredClaim[], removed: readonly string[]): void {
    for (const c of claims) this.rows.set(c.id, c);
    for (const id of removed) this.rows.delete(id);
  }

  /** Takes a document another tab saved as the baseline, so this tab does not write it back. */
  absorbDocument(docKey: object): void {
    this.docKey = docKey;
  }

  /**
   * The delta from the baseline to this state. `docKey` is the document's
   * identity (documents are immutable, so a new key means new text);
   * `document` makes its stored form, only when needed.
   */
  delta(article: ArticleMeta, docKey: object, document: () => { doc: unknown; text: string }, claims: readonly StoredClaim[]): PendingWrite {
    const put: StoredClaim[] = [];
    // Same row, new object (the editor made it again): taken as the baseline if the row is still the same when the write lands.
    const same: StoredClaim[] = [];
    let known = 0;
    let moved = false;
    for (const claim of claims) {
      const before = this.rows.get(claim.id);
      if (before !== undefined) known++;
      if (before === claim) continue;
      if (!before || !sameRow(before, claim)) put.push(claim);
      else {
        same.push(claim);
        if (before.start !== claim.start || before.end !== claim.end) moved = true;
      }
    }
    // Every claim of the baseline still here (ids are unique): nothing to remove, no set of ids to build.
    let remove: string[] = [];
    if (known !== this.rows.size) {
      const ids = new Set(claims.map((c) => c.id));
      remove = [...this.rows.keys()].filter((id) => !ids.has(id));
    }
    const delta: ArticleDelta = { article, put, remove };
    // Claims that only moved are written through the document's anchors.
    if (docKey !== this.docKey || moved) {
      const anchors: Record<string, [number, number]> = {};
      for (const c of claims) if (!c.orphaned) anchors[c.id] = [c.start, c.end];
      delta.document = { ...document(), anchors };
    }
    return {
      delta,
      // What this write changed, on top of the baseline as it is when the
      // write lands: a write made while an earlier one was in flight then
      // keeps that one's rows, which are in IndexedDB too, and the next
      // save corrects them if the page has since moved back (undo).
      commit: () => {
        this.docKey = docKey;
        for (const c of put) this.rows.set(c.id, c);
        for (const c of same) {
          const now = this.rows.get(c.id);
          // Moved claims were written through the anchors; the others only if nothing else was written meanwhile.
          if (now && sameRow(now, c) && (moved || (now.start === c.start && now.end === c.end))) this.rows.set(c.id, c);
        }
        for (const id of remove) this.rows.delete(id);
      },
    };
  }
}

const arrayJSON = new WeakMap<object, string>();

/** JSON of a claim's sources or history, once per array: records share these arrays until they change. */
function jsonOfArray(value: readonly unknown[]): string {
  let json = arrayJSON.get(value);
  if (json === undefined) {
    json = canonicalJSON(value);
    arrayJSON.set(value, json);
  }
  return json;
}

const SCALARS = ['id', 'status', 'note', 'reviewer', 'createdAt', 'updatedAt', 'changed', 'orphaned', 'claimReviewed', 'quote', 'prefix', 'suffix'] as const;
const KNOWN = new Set<string>([...SCALARS, 'sources', 'history', 'start', 'end']);

/**
 * A claim's stored form without its offsets: what makes its row worth
 * rewriting. Built from its fields rather than by serialising the whole
 * claim, because a save compares every claim of the article.
 */
function rowKey(claim: StoredClaim): string {
  // Stored claims are not changed once made, and a save compares every
  // claim of the article: a claim the editor handed out before keeps its key.
  const known = rowKeys.get(claim);
  if (known !== undefined) return known;
  let key = SCALARS.map((k) => String(claim[k] ?? '')).join('\u0001');
  key += `\u0001${jsonOfArray(claim.sources)}\u0001${jsonOfArray(claim.history)}`;
  for (const k of Object.keys(claim)) {
    // A field added later is still compared, if more slowly.
    if (!KNOWN.has(k)) key += `\u0001${k}=${canonicalJSON((claim as unknown as Record<string, unknown>)[k])}`;
  }
  rowKeys.set(claim, key);
  return key;
}

const rowKeys = new WeakMap<StoredClaim, string>();

/** Fields of a stored claim that `rowKey` does not list: a field added later. */
function hasOtherFields(claim: StoredClaim): boolean {
  for (const k of Object.keys(claim)) if (!KNOWN.has(k)) return true;
  return false;
}

/**
 * Whether two stored forms of a claim have the same row (offsets aside),
 * as `rowKey` would say, without building the keys: after typing, every
 * claim after the edit is a new object with the same row, and a save
 * compares them all.
 */
function sameRow(a: StoredClaim, b: StoredClaim): boolean {
  const ka = rowKeys.get(a);
  const kb = rowKeys.get(b);
  if (ka !== undefined && kb !== undefined) return ka === kb;
  for (const k of SCALARS) if (String(a[k] ?? '') !== String(b[k] ?? '')) return false;
  if (a.sources !== b.sources && jsonOfArray(a.sources) !== jsonOfArray(b.sources)) return false;
  if (a.history !== b.history && jsonOfArray(a.history) !== jsonOfArray(b.history)) return false;
  return hasOtherFields(a) || hasOtherFields(b) ? rowKey(a) === rowKey(b) : true;
}

/**
 * JSON with object keys in sorted order, so two equal claims compare equal
 * whatever order their fields were set in (records from IndexedDB and from
 * the editor build their objects differently).
 */
export function canonicalJSON(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}
