import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Schema } from 'prosemirror-model';
import type { ArticleMeta } from '../../src/article/article.js';
import type { ClaimRecord } from '../../src/claims/record.js';
import type { LiveStatus } from '../../src/collab/connection.js';
import { parseShareLink } from '../../src/collab/link.js';
import type { Person } from '../../src/collab/presence.js';
import type { Messages } from './messages.js';
import type { Persistence } from './persistence.js';
import type { LiveArticle } from './live-article.js';

/** A shared article of the team, as the server lists it. */
export interface TeamArticle {
  id: string;
  title: string;
  updatedAt: string;
}

/** What the header says about a shared article's connection. */
export const LIVE_TEXT: Record<LiveStatus, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline — changes kept here',
  refused: 'Not connected',
};

/**
 * The team desk: the team token (kept in this browser's settings, or taken
 * from a share link's fragment), the team's shared articles, and the live
 * connection of the shared article that is open, with who is on it. The
 * sync machinery (Yjs, the provider) loads with the first shared article.
 */
export class TeamDesk implements ReactiveController {
  token = '';
  /** The open article's live connection; null while a local article is open. */
  live: LiveArticle | null = null;
  status: LiveStatus | null = null;
  people: Person[] = [];
  /** The team's shared articles (empty without a token, or when the server could not be reached). */
  articles: TeamArticle[] = [];
  private module: typeof import('./live-article.js') | null = null;
  /** Called when the open shared article has synced with the server (its title may have arrived). */
  onSynced: (() => void) | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly persistence: Persistence,
    private readonly messages: Messages,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.close();
  }

  /** The page's own server: the team server is the one that serves the app. */
  get origin(): string {
    return location.origin;
  }

  /**
   * Reads the team token, and a share link in the page's address: its token
   * is kept (and taken out of the address bar, which others may see); the
   * article it names is returned, to be opened.
   */
  async start(): Promise<string | null> {
    this.token = (await this.persistence.settings!.get('teamToken')) ?? '';
    const link = parseShareLink(location.hash);
    if (link) {
      await this.setToken(link.token);
      history.replaceState(null, '', `${location.pathname}${location.search}`);
    } else if (this.token) void this.refreshArticles();
    return link?.article ?? null;
  }

  /** Keeps the team token in this browser; an empty one forgets it. */
  async setToken(token: string): Promise<void> {
    this.token = token.trim();
    this.host.requestUpdate();
    try {
      await this.persistence.settings!.set('teamToken', this.token);
    } catch (error) {
      this.messages.storageFailed(error, 'The team token was not kept');
    }
    await this.refreshArticles();
  }

  /** Reads the team's list of shared articles from the server. */
  async refreshArticles(): Promise<void> {
    if (!this.token) {
      this.articles = [];
      this.host.requestUpdate();
      return;
    }
    try {
      const { teamArticles } = await this.load();
      this.articles = await teamArticles(this.origin, this.token);
    } catch (error) {
      // Offline or refused: the articles shared here are still listed from this browser.
      this.articles = [];
      if ((error as Error).message.startsWith('The team token')) this.messages.showError('The team’s articles could not be listed.', (error as Error).message);
    }
    this.host.requestUpdate();
  }

  private async load() {
    this.module ??= await import('./live-article.js');
    return this.module;
  }

  /** The undo and redo of a shared article (one's own changes), once the sync machinery is loaded. */
  get history() {
    return this.live ? this.module!.liveHistory : null;
  }

  /**
   * Opens a shared article's live machinery (closing the one open before);
   * `seed` fills a new shared document when an article is shared first.
   */
  async open(
    articleId: string,
    schema: Schema,
    repo: import('../../src/store/repository.js').Repository,
    seed?: { text: import('prosemirror-model').Node; records: Iterable<ClaimRecord>; meta: ArticleMeta },
  ): Promise<LiveArticle> {
    if (!this.token) throw new Error('This article is shared with a team, and this browser has no team token: open the share link again, or enter the token in Team settings.');
    const { openLiveArticle } = await this.load();
    this.close();
    this.status = 'connecting';
    // The connection may report people and its status before openLiveArticle
    // resolves (the provider connects while this browser's copy loads): what
    // it says counts while this is still the article being opened.
    const opening = ++this.openings;
    const current = () => this.openings === opening;
    const live = await openLiveArticle({
      articleId,
      token: this.token,
      origin: this.origin,
      repo,
      schema,
      ...(seed ? { seed } : {}),
      events: {
        status: (status, reason) => {
          if (!current()) return;
          this.status = status;
          this.host.requestUpdate();
          if (status === 'refused') this.messages.showError('The team server refused this article.', reason);
          else if (reason) this.messages.showError('A change was not kept in this browser.', reason);
          this.refusalWatch?.();
        },
        people: (people) => {
          if (!current()) return;
          this.people = people;
          this.host.requestUpdate();
        },
        synced: () => {
          if (current()) this.onSynced?.();
        },
      },
    });
    this.live = live;
    this.host.requestUpdate();
    return live;
  }

  /**
   * Waits until the open shared article has reached the server (its first
   * sync), or the server refused it (rejects, saying why). Offline, it
   * resolves after a while: the changes are kept here and go when the
   * connection is back.
   */
  settled(offlineAfter = 10_000): Promise<void> {
    const live = this.live;
    if (!live) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, offlineAfter);
      const check = () => {
        if (this.live !== live) return resolve();
        if (this.status === 'refused') {
          clearTimeout(timer);
          reject(new Error(this.messages.error?.detail ?? 'The team server refused the article.'));
        }
      };
      const previous = this.onSynced;
      this.onSynced = () => {
        clearTimeout(timer);
        this.onSynced = previous;
        previous?.();
        resolve();
      };
      this.refusalWatch = check;
      check();
    });
  }

  private refusalWatch: (() => void) | null = null;

  /** Counts the shared articles opened, so a closed one's connection is not heard. */
  private openings = 0;

  /** Closes the open shared article's connection (another article is opened). */
  close(): void {
    this.openings++;
    this.live?.destroy();
    this.live = null;
    this.status = null;
    this.people = [];
  }

  /** Tells the others on the article who this is and which claim is open. */
  presence(name: string, claim: string | null): void {
    this.live?.connection.setPresence(name, claim);
  }

  /** The link that opens the article in another browser, live. */
  async linkTo(articleId: string): Promise<string> {
    const { shareLink } = await this.load();
    return shareLink(this.origin, { token: this.token, article: articleId });
  }

  /** "Live · 3 people", "Offline — changes kept here", "Reconnecting…", or nothing for a local article. */
  get statusText(): string {
    if (!this.status) return '';
    const n = this.people.length;
    return this.status === 'live' && n ? `Live · ${n} ${n === 1 ? 'person' : 'people'}` : LIVE_TEXT[this.status];
  }
}
