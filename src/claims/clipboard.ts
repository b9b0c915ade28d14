import { DOMParser, type ParseRule, type Schema } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import { claimMark, forEachClaimPiece } from './marks.js';
import { claimRange, claimsOf } from './state.js';
import { isPaste } from './track.js';

/**
 * The marks to take off after a paste or a drop. Cut words carry their
 * claim, so pasting them back (or dropping dragged words) moves the claim
 * with them. Copied words of a claim that is still on its own words would
 * put one claim in two places: the copy loses the mark (the claims plugin
 * already left it out of the claim's extent). Claims nobody here has a
 * record of (copied from another article) lose theirs too.
 */
export function copiedClaimMarks(trs: readonly Transaction[], state: EditorState): Transaction | null {
  const { records } = claimsOf(state);
  const strip: Array<{ id: string; from: number; to: number }> = [];
  trs.forEach((tr, k) => {
    if (!isPaste(tr)) return;
    // Positions in this transaction's document, carried to the state's.
    const after = trs.slice(k + 1);
    const toState = (pos: number, assoc: number) => after.reduce((p, t) => t.mapping.map(p, assoc), pos);
    tr.mapping.maps.forEach((map, i) => {
      const later = tr.mapping.slice(i + 1);
      map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
        if (newEnd <= newStart) return;
        const from = toState(later.map(newStart, -1), -1);
        const to = toState(later.map(newEnd, 1), 1);
        forEachClaimPiece(state.doc, from, to, (id, a, b) => {
          const range = records.has(id) ? claimRange(state, id) : null;
          if (!range || b <= range.from || a >= range.to) strip.push({ id, from: Math.max(a, from), to: Math.min(b, to) });
        });
      });
    });
  });
  if (!strip.length) return null;
  const tr = state.tr;
  for (const { id, from, to } of strip) tr.removeMark(from, to, claimMark(state.schema, id));
  return tr;
}

/**
 * The parser for what is pasted or dropped into the editor: the article's
 * own rules, and the claim mark's (the base schema has none, so files and
 * other pages never bring claims in). Cut words keep their claim this way;
 * claims pasted from elsewhere are taken off again by `copiedClaimMarks`.
 */
export function clipboardParser(schema: Schema): DOMParser {
  const claim: ParseRule = {
    tag: 'span[data-claim]',
    mark: 'claim',
    getAttrs: (dom) => {
      const id = dom.getAttribute('data-claim');
      return id ? { id } : false;
    },
  };
  return new DOMParser(schema, [claim, ...DOMParser.fromSchema(schema).rules]);
}
