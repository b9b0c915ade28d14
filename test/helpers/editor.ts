import { EditorState, TextSelection } from 'prosemirror-state';
import { history } from 'prosemirror-history';
import { parseText } from '../../src/article/parse.js';
import { textMap } from '../../src/article/positions.js';
import { claimsPlugin, claimRanges, tagClaim } from '../../src/claims/index.js';

/** An editor state for `text` with the claims plugin and history. */
export function stateFor(text: string, reviewer = 'Ada'): EditorState {
  return EditorState.create({ doc: parseText(text).doc, plugins: [history(), claimsPlugin({ reviewer })] });
}

/** Selects code points `start..end` of the plain text. */
export function select(state: EditorState, start: number, end: number): EditorState {
  const map = textMap(state.doc);
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, map.toPos(start), map.toPos(end))));
}

/** Runs a command and returns the new state (the old one when it did nothing). */
export function run(state: EditorState, command: (s: EditorState, d?: (tr: import('prosemirror-state').Transaction) => void) => boolean): EditorState {
  let next = state;
  command(state, (tr) => (next = state.apply(tr)));
  return next;
}

/** Tags the first occurrence of `quote` (code points) and returns the state and claim id. */
export function tag(state: EditorState, quote: string, id = crypto.randomUUID()): { state: EditorState; id: string } {
  const text = textMap(state.doc).text;
  const unit = text.indexOf(quote);
  if (unit < 0) throw new Error(`"${quote}" is not in the text`);
  const start = [...text.slice(0, unit)].length;
  const selected = select(state, start, start + [...quote].length);
  return { state: run(selected, tagClaim(id)), id };
}

/** The plain text each claim covers, by id. */
export function claimTexts(state: EditorState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { id, from, to } of claimRanges(state)) out[id] = state.doc.textBetween(from, to, '\n\n', '\n');
  return out;
}

/** Inserts text at a code-point offset. */
export function insertAt(state: EditorState, offset: number, text: string): EditorState {
  return state.apply(state.tr.insertText(text, textMap(state.doc).toPos(offset)));
}

/** Deletes code points `start..end`. */
export function deleteRange(state: EditorState, start: number, end: number): EditorState {
  const map = textMap(state.doc);
  return state.apply(state.tr.delete(map.toPos(start), map.toPos(end)));
}
