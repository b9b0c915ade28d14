import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ArticleMeta } from '../article/article.js';
import type { StoredClaim } from '../claims/record.js';

/** The current database version; each step of `upgrade` brings an older one up to it. */
export const DB_VERSION = 1;

/** An article row: its metadata, its document (ProseMirror JSON) and plain text. */
export interface ArticleRow extends ArticleMeta {
  /** ProseMirror JSON of the document, so headings and line breaks survive. */
  doc: unknown;
  text: string;
}

/** A claim row: a stored claim and the article it belongs to. */
export interface ClaimRow extends StoredClaim {
  articleId: string;
}

export interface FactcheckDB extends DBSchema {
  articles: { key: string; value: ArticleRow; indexes: { byUpdated: string } };
  claims: { key: string; value: ClaimRow; indexes: { byArticle: string } };
  /** Small settings: the reviewer's name, the article open last. */
  meta: { key: string; value: unknown };
}

export type FactcheckTx = IDBPTransaction<FactcheckDB, ArrayLike<StoreNames<FactcheckDB>>, 'versionchange'>;

/**
 * Brings a database from `oldVersion` to `DB_VERSION`, one step per
 * version, each migrating data through the upgrade transaction.
 */
export function upgrade(db: IDBPDatabase<FactcheckDB>, oldVersion: number): void {
  if (oldVersion < 1) {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('byUpdated', 'updatedAt');
    const claims = db.createObjectStore('claims', { keyPath: 'id' });
    claims.createIndex('byArticle', 'articleId');
    db.createObjectStore('meta');
  }
}
