/**
 * Shared word-level building blocks: regex fragments for word edges, word
 * lists, and small scanners that step one word left or right of an offset
 * (these scanners know every script's letters, so "Vučić said" reads whole).
 */

// The finders' regexes run without the `u` flag: V8 scans an article about
// ten times faster without it. So word edges are the ASCII `\b` (number
// words, month names and verbs are ASCII; a figure glued to an accented
// letter is vanishingly rare in English copy) and letters are spelled as
// Latin ranges rather than `\p{L}`.

/** Regex source: the start of a word. */
export const LB = '\\b';
/** Regex source: the end of a word. */
export const RB = '\\b';
/** Regex class body: Latin letters, with accents. */
export const LETTERS = 'A-Za-z\\u00C0-\\u024F';
/** Regex class body: Latin capitals, with accents (Latin-1). */
export const UPPERS = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE';
/** Regex source for one word: letters, with inner apostrophes and hyphens. */
export const WORD = `[${LETTERS}][${LETTERS}'’\\-]*`;

/**
 * Function words. A number followed by one of these counts nothing
 * ("one of", "two or three", "30 were"), and a speaker's name never ends on
 * one.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet of in on at to for with by from into onto over under about ' +
    'after before since until than then as if that this these those which who whom whose what ' +
    'when where why how is are was were be been being am has have had do does did will would ' +
    'shall should can could may might must it its he she they we i you me him her them us my ' +
    'your our their his not no more less most least per each every other another such also just ' +
    'only even now here there very too up down out off again ago all both either neither any ' +
    'some many much few several ones plus minus vs versus via against among between through ' +
    'during without within while because though although unless whether like including ' +
    "whereas i'm it's that's there's he's she's we're they're you're don't"
  ).split(' '),
);

/**
 * Third-person subject pronouns that stand for a source ("he said", "they
 * told"); "I", "we" and "you" are the writer's or speaker's own voice.
 */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set("he she they it who he'd she'd they'd they've he’d she’d they’d they’ve".split(' '));

/** Determiners and possessives that open a noun phrase ("the agency", "his office"). */
export const DETERMINERS: ReadonlySet<string> = new Set('the a an his her its their our my your this these those'.split(' '));

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'mr mrs ms dr gen sen rep gov st lt col sgt capt cmdr adm prof inc ltd co corp jr sr vs no ' +
    'pres mt ft etc approx est dept univ'
  ).split(' '),
);

const LETTER = /[\p{L}\p{M}]/u;

// Scans stop after this many units, so a pathological run ("twenty-two-
// twenty-two-…" or a page of spaces) costs a constant per call instead of
// its whole length, which would make the finders quadratic.
const MAX_WORD = 48;
const MAX_GAP = 16;
const UPPER = /^\p{Lu}/u;

/** Whether a word starts with a capital letter (a name, or a sentence start). */
export function isCapitalized(word: string): boolean {
  return UPPER.test(word);
}

function isWordChar(c: string): boolean {
  return c === "'" || c === '’' || c === '-' || LETTER.test(c);
}

/** A word found next to an offset: its UTF-16 range and its text. */
export interface WordAt {
  start: number;
  end: number;
  word: string;
}

/**
 * The word that ends at `pos`, possibly after spaces or tabs (not line
 * breaks: a word in another paragraph belongs to another sentence).
 * Returns null when punctuation or a line break comes first. Words longer
 * than 48 units are cut, which only happens to junk.
 */
export function wordBefore(text: string, pos: number): WordAt | null {
  let i = pos;
  const spaceLimit = Math.max(0, pos - MAX_GAP);
  while (i > spaceLimit && (text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\u00a0')) i--;
  const end = i;
  const limit = Math.max(0, end - MAX_WORD);
  while (i > limit && isWordChar(text[i - 1]!)) i--;
  // A leading apostrophe or hyphen belongs to punctuation, not the word.
  while (i < end && !LETTER.test(text[i]!)) i++;
  if (i === end) return null;
  return { start: i, end, word: text.slice(i, end) };
}

/** The word that starts at `pos`, possibly after spaces or tabs; null otherwise. */
export function wordAfter(text: string, pos: number): WordAt | null {
  let i = pos;
  const spaceLimit = Math.min(text.length, pos + MAX_GAP);
  while (i < spaceLimit && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i++;
  const start = i;
  if (i >= text.length || !LETTER.test(text[i]!)) return null;
  const limit = Math.min(text.length, start + MAX_WORD);
  while (i < limit && isWordChar(text[i]!)) i++;
  // A trailing hyphen or apostrophe ("Serbs’") is punctuation.
  let end = i;
  while (end > start && !LETTER.test(text[end - 1]!)) end--;
  return { start, end, word: text.slice(start, end) };
}

/**
 * Whether the full stop at `dot` ends a sentence. It does not after an
 * abbreviation ("Jan.", "Gen.") or an initial ("U.S.", "J. Smith"), so
 * "said on Jan. 11." reads as one clause.
 */
export function isSentenceStop(text: string, dot: number): boolean {
  const before = wordBefore(text, dot);
  if (!before || before.end !== dot) return true;
  const w = before.word.toLowerCase();
  if (w.length === 1) return false;
  return !ABBREVIATIONS.has(w);
}

/** Characters that end a clause outright. */
const CLAUSE_STOPS = new Set([',', ';', ':', '!', '?', '\n', '“', '”', '"', '(', ')', '—', '–']);

/**
 * Where the clause starting at `from` ends (exclusive, trailing spaces
 * trimmed): the first comma, semicolon, colon, dash, quote mark, line break
 * or sentence-ending full stop. Returns -1 when none comes within `max`
 * units, so an attribution is never stretched over a run-on paragraph.
 */
export function clauseEnd(text: string, from: number, max: number): number {
  const limit = Math.min(text.length, from + max);
  let i = from;
  for (; i < limit; i++) {
    const c = text[i]!;
    if (CLAUSE_STOPS.has(c)) break;
    if (c === '.' && isSentenceStop(text, i)) break;
  }
  if (i === limit && limit !== text.length) return -1;
  while (i > from && /\s/.test(text[i - 1]!)) i--;
  return i;
}

/**
 * Where the clause ending at `to` starts: just after the previous comma,
 * semicolon, colon, quote mark, line break or sentence end, leading spaces
 * skipped. Returns -1 when none comes within `max` units.
 */
export function clauseStart(text: string, to: number, max: number): number {
  const limit = Math.max(0, to - max);
  let i = to;
  for (; i > limit; i--) {
    const c = text[i - 1]!;
    if (CLAUSE_STOPS.has(c)) break;
    if (c === '.' && isSentenceStop(text, i - 1)) break;
  }
  if (i === limit && limit !== 0) return -1;
  while (i < to && /\s/.test(text[i]!)) i++;
  return i;
}
