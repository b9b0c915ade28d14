/**
 * Kind families, for scoring a detector against hand labels. A figure may
 * be read as money by one reader and as a count by another ("75 million
 * dollars"), and a duration and a date name the same point in time ("four
 * months after"), so scoring compares families, not kinds.
 */
import type { DetectKind, DetectedSpan } from './types.js';

/** A group of kinds that score as the same. */
export type KindFamily = 'figure' | 'time' | 'quote' | 'attribution' | 'superlative';

const FAMILY: Record<DetectKind, KindFamily> = {
  money: 'figure',
  quantity: 'figure',
  percentage: 'figure',
  date: 'time',
  duration: 'time',
  quote: 'quote',
  attribution: 'attribution',
  superlative: 'superlative',
};

/** The family a kind scores in. */
export function kindFamily(kind: DetectKind): KindFamily {
  return FAMILY[kind];
}

/**
 * The matching rule for evaluation: a detected span matches a labelled
 * span when they share at least one code point and their kinds are in the
 * same family.
 */
export function spansMatch(a: Pick<DetectedSpan, 'start' | 'end' | 'kind'>, b: Pick<DetectedSpan, 'start' | 'end' | 'kind'>): boolean {
  return a.start < b.end && b.start < a.end && FAMILY[a.kind] === FAMILY[b.kind];
}
