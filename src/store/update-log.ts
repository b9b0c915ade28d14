import * as Y from 'yjs';
import type { Repository } from './repository.js';

/** Past this many updates, a shared article's log is merged into one. */
const COMPACT_AFTER = 200;

/**
 * This browser's copy of each shared article's document: the Yjs updates
 * that made it, appended as they happen (local and remote), read back at
 * the next start so a reload offline shows the last state, and merged into
 * one update from time to time (`Y.mergeUpdates`).
 */
export class UpdateLog {
  private readonly counts = new Map<string, number>();

  constructor(private readonly repo: Repository) {}

  /** Every update kept for the article, oldest first (nothing for one never shared here). */
  async load(articleId: string): Promise<Uint8Array[]> {
    const rows = await this.repo.db.getAllFromIndex('yupdates', 'byArticle', articleId);
    this.counts.set(articleId, rows.length);
    return rows.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0)).map((r) => r.update);
  }

  /** Keeps one more update; the log is compacted when it has grown long. */
  async append(articleId: string, update: Uint8Array): Promise<void> {
    await this.repo.db.add('yupdates', { articleId, update });
    const count = (this.counts.get(articleId) ?? 0) + 1;
    this.counts.set(articleId, count);
    if (count > COMPACT_AFTER) await this.compact(articleId);
  }

  /** Replaces an article's updates with one that merges them, in one transaction (all or nothing). */
  async compact(articleId: string): Promise<void> {
    const tx = this.repo.db.transaction('yupdates', 'readwrite');
    const index = tx.store.index('byArticle');
    const [keys, rows] = await Promise.all([index.getAllKeys(articleId), index.getAll(articleId)]);
    const merged = Y.mergeUpdates(rows.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0)).map((r) => r.update));
    await Promise.all([...keys.map((k) => tx.store.delete(k)), tx.store.add({ articleId, update: merged }), tx.done]);
    this.counts.set(articleId, 1);
  }

  /** Forgets an article's document (the article was deleted here). */
  async remove(articleId: string): Promise<void> {
    const tx = this.repo.db.transaction('yupdates', 'readwrite');
    const keys = await tx.store.index('byArticle').getAllKeys(articleId);
    await Promise.all([...keys.map((k) => tx.store.delete(k)), tx.done]);
    this.counts.delete(articleId);
  }
}
