import { cpLength } from '../text/index.js';
import type { ContextScorer } from './context.js';
import { anchoredDistances, BitPattern, searchEnds, type EndMatch } from './myers.js';
import { APPROXIMATE_THRESHOLD, passageScore } from './score.js';
import { codePointBefore } from './surrogates.js';

// Nearness to the old position only orders candidates of near-equal score.
const POSITION_WEIGHT = 0.02;
// Edits elsewhere in the article shift a passage; this far (in UTF-16 units,
// beyond the quote's own length) around its old place is searched first.
const NEAR_RADIUS = 1024;
// The best few distinct end positions are examined in full; the rest would
// only be weaker copies of the same resemblance.
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
 * exact search failed, so it never reports an exact match.
 */
export function bestApproximateMatch(
  text: string,
  quote: string,
  context: ContextScorer,
  hint: { start: number; end: number } | null,
): ApproximateMatch | null {
  const length = cpLength(quote);
  const maxErrors = Math.floor(length * (1 - APPROXIMATE_THRESHOLD));
  // With no edit allowed only the exact quote could match, and it did not.
  if (maxErrors === 0) return null;
  const search: Search = {
    text,
    length,
    context,
    hint,
    maxErrors,
    pattern: new BitPattern(quote),
    reversed: new BitPattern(quote, true),
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

interface Search {
  text: string;
  /** The quote's length in code points. */
  length: number;
  context: ContextScorer;
  hint: { start: number; end: number } | null;
  maxErrors: number;
  pattern: BitPattern;
  reversed: BitPattern;
}

function bestIn(search: Search, spans: Array<[number, number]>): ApproximateMatch | null {
  const { text, length: m, context, hint, maxErrors } = search;
  let best: ApproximateMatch | null = null;
  let bestRank = -Infinity;
  const ends = spans.flatMap(([from, to]) => (from < to ? searchEnds(search.pattern, text, from, to, maxErrors) : []));
  for (const candidate of distinctEnds(text, ends)) {
    // The forward scan knows where a match ends; reading back from there
    // anchored at the end finds where it starts.
    const { end } = candidate;
    const distances = anchoredDistances(search.reversed, text, end, m + maxErrors, -1);
    let start = end;
    let at = end;
    let length = 0;
    let errors = Infinity;
    for (let j = 1; j < distances.length; j++) {
      at -= codePointBefore(text, at) > 0xffff ? 2 : 1;
      const d = distances[j]!;
      if (d < errors || (d === errors && Math.abs(j - m) < Math.abs(length - m))) {
        errors = d;
        length = j;
        start = at;
      }
    }
    const score = passageScore(1 - errors / m, context.total === 0 ? null : context.similarity(text, start, end));
    if (!(score > APPROXIMATE_THRESHOLD && score < 1)) continue;
    const nearness = hint === null ? 0 : 1 - Math.abs(start - hint.start) / Math.max(1, text.length);
    const rank = score + POSITION_WEIGHT * nearness;
    if (rank > bestRank) {
      best = { start, end, score };
      bestRank = rank;
    }
  }
  return best;
}

/**
 * One end per resemblance: a good match also ends well one character
 * earlier or later, so each run of consecutive ends keeps only its
 * fewest-error end, and only the best `MAX_CANDIDATES` runs are kept.
 */
function distinctEnds(text: string, ends: EndMatch[]): EndMatch[] {
  const picks: EndMatch[] = [];
  for (let i = 0; i < ends.length; ) {
    let pick = ends[i]!;
    let j = i;
    while (j + 1 < ends.length && ends[j + 1]!.end === ends[j]!.end + ((text.codePointAt(ends[j]!.end) ?? 0) > 0xffff ? 2 : 1)) {
      j++;
      if (ends[j]!.errors < pick.errors) pick = ends[j]!;
    }
    picks.push(pick);
    i = j + 1;
  }
  picks.sort((a, b) => a.errors - b.errors || a.end - b.end);
  return picks.slice(0, MAX_CANDIDATES);
}
