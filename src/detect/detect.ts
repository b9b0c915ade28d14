/**
 * The claim detector: every finder runs once over the text, the flat
 * layer is resolved (see overlaps.ts), quotes are layered on top, and
 * UTF-16 offsets become code points.
 */
import { CodePointIndex } from '../text/codepoints.js';
import { findAttributions } from './attributions.js';
import { findDates } from './dates.js';
import { findDurations } from './durations.js';
import { findMoney } from './money.js';
import { layerQuotes, resolveFlat } from './overlaps.js';
import { findPercentages } from './percentages.js';
import { findQuantities } from './quantities.js';
import { findQuotes } from './quotes.js';
import { findSuperlatives } from './superlatives.js';
import type { Candidate, DetectedSpan } from './types.js';

/**
 * Finds the checkable stretches of `text`: money, quantities, percentages,
 * dates, durations, quotes (with adjacent attribution), attributions and
 * superlatives.
 *
 * Offsets count code points. Spans come in document order (by start, the
 * longer first when two start together) and never repeat. Apart from
 * quotes they never overlap; a quote may contain money, quantity,
 * percentage, date, duration and superlative spans, but never an
 * attribution (its own attribution is part of the quote span).
 *
 * Text only: no DOM, no editor. Throws a `RangeError` if `text` is not a
 * string.
 */
export function detectClaims(text: string): DetectedSpan[] {
  if (typeof text !== 'string') throw new RangeError('detectClaims needs the article text as a string.');
  if (text.length === 0) return [];
  const flat: Candidate[] = [...findMoney(text), ...findPercentages(text), ...findDurations(text), ...findDates(text), ...findQuantities(text), ...findSuperlatives(text), ...findAttributions(text)];
  const spans = layerQuotes(resolveFlat(flat, text.length), findQuotes(text), text.length);
  const index = new CodePointIndex(text);
  return spans.map((c) => ({
    start: index.toCodePoint(c.start),
    end: index.toCodePoint(c.end),
    kind: c.kind,
    text: text.slice(c.start, c.end),
  }));
}
