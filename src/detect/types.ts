/**
 * What a detected span is evidence of. A fact-checker reads each kind
 * differently: figures are recomputed, dates looked up, quotes traced to
 * their source, superlatives ("the first", "the largest") disproved by one
 * counterexample.
 */
export type DetectKind = 'money' | 'quantity' | 'percentage' | 'date' | 'duration' | 'quote' | 'attribution' | 'superlative';

/** Every kind, in the order the UI lists them. */
export const DETECT_KINDS: readonly DetectKind[] = ['money', 'quantity', 'percentage', 'date', 'duration', 'quote', 'attribution', 'superlative'];

/**
 * A checkable stretch of an article's plain text. `start` and `end` count
 * Unicode code points (end exclusive), like every offset that leaves the
 * editor; `text` is that stretch, so `[...article].slice(start, end)
 * .join('') === text`.
 */
export interface DetectedSpan {
  start: number;
  end: number;
  kind: DetectKind;
  text: string;
}

/**
 * A span one finder proposes, in UTF-16 offsets (what `RegExp` reports).
 * `rank` decides overlaps: the higher rank wins, then the longer span.
 * @internal
 */
export interface Candidate {
  start: number;
  end: number;
  kind: DetectKind;
  rank: number;
}

/**
 * Overlap ranks. Money, percentages, durations and calendar dates say
 * exactly what their number measures, so they beat a plain count of the
 * same digits ("$75 million" over "75 million purchase"); a bare year loses
 * to a count ("2000 troops"); an attribution loses to a figure inside its
 * subject ("two officials said" keeps "two officials").
 * @internal
 */
export const RANK = {
  money: 5,
  percentage: 5,
  duration: 4,
  date: 4,
  quantity: 3,
  superlative: 3,
  year: 2,
  attribution: 2,
} as const;
