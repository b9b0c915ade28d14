import * as Y from 'yjs';
import type { Node } from 'prosemirror-model';
import { prosemirrorToYXmlFragment } from 'y-prosemirror';
import type { ArticleMeta } from '../article/article.js';
import type { ClaimRecord } from '../claims/record.js';
import { writeRecord } from './records.js';

/**
 * The shared document of one article (its name is the article's id). The
 * server keeps it without understanding it; every copy reads it the same way:
 * - `prosemirror`: the article's text, with its claims as `claim` marks;
 * - `claims`: claim id → the claim's record, field by field;
 * - `article`: the title, URL and times, for the team's list of articles.
 */
export const FRAGMENT = 'prosemirror';
export const CLAIMS = 'claims';
export const ARTICLE = 'article';

/** The claims of a shared article: id → the record's fields. */
export type ClaimsMap = Y.Map<Y.Map<unknown>>;

export function articleFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(FRAGMENT);
}

export function claimsMap(doc: Y.Doc): ClaimsMap {
  return doc.getMap(CLAIMS);
}

export function articleMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ARTICLE);
}

/** The article's title and times as the shared document has them (empty until it has synced). */
export function sharedMeta(doc: Y.Doc): Partial<ArticleMeta> {
  const map = articleMap(doc);
  const out: Partial<ArticleMeta> = {};
  for (const key of ['title', 'url', 'createdAt', 'updatedAt'] as const) {
    const value = map.get(key);
    if (typeof value === 'string' && value) out[key] = value;
  }
  return out;
}

/** Writes an article's title, URL and times into its shared document. */
export function writeMeta(doc: Y.Doc, meta: ArticleMeta): void {
  const map = articleMap(doc);
  doc.transact(() => {
    for (const key of ['title', 'url', 'createdAt', 'updatedAt'] as const) {
      const value = meta[key];
      if (value && map.get(key) !== value) map.set(key, value);
      else if (!value && map.has(key)) map.delete(key);
    }
  });
}

/**
 * Fills an empty shared document from an article as it is here: its text
 * with the claims marked on it, every claim's record, its title. Used when
 * an article is shared for the first time.
 */
export function seedSharedDoc(doc: Y.Doc, text: Node, records: Iterable<ClaimRecord>, meta: ArticleMeta): void {
  doc.transact(() => {
    prosemirrorToYXmlFragment(text, articleFragment(doc));
    const claims = claimsMap(doc);
    for (const record of records) writeRecord(claims, record);
    writeMeta(doc, meta);
  });
}
