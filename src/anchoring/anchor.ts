import { cpLength } from '../text/codepoints.js';
import { ContextScorer } from './context.js';
import { bestApproximateMatch } from './match-approx.js';
import { bestExactMatch, findOccurrences } from './match-exact.js';
import { passageScore } from './score.js';
import type { Anchor, QuoteSelector } from './selector.js';
import { codePointIndexFor } from './text-index.js';

/**
 * How much of its remembered context an exact occurrence must still have
 * around it to count as the claim's own words. Unrelated text shares about
 * a third of its characters with any context by edit distance; intact
 * context on either side gives at least one half.
 */
export const CONTEXT_AGREEMENT = 0.5;

/** How far (UTF-16 units) edits elsewhere may plausibly have moved a claim's words. */
const MOVE_RADIUS = 4096;

/** Whether the remembered prefix and suffix still stand right around `text[start, end)` (cut short at the text's edges). */
function intactAround(text: string, start: number, end: number, selector: QuoteSelector): boolean {
  const prefix = selector.prefix ?? '';
  const suffix = selector.suffix ?? '';
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  return (
    prefix.endsWith(before) && suffix.startsWith(after) && (before.length === prefix.length || start - before.length === 0) && (after.length === suffix.length || end + after.length === text.length)
  );
}

function checkHint(name: string, value: number | undefined): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
    throw new RangeError(`The selector's ${name} (${value}) is not a whole number of code points from the start of the text.`);
  }
}

/**
 * Find a described passage again in `text`, which may have been edited
 * since. Tries, in order:
 * 1. the old position, if the selector has one and the quote is still there;
 * 2. the quote anywhere (overlapping occurrences included), choosing the
 *    occurrence whose surroundings best agree with `prefix` and `suffix`,
 *    then the one nearest the old position;
 * 3. an approximate match of the quote, first near the old position, then
 *    anywhere, accepted only above `APPROXIMATE_THRESHOLD`.
 *
 * Returns code-point offsets, never splitting a surrogate pair, with
 * `exact: true, score: 1` for the first two and `exact: false` with a score
 * in (`APPROXIMATE_THRESHOLD`, 1) for the third; or `null` for an orphan.
 * An empty quote also gives `null`: it would match everywhere, so there is
 * nothing to anchor. Throws a `RangeError` if the selector's `start` or
 * `end` is not a non-negative integer, or `start` is after `end`; offsets
 * beyond a text that has since shrunk are fine.
 *
 * Successive calls on the same text string share one code-point index, so
 * re-anchoring every claim of an article costs O(n) once, not per claim.
 */
export function anchorQuote(text: string, selector: QuoteSelector): Anchor | null {
  const { quote } = selector;
  checkHint('start', selector.start);
  checkHint('end', selector.end);
  if (selector.start !== undefined && selector.end !== undefined && selector.start > selector.end) {
    throw new RangeError(`The selector's start (${selector.start}) is after its end (${selector.end}).`);
  }
  if (quote === '') return null;
  const index = codePointIndexFor(text);

  let hint: { start: number; end: number } | null = null;
  if (selector.start !== undefined || selector.end !== undefined) {
    // With only one end remembered, the quote's length gives the other.
    const start = selector.start ?? Math.max(0, selector.end! - cpLength(quote));
    const end = selector.end ?? start + cpLength(quote);
    hint = { start: index.toUnit(start), end: index.toUnit(end) };
    // The old place, if it still holds the quote in its old surroundings. A
    // short quote ("in") at the old offset with other words around it is
    // most likely another occurrence: the text before it moved.
    if (end <= index.cpLength && index.slice(start, end) === quote && intactAround(text, hint.start, hint.end, selector)) {
      return { start, end, exact: true, score: 1 };
    }
  }

  const prefix = selector.prefix ?? '';
  const suffix = selector.suffix ?? '';
  const at = bestExactMatch(text, quote, prefix, suffix, hint && hint.start);
  // The claim's own words, moved by edits elsewhere: the common case, and
  // settled by comparing strings, without building edit-distance patterns.
  if (at !== null && intactAround(text, at, at + quote.length, selector)) {
    return { start: index.toCodePoint(at), end: index.toCodePoint(at + quote.length), exact: true, score: 1 };
  }
  const scorer = new ContextScorer(prefix, suffix);
  if (at !== null) {
    const found = { start: index.toCodePoint(at), end: index.toCodePoint(at + quote.length) };
    const agreement = scorer.similarity(text, at, at + quote.length);
    if (agreement >= CONTEXT_AGREEMENT) return { ...found, exact: true, score: 1 };
    // Edits next to a claim can wear its context away: the only occurrence
    // of the words, near where they were, is still the claim.
    const near = hint === null || Math.abs(at - hint.start) <= MOVE_RADIUS;
    if (near && findOccurrences(text, quote, 0, text.length, 2).length === 1) return { ...found, exact: true, score: 1 };
    // The same words, but in other surroundings: the claim's own place may
    // have been edited instead, so an approximate match with its context
    // can be the better answer. Either way it is not reported as exact.
    const asFound = passageScore(1, agreement);
    const approximate = bestApproximateMatch(text, quote, scorer, hint, prefix, suffix);
    if (approximate !== null && approximate.score > asFound) {
      return { start: index.toCodePoint(approximate.start), end: index.toCodePoint(approximate.end), exact: false, score: approximate.score };
    }
    return { ...found, exact: false, score: asFound };
  }

  const approximate = bestApproximateMatch(text, quote, scorer, hint, prefix, suffix);
  if (approximate === null) return null;
  return {
    start: index.toCodePoint(approximate.start),
    end: index.toCodePoint(approximate.end),
    exact: false,
    score: approximate.score,
  };
}
