/**
 * Counts of something: a figure followed by what it counts ("246 Javelin
 * missiles", "24 launch units", "some 30 Serb militants", "four dead",
 * "8.5 million Americans", "1,000 more Border Patrol agents", "hundreds of
 * thousands of people"). Number words count: "two countries" is as
 * checkable as "2 countries".
 *
 * Not counts: a bare number with nothing after it, "one" ("one of",
 * "one thing"), an anaphoric small number ("the two countries" refers back
 * to countries already named), a year ("in 2008 Kosovo", "the 2008
 * election"), and vague nouns ("two things", "four specific things").
 * Figures followed by a unit of money, time or percent are left to those
 * finders. A figure in millions or more needs no noun ("he lost 1.6
 * million"); a partitive counts ("four of the eight Democrats"), and so
 * does a hyphenated count ("a 600-ship navy").
 */
import { HEDGE, NUMBER, isSmallWordNumber, isYearLike } from './numbers.js';
import { RANK, type Candidate } from './types.js';
import { STOPWORDS, isCapitalized, wordAfter, wordBefore, type WordAt } from './words.js';

const FIGURE = new RegExp(`${HEDGE}(${NUMBER})`, 'gi');

// Words after a figure that make it money, time or a share: other finders
// own those, and a count of "years" would duplicate a duration.
const UNIT_WORDS: ReadonlySet<string> = new Set(
  (
    'percent pct per percentage dollars dollar euros euro pounds pence cents cent yen yuan ' +
    'renminbi rupees rupee roubles rubles francs pesos dinars lira shekels bucks ' +
    'second seconds minute minutes hour hours day days week weeks fortnight fortnights month ' +
    "months year years decade decades century centuries am pm o'clock o’clock"
  ).split(' '),
);

// Nouns that count nothing checkable in speech ("two things", "three ways").
const VAGUE_NOUNS: ReadonlySet<string> = new Set(
  (
    'thing things way ways reason reasons question questions issue issues kind kinds sort sorts ' +
    'example examples word words option options choice choices time aspect aspects other others ' +
    'something anything everything nothing someone anyone everybody somebody minute moment ' +
    'percent point step'
  ).split(' '),
);

// Comparatives that sit between a figure and its noun ("1,000 more agents").
const COMPARATIVES: ReadonlySet<string> = new Set('more fewer less additional extra'.split(' '));

// Before a small number word, these make it refer back ("the two
// countries", "both sides") instead of counting afresh.
const ANAPHORIC: ReadonlySet<string> = new Set('the these those its their our his her my your all both'.split(' '));

// A year after one of these is a date ("in 2008 Kosovo declared").
const DATE_PREPOSITIONS: ReadonlySet<string> = new Set('in since by until from before after during of through between around circa'.split(' '));

const SIGN_BEFORE = /[$€£¥₹₽₩₺₪]\s?$/;

// Determiners after "of" that make a partitive ("four of the eight").
const PARTITIVE: ReadonlySet<string> = new Set('the these those their its our his her'.split(' '));
const NUMBER_WORD = new RegExp(`^(?:${NUMBER})`, 'i');
const SCALED = /(?:million|billion|trillion|\dbn|\dtn|\dmn)$/i;

function isNounLike(word: string): boolean {
  const w = word.toLowerCase();
  return !STOPWORDS.has(w) && !UNIT_WORDS.has(w) && !/ly$/.test(w);
}

/** The next word if it directly follows `pos` after spaces, else null. */
function next(text: string, pos: number): WordAt | null {
  const w = wordAfter(text, pos);
  return w && w.start > pos ? w : null;
}

/**
 * Where the noun phrase a figure counts ends, or -1. The phrase is a head
 * noun, possibly after capitalised modifiers ("Javelin missiles", "Border
 * Patrol agents") or one lower-case modifier ("launch units"): a second
 * lower-case word joins only if it looks like a plural noun.
 */
function countedEnd(text: string, first: WordAt, year: boolean): number {
  let w: WordAt | null = first;
  let lastCapital: WordAt | null = null;
  for (let n = 0; n < 3 && w && isCapitalized(w.word); n++) {
    if (!isNounLike(w.word)) return -1;
    lastCapital = w;
    w = next(text, w.end);
  }
  if (lastCapital) {
    // A year before a name is a date ("2008 Kosovo"); a figure before
    // capitalised words alone counts only a plural ("8.5 million
    // Americans"), not a name ("24 Belgrade").
    if (year) return -1;
    const head = w && !isCapitalized(w.word) && isNounLike(w.word) && /[^s]s$/.test(w.word) ? w : null;
    if (head && !VAGUE_NOUNS.has(head.word.toLowerCase())) return head.end;
    return /[^s'’]s$/.test(lastCapital.word) ? lastCapital.end : -1;
  }
  if (!w || !isNounLike(w.word) || VAGUE_NOUNS.has(w.word.toLowerCase())) return -1;
  // "the 2008 election" names an event; "2000 troops" counts.
  if (year && !/s$/.test(w.word)) return -1;
  const w2 = next(text, w.end);
  if (w2 !== null && !isCapitalized(w2.word) && isNounLike(w2.word) && !/(?:ed|ing)$/.test(w2.word) && /[^s]s$/.test(w2.word)) {
    return VAGUE_NOUNS.has(w2.word.toLowerCase()) ? -1 : w2.end;
  }
  return w.end;
}

/** Every count in `text`, as UTF-16 candidates. */
export function findQuantities(text: string): Candidate[] {
  const out: Candidate[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    const figure = m[1]!;
    const figureEnd = m.index + m[0].length;
    const figureStart = figureEnd - figure.length;
    const lower = figure.toLowerCase();
    if (lower === 'one' || lower === 'a' || lower === 'an') continue;
    if (SIGN_BEFORE.test(text.slice(Math.max(0, figureStart - 4), figureStart))) continue;
    const prevWord = wordBefore(text, m.index)?.word.toLowerCase();
    if (isSmallWordNumber(figure) && prevWord !== undefined && ANAPHORIC.has(prevWord)) continue;
    const year = isYearLike(figure);
    if (year && prevWord !== undefined && DATE_PREPOSITIONS.has(prevWord)) continue;

    let end = -1;
    let w: WordAt | null;
    if (text[figureEnd] === '-' && !year) {
      // "a 600-ship navy": the counted noun is glued on with a hyphen.
      w = wordAfter(text, figureEnd + 1);
      if (w && w.start === figureEnd + 1 && isNounLike(w.word)) {
        const noun = next(text, w.end);
        end = noun && !isCapitalized(noun.word) && isNounLike(noun.word) ? noun.end : w.end;
      }
    } else {
      w = next(text, figureEnd);
      if (w && w.word.toLowerCase() === 'of') {
        w = next(text, w.end);
        if (w && PARTITIVE.has(w.word.toLowerCase())) {
          // "four of the eight Democrats": skip the determiner and a
          // second figure.
          w = next(text, w.end);
          const second = w && NUMBER_WORD.exec(text.slice(w.start, w.start + 40));
          if (w && second) w = next(text, w.start + second[0].length);
        } else if (!/(?:s|dozen)$/i.test(figure)) {
          // Only a vague plural takes "of" directly ("hundreds of people").
          w = null;
        }
      }
      // "1,000 more Border Patrol agents"
      if (w && COMPARATIVES.has(w.word.toLowerCase())) w = next(text, w.end);
      if (w) end = countedEnd(text, w, year);
    }
    // "He lost 1.6 million.": a figure in millions is a claim on its own.
    if (end < 0 && SCALED.test(figure)) end = figureEnd;
    if (end > 0) out.push({ start: m.index, end, kind: 'quantity', rank: RANK.quantity });
  }
  return out;
}
