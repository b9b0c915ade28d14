/**
 * Sentences around a quote: where the sentence holding some words begins
 * and ends, and that sentence cut to a length. Text only, in code points;
 * ClaimReview's "claim reviewed", copied queries and the claimant finder
 * all read sentences this way.
 */
import { CodePointIndex } from './codepoints.js';

/**
 * The sentence of `text` that contains the code points `start`…`end`,
 * at most `max` code points long. A longer sentence is cut around the quote
 * at word boundaries, each cut marked with "…"; a quote longer than `max`
 * is itself cut at the end. Sentences end at ".", "!" or "?" followed by a
 * space (not after common abbreviations or initials) and at line breaks.
 */
export function sentenceAround(text: string, start: number, end: number, max = 75): string {
  return sentenceAroundIndex(new CodePointIndex(text), start, end, max);
}

// Only this far either side of the quote is searched for a sentence end:
// a "sentence" longer than that is cut anyway.
const WINDOW = 600;
// Words whose full stop is usually not a sentence end (compared lower-case).
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'no',
  'gov',
  'sen',
  'rep',
  'gen',
  'lt',
  'col',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
]);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

/**
 * Where the sentence around code points `start`…`end` of the indexed text
 * begins and ends (code points; spaces at either edge left out). Sentences
 * end as `sentenceAround` says; only 600 code points either side of the
 * quote are searched, so a run-on paragraph gives a window, not the whole.
 */
export function sentenceBounds(index: CodePointIndex, start: number, end: number): { start: number; end: number } {
  const s = Math.max(0, Math.min(start, index.cpLength));
  const e = Math.max(s, Math.min(end, index.cpLength));
  const lo = Math.max(0, s - WINDOW);
  const before = Array.from(index.slice(lo, s));
  const quote = Array.from(index.slice(s, e));
  const after = Array.from(index.slice(e, e + WINDOW));

  // Walk back to the end of the previous sentence.
  let from = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i]!;
    if (c === '\n') {
      from = i + 1;
      break;
    }
    if (/\s/.test(c) && endsSentence(before, i - 1)) {
      from = i + 1;
      break;
    }
  }
  // Walk forward to the end of this one.
  let to = after.length;
  for (let i = 0; i < after.length; i++) {
    const c = after[i]!;
    if (c === '\n') {
      to = i;
      break;
    }
    if (/\s/.test(c) && endsSentence([...quote, ...after.slice(0, i)], quote.length + i - 1)) {
      to = i;
      break;
    }
  }
  while (from < before.length && /\s/.test(before[from]!)) from++;
  while (to > 0 && /\s/.test(after[to - 1]!)) to--;
  return { start: lo + from, end: e + to };
}

/** `sentenceAround` on an indexed text: the sentence, cut to `max` code points around the quote. */
export function sentenceAroundIndex(index: CodePointIndex, start: number, end: number, max: number): string {
  if (max < 1) throw new RangeError(`The maximum length must be at least 1, not ${max}`);
  const s = Math.max(0, Math.min(start, index.cpLength));
  const e = Math.max(s, Math.min(end, index.cpLength));
  const bounds = sentenceBounds(index, s, e);
  const left = Array.from(index.slice(Math.min(bounds.start, s), s));
  const right = Array.from(index.slice(e, Math.max(bounds.end, e)));
  return fit(left, Array.from(index.slice(s, e)), right, max);
}

/** Whether `chars[i]` (after any closing quotes or brackets) ends a sentence. */
function endsSentence(chars: string[], i: number): boolean {
  while (i >= 0 && CLOSERS.has(chars[i]!)) i--;
  if (i < 0) return false;
  const c = chars[i]!;
  if (c === '!' || c === '?') return true;
  if (c !== '.') return false;
  // The word before the full stop: an abbreviation or an initial does not end the sentence.
  let j = i - 1;
  while (j >= 0 && !/\s/.test(chars[j]!)) j--;
  const word = chars
    .slice(j + 1, i)
    .join('')
    .replace(/^["'“‘([]+/, '');
  if (/^\p{Lu}$/u.test(word)) return false; // an initial, as in "J. Smith"
  return !ABBREVIATIONS.has(word.toLowerCase());
}

function trimStart(chars: string[]): string[] {
  let i = 0;
  while (i < chars.length && /\s/.test(chars[i]!)) i++;
  return chars.slice(i);
}

function trimEnd(chars: string[]): string[] {
  let i = chars.length;
  while (i > 0 && /\s/.test(chars[i - 1]!)) i--;
  return chars.slice(0, i);
}

/** `left + quote + right` in at most `max` code points, cutting the context first and at spaces. */
function fit(left: string[], quote: string[], right: string[], max: number): string {
  if (left.length + quote.length + right.length <= max) return [...left, ...quote, ...right].join('');
  if (quote.length >= max) {
    // Even the quote is too long: keep its beginning, cut at a space if one is near.
    const kept = quote.slice(0, max - 1);
    const space = lastSpace(kept);
    return `${trimEnd(space > kept.length / 2 ? kept.slice(0, space) : kept).join('')}…`;
  }
  // Share the room left over between the two sides, each cut costing one "…".
  let room = max - quote.length;
  let l = 0;
  let r = 0;
  if (left.length > 0 && right.length > 0) {
    l = Math.min(left.length, Math.floor(room / 2));
    r = Math.min(right.length, room - l);
    l = Math.min(left.length, room - r);
  } else if (left.length > 0) l = Math.min(left.length, room);
  else r = Math.min(right.length, room);

  let keptLeft = l < left.length ? cutLeft(left.slice(left.length - l), !/\s/.test(left[left.length - l - 1]!)) : left;
  let keptRight = r < right.length ? cutRight(right.slice(0, r), !/\s/.test(right[r]!)) : right;
  room = max - quote.length;
  // The ellipses may push the result over; give back context until it fits.
  while (keptLeft.length + keptRight.length + (keptLeft.length < left.length ? 1 : 0) + (keptRight.length < right.length ? 1 : 0) > room) {
    if (keptLeft.length >= keptRight.length && keptLeft.length > 0) keptLeft = cutLeft(keptLeft.slice(1), true);
    else if (keptRight.length > 0) keptRight = cutRight(keptRight.slice(0, -1), true);
    else break;
  }
  const head = keptLeft.length < left.length ? `…${keptLeft.join('')}` : keptLeft.join('');
  const tail = keptRight.length < right.length ? `${keptRight.join('')}…` : keptRight.join('');
  return `${head}${quote.join('')}${tail}`;
}

function lastSpace(chars: string[]): number {
  for (let i = chars.length - 1; i >= 0; i--) if (/\s/.test(chars[i]!)) return i;
  return -1;
}

/** Left context cut off before `chars`: drops the word it cut through (`midWord`), if any. */
function cutLeft(chars: string[], midWord: boolean): string[] {
  if (!midWord) return trimStart(chars);
  const first = chars.findIndex((c) => /\s/.test(c));
  return trimStart(first >= 0 ? chars.slice(first) : []);
}

/** Right context cut off after `chars`: drops the word it cut through (`midWord`), if any. */
function cutRight(chars: string[], midWord: boolean): string[] {
  if (!midWord) return trimEnd(chars);
  const last = lastSpace(chars);
  return trimEnd(last >= 0 ? chars.slice(0, last) : []);
}
