/**
 * Factcheck Desk's own JSON, version 2: the article's text and every claim
 * with its selectors and record, and the desk's workflow (claimants,
 * assignees, queries, second checks, the sign-off, the newsroom's own
 * statuses). This shape is a contract, published as
 * `schema/factcheck-annotations.v2.schema.json` (version 1, still read, as
 * `…v1.schema.json`). Reading it back (`parseNative`) is in `native-read.ts`.
 */
import type { Article } from '../article/article.js';
import type { HistoryEntry, Source, StoredClaim } from '../claims/record.js';
import type { SignOff } from '../claims/signoff.js';
import type { StatusId, StatusInfo } from '../claims/status.js';
import { CONTEXT_LENGTH } from '../anchoring/selector.js';
import { inDocumentOrder } from './shared.js';

/** The value of `format` in every native export. */
export const NATIVE_FORMAT = 'factcheck-annotations';
/** The version this code writes; it reads this one and version 1. */
export const NATIVE_VERSION = 2;
/** The longest `prefix` or `suffix`, in code points: the anchoring core's context. */
export { CONTEXT_LENGTH };

/** The article as the native format carries it. */
export interface NativeArticle {
  id: string;
  title: string;
  text: string;
  url?: string;
  /** Optional in the format; written so that an import restores them. */
  createdAt?: string;
  updatedAt?: string;
  /** Who signed the article off and when, and whether anything changed since. */
  signOff?: SignOff;
  /** The newsroom's own statuses, when the article has a set of its own. */
  statuses?: StatusInfo[];
}

/** One claim as the native format carries it: a `StoredClaim`, field for field (the desk fields since version 2). */
export interface NativeClaim extends Pick<StoredClaim, 'claimant' | 'assignee' | 'suggestedFix' | 'queries' | 'secondCheck' | 'otherVersion'> {
  id: string;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  status: StatusId;
  note: string;
  sources: Source[];
  reviewer: string;
  createdAt: string;
  updatedAt: string;
  changed: boolean;
  orphaned: boolean;
  claimReviewed?: string;
  history: HistoryEntry[];
}

/** A whole native export file. */
export interface NativeExport {
  format: typeof NATIVE_FORMAT;
  version: typeof NATIVE_VERSION;
  exportedAt: string;
  article: NativeArticle;
  claims: NativeClaim[];
}

/** What `parseNative` gives back: the article and its claims, or every problem found. */
export type NativeParseResult = { ok: true; value: { article: Article; claims: StoredClaim[] } } | { ok: false; errors: string[] };

/**
 * The native export of `article` and its `claims`. Claims are written in
 * document order (by start, then end), orphaned claims last with their last
 * known place. Only the fields of the format are copied, so nothing else a
 * record might carry leaks into the file.
 */
export function exportNative(article: Article, claims: readonly StoredClaim[], exportedAt = new Date().toISOString()): NativeExport {
  const nativeArticle: NativeArticle = { id: article.id, title: article.title, text: article.text };
  if (article.url !== undefined) nativeArticle.url = article.url;
  nativeArticle.createdAt = article.createdAt;
  nativeArticle.updatedAt = article.updatedAt;
  if (article.signOff) nativeArticle.signOff = pick(article.signOff, ['by', 'at', 'stale', 'staleSince']);
  if (article.statuses) nativeArticle.statuses = article.statuses.map(copyStatus);
  return {
    format: NATIVE_FORMAT,
    version: NATIVE_VERSION,
    exportedAt,
    article: nativeArticle,
    claims: inDocumentOrder(claims).map(toNativeClaim),
  };
}

function toNativeClaim(claim: StoredClaim): NativeClaim {
  return {
    id: claim.id,
    quote: claim.quote,
    prefix: claim.prefix,
    suffix: claim.suffix,
    start: claim.start,
    end: claim.end,
    status: claim.status,
    note: claim.note,
    sources: claim.sources.map(copySource),
    reviewer: claim.reviewer,
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
    changed: claim.changed,
    orphaned: claim.orphaned,
    ...(claim.claimReviewed !== undefined ? { claimReviewed: claim.claimReviewed } : {}),
    history: claim.history.map(copyHistoryEntry),
    ...pick(claim, ['claimant', 'assignee', 'suggestedFix']),
    ...(claim.queries?.length ? { queries: claim.queries.map((q) => pick(q, QUERY_FIELDS)) } : {}),
    ...(claim.secondCheck ? { secondCheck: pick(claim.secondCheck, ['by', 'at']) } : {}),
    ...(claim.otherVersion ? { otherVersion: pick(claim.otherVersion, ['status', 'note', 'by', 'at']) } : {}),
  };
}

const QUERY_FIELDS = ['id', 'to', 'question', 'askedBy', 'askedAt', 'state', 'answer', 'answeredBy', 'answeredAt'] as const;

/**
 * The fields `keys` of `value` that are set, in that order: the file's key
 * order never depends on how a record was built, and nothing else leaks in.
 */
function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

function copySource(source: Source): Source {
  const out = pick(source, ['url', 'label', 'kind', 'who', 'at']);
  // A web page is the default kind: written without it, as a reader gives it back.
  if (out.kind === 'web') delete out.kind;
  return out;
}

function copyStatus(status: StatusInfo): StatusInfo {
  const out = pick(status, ['id', 'label', 'icon', 'colour', 'tint', 'line', 'resolved', 'rating', 'description']);
  if (status.rating) out.rating = pick(status.rating, ['alternateName', 'ratingValue']);
  return out;
}

const HISTORY_OPTIONAL = ['from', 'oldText', 'newText', 'event'] as const;

function copyHistoryEntry(entry: HistoryEntry): HistoryEntry {
  const out: HistoryEntry = { status: entry.status, at: entry.at, by: entry.by };
  for (const key of HISTORY_OPTIONAL) {
    if (entry[key] !== undefined) (out as unknown as Record<string, unknown>)[key] = entry[key];
  }
  return out;
}
