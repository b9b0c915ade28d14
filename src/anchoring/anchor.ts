import { cpLength } from '../text/index.js';
import { ContextScorer } from './context.js';
import { bestApproximateMatch } from './match-approx.js';
import { bestExactMatch } from './match-exact.js';
import type { Anchor, QuoteSelector } from './selector.js';
import { codePointIndexFor } from './text-index.js';

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
    if (end <= index.cpLength && index.slice(start, end) === quote) {
      return { start, end, exact: true, score: 1 };
    }
    hint = { start: index.toUnit(start), end: index.toUnit(end) };
  }

  const prefix = selector.prefix ?? '';
  const suffix = selector.suffix ?? '';
  const at = bestExactMatch(text, quote, prefix, suffix, hint && hint.start);
  if (at !== null) {
    return { start: index.toCodePoint(at), end: index.toCodePoint(at + quote.length), exact: true, score: 1 };
  }

  const approximate = bestApproximateMatch(text, quote, new ContextScorer(prefix, suffix), hint);
  if (approximate === null) return null;
  return {
    start: index.toCodePoint(approximate.start),
    end: index.toCodePoint(approximate.end),
    exact: false,
    score: approximate.score,
  };
}
