import { HocuspocusProvider, type HocuspocusProviderWebsocketConfiguration } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { colourOf, peopleOf, type Person, type Presence } from './presence.js';

/** How a shared article is connected, as the header says it. */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'offline' | 'refused';

/** What a connection tells the app. */
export interface LiveEvents {
  /** The connection changed: live, offline (changes are kept here), reconnecting, or refused (with why, in words). */
  status(status: LiveStatus, reason?: string): void;
  /** Who is on the article changed (names, carets, open claims). */
  people(people: Person[]): void;
  /** The server's copy and this one are in step (the first time: the article is loaded). */
  synced(): void;
}

/** Why the server refused, in words a newsroom user can act on (the server says only `unauthorized`, `forbidden`, …). */
export function refusalMessage(reason: string): string {
  if (reason === 'unauthorized') return 'The team token was not accepted: check it in Team settings, or ask whoever shared the link for a new one.';
  if (reason === 'forbidden') return 'This article belongs to another team: your team token does not open it.';
  if (reason === 'invalid-document-name') return 'This is not a valid article link.';
  return `The team server refused the connection (${reason}).`;
}

/**
 * Hocuspocus doubles its wait after each failed attempt up to 30 s, so a
 * browser back from a long time offline, or a restarted server, could wait
 * half a minute with its changes unsent: 5 s at most here, and a new attempt
 * at once when the browser says the network is back (onNetwork). The provider
 * hands its whole configuration to the socket it creates, whose setting this
 * is (HocuspocusProviderWebsocketConfiguration).
 */
const SOCKET_RETRY: Partial<HocuspocusProviderWebsocketConfiguration> = { maxDelay: 5000 };

/**
 * One shared article's live connection to the team server (Hocuspocus at
 * `<origin>/sync`), with who is on it. Work goes on when the connection
 * drops: the shared document keeps every change here and sends it when the
 * connection is back.
 */
export class LiveConnection {
  readonly provider: HocuspocusProvider;
  private wasLive = false;
  private refused = false;

  constructor(
    url: string,
    articleId: string,
    token: string,
    doc: Y.Doc,
    private readonly events: LiveEvents,
    WebSocketPolyfill?: unknown,
  ) {
    this.provider = new HocuspocusProvider({
      url,
      name: articleId,
      token,
      document: doc,
      ...(WebSocketPolyfill ? { WebSocketPolyfill } : {}),
      ...SOCKET_RETRY,
      onStatus: ({ status }) => this.onStatus(status),
      onSynced: ({ state }) => {
        if (state) events.synced();
      },
      onAuthenticationFailed: ({ reason }) => {
        this.refused = true;
        events.status('refused', refusalMessage(reason));
      },
      onAwarenessChange: () => this.tellPeople(),
    });
    window.addEventListener('online', this.onNetwork);
    window.addEventListener('offline', this.onNetwork);
  }

  get awareness() {
    return this.provider.awareness;
  }

  /** Tells the others who this is and which claim they have open. */
  setPresence(name: string, claim: string | null): void {
    const awareness = this.awareness;
    if (!awareness) return;
    const presence: Presence = { user: { name, colour: colourOf(awareness.clientID) }, claim };
    awareness.setLocalStateField('user', presence.user);
    awareness.setLocalStateField('claim', presence.claim);
  }

  private tellPeople() {
    const awareness = this.awareness;
    if (awareness) this.events.people(peopleOf(awareness.getStates(), awareness.clientID));
  }

  private onStatus(status: string) {
    if (this.refused) return;
    if (status === 'connected') {
      this.wasLive = true;
      this.events.status('live');
    } else if (status === 'disconnected') {
      this.events.status(navigator.onLine && this.wasLive ? 'reconnecting' : 'offline');
    } else if (!this.wasLive) this.events.status('connecting');
  }

  private readonly onNetwork = () => {
    if (!navigator.onLine) this.events.status('offline');
    else if (!this.refused) void this.provider.configuration.websocketProvider.connect();
  };

  destroy(): void {
    window.removeEventListener('online', this.onNetwork);
    window.removeEventListener('offline', this.onNetwork);
    this.provider.destroy();
  }
}

/** The team server's WebSocket address for a page at `origin`. */
export function syncUrl(origin: string): string {
  return `${origin.replace(/^http/, 'ws')}/sync`;
}

/** The team's shared articles, from the server's list (`GET /api/articles`); rejects with the server's message. */
export async function teamArticles(origin: string, token: string): Promise<Array<{ id: string; title: string; updatedAt: string }>> {
  const response = await fetch(`${origin}/api/articles`, { headers: { Authorization: `Bearer ${token}` } });
  const body = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const error = body && typeof body === 'object' && 'error' in body ? String(body.error) : `${response.status} ${response.statusText}`;
    throw new Error(response.status === 401 ? refusalMessage('unauthorized') : error);
  }
  return Array.isArray(body) ? (body as Array<{ id: string; title: string; updatedAt: string }>) : [];
}
