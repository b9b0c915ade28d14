import { CodePointIndex } from '../text/codepoints.js';
import type { QuoteSelector } from './record.js';

/** Code points of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/** The quote at `start..end` (code points) with up to 32 code points of context. */
export function describeSelector(text: string | CodePointIndex, start: number, end: number): QuoteSelector {
  const index = typeof text === 'string' ? new CodePointIndex(text) : text;
  return {
    quote: index.slice(start, end),
    prefix: index.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: index.slice(end, Math.min(index.cpLength, end + CONTEXT_LENGTH)),
    start,
    end,
  };
}
