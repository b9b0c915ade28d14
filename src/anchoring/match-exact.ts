import { ContextScorer } from './context.js';
import { splitsPair } from './surrogates.js';

// Claims usually move by less than this (in UTF-16 units) between saves, so
// the quote is looked for this close to its old start before anywhere else.
const NEAR_RADIUS = 2048;

/**
 * Every UTF-16 offset where `quote` occurs in `text[from, to)`, overlapping
 * occurrences included ("ana" occurs twice in "bananas"), ascending.
 * Occurrences that would cut a surrogate pair in half are skipped.
 */
export function findOccurrences(text: string, quote: string, from = 0, to = text.length, limit = Infinity): number[] {
  const found: number[] = [];
  if (quote === '') return found;
  // indexOf cannot be told where to stop, so search a slice (V8 makes it a
  // view, not a copy) to keep a windowed search from running to the end.
  const haystack = from === 0 && to === text.length ? text : text.slice(from, to);
  for (let i = haystack.indexOf(quote); i !== -1; i = haystack.indexOf(quote, i + 1)) {
    const at = from + i;
    if (!splitsPair(text, at) && !splitsPair(text, at + quote.length)) found.push(at);
    if (found.length >= limit) break;
  }
  return found;
}

/**
 * The UTF-16 offset of the occurrence of `quote` whose surroundings best
 * agree with the remembered `prefix` and `suffix`, ties going to the one
 * nearest `hint` (the old start, in units) and then to the earliest; `null`
 * if the quote does not occur.
 */
export function bestExactMatch(text: string, quote: string, prefix: string, suffix: string, hint: number | null): number | null {
  const ranking = new Ranking(text, quote, prefix, suffix, hint);
  if (hint !== null) {
    const from = Math.max(0, hint - NEAR_RADIUS);
    const to = Math.min(text.length, hint + NEAR_RADIUS + quote.length);
    const near = ranking.best(findOccurrences(text, quote, from, to));
    // Whatever lies outside the window is farther from the hint, so it could
    // at best tie on context and then lose on nearness.
    if (near !== null && ranking.hasIntactContext(near)) return near;
    if (from === 0 && to === text.length) return near;
  }
  const everywhere = findOccurrences(text, quote);
  return everywhere.length === 1 ? everywhere[0]! : ranking.best(everywhere);
}

/** Orders occurrences by context agreement, then nearness to the hint, then position. */
class Ranking {
  private scorer: ContextScorer | undefined;

  constructor(
    private readonly text: string,
    private readonly quote: string,
    private readonly prefix: string,
    private readonly suffix: string,
    private readonly hint: number | null,
  ) {}

  /** Whether the remembered prefix and suffix both surround the occurrence at `at` unchanged. */
  hasIntactContext(at: number): boolean {
    const end = at + this.quote.length;
    return at >= this.prefix.length && this.text.startsWith(this.suffix, end) && this.text.startsWith(this.prefix, at - this.prefix.length);
  }

  best(occurrences: number[]): number | null {
    if (occurrences.length <= 1) return occurrences[0] ?? null;
    // Nearest first (then earliest), so a later occurrence must score
    // strictly higher to win: that lets most of a short quote's hundreds of
    // occurrences be passed over on their prefix alone.
    const hint = this.hint;
    const order = hint === null ? occurrences : [...occurrences].sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint) || a - b);
    let best = -1;
    let bestScore = -1;
    for (const at of order) {
      // Intact context scores the most there is (a string comparison
      // settles it): nothing after it can win, and nothing before it did.
      if (this.hasIntactContext(at)) return at;
      this.scorer ??= new ContextScorer(this.prefix, this.suffix);
      const before = this.scorer.prefixScore(this.text, at);
      if (before + this.scorer.suffixLength <= bestScore) continue;
      const score = before + this.scorer.suffixScore(this.text, at + this.quote.length);
      if (score > bestScore) {
        best = at;
        bestScore = score;
      }
    }
    return best;
  }
}
