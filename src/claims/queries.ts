/**
 * Queries to the writer: the checker asks a question about a claim, the
 * writer's answer is typed in (with who and when), or the question is
 * withdrawn. A claim with an open query is unresolved work.
 */
import type { Command } from 'prosemirror-state';
import { newClaimId, type ClaimRecord, type Query } from './record.js';
import { updateRecord, withEntry } from './update.js';

/** The queries of a claim that wait for an answer. */
export function openQueries(record: Pick<ClaimRecord, 'queries'>): Query[] {
  return (record.queries ?? []).filter((q) => q.state === 'open');
}

/** How many queries of these claims wait for an answer. */
export function countOpenQueries(records: Iterable<Pick<ClaimRecord, 'queries'>>): number {
  let n = 0;
  for (const r of records) n += openQueries(r).length;
  return n;
}

/**
 * Asks the writer about claim `id`: a new open query to `to` with
 * `question`, asked by the reviewer now. Throws `RangeError` when the
 * question is empty; fails when the claim is unknown. `queryId` is for
 * tests and imports; a new one is made otherwise.
 */
export function askWriter(id: string, ask: { to: string; question: string }, queryId = newClaimId()): Command {
  const question = ask.question.trim();
  if (question === '') throw new RangeError('A query needs a question.');
  return updateRecord(id, (record, by, at) => {
    const query: Query = { id: queryId, to: ask.to.trim(), question, askedBy: by, askedAt: at, state: 'open' };
    return withEntry({ ...record, queries: [...(record.queries ?? []), query] }, { status: record.status, at, by, event: 'query-asked', newText: question });
  });
}

/** `record` with open query `queryId` changed by `change`, or null when there is no such open query. */
function closeQuery(record: ClaimRecord, queryId: string, change: (q: Query) => Query): ClaimRecord | null {
  const queries = record.queries ?? [];
  const i = queries.findIndex((q) => q.id === queryId);
  if (i < 0 || queries[i]!.state !== 'open') return null;
  return { ...record, queries: queries.map((q, j) => (j === i ? change(q) : q)) };
}

/**
 * Records the writer's answer to open query `queryId` of claim `id`,
 * typed in by the reviewer now (`answeredBy` is that reviewer, or `by`
 * when the answer is entered for someone else). Throws `RangeError` for an
 * empty answer; fails when the query is not open.
 */
export function answerQuery(id: string, queryId: string, answer: string, answeredBy?: string): Command {
  const text = answer.trim();
  if (text === '') throw new RangeError('An answer cannot be empty; withdraw the query instead.');
  return updateRecord(id, (record, by, at) => {
    const who = answeredBy?.trim() || by;
    const next = closeQuery(record, queryId, (q) => ({ ...q, state: 'answered', answer: text, answeredBy: who, answeredAt: at }));
    return next && withEntry(next, { status: record.status, at, by: who, event: 'query-answered', newText: text });
  });
}

/** Withdraws open query `queryId` of claim `id` (asked by mistake, or no longer needed); fails when it is not open. */
export function withdrawQuery(id: string, queryId: string): Command {
  return updateRecord(id, (record, by, at) => {
    const next = closeQuery(record, queryId, (q) => ({ ...q, state: 'withdrawn' }));
    const question = record.queries?.find((q) => q.id === queryId)?.question;
    return next && withEntry(next, { status: record.status, at, by, event: 'query-withdrawn', ...(question ? { oldText: question } : {}) });
  });
}
