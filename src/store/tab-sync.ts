/**
 * Keeps tabs that have the same database open in step. A tab announces
 * what it wrote; the others read it back from IndexedDB (the message never
 * carries data, so a tab cannot be told something the database does not
 * hold).
 */
export type SyncMessage =
  /** A tab saved changes to an article; `document` when its text changed. */
  | { type: 'saved'; tab: string; articleId: string; document: boolean }
  /** The list of articles changed (created, renamed, deleted, imported). */
  | { type: 'articles'; tab: string; deleted?: string };

export class TabSync {
  readonly tab = crypto.randomUUID();
  private readonly channel: BroadcastChannel | null;

  constructor(dbName: string, onMessage: (message: SyncMessage) => void) {
    // Without BroadcastChannel (very old browsers) tabs simply do not sync.
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`factcheck-desk:${dbName}`) : null;
    if (this.channel) {
      this.channel.onmessage = (e: MessageEvent<SyncMessage>) => {
        if (e.data && e.data.tab !== this.tab) onMessage(e.data);
      };
    }
  }

  saved(articleId: string, document: boolean): void {
    this.channel?.postMessage({ type: 'saved', tab: this.tab, articleId, document } satisfies SyncMessage);
  }

  articlesChanged(deleted?: string): void {
    this.channel?.postMessage({ type: 'articles', tab: this.tab, ...(deleted ? { deleted } : {}) } satisfies SyncMessage);
  }

  close(): void {
    this.channel?.close();
  }
}
