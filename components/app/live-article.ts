/**
 * A shared article's editing machinery, loaded only when a shared article
 * is opened (Yjs, y-prosemirror and the Hocuspocus provider are not part of
 * a first visit): the shared document with this browser's copy of it, the
 * live connection, and the editor plugins that bind them to the article.
 */
import * as Y from 'yjs';
import type { Node } from 'prosemirror-model';
import type { Plugin, Transaction } from 'prosemirror-state';
import { keymap } from 'prosemirror-keymap';
import { ySyncPlugin, yCursorPlugin, yUndoPlugin, yUndoPluginKey, undoCommand, redoCommand, yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import type { ArticleMeta } from '../../src/article/article.js';
import type { ClaimRecord } from '../../src/claims/record.js';
import { articleFragment, claimsMap, seedSharedDoc, sharedMeta, writeMeta } from '../../src/collab/doc.js';
import { readRecords } from '../../src/collab/records.js';
import { claimsSyncPlugin } from '../../src/collab/claims-sync.js';
import { sendRestoredTextWhereItLands } from '../../src/collab/undo.js';
import { isRemoteChange } from '../../src/collab/remote.js';
import { LiveConnection, syncUrl, type LiveEvents } from '../../src/collab/connection.js';
import type { Presence } from '../../src/collab/presence.js';
import { UpdateLog } from '../../src/store/update-log.js';
import type { Repository } from '../../src/store/repository.js';

export { refusalMessage, teamArticles } from '../../src/collab/connection.js';
export { shareLink } from '../../src/collab/link.js';

/** What opening a shared article gives the session. */
export interface LiveArticle {
  doc: Y.Doc;
  connection: LiveConnection;
  /** The article's text as this browser's copy has it (null before the first sync). */
  text: Node | null;
  records: ClaimRecord[];
  /** The plugins that bind the editor to the shared document (text, carets, undo of one's own changes, claim records). */
  plugins: Plugin[];
  /** Whether a transaction brings another person's change. */
  isRemote(tr: Transaction): boolean;
  /** The title and times the shared document carries. */
  meta(): Partial<ArticleMeta>;
  /** Writes the article's title and times into the shared document. */
  setMeta(meta: ArticleMeta): void;
  destroy(): void;
}

/** The caret of someone else: a thin bar in their colour with their name (styled by class: the page's CSP allows no inline styles). */
function caret(user: Presence['user']): HTMLElement {
  const el = document.createElement('span');
  el.className = `fc-peer-caret fc-peer-${user.colour}`;
  const name = document.createElement('span');
  name.className = 'fc-peer-name';
  name.textContent = user.name;
  el.append('\u2060', name, '\u2060');
  return el;
}

/** Undo and redo in a shared article undo this browser's own text changes only. */
export const liveHistory = {
  undo: undoCommand,
  redo: redoCommand,
  canUndo: (state: import('prosemirror-state').EditorState) => !!yUndoPluginKey.getState(state)?.undoManager.canUndo(),
  canRedo: (state: import('prosemirror-state').EditorState) => !!yUndoPluginKey.getState(state)?.undoManager.canRedo(),
};

export interface OpenOptions {
  articleId: string;
  token: string;
  origin: string;
  repo: Repository;
  schema: import('prosemirror-model').Schema;
  events: LiveEvents;
  /** Seeds a new shared document (sharing an article for the first time). */
  seed?: { text: Node; records: Iterable<ClaimRecord>; meta: ArticleMeta };
}

/**
 * Opens a shared article: this browser's copy of its document (read from
 * IndexedDB, so a reload offline shows the last state), kept as updates
 * arrive from anywhere, passed to this browser's other tabs, and connected
 * live to the team server.
 */
export async function openLiveArticle(options: OpenOptions): Promise<LiveArticle> {
  const { articleId, repo } = options;
  const doc = new Y.Doc();
  // Text this browser's undo or redo brings back goes out where it lands here (Yjs 13.6 can send it elsewhere: see undo.ts).
  const stopReanchoring = sendRestoredTextWhereItLands(doc);
  const log = new UpdateLog(repo);
  for (const update of await log.load(articleId)) Y.applyUpdate(doc, update, log);
  if (options.seed) seedSharedDoc(doc, options.seed.text, options.seed.records, options.seed.meta);
  // Tabs of this browser on the same article stay in step without the server (offline too).
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`factcheck-desk:shared:${articleId}`) : null;
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === log) return;
    log.append(articleId, update).catch((error: unknown) => options.events.status('offline', `This browser could not keep a change (${(error as Error).name}).`));
    if (origin !== channel) channel?.postMessage(update);
  };
  doc.on('update', onUpdate);
  if (options.seed) await log.append(articleId, Y.encodeStateAsUpdate(doc));
  if (channel) channel.onmessage = (e: MessageEvent<Uint8Array>) => Y.applyUpdate(doc, new Uint8Array(e.data), channel);
  const connection = new LiveConnection(syncUrl(options.origin), articleId, options.token, doc, options.events);
  const fragment = articleFragment(doc);
  const plugins: Plugin[] = [ySyncPlugin(fragment) as Plugin, yUndoPlugin() as Plugin, keymap({ 'Mod-z': undoCommand, 'Shift-Mod-z': redoCommand, 'Mod-y': redoCommand }), claimsSyncPlugin(doc)];
  if (connection.awareness) {
    plugins.push(
      yCursorPlugin(connection.awareness, {
        cursorBuilder: (user: Presence['user']) => caret(user),
        selectionBuilder: (user: Presence['user']) => ({ class: `fc-peer-selection fc-peer-${user.colour}` }),
      }) as Plugin,
    );
  }
  return {
    doc,
    connection,
    text: fragment.length ? yXmlFragmentToProseMirrorRootNode(fragment, options.schema) : null,
    records: readRecords(claimsMap(doc)),
    plugins,
    isRemote: isRemoteChange,
    meta: () => sharedMeta(doc),
    setMeta: (meta) => writeMeta(doc, meta),
    destroy() {
      doc.off('update', onUpdate);
      stopReanchoring();
      channel?.close();
      connection.destroy();
      doc.destroy();
    },
  };
}
