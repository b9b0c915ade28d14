import type { Node } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';

/**
 * Turns `tr.doc` into `next` by replacing only the part that differs (one
 * step between the first and last difference), so the selection, the
 * claims and the undo history map through it like through a user's edit.
 * `base` is what to compare `next` with when `tr.doc` carries more than
 * `next` can (the same document with claims marked on it: its positions
 * are `tr.doc`'s).
 */
export function replaceChanged(tr: Transaction, next: Node, base: Node = tr.doc): Transaction {
  const current = base;
  const start = current.content.findDiffStart(next.content);
  if (start === null) return tr;
  const end = current.content.findDiffEnd(next.content);
  let endA = end ? end.a : current.content.size;
  let endB = end ? end.b : next.content.size;
  // When the change repeats text at its edge, the two ends can overlap the start.
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  return tr.replace(start, endA, next.slice(start, endB));
}
