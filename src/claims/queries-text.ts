/**
 * "Copy open queries": every open query of an article as plain text that
 * can go in an email to the writer. Each is numbered, so the answer can
 * refer to it ("3. Yes, it was $57 million").
 */
import type { Query, StoredClaim } from './record.js';
import { openQueries } from './queries.js';
import { CodePointIndex } from '../text/codepoints.js';
import { sentenceAroundIndex } from '../text/sentence.js';

/** The longest sentence quoted around a claim, in code points: enough to find it in the copy. */
export const QUERY_SENTENCE_LENGTH = 240;

/** One numbered query of the text, so the UI can show the same number beside it. */
export interface NumberedQuery {
  n: number;
  claimId: string;
  queryId: string;
}

/** The email text and which query each number stands for. */
export interface OpenQueriesText {
  text: string;
  numbered: NumberedQuery[];
}

function day(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ') + (iso.length > 16 ? ' UTC' : '');
}

/**
 * The open queries of `claims` (claims in document order, orphans last;
 * each claim's queries in the order they were asked), numbered 1., 2., …,
 * each with the claim's words, the sentence around them in `articleText`
 * (an orphan's last known words only), the question, to whom, and who
 * asked when. Lines end with "\n". Empty text when no query is open.
 */
export function openQueriesText(articleText: string, claims: readonly StoredClaim[], title?: string): OpenQueriesText {
  const index = new CodePointIndex(articleText);
  const ordered = [...claims].sort((a, b) => Number(a.orphaned) - Number(b.orphaned) || a.start - b.start || a.end - b.end);
  const blocks: string[] = [];
  const numbered: NumberedQuery[] = [];
  for (const claim of ordered) {
    const open = openQueries(claim).sort((a: Query, b: Query) => (a.askedAt < b.askedAt ? -1 : a.askedAt > b.askedAt ? 1 : 0));
    for (const q of open) {
      const n = numbered.length + 1;
      numbered.push({ n, claimId: claim.id, queryId: q.id });
      const lines = [`${n}. “${claim.quote}”`];
      if (!claim.orphaned) lines.push(`   In: “${sentenceAroundIndex(index, claim.start, claim.end, QUERY_SENTENCE_LENGTH)}”`);
      else lines.push('   (These words are no longer in the article.)');
      lines.push(`   Question${q.to ? ` for ${q.to}` : ''}: ${q.question}`);
      lines.push(`   Asked by ${q.askedBy || 'a checker'} on ${day(q.askedAt)}`);
      blocks.push(lines.join('\n'));
    }
  }
  if (!blocks.length) return { text: '', numbered };
  const head = `Open queries${title ? ` on “${title}”` : ''} (${blocks.length}). Please answer by number.`;
  return { text: `${head}\n\n${blocks.join('\n\n')}\n`, numbered };
}
