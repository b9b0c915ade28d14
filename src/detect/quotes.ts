/**
 * Quotations in double quotes, straight or curly, with their attribution
 * when it is adjacent: "“…,” Maqedonci said in an interview in Pristina
 * on Monday", "He said: “…”". A checker confirms a quote and its speaker
 * together, so they make one span.
 *
 * A short scare quote (“state structures”) is a quote span too: the
 * writer is reporting someone's words, and whether they were said is
 * checkable.
 *
 * Rules, chosen for speed and predictability over cleverness:
 * - A quote never crosses a line break. A quote left open at the end of a
 *   paragraph counts up to the paragraph's end only if the next paragraph
 *   opens a quote (the convention for a quote running over paragraphs);
 *   otherwise a stray mark yields nothing.
 * - “ always opens and ” always closes; a straight " opens after a space
 *   or the start of a line and closes before a space or punctuation. Either
 *   closing mark closes either opening mark, to survive mixed typing.
 * - Single quotes are not read: ’ is far more often an apostrophe.
 * - The attribution after a quote runs to the end of its clause
 *   (", he said in a statement."), provided the quote ends on a comma,
 *   question mark, exclamation mark or dash (or the clause starts with a
 *   lower-case pronoun or verb: ".” he said."), and a verb of saying comes
 *   within its first seven words. The attribution before a quote is the
 *   clause ending in a colon or comma just before it, if that clause ends
 *   on a verb of saying.
 */
import { SPEECH_VERBS } from './speech.js';
import type { Candidate } from './types.js';
import { clauseEnd, clauseStart } from './words.js';

/** Quote spans form their own layer, so their rank is never compared. */
const QUOTE_RANK = 0;

const OPEN_AFTER = /[\s([{\-—–/]/;
const CLOSE_BEFORE = /[\s.,;:!?)\]}\-—–…'’]/;
const SPACE = /\s/;
const PRONOUN_TAIL = /^(?:he|she|they|it|we|I|said|says|added|asked|according)(?![\p{L}\p{N}_])/u;
const TAIL_BEFORE_CLOSE = new Set([',', '?', '!', '—', '–', '-', '…']);

// A verb of saying within the first seven words of the tail clause.
const TAIL = new RegExp(`^(?:[^\\s,.;:!?“”"]+\\s+){0,6}?(?:${SPEECH_VERBS}|according\\s+to)(?![\\p{L}\\p{N}_])`, 'iu');
// A verb of saying among the last four words of the lead clause, then
// possibly an object or channel ("told reporters", "said in a statement").
const HEAD = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${SPEECH_VERBS})(?:\\s+[^\\s]+){0,3}$`, 'iu');

const MARKS = /["“”\n]/g;

/** Longest attribution clause read on either side of a quote, in UTF-16 units. */
const MAX_ATTRIBUTION = 160;

function isOpener(text: string, i: number): boolean {
  const c = text[i];
  if (c === '“') return true;
  if (c !== '"') return false;
  const next = text[i + 1];
  if (next === undefined || SPACE.test(next)) return false;
  return i === 0 || OPEN_AFTER.test(text[i - 1]!);
}

function isCloser(text: string, i: number): boolean {
  const c = text[i];
  if (c === '”') return true;
  if (c !== '"') return false;
  const prev = text[i - 1];
  if (prev === undefined || SPACE.test(prev)) return false;
  const next = text[i + 1];
  return next === undefined || CLOSE_BEFORE.test(next) || next === '"' || next === '”';
}

/** Where the attribution after a quote closing at `close` ends, or -1. */
function tailEnd(text: string, close: number): number {
  let pos = close + 1;
  const inside = text[close - 1]!;
  let comma = TAIL_BEFORE_CLOSE.has(inside);
  if (text[pos] === ',') {
    comma = true;
    pos++;
  }
  while (pos < text.length && (text[pos] === ' ' || text[pos] === '\t' || text[pos] === '\u00a0')) pos++;
  if (pos >= text.length || pos - close > 3) return -1;
  // Without a comma the quote ended its sentence; only a lower-case
  // pronoun or verb carries on into an attribution (".” he said.").
  if (!comma && !PRONOUN_TAIL.test(text.slice(pos, pos + 12))) return -1;
  const end = clauseEnd(text, pos, MAX_ATTRIBUTION);
  if (end <= pos) return -1;
  return TAIL.test(text.slice(pos, end)) ? end : -1;
}

/** Where the attribution before a quote opening at `open` starts, or -1. */
function headStart(text: string, open: number, floor: number): number {
  let i = open;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  const mark = text[i - 1];
  if (mark !== ':' && mark !== ',') return -1;
  const start = clauseStart(text, i - 1, MAX_ATTRIBUTION);
  if (start < 0 || start < floor || start >= i - 1) return -1;
  return HEAD.test(text.slice(start, i - 1)) ? start : -1;
}

/** Every quotation in `text`, with adjacent attribution, as UTF-16 candidates. */
export function findQuotes(text: string): Candidate[] {
  const out: Candidate[] = [];
  let open = -1;
  // Where the previous quote span ended, so a shared attribution ("“A,”
  // he said, “B.”") goes to the first quote only.
  let floor = 0;
  const emit = (from: number, to: number, closed: boolean): void => {
    // Empty quotes ("" or “ ”) quote nothing.
    let hasText = false;
    for (let k = from + 1; k < to - (closed ? 1 : 0); k++) {
      if (!SPACE.test(text[k]!)) {
        hasText = true;
        break;
      }
    }
    if (!hasText) return;
    let start = from;
    let end = to;
    if (closed) {
      const head = headStart(text, from, floor);
      if (head >= 0) start = head;
      const tail = tailEnd(text, to - 1);
      if (tail >= 0) end = tail;
    }
    out.push({ start, end, kind: 'quote', rank: QUOTE_RANK });
    floor = end;
  };
  // Jump from mark to mark: most of an article is neither.
  MARKS.lastIndex = 0;
  for (let mark = MARKS.exec(text); mark; mark = MARKS.exec(text)) {
    const i = mark.index;
    const c = mark[0];
    if (c === '\n') {
      if (open >= 0) {
        // An open quote continues only if the next paragraph opens one.
        let j = i;
        while (j < text.length && SPACE.test(text[j]!)) j++;
        if (j < text.length && isOpener(text, j)) {
          let end = i;
          while (end > open && SPACE.test(text[end - 1]!)) end--;
          emit(open, end, false);
        }
        open = -1;
      }
      continue;
    }
    if (open < 0) {
      if (isOpener(text, i)) open = i;
    } else if (isCloser(text, i)) {
      emit(open, i + 1, true);
      open = -1;
    } else if (isOpener(text, i)) {
      // Unbalanced: the earlier mark was stray; start again here.
      open = i;
    }
  }
  return out;
}
