import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Repository, type ArticleDelta, type SaveResult } from '../../src/store/repository.js';
import { Saver } from '../../src/store/saver.js';
import { Settings } from '../../src/store/settings.js';
import { replayJournal } from '../../src/store/journal.js';
import type { PendingWrite } from '../../src/store/changes.js';
import type { StorageInfo } from '../fc-storage-panel.js';
import type { Messages } from './messages.js';

import type { SaveState } from '../fc-header.js';

/** What the rest of the app hears from saving. */
export interface PersistenceEvents {
  /** A write reached IndexedDB (or there was nothing of ours to write). */
  saved(delta: ArticleDelta, result: SaveResult): void;
}

/**
 * Where the work is kept: the IndexedDB repository, the debounced saver
 * with its journal, the settings, the "Saving…" state, how much storage is
 * used. A change still pending when the page is hidden or closed is
 * journaled synchronously and written (`flushOnHide`).
 */
export class Persistence implements ReactiveController {
  repo: Repository | null = null;
  saver: Saver | null = null;
  settings: Settings | null = null;
  saveState: SaveState = 'idle';
  storage: StorageInfo | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly messages: Messages,
    private readonly events: PersistenceEvents,
  ) {
    host.addController(this);
    messages.onStorageFailure = () => this.setState('failed');
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.onHide);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.onHide);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.saver?.flushOnHide();
  }

  /** Opens the database, replays a journal left by a page that closed mid-save, and starts saving. */
  async open(dbName: string): Promise<Repository> {
    const repo = await Repository.open(dbName, {
      onVersionChange: () =>
        this.messages.showError('Factcheck Desk was updated in another tab.', 'This tab can no longer save. Your last change was kept in this browser; reload the page to continue.'),
      onBlocked: () => this.messages.showError('Another tab is using an older version of Factcheck Desk.', 'Close or reload the other tab.'),
    });
    this.repo = repo;
    this.saver = new Saver(repo, {
      onSaved: (delta, result) => {
        this.setState(this.saver?.dirty ? 'saving' : 'saved');
        if (result.written) this.events.saved(delta, result);
      },
      onError: (error) => this.messages.storageFailed(error, 'Your latest change was not saved'),
    });
    void this.requestPersistence();
    await replayJournal(repo);
    this.settings = new Settings(repo);
    return repo;
  }

  /** Asks for a write of what `make` makes, soon (debounced). */
  schedule(make: () => PendingWrite): void {
    this.setState('saving');
    this.saver?.schedule(make);
  }

  /** Writes any pending change now. */
  flush(): Promise<void> {
    return this.saver?.flush() ?? Promise.resolve();
  }

  setState(state: SaveState): void {
    if (this.saveState === state) return;
    this.saveState = state;
    this.host.requestUpdate();
  }

  /** Asks the browser to keep this site's data (no prompt in Chromium), and reads how much is used. */
  async requestPersistence(): Promise<void> {
    const storage = navigator.storage;
    if (!storage?.estimate) return;
    try {
      const persisted = (await storage.persisted?.()) || (await storage.persist?.()) || false;
      const { usage = 0, quota = 0 } = await storage.estimate();
      this.storage = { usage, quota, persisted };
      this.host.requestUpdate();
    } catch {
      // Some browsers refuse in private windows; saving still works.
    }
  }

  private readonly onHide = () => this.saver?.flushOnHide();

  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') this.saver?.flushOnHide();
  };
}
