/**
 * Who made a claim, read from an attribution in the same sentence:
 * "Defense Minister Ejup Maqedonci said …" gives "Ejup Maqedonci", "…, the
 * Defense Security Cooperation Agency said in a statement" gives "Defense
 * Security Cooperation Agency". Text only, offsets in code points, like
 * every detector.
 *
 * The name is trimmed so it can stand as ClaimReview's `itemReviewed.author`:
 * a leading article ("the", "a") goes; a title before a person's name goes
 * too ("Defense Minister", "Serbian President", "US ambassador"), when
 * capitalised name words follow it. A title with no name after it stays
 * whole ("Kosovo’s defense chief"), as does an organisation's name. A
 * pronoun ("he said") names no one, so it gives null.
 */
import { CodePointIndex } from '../text/codepoints.js';
import { sentenceBounds } from '../text/sentence.js';
import { findAttributionParts } from './attributions.js';
import { DETERMINERS, SUBJECT_PRONOUNS, isCapitalized } from './words.js';

/** Words that are a person's title, not their name (compared lower-case, without a final full stop). */
const TITLES = new Set([
  'minister',
  'president',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'ambassador',
  'senator',
  'sen',
  'rep',
  'representative',
  'gov',
  'governor',
  'gen',
  'general',
  'chancellor',
  'mayor',
  'chief',
  'director',
  'chairman',
  'chairwoman',
  'chair',
  'ceo',
  'commissioner',
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'professor',
  'judge',
  'king',
  'queen',
  'leader',
  'official',
  'adviser',
  'advisor',
  'envoy',
  'premier',
  'lawmaker',
  'analyst',
  'economist',
  'officer',
]);

/** A source's words made into a name (see the module comment), or null when they name no one. */
export function claimantName(source: string): string | null {
  let words = source.trim().split(/\s+/).filter(Boolean);
  while (words.length && DETERMINERS.has(words[0]!.toLowerCase())) words = words.slice(1);
  if (words.length === 0) return null;
  if (words.length === 1 && SUBJECT_PRONOUNS.has(words[0]!.toLowerCase())) return null;
  let lastTitle = -1;
  words.forEach((w, i) => {
    if (TITLES.has(w.toLowerCase().replace(/\.$/, ''))) lastTitle = i;
  });
  const name = words.slice(lastTitle + 1);
  if (lastTitle >= 0 && name.length > 0 && name.every(isCapitalized)) words = name;
  const out = words.join(' ').replace(/[,;:]+$/, '');
  return out === '' ? null : out;
}

/**
 * The claimant of the claim at code points `start`…`end` of `text`: the
 * source of the attribution nearest to the claim in the same sentence,
 * made into a name by `claimantName`; null when the sentence has no
 * attribution or its source is a pronoun. Throws `RangeError` when the
 * offsets are not a range inside the text.
 */
export function claimantFor(text: string, start: number, end: number): string | null {
  const index = new CodePointIndex(text);
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= index.cpLength)) {
    throw new RangeError(`${start}–${end} is not a range of code points inside the text (0–${index.cpLength}).`);
  }
  const sentence = sentenceBounds(index, start, end);
  const from = index.toUnit(sentence.start);
  const to = index.toUnit(sentence.end);
  const claimFrom = index.toUnit(start);
  const claimTo = index.toUnit(end);
  // Attributions are found in the sentence alone: one in the next sentence
  // must not reach back into this one.
  const sentenceText = text.slice(from, to);
  let best: { distance: number; name: string | null } | null = null;
  for (const part of findAttributionParts(sentenceText)) {
    const a = from + part.start;
    const b = from + part.end;
    const distance = b <= claimFrom ? claimFrom - b : a >= claimTo ? a - claimTo : 0;
    if (best && best.distance <= distance) continue;
    best = { distance, name: claimantName(sentenceText.slice(part.source.start, part.source.end)) };
  }
  return best?.name ?? null;
}
