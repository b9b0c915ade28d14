import type { StatusId } from './status.js';

/** A source that supports or refutes a claim. Only http(s) URLs are kept. */
export interface Source {
  url: string;
  label?: string;
}

/** One status change, newest last. `from` is absent on the first entry. */
export interface HistoryEntry {
  status: StatusId;
  from?: StatusId;
  at: string;
  by: string;
  /** Set when the claim's words changed: the text before and after. */
  oldText?: string;
  newText?: string;
  /** What happened, when it was not a status change ("text-changed", "orphaned", "reattached", "confirmed"). */
  event?: string;
}

/**
 * Everything known about a claim except where it is. Where it is lives in
 * the claims plugin's DecorationSet while the article is open, and as
 * code-point offsets (`start`/`end`) everywhere else.
 */
export interface ClaimRecord {
  id: string;
  status: StatusId;
  note: string;
  sources: Source[];
  reviewer: string;
  createdAt: string;
  updatedAt: string;
  history: HistoryEntry[];
  /** The words changed after the status was set: the claim needs re-checking. */
  changed: boolean;
  /** The claim's text is gone from the article; it waits to be re-attached. */
  orphaned: boolean;
  /** The claim as a ClaimReview names it; empty means "derive from the sentence". */
  claimReviewed?: string;
  /** Where an orphan last was: its selectors in the article text it was lost from. */
  anchor?: QuoteSelector;
}

/** A TextQuoteSelector and TextPositionSelector in one: code points into the article's plain text. */
export interface QuoteSelector {
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/**
 * A claim outside the editor: its record plus its selectors, in code points
 * into the article's plain text. This is the shape storage and the formats use.
 */
export interface StoredClaim extends ClaimRecord, QuoteSelector {}

export function newClaimId(): string {
  return crypto.randomUUID();
}

/** A new record with status `unchecked`, created now by `reviewer`. */
export function createRecord(reviewer: string, now = new Date().toISOString(), id = newClaimId()): ClaimRecord {
  return {
    id,
    status: 'unchecked',
    note: '',
    sources: [],
    reviewer,
    createdAt: now,
    updatedAt: now,
    history: [{ status: 'unchecked', at: now, by: reviewer }],
    changed: false,
    orphaned: false,
  };
}
