/**
 * Points in time as news copy writes them: AP month abbreviations
 * ("Jan. 11", "Sept. 24"), full dates ("March 3, 2024", "3 March 2024"),
 * months and weekdays with their preposition ("in October", "on Monday"),
 * years ("in 2008"), decades ("the 1990s"), numeric dates ("2024-03-11"),
 * relative dates ("last week") and clock times ("at 3 p.m.").
 *
 * Month and weekday names are matched case-sensitively so "may" and
 * "march" the verbs never match; "May" and "March" alone still need a
 * preposition ("in May").
 */
import { RANK, type Candidate } from './types.js';
import { LB, LETTERS, RB, wordBefore } from './words.js';

const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
// AP abbreviations, with or without the full stop; alone they are too
// ambiguous ("Mar", "Dec" as names), so they only match before a day or year.
const MONTH_ABBR = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const MONTH = `(?:(?:${MONTH_FULL})${RB}|${MONTH_ABBR}(?![${LETTERS}]))`;
const DAY = `(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![${LETTERS}0-9]|[.,:]\\d)`;
const YEAR_CORE = '(?:1[5-9]\\d\\d|20\\d\\d)';
const YEAR = `${YEAR_CORE}(?![${LETTERS}0-9_]|[.,]\\d)`;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?';

// The preposition is part of the claim a checker reads ("on Monday", "in
// October", "since 2008"), so the span keeps it.
const LEAD =
  '(?:(?:[Oo]n|[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Tt]hrough|[Ee]arly|[Ll]ate|' +
  '[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier\\s+this|[Ll]ater\\s+this|[Aa]s\\s+of|[Ee]arly\\s+on)\\s+|' +
  '[Mm]id-|[Mm]id\\s+)';
const LEAD_WORDS = /^(?:on|in|since|until|by|from|during|through|early|late|last|next|this|of|mid|before|after|between)$/i;

const PARTS: readonly [string, string][] = [
  // "Jan. 11", "March 3, 2024", "Sept. 24"
  ['day', `${MONTH}\\s*${DAY}(?:,?\\s+${YEAR})?`],
  // "3 March 2024", "24th of September"
  ['day', `${LB}${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?`],
  // "October 2023", "March of 2020"
  ['day', `${MONTH}\\s*,?\\s+(?:of\\s+)?${YEAR}`],
  // "in October"; checked for ambiguous names below
  ['month', `(?:${MONTH_FULL})${RB}`],
  ['day', `${WEEKDAY}${RB}(?:\\s+(?:morning|afternoon|evening|night)${RB})?`],
  // ISO and slashed numeric dates
  ['day', `${LB}(?:${YEAR_CORE}-[01]\\d-[0-3]\\d|[01]?\\d/[0-3]?\\d/(?:${YEAR_CORE}|\\d\\d))(?![0-9/-])`],
  // "the 1990s", "the mid-1980s", "the ’90s"
  ['day', `(?:${LB}the\\s+(?:(?:early|mid|late)[-\\s])?)?(?:${LB}(?:1[5-9]|20)\\d0s|['’]\\d0s)${RB}`],
  // "the 20th century", "the twenty-first century"
  ['day', `${LB}the\\s+(?:\\d{1,2}(?:st|nd|rd|th)|twenty-first|twentieth|nineteenth|eighteenth)\\s+century${RB}`],
  // "last week", "this year"
  ['day', `${LB}(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier\\s+this|[Ll]ater\\s+this)\\s+` + `(?:week|weekend|month|year|spring|summer|fall|autumn|winter|decade|century|quarter)${RB}`],
  ['day', `${LB}[Yy]esterday${RB}`],
  // clock times
  ['day', `${LB}(?:[01]?\\d(?::[0-5]\\d)?\\s?(?:a\\.m\\.|p\\.m\\.|am${RB}|pm${RB})|[01]?\\d\\s+o['’]clock${RB}|noon${RB}|midnight${RB})`],
  // a year and year ranges: "2008", "2019-20", "2008–2010"
  ['year', `(?<![${LETTERS}0-9_.,/$€£¥©'’]|[${LETTERS}0-9][-–]|\\d\\s)${YEAR_CORE}(?:[-–](?:${YEAR_CORE}|\\d\\d))?` + `(?![${LETTERS}0-9_]|[.,:/-]\\d)`],
];

// One regex, one named group per alternative kind; the lead is shared.
const DATE = new RegExp(`(?:${LB}${LEAD})?(?:${PARTS.map(([k, src], i) => `(?<${k}${i}>${src})`).join('|')})`, 'g');

const AMBIGUOUS_MONTHS = new Set(['May', 'March', 'June', 'April', 'August']);

/** Every point in time in `text`, as UTF-16 candidates. */
export function findDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const groups = m.groups!;
    let kind = 'day';
    let core = '';
    for (const name in groups) {
      const v = groups[name];
      if (v !== undefined) {
        kind = name.replace(/\d+$/, '');
        core = v;
        break;
      }
    }
    const hasLead = core.length !== m[0].length;
    if (kind === 'month' && AMBIGUOUS_MONTHS.has(core) && !hasLead) {
      // "May" alone is a verb or a name; "last May" or "in May" is a date.
      const prev = wordBefore(text, start);
      if (!prev || !LEAD_WORDS.test(prev.word)) continue;
    }
    if (kind === 'year') {
      // A copyright line ("Copyright 2024") is not a claim.
      const prev = wordBefore(text, start);
      if (prev && /^copyright$/i.test(prev.word)) continue;
    }
    out.push({ start, end, kind: 'date', rank: kind === 'year' && !hasLead ? RANK.year : RANK.date });
  }
  return out;
}
