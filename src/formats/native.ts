/**
 * Factcheck Desk's own JSON, version 1: the article's text and every claim
 * with its selectors and record. This shape is a contract, published as
 * `schema/factcheck-annotations.v1.schema.json`. Reading it back
 * (`parseNative`) is in `native-read.ts`.
 */
import type { Article } from '../article/article.js';
import type { HistoryEntry, Source, StoredClaim } from '../claims/record.js';
import type { StatusId } from '../claims/status.js';
import { CONTEXT_LENGTH } from '../anchoring/selector.js';
import { inDocumentOrder } from './shared.js';

/** The value of `format` in every native export. */
export const NATIVE_FORMAT = 'factcheck-annotations';
/** The version this code writes and reads. */
export const NATIVE_VERSION = 1;
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
}

/** One claim as the native format carries it: a `StoredClaim`, field for field. */
export interface NativeClaim {
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
export type NativeParseResult =
  | { ok: true; value: { article: Article; claims: StoredClaim[] } }
  | { ok: false; errors: string[] };

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
  };
}

function copySource(source: Source): Source {
  return source.label === undefined ? { url: source.url } : { url: source.url, label: source.label };
}

const HISTORY_OPTIONAL = ['from', 'oldText', 'newText', 'event'] as const;

function copyHistoryEntry(entry: HistoryEntry): HistoryEntry {
  const out: HistoryEntry = { status: entry.status, at: entry.at, by: entry.by };
  for (const key of HISTORY_OPTIONAL) {
    if (entry[key] !== undefined) (out as unknown as Record<string, unknown>)[key] = entry[key];
  }
  return out;
}

