/**
 * One copy of a shared article, without a browser: the real schema, the
 * real claims plugin, and the plugins a shared article's editor has in the
 * app (live-article.ts: y-prosemirror's sync and undo plugins, the claim
 * records' sync), run by a headless stand-in for the editor's view, so
 * edits, undo and redo, and other people's changes take the app's own path
 * between the editor and the shared document. The convergence fuzz
 * (convergence.node.mjs) runs three of these against each other.
 */
import * as Y from 'yjs';
import { EditorState, TextSelection, type Plugin, type PluginView, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { ySyncPlugin, yUndoPlugin, yUndoPluginKey, undo, redo, yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import { articleSchema } from '../../src/article/schema.js';
import { parseText } from '../../src/article/parse.js';
import { claimsPlugin } from '../../src/claims/plugin.js';
import { claimsKey, claimsOf, claimRanges } from '../../src/claims/state.js';
import { tagClaim, setStatus, updateClaim } from '../../src/claims/commands.js';
import { storedClaims } from '../../src/claims/snapshot.js';
import type { ClaimRecord, HistoryEntry, StoredClaim } from '../../src/claims/record.js';
import { STATUS_IDS } from '../../src/claims/status.js';
import { articleFragment, claimsMap, seedSharedDoc } from '../../src/collab/doc.js';
import { claimsSyncPlugin } from '../../src/collab/claims-sync.js';
import { isRemoteChange } from '../../src/collab/remote.js';
import { readRecords } from '../../src/collab/records.js';
import { sendRestoredTextWhereItLands } from '../../src/collab/undo.js';
import { mulberry32, type Random } from '../helpers/prng.js';

export { mulberry32 };

const TEXT = [
  'Kosovo to Deploy New US Anti-Tank Weapons',
  'The State Department approved the $75 million purchase on Jan. 11. The deal includes 246 Javelin missiles.',
  'Tensions boiled over after Sept. 24, when some 30 Serb militants fought with police, leaving four dead.',
  'Vucic called the arms sale a “great disappointment” after meeting the US ambassador on Thursday.',
].join('\n\n');

const WORDS = ['alpha ', 'the ', '42 ', '😀 ', 'e\u0301 ', ', ', 'Kosovo ', 'x'];

/** A history entry as a key: the same entry on two copies compares equal. */
export function entryKey(id: string, h: HistoryEntry): string {
  return `${id}|${JSON.stringify(Object.fromEntries(Object.entries(h).sort(([a], [b]) => (a < b ? -1 : 1))))}`;
}

/**
 * What ProseMirror's EditorView does with plugins, without a DOM: it makes
 * each plugin's view, and after every dispatched transaction it takes the
 * new state and tells the plugin views (fc-editor dispatches this way).
 * y-prosemirror's sync plugin asks the view only for its state, dispatch
 * and whether it has focus (it has not: no caret to keep in sight).
 */
class HeadlessView {
  private readonly views: PluginView[] = [];

  constructor(
    public state: EditorState,
    private readonly applied: (tr: Transaction, before: EditorState) => void,
  ) {
    for (const plugin of state.plugins) {
      const view = plugin.spec.view?.(this as unknown as EditorView);
      if (view) this.views.push(view);
    }
  }

  dispatch(tr: Transaction): void {
    const before = this.state;
    this.state = before.apply(tr);
    for (const view of this.views) view.update?.(this as unknown as EditorView, before);
    this.applied(tr, before);
  }

  hasFocus(): boolean {
    return false;
  }
}

export class Replica {
  readonly doc = new Y.Doc();
  readonly fragment = articleFragment(this.doc);
  readonly claims = claimsMap(this.doc);
  private readonly view: HeadlessView;
  /** Updates this copy made, not yet delivered to the others. */
  readonly outbox: Uint8Array[] = [];
  /** History entries this copy's own operations took away (a run of edits merged, words back as they were). */
  readonly removedHere = new Set<string>();
  /** Every history entry this copy ever had. */
  readonly seen = new Set<string>();
  /** Every claim id this copy ever had. */
  readonly ids = new Set<string>();

  constructor(
    readonly name: string,
    seed: Uint8Array,
  ) {
    // Fixed client ids and claim ids: a seed replays exactly.
    this.doc.clientID = [...name].reduce((n, c) => n * 31 + c.charCodeAt(0), 7) >>> 0;
    // As the app does for every shared document it opens (live-article.ts).
    sendRestoredTextWhereItLands(this.doc);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote') this.outbox.push(update);
    });
    Y.applyUpdate(this.doc, seed, 'remote');
    // As the session opens a shared article: the text and records of this copy, the live plugins, the claims plugin.
    const plugins: Plugin[] = [ySyncPlugin(this.fragment) as Plugin, yUndoPlugin() as Plugin, claimsSyncPlugin(this.doc), claimsPlugin({ reviewer: name, isRemote: isRemoteChange })];
    let state = EditorState.create({ doc: yXmlFragmentToProseMirrorRootNode(this.fragment, articleSchema), plugins });
    state = state.apply(state.tr.setMeta(claimsKey, { type: 'load', records: readRecords(this.claims), ranges: [] }).setMeta('addToHistory', false));
    // (The sync plugin's first rendering is dispatched while the view is being made: nothing to note yet.)
    this.view = new HeadlessView(state, (tr, before) => this.view && this.note(before, !isRemoteChange(tr)));
    this.note();
  }

  get state(): EditorState {
    return this.view.state;
  }

  /**
   * The first copy: the sample text with a few claims, checked, shared as
   * sharing does it (the shared document seeded from the article, then opened).
   */
  static first(name: string): Replica {
    let state = EditorState.create({ doc: parseText(TEXT).doc, plugins: [claimsPlugin({ reviewer: name })] });
    for (const quote of ['$75 million', '246 Javelin missiles', 'some 30 Serb militants', 'on Thursday']) {
      const pos = findText(state, quote);
      state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos, pos + quote.length)));
      tagClaim(`claim-${name}-${quote.length}-${pos}`)(state, (tr) => (state = state.apply(tr)));
      setStatus(claimsOf(state).active!, 'verified')(state, (tr) => (state = state.apply(tr)));
    }
    const doc = new Y.Doc();
    doc.clientID = 1;
    seedSharedDoc(doc, state.doc, claimsOf(state).records.values(), { id: 'a', title: 't', createdAt: '', updatedAt: '' });
    return new Replica(name, Y.encodeStateAsUpdate(doc));
  }

  /** A copy that starts from another's shared document. */
  static from(other: Replica, name: string): Replica {
    return new Replica(name, Y.encodeStateAsUpdate(other.doc));
  }

  /** This copy's own transaction, dispatched as the editor dispatches it. */
  commit(tr: Transaction): void {
    this.view.dispatch(tr);
  }

  /** Keeps track of history entries: every one seen, and those this copy's own operations took away. */
  private note(before?: EditorState, own = false) {
    for (const [id, r] of claimsOf(this.state).records) {
      this.ids.add(id);
      for (const h of r.history) this.seen.add(entryKey(id, h));
    }
    if (!own || !before) return;
    const now = new Set<string>();
    for (const [id, r] of claimsOf(this.state).records) for (const h of r.history) now.add(entryKey(id, h));
    for (const [id, r] of claimsOf(before).records) for (const h of r.history) if (!now.has(entryKey(id, h))) this.removedHere.add(entryKey(id, h));
  }

  /** Ctrl+Z in a shared article (y-prosemirror's undo command): whether there was something to undo. */
  undo(): boolean {
    return undo(this.state);
  }

  /** Ctrl+Shift+Z: whether there was something to redo. */
  redo(): boolean {
    return redo(this.state);
  }

  /** Time passes: the next change is a new undo step (y-prosemirror's undo manager starts one after 500 ms). */
  pause(): void {
    this.undoManager.stopCapturing();
  }

  private get undoManager(): Y.UndoManager {
    return (yUndoPluginKey.getState(this.state) as { undoManager: Y.UndoManager }).undoManager;
  }

  /** One random operation of a checker or a writer. */
  randomOp(rnd: Random): string {
    const size = this.state.doc.content.size;
    // A caret never stands inside an emoji (between the halves of a surrogate pair).
    const whole = (p: number) => {
      const $p = this.state.doc.resolve(Math.min(Math.max(p, 0), this.state.doc.content.size));
      const before = $p.parent.textBetween(Math.max(0, $p.parentOffset - 1), $p.parentOffset);
      return /[\ud800-\udbff]/.test(before) ? p + 1 : p;
    };
    const pos = () => whole(TextSelection.near(this.state.doc.resolve(rnd.int(0, size))).from);
    const ranges = claimRanges(this.state);
    const claimIds = [...claimsOf(this.state).records.keys()];
    const op = rnd.int(0, 11);
    if (op <= 2) {
      const at = ranges.length && rnd.next() < 0.5 ? whole(rnd.pick(ranges).from + rnd.int(0, 3)) : pos();
      const p = Math.min(at, this.state.doc.content.size - 1);
      if (!this.state.doc.resolve(p).parent.inlineContent) return 'skip';
      this.commit(this.state.tr.insertText(rnd.pick(WORDS), p));
      return 'type';
    }
    if (op <= 4) {
      // Deletes across claim edges, and across paragraph breaks (a join).
      const from = ranges.length && rnd.next() < 0.6 ? whole(Math.max(1, rnd.pick(ranges).to - rnd.int(0, 4))) : pos();
      const to = whole(Math.min(this.state.doc.content.size - 1, from + rnd.int(1, 12)));
      if (to <= from) return 'skip';
      const tr = this.state.tr.delete(from, to);
      if (!tr.docChanged) return 'skip';
      this.commit(tr);
      return 'delete';
    }
    if (op === 5) {
      const at = ranges.length && rnd.next() < 0.6 ? whole(rnd.int(rnd.pick(ranges).from, rnd.pick(ranges).to)) : pos();
      const $at = this.state.doc.resolve(Math.min(at, this.state.doc.content.size - 1));
      if (!$at.parent.inlineContent || $at.depth !== 1) return 'skip';
      this.commit(this.state.tr.split($at.pos));
      return 'split';
    }
    if (op === 6) {
      // A paste of a piece of the article (claims marked on it come along, as the clipboard keeps them).
      const from = pos();
      const to = whole(Math.min(this.state.doc.content.size - 1, from + rnd.int(2, 20)));
      const slice = this.state.doc.slice(from, to);
      const at = pos();
      const tr = this.state.tr.replace(at, at, slice).setMeta('uiEvent', 'paste');
      if (!tr.docChanged) return 'skip';
      this.commit(tr);
      return 'paste';
    }
    if (op === 7) {
      const from = pos();
      const to = whole(Math.min(this.state.doc.content.size - 1, from + rnd.int(3, 25)));
      const end = TextSelection.near(this.state.doc.resolve(Math.max(from, to)), -1).from;
      if (end <= from) return 'skip';
      this.commit(this.state.tr.setSelection(TextSelection.between(this.state.doc.resolve(from), this.state.doc.resolve(end))));
      let done = false;
      tagClaim(`claim-${this.name}-${rnd.int(0, 1e9)}`)(this.state, (tr) => {
        this.commit(tr);
        done = true;
      });
      return done ? 'tag' : 'skip';
    }
    if (op === 8 && claimIds.length) {
      const id = rnd.pick(claimIds);
      setStatus(id, rnd.pick(STATUS_IDS.slice(0, 7)))(this.state, (tr) => this.commit(tr));
      return 'status';
    }
    if (op === 9 && claimIds.length) {
      const id = rnd.pick(claimIds);
      const patch =
        rnd.next() < 0.5
          ? { note: `note by ${this.name} ${rnd.int(0, 99)}` }
          : { sources: [...claimsOf(this.state).records.get(id)!.sources, { url: `https://example.org/${this.name}/${rnd.int(0, 99)}` }] };
      updateClaim(id, patch)(this.state, (tr) => this.commit(tr));
      return 'note';
    }
    if (op === 10) {
      // Ctrl+Z, or Ctrl+Shift+Z when there is something to redo (y-prosemirror's commands).
      if (this.undoManager.canRedo() && rnd.next() < 0.5) {
        this.redo();
        return 'redo';
      }
      this.undo();
      return 'undo';
    }
    this.pause();
    return 'pause';
  }

  /** Takes the updates made since last asked. */
  takeOutbox(): Uint8Array[] {
    return this.outbox.splice(0);
  }

  receive(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, 'remote');
  }

  /** What the copy has: the document as JSON and the claims as they leave the editor. */
  snapshot(): { doc: unknown; claims: StoredClaim[] } {
    const sorted = (v: object) => Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)));
    return {
      doc: this.state.doc.toJSON(),
      claims: storedClaims(this.state)
        .map(sorted)
        .sort((a, b) => (a['id']! < b['id']! ? -1 : 1)) as unknown as StoredClaim[],
    };
  }

  records(): ReadonlyMap<string, ClaimRecord> {
    return claimsOf(this.state).records;
  }

  /** The claim's words now, or null for an orphan. */
  wordsOf(id: string): string | null {
    const r = claimRanges(this.state).find((x) => x.id === id);
    return r ? this.state.doc.textBetween(r.from, r.to, '\n\n', '\n') : null;
  }
}

/** Where `quote` first occurs in the document. */
function findText(state: EditorState, quote: string): number {
  let pos = -1;
  state.doc.descendants((node, p) => {
    if (pos < 0 && node.isText && node.text!.includes(quote)) pos = p + node.text!.indexOf(quote);
  });
  if (pos < 0) throw new Error(`"${quote}" not in the text`);
  return pos;
}
