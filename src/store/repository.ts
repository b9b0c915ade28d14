import { openDB, type IDBPDatabase } from 'idb';
import type { ArticleMeta } from '../article/article.js';
import type { SignOff } from '../claims/signoff.js';
import type { StatusSet } from '../claims/status.js';
import type { StoredClaim } from '../claims/record.js';
import { DB_VERSION, upgrade, type ArticleRow, type FactcheckDB } from './schema.js';

/** An article, its document and every claim: what a load returns and an import writes. */
export interface ArticleSnapshot {
  article: ArticleRow;
  claims: StoredClaim[];
}

/**
 * What changed in one article since the last save: its metadata always,
 * its document only when the text changed, and only the claims that
 * changed or went.
 */
export interface ArticleDelta {
  article: ArticleMeta;
  document?: { doc: unknown; text: string; anchors?: Record<string, [number, number]> };
  put: StoredClaim[];
  remove: string[];
}

/** What a delta save did not write because another tab had saved a later version. */
export interface SaveResult {
  /** Claims whose stored version was newer (`updatedAt`) than ours: theirs was kept. */
  skipped: string[];
  /** False when there was nothing to write. */
  written: boolean;
}

/**
 * Runs the writes of one transaction and waits for it to commit. A request
 * that fails (a value that cannot be cloned, a full disk) does not by itself
 * abort the transaction: the requests before it would commit. So any
 * failure aborts it here, and the caller sees the DOMException.
 */
async function atomically(tx: { abort(): void; done: Promise<void> }, body: () => Promise<unknown>): Promise<void> {
  try {
    await body();
    await tx.done;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing was committed by us.
    }
    // Let the abort settle so no later read sees the transaction half done.
    await tx.done.catch(() => undefined);
    throw error;
  }
}

/** Claims queued between two yields to the page in a bulk write. */
const WRITE_CHUNK = 500;

/**
 * Marks a request's promise as handled: when the transaction is aborted
 * every queued request rejects, and the first failure is already reported.
 */
function quiet<T>(request: Promise<T>): Promise<T> {
  request.catch(() => undefined);
  return request;
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
      upgrade: (database, oldVersion, _newVersion, tx) => {
        // A failed migration must leave the old version untouched.
        upgrade(database, oldVersion, tx).catch(() => tx.abort());
      },
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

  /** Every article, newest change first. */
  async listArticles(): Promise<ArticleMeta[]> {
    return (await this.db.getAllFromIndex('articles', 'byUpdated')).reverse();
  }

  /** An article with its document and claims in document order, or null when it does not exist. */
  async loadArticle(id: string): Promise<ArticleSnapshot | null> {
    const tx = this.db.transaction(['articles', 'documents', 'claims'], 'readonly');
    const [meta, document, rows] = await Promise.all([tx.objectStore('articles').get(id), tx.objectStore('documents').get(id), tx.objectStore('claims').index('byArticle').getAll(id), tx.done]);
    if (!meta) return null;
    const anchors = document?.anchors;
    const claims = rows
      .map(({ articleId: _a, ...claim }) => {
        const at = anchors?.[claim.id];
        return at && !claim.orphaned ? { ...claim, start: at[0], end: at[1] } : claim;
      })
      .sort((a, b) => Number(a.orphaned) - Number(b.orphaned) || a.start - b.start || a.end - b.end);
    return { article: { ...meta, doc: document?.doc ?? null, text: document?.text ?? '' }, claims };
  }

  /**
   * Saves an article, its document and exactly the given claims (claims of
   * the article that are not listed are deleted), in one transaction.
   */
  async saveArticle(snapshot: ArticleSnapshot): Promise<void> {
    await this.saveArticles([snapshot], true);
  }

  /**
   * Saves several articles in one transaction: an import or a restore is
   * all or nothing. With `exact`, claims of those articles that are not
   * listed are deleted.
   */
  async saveArticles(snapshots: ArticleSnapshot[], exact = false, onProgress?: (done: number, total: number) => void): Promise<void> {
    const tx = this.db.transaction(['articles', 'documents', 'claims'], 'readwrite');
    const claimStore = tx.objectStore('claims');
    const total = snapshots.reduce((n, s) => n + s.claims.length, 0);
    let done = 0;
    await atomically(tx, async () => {
      const ops: Promise<unknown>[] = [];
      for (const { article, claims } of snapshots) {
        const { doc, text, ...meta } = article;
        ops.push(quiet(tx.objectStore('articles').put(meta)), quiet(tx.objectStore('documents').put({ id: meta.id, doc, text })));
        if (exact) {
          const keep = new Set(claims.map((c) => c.id));
          const existing = await claimStore.index('byArticle').getAllKeys(meta.id);
          for (const key of existing) if (!keep.has(key)) ops.push(quiet(claimStore.delete(key)));
        }
        // Queue the puts a chunk at a time and wait for each chunk's last
        // one: the page can paint and take input in between, and the
        // transaction stays open because a request is always pending.
        for (let i = 0; i < claims.length; i += WRITE_CHUNK) {
          let last: Promise<unknown> = Promise.resolve();
          for (const claim of claims.slice(i, i + WRITE_CHUNK)) ops.push((last = quiet(claimStore.put({ ...claim, articleId: meta.id }))));
          await last;
          done += Math.min(WRITE_CHUNK, claims.length - i);
          onProgress?.(done, total);
        }
      }
      await Promise.all(ops);
    });
  }

  /**
   * Writes what changed, in one transaction. A claim another tab saved
   * with a later `updatedAt` is not overwritten: the later change wins,
   * and its id is reported so this tab can show it was overwritten.
   */
  async saveChanges(delta: ArticleDelta): Promise<SaveResult> {
    const tx = this.db.transaction(['articles', 'documents', 'claims'], 'readwrite');
    const claimStore = tx.objectStore('claims');
    const id = delta.article.id;
    const skipped: string[] = [];
    await atomically(tx, async () => {
      const ops: Promise<unknown>[] = [quiet(tx.objectStore('articles').put(delta.article))];
      if (delta.document) ops.push(quiet(tx.objectStore('documents').put({ id, ...delta.document })));
      // Each claim's stored row is read and ours written in one go, without
      // waiting between them (a round trip per save): the requests of a
      // transaction run in order, so the read sees the row before our write.
      const stored = delta.put.map((c) => quiet(claimStore.get(c.id)));
      for (const claim of delta.put) ops.push(quiet(claimStore.put({ ...claim, articleId: id })));
      for (const key of delta.remove) ops.push(quiet(claimStore.delete(key)));
      const before = await Promise.all(stored);
      delta.put.forEach((claim, i) => {
        const theirs = before[i];
        // Another tab saved it later: its row goes back, in the same
        // transaction, so no reader ever saw ours.
        if (theirs && theirs.updatedAt > claim.updatedAt) {
          skipped.push(claim.id);
          ops.push(quiet(claimStore.put(theirs)));
        }
      });
      await Promise.all(ops);
    });
    return { skipped, written: true };
  }

  /** Which of these claim ids are stored already (in any article): claim ids are unique across the database. */
  async claimIdsInUse(ids: readonly string[]): Promise<Set<string>> {
    const tx = this.db.transaction('claims', 'readonly');
    const keys = await Promise.all(ids.map((id) => tx.store.getKey(id)));
    await tx.done;
    return new Set(keys.filter((k): k is string => k !== undefined));
  }

  async hasArticle(id: string): Promise<boolean> {
    return (await this.db.count('articles', id)) > 0;
  }

  /**
   * Changes an article's title, URL, sign-off or status set (`null`
   * removes the last two); its document and claims are untouched.
   */
  async updateArticle(id: string, patch: { title?: string; url?: string; signOff?: SignOff | null; statuses?: StatusSet | null; shared?: boolean }): Promise<void> {
    const tx = this.db.transaction('articles', 'readwrite');
    const row = await tx.store.get(id);
    if (!row) throw new RangeError(`No article with id ${id}`);
    const { signOff, statuses, ...rest } = patch;
    const next: ArticleMeta = { ...row, ...rest, updatedAt: new Date().toISOString() };
    if (signOff === null) delete next.signOff;
    else if (signOff) next.signOff = signOff;
    if (statuses === null) delete next.statuses;
    else if (statuses) next.statuses = statuses;
    if (!next.url) delete next.url;
    await atomically(tx, () => tx.store.put(next));
  }

  /** Deletes an article, its document, all its claims and its shared document's copy, in one transaction. */
  async deleteArticle(id: string): Promise<void> {
    const tx = this.db.transaction(['articles', 'documents', 'claims', 'yupdates'], 'readwrite');
    const claimStore = tx.objectStore('claims');
    const updates = tx.objectStore('yupdates');
    await atomically(tx, async () => {
      const [keys, updateKeys] = await Promise.all([claimStore.index('byArticle').getAllKeys(id), updates.index('byArticle').getAllKeys(id)]);
      await Promise.all([
        quiet(tx.objectStore('articles').delete(id)),
        quiet(tx.objectStore('documents').delete(id)),
        ...keys.map((k) => quiet(claimStore.delete(k))),
        ...updateKeys.map((k) => quiet(updates.delete(k))),
      ]);
    });
  }

  async getMeta<T>(key: string): Promise<T | undefined> {
    return (await this.db.get('meta', key)) as T | undefined;
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    await this.db.put('meta', value, key);
  }
}
