import { clearJournal, writeJournal } from './journal.js';
import type { ArticleSnapshot, Repository } from './repository.js';

/** At most this long passes between a change and its write to IndexedDB. */
export const SAVE_DELAY_MS = 300;

export interface SaverOptions {
  delay?: number;
  onSaved?: (snapshot: ArticleSnapshot) => void;
  /** A write failed; the change is still in the page and will be retried with the next one. */
  onError?: (error: unknown, snapshot: ArticleSnapshot) => void;
}

/**
 * Debounced, ordered saving. Changes are taken as a function that makes the
 * snapshot, so positions are converted to offsets once per write, not once
 * per keystroke. Writes never overlap: each waits for the one before.
 */
export class Saver {
  private pending: (() => ArticleSnapshot) | null = null;
  private failed: ArticleSnapshot | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();
  private readonly delay: number;

  constructor(
    private readonly repo: Repository,
    private readonly options: SaverOptions = {},
  ) {
    this.delay = options.delay ?? SAVE_DELAY_MS;
  }

  /** True while a change has not reached IndexedDB. */
  get dirty(): boolean {
    return this.pending !== null || this.failed !== null;
  }

  schedule(snapshot: () => ArticleSnapshot): void {
    this.pending = snapshot;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delay);
  }

  /** Writes what is pending now; resolves when it is in IndexedDB (or the write failed and was reported). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const make = this.pending;
    this.pending = null;
    if (!make && !this.failed) return this.chain;
    const snapshot = make ? make() : this.failed!;
    this.chain = this.chain.then(() => this.write(snapshot));
    return this.chain;
  }

  /**
   * For `pagehide`: journals the pending change synchronously (the page may
   * be gone before any promise settles), then starts the write.
   */
  flushOnHide(): void {
    const make = this.pending;
    const snapshot = make ? make() : this.failed;
    if (!snapshot) return;
    writeJournal(this.repo.name, snapshot);
    this.pending = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.chain = this.chain.then(() => this.write(snapshot));
  }

  private async write(snapshot: ArticleSnapshot): Promise<void> {
    try {
      await this.repo.saveArticle(snapshot);
      if (this.failed === snapshot) this.failed = null;
      else if (this.failed && this.failed.article.id === snapshot.article.id) this.failed = null;
      // A later change may be journalled already; only clear our own.
      if (!this.pending) clearJournal(this.repo.name);
      this.options.onSaved?.(snapshot);
    } catch (error) {
      this.failed = snapshot;
      this.options.onError?.(error, snapshot);
    }
  }
}
