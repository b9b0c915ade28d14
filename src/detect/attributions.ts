/**
 * Statements attributed to a source: "the agency said", "Defense Minister
 * Ejup Maqedonci said", "he said in a statement", "Serbia has denied",
 * "said the ministry", "according to the Defense Security Cooperation
 * Agency". The span is the source and the verb (and the channel, "in a
 * statement"), not what was said: what was said is the claim the other
 * kinds pick out, and the attribution is what the checker confirms with
 * the source.
 */
import { SPEECH_AUX, SPEECH_CHANNEL, SPEECH_VERBS } from './speech.js';
import { RANK, type Candidate } from './types.js';
import { DETERMINERS, LB, LETTERS, RB, UPPERS, STOPWORDS, SUBJECT_PRONOUNS, clauseEnd, isCapitalized, wordAfter, wordBefore } from './words.js';

// Case-sensitive: a verb of saying is lower case mid-sentence, and the
// capitals in "told Bloomberg News" must mean capitals.
const NAME = `[${UPPERS}][${LETTERS}.]*`;
const VERB = new RegExp(
  `${LB}(?<aux>(?:(?:${SPEECH_AUX})\\s+){0,2})(?<verb>${SPEECH_VERBS})${RB}` +
    `(?<told>(?<=told)\\s+(?:reporters|journalists|lawmakers|the\\s+press|${NAME}(?:\\s+${NAME}){0,3})${RB})?` +
    `(?:${SPEECH_CHANNEL}${RB})?`,
  'g',
);

const ACCORDING = /\baccording\s+to\b/gi;

const FIRST_SECOND_PERSON = /^(?:i|we|you)(?:['’](?:ve|d|ll|m|re))?$/;

/** Most words a source's name or title runs to ("the Defense Security Cooperation Agency"). */
const MAX_SOURCE_WORDS = 6;

/**
 * The start of the speaker before `pos`, or -1. A pronoun is a speaker on
 * its own ("he said"); otherwise names, titles and nouns are collected
 * leftwards up to a determiner ("the agency") or a function word.
 */
function speakerStart(text: string, pos: number): number {
  let w = wordBefore(text, pos);
  if (!w) return -1;
  const first = w.word.toLowerCase();
  if (SUBJECT_PRONOUNS.has(first)) return w.start;
  // "I said", "we've said", "you asked": the speaker's own voice, not a
  // source to check.
  if (FIRST_SECOND_PERSON.test(first)) return -1;
  if (STOPWORDS.has(first) || DETERMINERS.has(first) || /ly$/.test(first)) return -1;
  let start = w.start;
  for (let n = 1; n < MAX_SOURCE_WORDS; n++) {
    w = wordBefore(text, start);
    if (!w || w.end === start) break;
    const lower = w.word.toLowerCase();
    if (DETERMINERS.has(lower)) {
      start = w.start;
      break;
    }
    if (STOPWORDS.has(lower) || SUBJECT_PRONOUNS.has(lower)) break;
    start = w.start;
    // A possessive opens the phrase: "Kosovo’s defense chief".
    if (/['’]s$/.test(w.word)) break;
  }
  return start;
}

/**
 * The source after an inverted verb (", said the ministry", ", said
 * Maqedonci"): an optional determiner and up to a few words, up to the
 * next punctuation. Returns the end, or -1.
 */
function speakerEnd(text: string, pos: number): number {
  let w = wordAfter(text, pos);
  if (!w) return -1;
  let end = -1;
  let lower = w.word.toLowerCase();
  const determined = DETERMINERS.has(lower);
  if (!determined && !isCapitalized(w.word)) return -1;
  for (let n = 0; n < MAX_SOURCE_WORDS && w; n++) {
    lower = w.word.toLowerCase();
    if (n > 0 && (STOPWORDS.has(lower) || DETERMINERS.has(lower))) break;
    if (n > 0 && !determined && !isCapitalized(w.word)) break;
    end = w.end;
    w = wordAfter(text, w.end);
    if (w && w.start === end) break;
  }
  return DETERMINERS.has(text.slice(pos, end).trim().toLowerCase()) ? -1 : end;
}

/** An attribution and, within it, its source's words (UTF-16 offsets). */
export interface AttributionPart {
  start: number;
  end: number;
  source: { start: number; end: number };
}

/** Every attribution in `text`, as UTF-16 candidates. */
export function findAttributions(text: string): Candidate[] {
  return findAttributionParts(text).map(({ start, end }) => ({ start, end, kind: 'attribution', rank: RANK.attribution }));
}

/** `from` moved past spaces, up to `to`. */
function skipSpaces(text: string, from: number, to: number): number {
  while (from < to && /\s/.test(text[from]!)) from++;
  return from;
}

/** `to` moved back before spaces, down to `from`. */
function trimSpaces(text: string, from: number, to: number): number {
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return to;
}

/**
 * Every attribution in `text` with where its source is named: the speaker
 * before the verb ("the agency said"), after an inverted verb (", said the
 * ministry") or after "according to". UTF-16 offsets.
 */
export function findAttributionParts(text: string): AttributionPart[] {
  const out: AttributionPart[] = [];
  VERB.lastIndex = 0;
  for (let m = VERB.exec(text); m; m = VERB.exec(text)) {
    const verbStart = m.index;
    const end = m.index + m[0].length;
    const aux = m.groups!['aux']!;
    // "saying" needs "is"/"was": alone it has no speaker ("…, saying that").
    if (!aux && m.groups!['verb']!.endsWith('ing')) continue;
    const start = speakerStart(text, verbStart);
    if (start >= 0) {
      out.push({ start, end, source: { start, end: trimSpaces(text, start, verbStart) } });
      continue;
    }
    // Inverted order after a comma: "…, said the ministry."
    if (aux) continue;
    let i = verbStart;
    while (i > 0 && text[i - 1] === ' ') i--;
    if (text[i - 1] !== ',' || m.groups!['told'] !== undefined) continue;
    const sEnd = speakerEnd(text, end);
    if (sEnd > end) out.push({ start: verbStart, end: sEnd, source: { start: skipSpaces(text, end, sEnd), end: sEnd } });
  }
  ACCORDING.lastIndex = 0;
  for (let m = ACCORDING.exec(text); m; m = ACCORDING.exec(text)) {
    const from = m.index + m[0].length;
    let end = clauseEnd(text, from, 120);
    if (end < 0) continue;
    // Keep the source's name: at most eight words, never ending on a
    // function word.
    const words = [...text.slice(from, end).matchAll(/\S+/g)].slice(0, 8);
    while (words.length && STOPWORDS.has(words[words.length - 1]![0].toLowerCase())) words.pop();
    if (!words.length) continue;
    const last = words[words.length - 1]!;
    end = from + last.index + last[0].length;
    out.push({ start: m.index, end, source: { start: skipSpaces(text, from, end), end } });
  }
  return out;
}
