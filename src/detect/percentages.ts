/**
 * Shares, rates and multipliers: "12%", "12 percent", "12.5 per cent",
 * "3 percentage points", the ratios and fractions news copy uses instead
 * ("one in five", "two-thirds of"), and multipliers ("twice as much",
 * "three times more", "doubled"), which are rates of change a checker
 * recomputes the same way.
 */
import { HEDGE, NUMBER, UNIT_WORDS, TENS_WORDS } from './numbers.js';
import { RANK, type Candidate } from './types.js';
import { LB, RB } from './words.js';

const PERCENT = `${NUMBER}(?:\\s*%|[\\s-]*(?:percent|per\\s+cent|pct|percentage\\s+points?)${RB})`;

// A ratio's terms are small: "5 in 2008" is a count and a year, not a ratio.
const TERM = `(?:(?:${TENS_WORDS}|${UNIT_WORDS})${RB}|${LB}\\d{1,3}(?![\\d,.]))`;
const RATIO = `${LB}${TERM}\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?${TERM}`;

const PARTS = 'halves|half|thirds?|quarters?|fourths?|fifths?|tenths?';
// "two-thirds of", "half of": the "of" is required (so "half an hour" is
// not a share) but left out of the span.
const FRACTION = `${LB}(?:(?:one|two|three|four|a)[-\\s](?:${PARTS})|half)(?=\\s+of${RB})`;

// "twice as much", "three times as great", "four times higher", "five
// times the rate"; and the verbs of doubling.
const MULTIPLIER = `${LB}(?:(?:twice|thrice|${NUMBER}\\s+times)\\s+(?:as\\s+[a-z]+|more|less|the|[a-z]+er)|` + `doubled|doubling|tripled|tripling|quadrupled|halved|halving)${RB}`;

// The hedge ("more than", "about") is shared, read once per position.
const PERCENTAGE = new RegExp(`${HEDGE}(?:${PERCENT}|${RATIO}|${FRACTION}|${MULTIPLIER})`, 'gi');

/** Every share, rate or multiplier in `text`, as UTF-16 candidates. */
export function findPercentages(text: string): Candidate[] {
  const out: Candidate[] = [];
  PERCENTAGE.lastIndex = 0;
  for (let m = PERCENTAGE.exec(text); m; m = PERCENTAGE.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'percentage', rank: RANK.percentage });
  }
  return out;
}
