/**
 * The similarity an approximate match must exceed to be accepted. The
 * search allows at most floor(length × (1 - threshold)) edits to the quote,
 * and the reported score (mostly the quote's similarity, partly its
 * context's) must then be above it. Edits and lengths count code points, so
 * an emoji replaced is one edit, as a letter is.
 *
 * At 0.75 a figure edited inside a short claim ("$75 million" → "$57
 * million", 2 edits in 11) is still found, and so are nearly all claims
 * with one character in five changed, while a passage replaced by other
 * words, which keeps well under half its characters in order, is an orphan.
 * 0.8 would lose about a tenth of those one-in-five edits; the price of
 * 0.75 is that a quote of a few words occasionally lands on a near twin
 * elsewhere ("parts of" → "part of"), which is reported as not exact.
 */
export const APPROXIMATE_THRESHOLD = 0.75;

// How much of a match's score the quote itself carries; the rest is its
// context's. The quote dominates so that intact context around rewritten
// text cannot carry it over the threshold.
const QUOTE_WEIGHT = 0.8;

/**
 * The score of a passage found for a quote, from the quote's similarity
 * (1 - edits / length) and its context's (`null` when the selector has
 * none, and then the quote's alone counts).
 */
export function passageScore(quoteSimilarity: number, contextSimilarity: number | null): number {
  return contextSimilarity === null ? quoteSimilarity : QUOTE_WEIGHT * quoteSimilarity + (1 - QUOTE_WEIGHT) * contextSimilarity;
}
