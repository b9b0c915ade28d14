/**
 * One copy of a shared article, without a browser: the real schema, the
 * real claims plugin and the real record binding (src/collab), with
 * y-prosemirror's own conversion between the editor's document and the
 * shared one, as its sync plugin does it in the app. The convergence fuzz
 * (convergence.node.mjs) runs three of these against each other.
 */
import * as Y from 'yjs';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { Slice } from 'prosemirror-model';
import { ySyncPluginKey, updateYFragment, yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import { articleSchema } from '../../src/article/schema.js';
import { parseText } from '../../src/article/parse.js';
import { claimsPlugin } from '../../src/claims/plugin.js';
import { claimsKey, claimsOf, claimRanges } from '../../src/claims/state.js';
import { tagClaim, setStatus, updateClaim } from '../../src/claims/commands.js';
import { storedClaims } from '../../src/claims/snapshot.js';
import type { ClaimRecord, HistoryEntry, StoredClaim } from '../../src/claims/record.js';
import { STATUS_IDS } from '../../src/claims/status.js';
import { articleFragment, claimsMap, seedSharedDoc } from '../../src/collab/doc.js';
import { changedClaims, receiveRecords, sendRecords } from '../../src/collab/claims-sync.js';
import { isRemoteChange } from '../../src/collab/remote.js';
import { readRecords } from '../../src/collab/records.js';
import { sendRestoredTextWhereItLands } from '../../src/collab/undo.js';
import { mulberry32, type Random } from '../helpers/prng.js';

export { mulberry32 };

/** The origin of a copy's own changes in its shared document (what its undo manager tracks). */
const LOCAL = Symbol('local');

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

export class Replica {
  readonly doc = new Y.Doc();
  readonly fragment = articleFragment(this.doc);
  readonly claims = claimsMap(this.doc);
  state: EditorState;
  /** Updates this copy made, not yet delivered to the others. */
  readonly outbox: Uint8Array[] = [];
  private readonly undo: Y.UndoManager;
  /** History entries this copy's own operations took away (a run of edits merged, words back as they were). */
  readonly removedHere = new Set<string>();
  /** Every history entry this copy ever had. */
  readonly seen = new Set<string>();
  /** Every claim id this copy ever had. */
  readonly ids = new Set<string>();

  constructor(
    readonly name: string,
    seed?: Uint8Array,
  ) {
    // Fixed client ids and claim ids: a seed replays exactly.
    this.doc.clientID = [...name].reduce((n, c) => n * 31 + c.charCodeAt(0), 7) >>> 0;
    // As the app does for every shared document it opens (live-article.ts).
    sendRestoredTextWhereItLands(this.doc);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote') this.outbox.push(update);
    });
    if (seed) Y.applyUpdate(this.doc, seed, 'remote');
    const text = this.fragment.length ? yXmlFragmentToProseMirrorRootNode(this.fragment, articleSchema) : parseText(TEXT).doc;
    this.state = EditorState.create({ doc: text, plugins: [claimsPlugin({ reviewer: name, isRemote: isRemoteChange })] });
    this.state = this.state.apply(this.state.tr.setMeta(claimsKey, { type: 'load', records: readRecords(this.claims), ranges: [] }).setMeta('addToHistory', false));
    this.undo = new Y.UndoManager(this.fragment, { trackedOrigins: new Set([LOCAL]) });
    this.fragment.observeDeep((_events, transaction) => {
      if (transaction.origin !== LOCAL) this.receiveText(transaction.origin instanceof Y.UndoManager);
    });
    this.claims.observeDeep((events, transaction) => {
      if (transaction.origin === LOCAL) return;
      const tr = receiveRecords(this.state, this.claims, changedClaims(this.claims, events as Array<Y.YEvent<Y.AbstractType<unknown>>>));
      if (tr) this.applyRemote(tr);
    });
    this.note();
  }

  /** The first copy: the sample text with a few claims, written into its shared document. */
  static first(name: string): Replica {
    const r = new Replica(name);
    for (const quote of ['$75 million', '246 Javelin missiles', 'some 30 Serb militants', 'on Thursday']) {
      r.tagText(quote);
      setStatus(claimsOf(r.state).active!, 'verified')(r.state, (tr) => r.commit(tr));
    }
    return r;
  }

  /** A copy that starts from another's shared document. */
  static from(other: Replica, name: string): Replica {
    return new Replica(name, Y.encodeStateAsUpdate(other.doc));
  }

  /** Seeds the first copy's shared document from its editor state (as sharing does). */
  publish(): void {
    this.doc.transact(() => seedSharedDoc(this.doc, this.state.doc, claimsOf(this.state).records.values(), { id: 'a', title: 't', createdAt: '', updatedAt: '' }), LOCAL);
  }

  private receiveText(undo: boolean) {
    const text = yXmlFragmentToProseMirrorRootNode(this.fragment, articleSchema);
    const tr = this.state.tr.replace(0, this.state.doc.content.size, new Slice(text.content, 0, 0));
    tr.setMeta(ySyncPluginKey, { isChangeOrigin: true, isUndoRedoOperation: undo });
    this.applyRemote(tr, undo);
  }

  /** Another copy's change (or this copy's own undo): applied as the app applies it, and any record change it leads to goes out. */
  private applyRemote(tr: Transaction, own = false) {
    const before = this.state;
    this.state = this.state.applyTransaction(tr).state;
    this.sendRecords(before);
    this.note(before, own);
  }

  /** This copy's own transaction: into the editor state, then into the shared document. */
  commit(tr: Transaction): void {
    const before = this.state;
    this.state = this.state.applyTransaction(tr).state;
    this.doc.transact(() => {
      if (this.state.doc !== before.doc) updateYFragment(this.doc, this.fragment, this.state.doc, { mapping: new Map(), isOMark: new Map() });
      sendRecords(this.claims, claimsOf(before).records, claimsOf(this.state).records);
    }, LOCAL);
    this.note(before, true);
  }

  private sendRecords(before: EditorState) {
    const a = claimsOf(before).records;
    const b = claimsOf(this.state).records;
    if (a !== b) this.doc.transact(() => sendRecords(this.claims, a, b), LOCAL);
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

  /** Tags the first occurrence of `quote`. */
  tagText(quote: string): void {
    const text = this.state.doc.textBetween(0, this.state.doc.content.size, '\n', '\n');
    let pos = -1;
    this.state.doc.descendants((node, p) => {
      if (pos < 0 && node.isText && node.text!.includes(quote)) pos = p + node.text!.indexOf(quote);
    });
    if (pos < 0) throw new Error(`"${quote}" not in ${text}`);
    const selected = this.state.apply(this.state.tr.setSelection(TextSelection.create(this.state.doc, pos, pos + quote.length)));
    tagClaim(`claim-${this.name}-${quote.length}-${pos}`)(selected, (tr) => {
      this.state = selected;
      this.commit(tr);
    });
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
      const selected = this.state.apply(this.state.tr.setSelection(TextSelection.between(this.state.doc.resolve(from), this.state.doc.resolve(end))));
      let done = false;
      tagClaim(`claim-${this.name}-${rnd.int(0, 1e9)}`)(selected, (tr) => {
        this.state = selected;
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
      this.undo.undo();
      return 'undo';
    }
    this.undo.stopCapturing();
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
