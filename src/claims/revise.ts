import type { EditorState, Transaction } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import { anchorQuote } from '../anchoring/index.js';
import { textMap } from '../article/positions.js';
import { CodePointIndex } from '../text/codepoints.js';
import type { ClaimsAction } from './actions.js';
import type { ClaimRecord } from './record.js';
import { storedClaims } from './snapshot.js';
import { claimsKey, claimsOf } from './state.js';
import { placeOnWords, withClaimMarks } from './marks.js';

/** What a revision did to the claims, for the summary the user sees. */
export interface RevisionSummary {
  /** Found on exactly their words (maybe elsewhere in the text). */
  kept: number;
  /** Orphans from before whose words are back in the new text. */
  reattached: number;
  /** Placed on words that differ from their quote: marked for re-checking. */
  changed: Array<{ id: string; oldText: string; newText: string }>;
  /** Their words are gone: now orphans. */
  orphaned: Array<{ id: string; quote: string }>;
}

/**
 * Replaces the article with a new version and re-anchors every claim
 * against it (`anchorQuote`: the old position if it still holds the quote,
 * else the exact quote by its context and nearness, else an approximate
 * match above the threshold). A claim placed on other words is marked
 * changed, with both texts in its history; a claim that cannot be placed
 * becomes an orphan. Nothing moves silently. The result is one
 * transaction, so one undo restores the old text and the claims as they
 * were.
 */
export function reviseArticle(state: EditorState, newDoc: Node, at = new Date().toISOString()): { tr: Transaction; summary: RevisionSummary } {
  const { reviewer } = claimsOf(state);
  const map = textMap(newDoc);
  const index = new CodePointIndex(map.text);
  const summary: RevisionSummary = { kept: 0, reattached: 0, changed: [], orphaned: [] };
  const records: ClaimRecord[] = [];
  const ranges: Array<{ id: string; from: number; to: number }> = [];
  for (const claim of storedClaims(state)) {
    const { start, end, quote, prefix, suffix, ...rest } = claim;
    const wasOrphan = claim.orphaned;
    const found = quote ? anchorQuote(map.text, { quote, prefix, suffix, start, end }) : null;
    const place = found && placeOnWords(newDoc, map, found.start, found.end);
    // An orphan comes back only on its exact words: it has no place to be near.
    if (!found || !place || (wasOrphan && !found.exact)) {
      if (!wasOrphan) summary.orphaned.push({ id: claim.id, quote });
      records.push({
        ...rest,
        orphaned: true,
        anchor: { quote, prefix, suffix, start, end },
        history: wasOrphan ? rest.history : [...rest.history, { status: rest.status, at, by: reviewer, event: 'orphaned', oldText: quote }],
      });
      continue;
    }
    const record: ClaimRecord = { ...rest, orphaned: false };
    delete record.anchor;
    if (found.exact) {
      if (wasOrphan) {
        summary.reattached++;
        record.history = [...rest.history, { status: rest.status, at, by: reviewer, event: 'reattached' }];
      } else summary.kept++;
    } else {
      const newText = index.slice(found.start, found.end);
      summary.changed.push({ id: claim.id, oldText: quote, newText });
      // Unchecked claims need no mark, but the move is still in the history.
      record.changed = rest.status !== 'unchecked';
      record.history = [...rest.history, { status: rest.status, at, by: reviewer, event: 'text-changed', oldText: quote, newText }];
    }
    records.push(record);
    ranges.push({ id: claim.id, ...place });
  }
  const tr = state.tr.replaceWith(0, state.doc.content.size, withClaimMarks(newDoc, ranges).content);
  tr.setMeta(claimsKey, { type: 'revise', records, ranges } satisfies ClaimsAction);
  return { tr, summary };
}
