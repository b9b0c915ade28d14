import { PluginKey, TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import { claimMark } from './marks.js';
import { claimsOf, type ClaimSpec, type TypingRun } from './state.js';

/** Meta key of a transaction that typed into claims: the run it leaves behind. */
export const typingKey = new PluginKey<TypingRun>('claim-typing');

/**
 * Typing over a claim's words keeps the typed text in the claim.
 * ProseMirror gives typed text the marks that span the replaced range,
 * except a non-inclusive mark that does not go on after it, so text typed
 * over a claim's last word fell outside the claim ("on Thursday" became
 * "on W" + "ednesday"), and typed over its first word it fell before it.
 * Here the typed text joins every claim whose words it replaces, and what
 * is typed next at the same place joins those it now ends, for as long as
 * the caret stays there. Null when no claim is concerned: the editor
 * types as usual.
 */
export function typeIntoClaims(state: EditorState, from: number, to: number, text: string): Transaction | null {
  const claims = claimsOf(state);
  let ids: string[];
  let ending: string[];
  if (from < to) {
    const over = claims.decos.find(from, to).filter((d) => d.from < to && d.to > from);
    if (!over.length) return null;
    ids = [...new Set(over.map((d) => (d.spec as ClaimSpec).claimId))];
    // Claims whose end was typed over end where the typing does.
    ending = over.filter((d) => d.to <= to).map((d) => (d.spec as ClaimSpec).claimId);
  } else {
    const run = claims.typing;
    if (!run || run.pos !== from) return null;
    // Only claims that still end here (an undo may have moved them).
    ids = run.ids.filter((id) => claims.decos.find(from, from, (spec) => (spec as ClaimSpec).claimId === id).some((d) => d.to === from));
    if (!ids.length) return null;
    ending = ids;
  }
  const { schema } = state;
  const $from = state.doc.resolve(from);
  let marks = state.storedMarks ?? (from === to ? $from.marks() : ($from.marksAcross(state.doc.resolve(to)) ?? $from.marks()));
  for (const id of ids) marks = claimMark(schema, id).addToSet(marks);
  const end = from + text.length;
  const tr = state.tr.replaceWith(from, to, schema.text(text, marks));
  tr.setSelection(TextSelection.create(tr.doc, end)).scrollIntoView();
  return tr.setMeta(typingKey, { pos: end, ids: [...new Set(ending)] } satisfies TypingRun);
}

/** The typing run after a transaction: kept while the caret stays where the last typing left it. */
export function nextTypingRun(tr: Transaction, run: TypingRun | null, selection: EditorState['selection']): TypingRun | null {
  const set = tr.getMeta(typingKey) as TypingRun | undefined;
  if (set) return set.ids.length ? set : null;
  if (!run) return null;
  const pos = tr.mapping.map(run.pos, -1);
  return selection.empty && selection.head === pos ? (pos === run.pos ? run : { ...run, pos }) : null;
}
