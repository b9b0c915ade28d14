import type { EditorState, Transaction } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import { textMap, type TextMap } from '../article/positions.js';
import { codePointIndexFor } from '../anchoring/text-index.js';
import type { CodePointIndex } from '../text/codepoints.js';
import type { LoadAction } from './actions.js';
import type { ClaimRecord, StoredClaim } from './record.js';
import { describeSelector } from './selectors.js';
import { claimsKey, claimsOf, claimRanges } from './state.js';
import { placeOnWords, withClaimMarks } from './marks.js';

/** The stored form last made of each attached record, and where it was then (in which text). */
const described = new WeakMap<ClaimRecord, { text: object; from: number; to: number; stored: StoredClaim }>();

/**
 * The open article's claims as they leave the editor: records with
 * code-point selectors, in document order, orphans last (with the place
 * they were lost from).
 */
export function storedClaims(state: EditorState): StoredClaim[] {
  const { records, textVersion } = claimsOf(state);
  const { doc } = state;
  let map: TextMap | null = null;
  const out: StoredClaim[] = [];
  const attached = new Set<string>();
  for (const { id, from, to } of claimRanges(state)) {
    const record = records.get(id);
    if (!record) continue;
    attached.add(id);
    // Records and texts are immutable: the same record at the same place
    // in the same text leaves the editor the same way. A status change (or
    // a claim tagged) on one claim of thousands describes one claim, not all.
    const known = described.get(record);
    if (known && known.text === textVersion && known.from === from && known.to === to) {
      out.push(known.stored);
      continue;
    }
    map ??= textMap(doc);
    const { anchor: _anchor, ...rest } = record;
    // Frozen: it is handed out again to every later caller.
    const stored: StoredClaim = Object.freeze({ ...rest, ...describeSelector(map.text, map.toOffset(from), map.toOffset(to)) });
    described.set(record, { text: textVersion, from, to, stored });
    out.push(stored);
  }
  for (const record of records.values()) {
    if (attached.has(record.id)) continue;
    const { anchor, ...rest } = record;
    const place = anchor ?? { quote: '', prefix: '', suffix: '', start: 0, end: 0 };
    out.push({ ...rest, ...place, orphaned: true });
  }
  return out;
}

/** Finds a claim whose offsets no longer hold its quote: `anchorQuote` from src/anchoring. */
export type Placer = (text: string, claim: StoredClaim) => { start: number; end: number; exact: boolean } | null;

/** Whether the text at a stored claim's offsets is its quote. */
function fitsOffsets(index: CodePointIndex, length: number, claim: StoredClaim): boolean {
  return claim.end > claim.start && claim.end <= length && index.slice(claim.start, claim.end) === claim.quote;
}

/**
 * `loadClaimsAction` with the anchoring core loaded only when a claim is
 * not where its offsets say: most articles open without needing it, so a
 * first visit does not load it.
 */
export async function loadClaims(doc: Node, stored: StoredClaim[]): Promise<LoadAction> {
  const map = textMap(doc);
  const index = codePointIndexFor(map.text);
  const misfit = stored.some((c) => !c.orphaned && !fitsOffsets(index, map.length, c));
  const place: Placer = misfit ? (await import('../anchoring/anchor.js')).anchorQuote : () => null;
  return loadClaimsAction(doc, stored, place);
}

/**
 * The action that loads stored claims into an editor whose document holds
 * `doc`. A claim is attached where its offsets point when the text there
 * is its quote; otherwise `place` (`anchorQuote`: the exact quote by its
 * context, then an approximate match) decides. A claim placed
 * on text other than its quote is marked changed; whatever cannot be
 * placed becomes an orphan. Nothing moves silently.
 */
export function loadClaimsAction(doc: Node, stored: StoredClaim[], place: Placer): LoadAction {
  const map = textMap(doc);
  // The index anchoring keeps for this text: built once for the loader and every anchorQuote call.
  const index = codePointIndexFor(map.text);
  const records: ClaimRecord[] = [];
  let relocated = 0;
  const ranges: Array<{ id: string; from: number; to: number }> = [];
  for (const claim of stored) {
    const { start, end, quote, prefix, suffix, ...record } = claim;
    const fits = !claim.orphaned && fitsOffsets(index, map.length, claim);
    const found = fits ? { start, end, exact: true } : claim.orphaned ? null : place(map.text, claim);
    if (!fits && !claim.orphaned) relocated++;
    if (found) {
      const next: ClaimRecord = { ...record, orphaned: false };
      if (!found.exact && record.status !== 'unchecked') {
        // Placed on words other than the quote: the checker must look again.
        const newText = index.slice(found.start, found.end);
        next.changed = true;
        next.history = [...record.history, { status: record.status, at: new Date().toISOString(), by: '', event: 'text-changed', oldText: quote, newText }];
      }
      const words = placeOnWords(doc, map, found.start, found.end);
      if (!words) {
        // No words of the document lie there (a paragraph break): keep it, as an orphan.
        if (fits) relocated++;
        records.push({ ...record, orphaned: true, anchor: { quote, prefix, suffix, start, end } });
        continue;
      }
      delete next.anchor;
      records.push(next);
      ranges.push({ id: record.id, ...words });
    } else {
      records.push({ ...record, orphaned: true, anchor: { quote, prefix, suffix, start, end } });
    }
  }
  return { type: 'load', records, ranges, relocated };
}

/**
 * The transaction that loads stored claims (a `loadClaimsAction`) into an
 * editor: the document again with every claim marked on its words, and
 * the claims' records. Opening an article is not an edit: it stays out of
 * the undo history.
 */
export function loadClaimsTransaction(state: EditorState, action: LoadAction): Transaction {
  const marked = withClaimMarks(state.doc, action.ranges);
  const tr = state.tr;
  if (marked !== state.doc) tr.replaceWith(0, state.doc.content.size, marked.content);
  return tr.setMeta(claimsKey, action).setMeta('addToHistory', false);
}
