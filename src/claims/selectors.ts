import { describeQuote } from '../anchoring/quote.js';
import { CONTEXT_LENGTH } from '../anchoring/selector.js';
import type { CodePointIndex } from '../text/codepoints.js';
import type { QuoteSelector } from './record.js';

export { CONTEXT_LENGTH };

/** The quote at `start..end` (code points) with up to 32 code points of context. */
export function describeSelector(text: string | CodePointIndex, start: number, end: number): QuoteSelector {
  const { quote, prefix, suffix } = describeQuote(typeof text === 'string' ? text : text.text, start, end);
  return { quote, prefix, suffix, start, end };
}
