import { CONTEXT_LENGTH, type QuoteDescription } from './selector.js';
import { codePointIndexFor } from './text-index.js';

function checkOffset(name: string, value: number, length: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`The quote's ${name} (${value}) is not a whole number of code points from the start of the text.`);
  }
  if (value > length) {
    throw new RangeError(`The quote's ${name} (${value}) is beyond the end of the text (${length} code points).`);
  }
}

/**
 * Describe the passage between code-point offsets `start` and `end` of
 * `text`: its exact text, up to `CONTEXT_LENGTH` code points of context on
 * each side (less at the text's edges), and the offsets themselves. The
 * result is a `QuoteSelector` that `anchorQuote` can find again after the
 * text is edited. Throws a `RangeError` if `start` is after `end` or either
 * lies outside the text.
 */
export function describeQuote(text: string, start: number, end: number): QuoteDescription {
  const index = codePointIndexFor(text);
  checkOffset('start', start, index.cpLength);
  checkOffset('end', end, index.cpLength);
  if (start > end) throw new RangeError(`The quote's start (${start}) is after its end (${end}).`);
  return {
    quote: index.slice(start, end),
    prefix: index.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: index.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}
