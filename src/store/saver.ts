import { clearJournal, writeJournal } from './journal.js';
import type { PendingWrite } from './changes.js';
import type { ArticleDelta, Repository, SaveResult } from './repository.js';

/** At most this long passes between a change and its write to IndexedDB. */
export const SAVE_DELAY_MS = 300;

export interface SaverOptions {
  delay?: number;
  onSaved?: (delta: ArticleDelta, result: SaveResult) => void;
  /** A write failed; the change is still in the page and is written with the next one. */
  onError?: (error: unknown, delta: ArticleDelta) => void;
}

/**
 * Debounced, ordered saving. Changes are taken as a function that makes
 * the write, so positions are converted to offsets once per write, not
 * once per keystroke. Writes never overlap: each waits for the one before.
 */
export class Saver {
  private pending: (() => PendingWrite) | null = null;
  private failed: PendingWrite | null = null;
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

  schedule(make: () => PendingWrite): void {
    this.pending = make;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delay);
  }

  /** Writes what is pending now; resolves when it is in IndexedDB (or the write failed and was reported). */
  flush(): Promise<void> {
    const write = this.take();
    if (write) this.chain = this.chain.then(() => this.write(write));
    return this.chain;
  }

  /**
   * For `pagehide`: journals the pending change synchronously (the page may
   * be gone before any promise settles), then starts the write.
   */
  flushOnHide(): void {
    const write = this.take();
    if (!write) return;
    writeJournal(this.repo.name, write.delta);
    this.chain = this.chain.then(() => this.write(write));
  }

  private take(): PendingWrite | null {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const make = this.pending;
    this.pending = null;
    // A newer delta includes a failed one's changes: its baseline never moved.
    const write = make ? make() : this.failed;
    this.failed = null;
    return write;
  }

  private async write(write: PendingWrite): Promise<void> {
    const { delta } = write;
    if (!delta.document && !delta.put.length && !delta.remove.length) {
      // Nothing of ours changed (a change that came from another tab): no write, no echo.
      write.commit();
      if (!this.pending) clearJournal(this.repo.name);
      this.options.onSaved?.(delta, { skipped: [], written: false });
      return;
    }
    try {
      const result = await this.repo.saveChanges(write.delta);
      write.commit();
      if (!this.pending) clearJournal(this.repo.name);
      this.options.onSaved?.(write.delta, result);
    } catch (error) {
      if (!this.pending) this.failed = write;
      this.options.onError?.(error, write.delta);
    }
  }
}
