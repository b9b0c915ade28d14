import { openDB, type IDBPDatabase } from 'idb';
import type { ArticleMeta } from '../article/article.js';
import type { StoredClaim } from '../claims/record.js';
import { DB_VERSION, upgrade, type ArticleRow, type ClaimRow, type FactcheckDB } from './schema.js';

/** What is saved of one article at a time: it, its document and every claim. */
export interface ArticleSnapshot {
  article: ArticleRow;
  claims: StoredClaim[];
}

export interface RepositoryOptions {
  /** Another tab wants a newer version of the database: we closed ours; the page must reload. */
  onVersionChange?: () => void;
  /** Another tab holds an older version open, so ours waits. */
  onBlocked?: () => void;
}

/**
 * The IndexedDB repository of articles and claims. Every write that
 * touches more than one record is one transaction: all or nothing.
 */
export class Repository {
  private constructor(
    readonly db: IDBPDatabase<FactcheckDB>,
    readonly name: string,
  ) {}

  static async open(name: string, options: RepositoryOptions = {}): Promise<Repository> {
    let repo: Repository | null = null;
    const db = await openDB<FactcheckDB>(name, DB_VERSION, {
      upgrade: (database, oldVersion) => upgrade(database, oldVersion),
      blocked: () => options.onBlocked?.(),
      blocking: () => {
        // Closing lets the other tab upgrade; this tab can no longer save.
        repo?.db.close();
        options.onVersionChange?.();
      },
    });
    repo = new Repository(db, name);
    return repo;
  }

  close(): void {
    this.db.close();
  }

  /** Every article, newest change first, without documents. */
  async listArticles(): Promise<ArticleMeta[]> {
    const rows = await this.db.getAllFromIndex('articles', 'byUpdated');
    return rows.reverse().map(({ doc: _doc, text: _text, ...meta }) => meta);
  }

  /** An article with its claims in document order, or null when it does not exist. */
  async loadArticle(id: string): Promise<ArticleSnapshot | null> {
    const tx = this.db.transaction(['articles', 'claims'], 'readonly');
    const [article, rows] = await Promise.all([
      tx.objectStore('articles').get(id),
      tx.objectStore('claims').index('byArticle').getAll(id),
      tx.done,
    ]);
    if (!article) return null;
    const claims = rows
      .map(({ articleId: _a, ...claim }) => claim)
      .sort((a, b) => Number(a.orphaned) - Number(b.orphaned) || a.start - b.start || a.end - b.end);
    return { article, claims };
  }

  /**
   * Saves an article and exactly the given claims (claims of the article
   * that are not listed are deleted), in one transaction.
   */
  async saveArticle(snapshot: ArticleSnapshot): Promise<void> {
    const { article, claims } = snapshot;
    const tx = this.db.transaction(['articles', 'claims'], 'readwrite');
    const claimStore = tx.objectStore('claims');
    const keep = new Set(claims.map((c) => c.id));
    const ops: Promise<unknown>[] = [tx.objectStore('articles').put(article)];
    for (const claim of claims) ops.push(claimStore.put({ ...claim, articleId: article.id } satisfies ClaimRow));
    const existing = await claimStore.index('byArticle').getAllKeys(article.id);
    for (const key of existing) if (!keep.has(key)) ops.push(claimStore.delete(key));
    await Promise.all([...ops, tx.done]);
  }

  /** Saves several articles in one transaction: an import or a restore is all or nothing. */
  async saveArticles(snapshots: ArticleSnapshot[]): Promise<void> {
    const tx = this.db.transaction(['articles', 'claims'], 'readwrite');
    const claimStore = tx.objectStore('claims');
    const ops: Promise<unknown>[] = [];
    for (const { article, claims } of snapshots) {
      ops.push(tx.objectStore('articles').put(article));
      for (const claim of claims) ops.push(claimStore.put({ ...claim, articleId: article.id }));
    }
    await Promise.all([...ops, tx.done]);
  }

  async hasArticle(id: string): Promise<boolean> {
    return (await this.db.count('articles', id)) > 0;
  }

  /** Changes an article's title or URL; its document and claims are untouched. */
  async updateArticle(id: string, patch: { title?: string; url?: string }): Promise<void> {
    const tx = this.db.transaction('articles', 'readwrite');
    const row = await tx.store.get(id);
    if (!row) throw new RangeError(`No article with id ${id}`);
    const next: ArticleRow = { ...row, ...patch, updatedAt: new Date().toISOString() };
    if (!next.url) delete next.url;
    await Promise.all([tx.store.put(next), tx.done]);
  }

  /** Deletes an article and all its claims, in one transaction. */
  async deleteArticle(id: string): Promise<void> {
    const tx = this.db.transaction(['articles', 'claims'], 'readwrite');
    const claimStore = tx.objectStore('claims');
    const keys = await claimStore.index('byArticle').getAllKeys(id);
    await Promise.all([tx.objectStore('articles').delete(id), ...keys.map((k) => claimStore.delete(k)), tx.done]);
  }

  async getMeta<T>(key: string): Promise<T | undefined> {
    return (await this.db.get('meta', key)) as T | undefined;
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    await this.db.put('meta', value, key);
  }
}
