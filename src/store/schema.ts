import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ArticleMeta } from '../article/article.js';
import type { StoredClaim } from '../claims/record.js';

/** The current database version; each step of `upgrade` brings an older one up to it. */
export const DB_VERSION = 3;

/** An article with its document: what an import or a full save writes. */
export interface ArticleRow extends ArticleMeta {
  /** ProseMirror JSON of the document, so headings and line breaks survive. */
  doc: unknown;
  text: string;
}

/** An article's document, kept apart from its metadata so a status change does not rewrite the text. */
export interface DocumentRow {
  id: string;
  doc: unknown;
  text: string;
  /**
   * Where each claim is in this text: `[start, end]` code points by claim
   * id. Typing moves every claim after the caret; keeping their offsets
   * here, in the row a text change rewrites anyway, spares rewriting every
   * claim row. Where present it wins over a claim row's own offsets.
   */
  anchors?: Record<string, [number, number]>;
}

/** One Yjs update of a shared article's document. */
export interface UpdateRow {
  seq?: number;
  articleId: string;
  update: Uint8Array;
}

/** A claim row: a stored claim and the article it belongs to. */
export interface ClaimRow extends StoredClaim {
  articleId: string;
}

export interface FactcheckDB extends DBSchema {
  articles: { key: string; value: ArticleMeta; indexes: { byUpdated: string } };
  documents: { key: string; value: DocumentRow };
  claims: { key: string; value: ClaimRow; indexes: { byArticle: string } };
  /** Small settings: the reviewer's name, the article open last. */
  meta: { key: string; value: unknown };
  /** Each shared article's document, as the Yjs updates that made it (compacted from time to time): this browser's copy, kept for offline work. */
  yupdates: { key: number; value: UpdateRow; indexes: { byArticle: string } };
}

type UpgradeTx = IDBPTransaction<FactcheckDB, ArrayLike<StoreNames<FactcheckDB>>, 'versionchange'>;

/**
 * Brings a database from `oldVersion` to `DB_VERSION`, one step per
 * version, each migrating data through the upgrade transaction. Version 1
 * kept each article's document in its `articles` row; version 2 moves it
 * to `documents`, so saving a status change writes a few bytes; version 3
 * adds the shared articles' documents (`yupdates`).
 */
export async function upgrade(db: IDBPDatabase<FactcheckDB>, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('byUpdated', 'updatedAt');
    const claims = db.createObjectStore('claims', { keyPath: 'id' });
    claims.createIndex('byArticle', 'articleId');
    db.createObjectStore('meta');
  }
  if (oldVersion < 2) {
    db.createObjectStore('documents', { keyPath: 'id' });
    if (oldVersion >= 1) {
      const articles = tx.objectStore('articles');
      const documents = tx.objectStore('documents');
      // The version-1 rows still carry `doc` and `text`.
      for (let cursor = await articles.openCursor(); cursor; cursor = await cursor.continue()) {
        const { doc, text, ...meta } = cursor.value as ArticleRow;
        await documents.put({ id: meta.id, doc, text: text ?? '' });
        await cursor.update(meta);
      }
    }
  }
  if (oldVersion < 3) {
    db.createObjectStore('yupdates', { keyPath: 'seq', autoIncrement: true }).createIndex('byArticle', 'articleId');
  }
}
