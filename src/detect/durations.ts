/**
 * Elapsed time a checker can verify by arithmetic against dates: "four
 * months after", "25 years after", "for three weeks", "the last eight
 * years", "a decade ago", "a 10-day truce", "a daylong shootout", "for
 * decades".
 */
import { HEDGE, NUMBER } from './numbers.js';
import { RANK, type Candidate } from './types.js';
import { LB, LETTERS, RB } from './words.js';

const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries|' + 'millenni(?:um|a))';
const UNIT_ONE = '(?:second|minute|hour|day|week|fortnight|month|year|decade|century|millennium)';

// A preposition or "the last" ties the figure to a span of time ("for
// three weeks", "over the past 30 years") rather than an amount.
const LEAD = '(?:(?:for|over|within|during|after|in)\\s+(?:the\\s+(?:past|last|next|first|previous|following|coming)\\s+)?|' + '(?:the\\s+)?(?:past|last|next|first|previous|following|coming)\\s+)';
// What the elapsed time is measured from or to.
const TRAIL = `(?:\\s+(?:after|before|ago|later|earlier|since|from\\s+now|in\\s+a\\s+row|running)${RB})`;

// The unit is captured so a capitalised one ("60 Minutes", a title) can be
// turned away: the regex is case-insensitive for "Four months".
const COUNTED = `${LB}${LEAD}?${HEDGE}${NUMBER}(?:\\s+and\\s+a\\s+half)?(?:\\s+(?:more|fewer|additional|long)\\s+|\\s+|-)(${UNIT})` + `(?:-(?:old|long)${RB}|${RB})${TRAIL}?`;

// "a year" alone is vague; with a trailing "ago"/"after" or a leading
// "for"/"within" it is a measured interval, and so are "for decades" and
// "in recent years".
const SINGLE =
  `${LB}(?:(?:(?:for|over|within)\\s+${HEDGE}(?:(?:a|an|half\\s+a)\\s+${UNIT_ONE}(?:\\s+and\\s+a\\s+half)?|` +
  `(?:decades|years|months|weeks|centuries))${RB}${TRAIL}?)|` +
  `(?:in\\s+recent\\s+(?:decades|years|months|weeks)${RB})|` +
  `(?:${HEDGE}(?:a|an|half\\s+a)\\s+${UNIT_ONE}(?:\\s+and\\s+a\\s+half)?${TRAIL}))`;

// "daylong", "decades-long"; never the tail of "one-and-a-half-year-old".
const COMPOUND = `(?<![${LETTERS}0-9_-])(?:(?:day|week|month|year|hour|night)long|` + `(?:decades?|years?|months?|weeks?|days?|hours?|centuries|century)-(?:long|old))${RB}`;

const DURATION = new RegExp(`${COUNTED}|${SINGLE}|${COMPOUND}`, 'gi');

/** Every elapsed time in `text`, as UTF-16 candidates. */
export function findDurations(text: string): Candidate[] {
  const out: Candidate[] = [];
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(text); m; m = DURATION.exec(text)) {
    const unit = m[1];
    if (unit !== undefined && unit[0] !== unit[0]!.toLowerCase()) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'duration', rank: RANK.duration });
  }
  return out;
}
