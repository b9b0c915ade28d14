import type { EditorState } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import { sentenceAround } from '../text/sentence.js';

/** The last sentence worked out in each paragraph node, by the claim's offsets in it. */
const memo = new WeakMap<Node, { from: number; to: number; sentence: string }>();

/**
 * The sentence around a claim (what ClaimReview's "claim reviewed"
 * defaults to), from its paragraph alone. Paragraph nodes are immutable and
 * kept by ProseMirror when typing happens elsewhere, so the panel, which
 * asks on every keystroke, gets the remembered sentence.
 */
export function claimSentence(state: EditorState, range: { from: number; to: number }): string {
  const $from = state.doc.resolve(range.from);
  const block = $from.parent;
  const start = $from.start();
  if (range.to > $from.end()) return state.doc.textBetween(range.from, range.to, ' ', ' ').slice(0, 75);
  const from = range.from - start;
  const to = range.to - start;
  const known = memo.get(block);
  if (known && known.from === from && known.to === to) return known.sentence;
  const text = block.textContent;
  const cp = (unit: number) => [...text.slice(0, unit)].length;
  const sentence = sentenceAround(text, cp(from), cp(to));
  memo.set(block, { from, to, sentence });
  return sentence;
}
