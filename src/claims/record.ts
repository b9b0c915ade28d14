import type { StatusId } from './status.js';

/** What a source is: a web page (the default), or evidence that has no page of its own. */
export const SOURCE_KINDS = ['web', 'interview', 'call', 'document', 'email'] as const;

/** One of `SOURCE_KINDS`. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * A source that supports or refutes a claim. `kind` absent means a web
 * page, which needs its `url`; an interview, a call, a document or an email
 * may have one (only http(s) addresses are kept) and is told apart by who
 * (`who`), when (`at`) and a label. See `sourceProblem`.
 */
export interface Source {
  url?: string;
  label?: string;
  kind?: SourceKind;
  /** Who was interviewed or called, who wrote the document or email. */
  who?: string;
  /** When: an ISO 8601 date or date and time. */
  at?: string;
}

/**
 * A question the checker sent the writer about a claim. Queries are never
 * deleted, only answered or withdrawn, so the record keeps the whole exchange.
 */
export interface Query {
  id: string;
  /** Whom it was sent to (the writer, an editor). */
  to: string;
  question: string;
  askedBy: string;
  askedAt: string;
  state: 'open' | 'answered' | 'withdrawn';
  answer?: string;
  answeredBy?: string;
  answeredAt?: string;
}

/** The second checker's confirmation of a verdict: who, and when. */
export interface SecondCheck {
  by: string;
  at: string;
}

/**
 * The version of a claim that lost a merge where both sides had changed
 * it: its status and note, under the name of whoever gave them (`by`) and
 * when (`at`), kept until the checker adopts or dismisses them.
 */
export interface OtherVersion {
  status: StatusId;
  note: string;
  by: string;
  at: string;
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
  /**
   * What happened, when it was not a status change: "text-changed",
   * "orphaned", "reattached", "confirmed", "imported", "merge-conflict",
   * and the desk's own (`DESK_EVENTS`): "assigned", "claimant",
   * "query-asked", "query-answered", "query-withdrawn", "second-check",
   * "adopted-other-version".
   */
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
  /** Who made the claim ("Defense Security Cooperation Agency"); ClaimReview's `itemReviewed.author`. */
  claimant?: string;
  /** The checker the claim is assigned to, by name. */
  assignee?: string;
  /** The fix the checker proposes to the writer, apart from the note. */
  suggestedFix?: string;
  /** Questions sent to the writer about this claim, oldest first. */
  queries?: Query[];
  /** The second checker's confirmation of the current verdict; cleared by any later status change. */
  secondCheck?: SecondCheck;
  /** The losing side of a merge where both sides changed the claim, to adopt or dismiss. */
  otherVersion?: OtherVersion;
  /**
   * The claim's words when its status was last set or confirmed (kept by
   * the claims plugin). While its words differ from them, a claim with a
   * status needs re-checking: every copy of a shared article works that out
   * from the same words, so all copies agree whoever edited what, when.
   * Absent on claims from before it was kept: their mark is kept as it is.
   */
  checkedText?: string;
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

/** A new random id for a claim (or a query): a UUID. */
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
