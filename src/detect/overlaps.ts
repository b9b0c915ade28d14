/**
 * How overlapping candidates become one reading of the text.
 *
 * All kinds but `quote` form one flat layer with no overlaps: candidates
 * are taken by rank (see `RANK`), then length, then position, and each is
 * kept only if none of its characters is already taken. So "$75 million"
 * (money) beats "75 million purchase" (a count), "four months after"
 * (duration) beats "four months", and "March 3, 2024" beats "2024".
 *
 * Quotes form a second layer on top: a quote span may contain flat spans
 * (a figure or date inside a quotation is checked on its own), except
 * attributions, which the quote span already carries.
 */
import type { Candidate } from './types.js';

function byPriority(a: Candidate, b: Candidate): number {
  return b.rank - a.rank || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

/**
 * The flat candidates that survive, non-overlapping, in no particular
 * order. `length` is the text's UTF-16 length.
 */
export function resolveFlat(candidates: Candidate[], length: number): Candidate[] {
  if (candidates.length < 2) return candidates.slice();
  const sorted = candidates.slice().sort(byPriority);
  // One byte per UTF-16 unit: marking and testing ranges costs the summed
  // length of the spans, far less than comparing every pair.
  const taken = new Uint8Array(length);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept;
}

/**
 * Flat spans with attributions inside a quote removed, merged with the
 * quotes, in document order: by start, then the longer first (a quote
 * before the spans it contains).
 */
export function layerQuotes(flat: Candidate[], quotes: Candidate[], length: number): Candidate[] {
  let merged: Candidate[] = flat;
  if (quotes.length) {
    const quoted = new Uint8Array(length);
    for (const q of quotes) quoted.fill(1, q.start, q.end);
    merged = flat.filter((c) => {
      if (c.kind !== 'attribution') return true;
      for (let i = c.start; i < c.end; i++) if (quoted[i]) return false;
      return true;
    });
    merged = merged.concat(quotes);
  }
  return merged.sort((a, b) => a.start - b.start || b.end - a.end);
}
