import type { ContextScorer } from './context.js';
import { anchoredDistances, type BitPattern, type EndMatch } from './myers.js';
import { APPROXIMATE_THRESHOLD, passageScore } from './score.js';
import { codePointBefore } from './surrogates.js';
import { edgeAt } from './word-edges.js';

/** What choosing a match's boundaries needs to know about the quote. */
export interface BoundarySearch {
  text: string;
  /** The quote's length in code points. */
  length: number;
  maxErrors: number;
  /** The quote's pattern, read backwards. */
  reversed: BitPattern;
  context: ContextScorer;
  /** `edgeAt` of the quote's start and end where it was described. */
  startEdge: number;
  endEdge: number;
}

/** A place the quote may occupy, in UTF-16 offsets, and how well it fits. */
interface Placement {
  start: number;
  end: number;
  score: number;
  /** Edits to prefix, quote and suffix together, in code points. */
  cost: number;
  /** Edits to the prefix and suffix alone. */
  contextCost: number;
  /** How many of the two edges are of the same kind as the quote's (0 to 2). */
  edges: number;
  /** Code points between the placement's length and the quote's. */
  gap: number;
}

/** Where a placement ends, and the edits to the suffix from there. */
interface Suffix {
  end: number;
  edits: number;
}

/**
 * The best acceptable placement of the quote among `ends` (one run of
 * consecutive end offsets of one resemblance, with their edit counts), or
 * `null` if none scores within (`APPROXIMATE_THRESHOLD`, 1).
 *
 * Cutting a changed character off a match costs the quote as many edits as
 * substituting it ("missilez" is one edit from both "missile" and
 * "missiles"), so the quote's edits alone cannot choose where a match ends
 * or starts. The context can: the cut character then stands between the
 * match and its suffix. Placements are ranked by the edits to prefix, quote
 * and suffix together, then by edges of the kind the quote had (whole words
 * for a quote of whole words), then by a length nearest the quote's, then by
 * the better-kept context.
 */
export function bestPlacement(search: BoundarySearch, ends: EndMatch[]): { start: number; end: number; score: number } | null {
  const { text, context } = search;
  // The ends whose quote and suffix edits together are fewest. The run's
  // fewest-edit end joins them: if their placements all fall below the
  // threshold, its own may not.
  let fewest = ends[0]!;
  for (const e of ends) if (e.errors < fewest.errors) fewest = e;
  let least = Infinity;
  let chosen: Suffix[] = [];
  let ofFewest: Suffix | undefined;
  for (const { end, errors } of ends) {
    if (errors > least && end !== fewest.end) continue;
    const edits = context.suffixLength - context.suffixScore(text, end);
    const suffix = { end, edits };
    if (end === fewest.end) ofFewest = suffix;
    if (errors + edits < least) {
      least = errors + edits;
      chosen = [];
    }
    if (errors + edits === least) chosen.push(suffix);
  }
  if (!chosen.includes(ofFewest!)) chosen.push(ofFewest!);
  let best: Placement | null = null;
  for (const suffix of chosen) best = bestStart(search, suffix, best);
  return best && { start: best.start, end: best.end, score: best.score };
}

/** `best`, or a better placement that ends at `suffix.end`. */
function bestStart(search: BoundarySearch, suffix: Suffix, best: Placement | null): Placement | null {
  const { text, length, maxErrors, context } = search;
  const { end } = suffix;
  // Anchored at the end, read back: entry j is the quote's edits to the j
  // code points before `end`.
  const distances = anchoredDistances(search.reversed, text, end, length + maxErrors, -1);
  const starts = new Int32Array(distances.length);
  let fewest = 0;
  starts[0] = end;
  for (let j = 1; j < distances.length; j++) {
    starts[j] = starts[j - 1]! - (codePointBefore(text, starts[j - 1]!) > 0xffff ? 2 : 1);
    if (fewest === 0 || distances[j]! < distances[fewest]!) fewest = j;
  }
  if (fewest === 0) return best;
  // Moving a start by one character changes the prefix's edits by at most
  // one, so the last prefix measured bounds those of the starts around it.
  let measured = fewest;
  let measuredEdits = 0;
  // Outwards from the start with the fewest edits (fewest, -1, +1, -2, +2,
  // …), so that the bounds are tight.
  for (let k = 0; k < 2 * distances.length; k++) {
    const j = k % 2 === 1 ? fewest - (k + 1) / 2 : fewest + k / 2;
    if (j < 1 || j >= distances.length) continue;
    const errors = distances[j]!;
    if (errors > maxErrors) continue;
    if (best !== null && errors + suffix.edits + Math.max(0, measuredEdits - Math.abs(j - measured)) > best.cost) continue;
    if (!(scoreOf(search, errors, suffix.edits) > APPROXIMATE_THRESHOLD)) continue;
    const start = starts[j]!;
    const prefixEdits = context.prefixLength - context.prefixScore(text, start);
    measured = j;
    measuredEdits = prefixEdits;
    const contextCost = prefixEdits + suffix.edits;
    const score = scoreOf(search, errors, contextCost);
    if (!(score > APPROXIMATE_THRESHOLD && score < 1)) continue;
    const placement: Placement = {
      start,
      end,
      score,
      cost: errors + contextCost,
      contextCost,
      edges: (edgeAt(text, start) === search.startEdge ? 1 : 0) + (edgeAt(text, end) === search.endEdge ? 1 : 0),
      gap: Math.abs(j - length),
    };
    if (best === null || isBetter(placement, best)) best = placement;
  }
  return best;
}

function scoreOf(search: BoundarySearch, errors: number, contextCost: number): number {
  const { total } = search.context;
  return passageScore(1 - errors / search.length, total === 0 ? null : 1 - contextCost / total);
}

function isBetter(a: Placement, b: Placement): boolean {
  if (a.cost !== b.cost) return a.cost < b.cost;
  if (a.edges !== b.edges) return a.edges > b.edges;
  if (a.gap !== b.gap) return a.gap < b.gap;
  return a.contextCost < b.contextCost;
}
