import type { EditorState, Transaction } from 'prosemirror-state';
import { anchorQuote } from '../anchoring/index.js';
import { textMap } from '../article/positions.js';
import { CodePointIndex } from '../text/codepoints.js';
import type { ClaimsAction } from './actions.js';
import type { ClaimRecord, StoredClaim } from './record.js';
import { claimsOf } from './state.js';
import { claimsTransaction } from './transaction.js';
import { placeOnWords } from './marks.js';

/** What another tab's save changed here. */
export interface RemoteChanges {
  added: string[];
  updated: string[];
  removed: string[];
}

function sameRecord(a: ClaimRecord, b: StoredClaim): boolean {
  return a.status === b.status && a.note === b.note && a.updatedAt === b.updatedAt && JSON.stringify(a.sources) === JSON.stringify(b.sources) && a.claimReviewed === b.claimReviewed;
}

/**
 * Brings claims another tab saved into this editor: new claims are placed
 * (by their offsets when the text there is their quote, else by
 * `anchorQuote`, else as orphans); a claim whose stored version is later
 * than ours replaces our record (it keeps our place in our text); a claim
 * `gone` (saved here before, now absent from the database) is removed.
 * One transaction, kept out of the undo history.
 */
export function applyRemoteClaims(state: EditorState, stored: readonly StoredClaim[], gone: readonly string[]): { tr: Transaction | null; changes: RemoteChanges } {
  const { records } = claimsOf(state);
  const map = textMap(state.doc);
  const index = new CodePointIndex(map.text);
  const put: ClaimRecord[] = [];
  const ranges: Array<{ id: string; from: number; to: number }> = [];
  const changes: RemoteChanges = { added: [], updated: [], removed: [] };
  for (const claim of stored) {
    const { start, end, quote, prefix, suffix, ...record } = claim;
    const mine = records.get(claim.id);
    if (mine) {
      if (claim.updatedAt > mine.updatedAt && !sameRecord(mine, claim)) {
        const next: ClaimRecord = { ...record, changed: record.changed || mine.changed, orphaned: mine.orphaned };
        if (mine.anchor) next.anchor = mine.anchor;
        else delete next.anchor;
        put.push(next);
        changes.updated.push(claim.id);
      }
      continue;
    }
    const fits = !claim.orphaned && end > start && end <= map.length && index.slice(start, end) === quote;
    const found = fits ? { start, end, exact: true } : claim.orphaned ? null : anchorQuote(map.text, claim);
    const place = found && placeOnWords(state.doc, map, found.start, found.end);
    if (found && place) {
      const next: ClaimRecord = { ...record, orphaned: false, changed: record.changed || (!found.exact && record.status !== 'unchecked') };
      delete next.anchor;
      put.push(next);
      ranges.push({ id: claim.id, ...place });
    } else {
      put.push({ ...record, orphaned: true, anchor: { quote, prefix, suffix, start, end } });
    }
    changes.added.push(claim.id);
  }
  for (const id of gone) if (records.has(id)) changes.removed.push(id);
  if (!put.length && !changes.removed.length) return { tr: null, changes };
  const actions: ClaimsAction[] = [];
  if (put.length) actions.push({ type: 'put', records: put, ranges });
  if (changes.removed.length) actions.push({ type: 'remove', ids: changes.removed });
  const tr = claimsTransaction(state, { type: 'batch', actions }, state.tr.setMeta('addToHistory', false));
  return { tr, changes };
}
