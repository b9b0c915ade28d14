/**
 * How numbers are written in news copy, as regex source fragments that the
 * money, percentage, duration and quantity finders share: digits with
 * thousands separators and decimals ("300,000", "2.3"), scale words
 * ("75 million", "2.3bn"), number words ("four", "twenty-five", "a dozen",
 * "two hundred and fifty"), vague plurals ("hundreds of thousands") and the
 * hedges that belong to a figure ("some 30", "more than 40").
 *
 * Every fragment is built so the regex engine cannot backtrack badly: each
 * repetition is separated by a required delimiter and guarded by a
 * lookahead, so a run of 100,000 digits is scanned once.
 */
import { LB, LETTERS, RB } from './words.js';

/** Number words below twenty, and zero ("zero in taxes"). */
export const UNIT_WORDS = 'nineteen|eighteen|seventeen|sixteen|fifteen|fourteen|thirteen|twelve|eleven|ten|' + 'nine|eight|seven|six|five|four|three|two|one|zero';
/** Tens from twenty. */
export const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** Scale words. */
export const SCALE_WORDS = 'hundred|thousand|million|billion|trillion';

/**
 * One number word: "seven", "twenty", "million", "dozen". "twenty-five" is
 * two atoms joined by the hyphen separator, never one atom as well: two
 * ways to read the same text would let a failed match retry every split.
 */
const WORD_ATOM = `(?:${TENS_WORDS}|${UNIT_WORDS}|${SCALE_WORDS}|dozen)${RB}`;

/**
 * A number in words. "and" is only read inside a number after a scale word
 * ("two hundred and fifty"), so "between two and three" stays two numbers.
 * "a"/"an" counts only before a scale ("a million", "a dozen"). At most
 * eight words: a longer run ("one one one …") would otherwise be re-read
 * from every word when what follows fails to match, which is quadratic.
 */
export const WORD_NUMBER = `(?:an?\\s+(?=(?:dozen|${SCALE_WORDS})${RB}))?${WORD_ATOM}` + `(?:(?:(?<=hundred|thousand|million|billion)\\s+and\\s+|\\s+|-)${WORD_ATOM}){0,7}`;

/**
 * A vague plural count, "hundreds", "tens of thousands", "millions": a
 * claim of magnitude that a checker can still test.
 */
export const VAGUE_NUMBER = `(?:tens|hundreds|thousands|millions|billions|trillions|dozens|scores)` + `(?:\\s+of\\s+(?:thousands|millions|billions))?${RB}`;

/** Digits, with thousands separators and a decimal part: "300,000", "2.3", "75". */
const DIGIT_CORE = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';

/**
 * Digits not glued to a word, a decimal point or another number: "F-35",
 * "COVID-19", "555-123-4567" and "1,2345" are not figures. Ranges "10-15"
 * and "10–15" are one figure. The three parts are exported apart so the
 * money finder can put a glued scale ("$5m") between body and guard.
 */
export const DIGITS_BEHIND = `(?<![${LETTERS}0-9_.,/'’]|[${LETTERS}0-9][-–]|\\d[ \\t])`;
/** Digits, possibly a range, possibly with a glued "bn": "10-15", "2.3bn". */
export const DIGITS_BODY = `${DIGIT_CORE}(?:[-–]${DIGIT_CORE})?(?:bn|tn|mn)?`;
/** Nothing that would make the digits part of a longer token. */
export const DIGITS_AHEAD = `(?![${LETTERS}0-9_]|[.,\\-–/:]\\d)`;
/** A figure in digits, guarded on both sides. */
export const DIGITS = `${DIGITS_BEHIND}${DIGITS_BODY}${DIGITS_AHEAD}`;

/** A scale word after digits: "75 million", "2.3 billion". */
const DIGIT_SCALE = `(?:\\s+(?:${SCALE_WORDS}|dozen)${RB})?`;

/** A figure: digits (with scale) or words or a vague plural. */
export const NUMBER = `(?:${DIGITS}${DIGIT_SCALE}|${LB}(?:${VAGUE_NUMBER}|${WORD_NUMBER}))`;

/**
 * Hedges that are part of the figure a checker tests: "some 30 militants"
 * is a different claim from "30 militants".
 */
export const HEDGE =
  `(?:${LB}(?:some|about|around|nearly|almost|roughly|approximately|more\\s+than|less\\s+than|` +
  `fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|over|under|as\\s+many\\s+as|as\\s+much\\s+as|` +
  `an\\s+estimated|just|only|close\\s+to|well\\s+over|upwards\\s+of)\\s+)?`;

const YEAR_LIKE = /^(?:1[5-9]\d\d|20\d\d)$/;

/** Whether a figure reads as a year ("2008"), which a count rarely is. */
export function isYearLike(figure: string): boolean {
  return YEAR_LIKE.test(figure);
}

const SMALL_WORD = new RegExp(`^(?:${UNIT_WORDS})$`, 'i');

/** Whether a figure is a single small number word ("two", "ten"). */
export function isSmallWordNumber(figure: string): boolean {
  return SMALL_WORD.test(figure);
}
