export { describeQuote } from './quote.js';
export { anchorQuote, CONTEXT_AGREEMENT } from './anchor.js';
export { APPROXIMATE_THRESHOLD } from './score.js';
export { CONTEXT_LENGTH, type Anchor, type QuoteDescription, type QuoteSelector } from './selector.js';
export { codePointIndexFor } from './text-index.js';
