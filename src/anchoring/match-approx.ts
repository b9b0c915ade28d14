import { cpLength } from '../text/codepoints.js';
import type { ContextScorer } from './context.js';
import { bestPlacement, type BoundarySearch } from './match-boundaries.js';
import { BitPattern, searchEnds, type EndMatch } from './myers.js';
import { APPROXIMATE_THRESHOLD } from './score.js';
import { edgeBetween } from './word-edges.js';

// Nearness to the old position only orders candidates of near-equal score.
const POSITION_WEIGHT = 0.02;
// Edits elsewhere in the article shift a passage; this far (in UTF-16 units,
// beyond the quote's own length) around its old place is searched first.
const NEAR_RADIUS = 1024;
// The best few resemblances are examined in full; the rest would only be
// weaker copies of the same one.
const MAX_CANDIDATES = 16;

/** An approximate match, in UTF-16 offsets. */
export interface ApproximateMatch {
  start: number;
  end: number;
  /** In (APPROXIMATE_THRESHOLD, 1). */
  score: number;
}

/**
 * The best approximate match of `quote` in `text`, looked for first around
 * `hint` (the old place, in UTF-16 offsets) and then in the whole text, or
 * `null` if none scores above `APPROXIMATE_THRESHOLD`. Meant to run after an
 * exact search failed, so it never reports an exact match. `prefix` and
 * `suffix` are the selector's context, which `context` scores; they also
 * tell whether the quote began and ended at a word's edges.
 */
export function bestApproximateMatch(text: string, quote: string, context: ContextScorer, hint: { start: number; end: number } | null, prefix: string, suffix: string): ApproximateMatch | null {
  const length = cpLength(quote);
  const maxErrors = Math.floor(length * (1 - APPROXIMATE_THRESHOLD));
  // With no edit allowed only the exact quote could match, and it did not.
  if (maxErrors === 0) return null;
  const search: Search = {
    text,
    length,
    maxErrors,
    context,
    reversed: new BitPattern(quote, true),
    startEdge: edgeBetween(prefix, quote),
    endEdge: edgeBetween(quote, suffix),
    hint,
    pattern: new BitPattern(quote),
  };
  if (hint) {
    const radius = quote.length + maxErrors + NEAR_RADIUS;
    const from = Math.max(0, hint.start - radius);
    const to = Math.min(text.length, hint.end + radius);
    const near = bestIn(search, [[from, to]]);
    if (near || (from === 0 && to === text.length)) return near;
    // Nothing near: the rest of the text, not the window again (a match
    // across the window's edges is still seen from one side or the other).
    const reach = quote.length + maxErrors;
    return bestIn(search, [
      [0, Math.min(text.length, from + reach)],
      [Math.max(0, to - reach), text.length],
    ]);
  }
  return bestIn(search, [[0, text.length]]);
}

interface Search extends BoundarySearch {
  hint: { start: number; end: number } | null;
  pattern: BitPattern;
}

function bestIn(search: Search, spans: Array<[number, number]>): ApproximateMatch | null {
  const { text, hint, maxErrors } = search;
  let best: ApproximateMatch | null = null;
  let bestRank = -Infinity;
  const ends = spans.flatMap(([from, to]) => (from < to ? searchEnds(search.pattern, text, from, to, maxErrors) : []));
  for (const run of bestRuns(text, ends)) {
    const match = bestPlacement(search, run);
    if (match === null) continue;
    const nearness = hint === null ? 0 : 1 - Math.abs(match.start - hint.start) / Math.max(1, text.length);
    const rank = match.score + POSITION_WEIGHT * nearness;
    if (rank > bestRank) {
      best = match;
      bestRank = rank;
    }
  }
  return best;
}

/**
 * The ends grouped by resemblance, the best `MAX_CANDIDATES` groups first:
 * a good match also ends well one character earlier or later, so a run of
 * consecutive ends is one resemblance, ranked by its fewest edits.
 */
function bestRuns(text: string, ends: EndMatch[]): EndMatch[][] {
  const runs: { from: number; to: number; errors: number }[] = [];
  for (let i = 0; i < ends.length;) {
    let j = i;
    let errors = ends[i]!.errors;
    while (j + 1 < ends.length && ends[j + 1]!.end === ends[j]!.end + ((text.codePointAt(ends[j]!.end) ?? 0) > 0xffff ? 2 : 1)) {
      j++;
      errors = Math.min(errors, ends[j]!.errors);
    }
    runs.push({ from: i, to: j + 1, errors });
    i = j + 1;
  }
  runs.sort((a, b) => a.errors - b.errors || a.from - b.from);
  return runs.slice(0, MAX_CANDIDATES).map((run) => ends.slice(run.from, run.to));
}
