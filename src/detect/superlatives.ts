/**
 * Superlatives and records: "the first", "the largest", "Kosovo’s biggest",
 * "the only", "the most dangerous", "a record high", "all-time low",
 * "unprecedented", and comparisons with everything ("more than any other
 * state", "second to none", "the worst in history"). One counterexample disproves each, so they are among
 * the most checkable words in a story.
 *
 * Decisions:
 * - "only" counts as "the only" (or "one of only"): bare "only" is mostly
 *   a focus word ("not only", "only if").
 * - "the first time" is a superlative ("for the first time since 1999" is
 *   a claim); "the first day" or "the first year" is a date, not one.
 * - "the last" is not a superlative: it is mostly a date ("the last time").
 * - Only the article, third-person possessives and names take a
 *   superlative: "my oldest daughter" or "our top priority" is a
 *   speaker's own life or opinion, not a claim about the world.
 */
import { RANK, type Candidate } from './types.js';
import { LB, LETTERS, RB, UPPERS } from './words.js';

const ADJECTIVES =
  'largest|biggest|highest|lowest|smallest|greatest|fastest|slowest|longest|shortest|oldest|' +
  'youngest|richest|poorest|deadliest|strongest|weakest|wealthiest|cheapest|hottest|coldest|' +
  'warmest|safest|busiest|heaviest|earliest|tallest|deepest|widest|strictest|toughest|bloodiest|' +
  'costliest|fewest|broadest|harshest|steepest|sharpest|briefest|worst|best|most|least|first|only|' +
  'top|leading|single\\s+largest|single\\s+biggest';

// "the largest", "Kosovo’s biggest", "its first"; "most"/"least" take the
// adjective they grade ("the most dangerous").
const DETERMINED =
  `${LB}(?<det>[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[${UPPERS}][${LETTERS}.]*['’]s|world['’]s)\\s+` +
  `(?:(?:second|third|fourth|fifth|very|all-time|single)[\\s-]+)?` +
  `(?<adj>(?:most|least)\\s+[${LETTERS}][${LETTERS}-]*|(?:${ADJECTIVES})(?:-ever)?)${RB}(?:\\s+ever${RB})?`;

const RECORD =
  `${LB}(?:(?:an?\\s+|new\\s+)?(?:all-time|record)[-\\s](?:highs?|lows?|levels?|numbers?|breaking|setting)${RB}|` +
  `(?:set|sets|setting|broke|breaks|broken|hit|hits|reached|reach|reaches)\\s+(?:a|an|the|new)\\s+(?:new\\s+)?record${RB}|` +
  `record-[${LETTERS}]+|first-ever|unprecedented|never\\s+before|one\\s+of\\s+only|second\\s+to\\s+none|` +
  `than\\s+(?:anyone|anybody|anything|any\\s+other|ever(?:\\s+before)?)|in\\s+(?:our\\s+|the\\s+nation['’]s\\s+)?history)${RB}`;

const SUPERLATIVE = new RegExp(`${DETERMINED}|${RECORD}`, 'g');

const TIME_AFTER_FIRST = /^\s+(?:day|days|week|weeks|month|months|year|years|night|hour|hours|half|quarter|round)\b/;
const LOWER_WORD_AFTER = /^\s+[a-z\u00DF-\u00FF]/;

/** Every superlative in `text`, as UTF-16 candidates. */
export function findSuperlatives(text: string): Candidate[] {
  const out: Candidate[] = [];
  SUPERLATIVE.lastIndex = 0;
  for (let m = SUPERLATIVE.exec(text); m; m = SUPERLATIVE.exec(text)) {
    const end = m.index + m[0].length;
    const adj = m.groups!['adj'];
    if (adj !== undefined) {
      const after = text.slice(end, end + 12);
      // "the top exporter" is a superlative; "at the top" is a place, and
      // "its top" or "his leading" reads as a rank or a role.
      if ((adj === 'top' || adj === 'leading') && (!/^[Tt]he$/.test(m.groups!['det']!) || !LOWER_WORD_AFTER.test(after))) {
        continue;
      }
      if (adj === 'first' && TIME_AFTER_FIRST.test(after)) continue;
    }
    out.push({ start: m.index, end, kind: 'superlative', rank: RANK.superlative });
  }
  return out;
}
