import { Plugin, Selection, type EditorState, type Transaction } from 'prosemirror-state';
import { ReplaceStep } from 'prosemirror-transform';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import { textMap } from '../article/positions.js';
import type { ClaimsAction } from './actions.js';
import { describeSelector } from './selectors.js';
import type { ClaimRecord, HistoryEntry } from './record.js';
import { activeDecorations, claimDecorations, keepRanges, lastPlaceOf, claimsKey, claimsAt, NONE_TOUCHED, type ClaimSpec, type ClaimsState, type RevisionSide } from './state.js';
import { claimSpans, isClaimMarkStep, type Span } from './marks.js';
import { trackMarks, type MarkChange } from './track.js';
import { nextTypingRun, typeIntoClaims } from './typing.js';
import { copiedClaimMarks } from './clipboard.js';

/** No claim's place was read from marks. */
const NO_SPANS: ReadonlyMap<string, Span | null> = new Map();

/** What the editor draws for a claims state: its highlights, the open claim marked. ProseMirror asks more than once per state. */
const drawn = new WeakMap<ClaimsState, DecorationSet>();

/** The inline decoration that highlights one claim. */
export function claimDecoration(from: number, to: number, record: ClaimRecord, active = false): Decoration {
  const attrs: Record<string, string> = {
    // An explicit nodeName makes ProseMirror give every claim its own
    // element where claims overlap, instead of merging their attributes.
    nodeName: 'span',
    // The open claim is marked by a class on its own element, not by a
    // wrapper: opening another claim then patches two class attributes
    // instead of rebuilding the elements of two paragraphs.
    class: `fc-claim${record.changed ? ' fc-changed' : ''}${active ? ' fc-active' : ''}`,
    'data-claim-id': record.id,
    'data-status': record.status,
  };
  if (record.changed) attrs['data-changed'] = 'true';
  const spec: ClaimSpec = { claimId: record.id };
  // Typing at either edge of a claim is not part of the claim.
  return Decoration.inline(from, to, attrs, { ...spec, inclusiveStart: false, inclusiveEnd: false });
}

function specId(d: Decoration): string {
  return (d.spec as ClaimSpec).claimId;
}

/** Replaces the highlights of `records` (keeping their ranges) so their attributes follow the records. */
function redecorate(decos: DecorationSet, doc: Node, records: ClaimRecord[]): DecorationSet {
  if (records.length === 0) return decos;
  const byId = new Map(records.map((r) => [r.id, r]));
  // One record (a status, a note): usually the open claim, whose place is known.
  const old =
    records.length === 1 ? claimDecorations(decos, records[0]!.id, doc.content.size, lastPlaceOf(records[0]!.id)) : decos.find(undefined, undefined, (spec) => byId.has((spec as ClaimSpec).claimId));
  const replacements = old.map((d) => claimDecoration(d.from, d.to, byId.get(specId(d))!));
  // `remove` nulls out the entries of the array it is given.
  const next = decos.remove([...old]).add(doc, replacements);
  keepRanges(decos, next);
  return next;
}

function textAt(doc: Node, from: number, to: number): string {
  return doc.textBetween(from, to, '\n\n', '\n');
}

/**
 * What the claims' records say after their words moved, vanished or came
 * back: a claim none of whose words are left becomes an orphan (never
 * lost); an orphan whose words are back (undo, a paste of its cut words)
 * is attached again; a claim with a status whose words changed needs
 * re-checking, with the old and the new words in its history.
 */
function recordsAfter(tr: Transaction, prev: ClaimsState, change: MarkChange, remote: boolean): { records: Map<string, ClaimRecord> | null; touched: Set<string> } {
  let records: Map<string, ClaimRecord> | null = null;
  const touched = new Set<string>();
  const put = (r: ClaimRecord) => {
    records ??= new Map(prev.records);
    records.set(r.id, r);
  };
  const at = new Date(tr.time).toISOString();
  const by = prev.reviewer;
  // What happened to a claim is written in its history by whoever did it;
  // the other copies of a shared article get the entry with the record.
  const entry = (record: ClaimRecord, e: Omit<HistoryEntry, 'status' | 'at' | 'by'>) => (remote ? record.history : [...record.history, { status: record.status, at, by, ...e }]);
  for (const [id, now] of change.spans) {
    const record = prev.records.get(id);
    if (!record) continue;
    const old = change.before.get(id);
    if (old && !now) {
      const map = textMap(tr.before);
      const anchor = describeSelector(map.text, map.toOffset(old.from), map.toOffset(old.to));
      put(withDerivedChange({ ...record, orphaned: true, anchor, history: entry(record, { event: 'orphaned', oldText: anchor.quote }) }, null));
      touched.add(id);
      continue;
    }
    if (!now) continue;
    const newText = textAt(tr.doc, now.from, now.to);
    if (!old) {
      touched.add(id);
      if (!record.orphaned) continue;
      const next: ClaimRecord = { ...record, orphaned: false, history: entry(record, { event: 'reattached' }) };
      delete next.anchor;
      put(textChanged(next, record.anchor?.quote ?? newText, newText, at, by, remote));
      continue;
    }
    const oldText = textAt(tr.before, old.from, old.to);
    if (oldText !== newText || change.whole) touched.add(id);
    if (oldText === newText) continue;
    const next = textChanged(record, oldText, newText, at, by, remote);
    if (next !== record) put(next);
  }
  return { records, touched };
}

/**
 * A claim with a status whose words went from `oldText` to `newText` needs
 * re-checking: compared with the words it was checked on (`checkedText`)
 * where those are known. The edit is written in its history where it was
 * made (not `remote`); one run of edits is one history entry.
 */
function textChanged(record: ClaimRecord, oldText: string, newText: string, at: string, by: string, remote: boolean): ClaimRecord {
  if (oldText === newText || record.status === 'unchecked') return withDerivedChange(record, newText);
  let next: ClaimRecord;
  const last = record.history[record.history.length - 1];
  if (remote) next = record.changed ? record : { ...record, changed: true };
  else if (record.changed && last?.event === 'text-changed' && last.by === by) {
    // One's own run of edits is one entry (another person's entries are never rewritten); keep the text the status was set on.
    const original = last.oldText ?? oldText;
    next = original === newText ? { ...record, changed: false, history: record.history.slice(0, -1) } : { ...record, history: [...record.history.slice(0, -1), { ...last, newText, at }] };
  } else {
    next = { ...record, changed: true, history: [...record.history, { status: record.status, at, by, event: 'text-changed', oldText, newText }] };
  }
  return withDerivedChange(next, newText);
}

/**
 * `record` with `changed` worked out from its words now and the words it
 * was checked on, where those are known. An orphan's words are those it had
 * last (its anchor's quote): every copy of a shared article then agrees.
 */
function withDerivedChange(record: ClaimRecord, words: string | null): ClaimRecord {
  const text = words ?? (record.orphaned ? record.anchor?.quote : undefined);
  if (record.checkedText === undefined || text === undefined) return record;
  const changed = record.status !== 'unchecked' && text !== record.checkedText;
  return changed === record.changed ? record : { ...record, changed };
}

/** Draws the claims whose place was read from their marks. */
function drawSpans(decos: DecorationSet, doc: Node, spans: ReadonlyMap<string, Span | null>, records: ReadonlyMap<string, ClaimRecord>): DecorationSet {
  const add: Decoration[] = [];
  for (const [id, span] of spans) {
    const record = records.get(id);
    if (span && record) add.push(claimDecoration(span.from, span.to, record));
  }
  return add.length ? decos.add(doc, add) : decos;
}

function applyAction(state: ClaimsState, action: ClaimsAction, doc: Node, spans: ReadonlyMap<string, Span | null>, remote: boolean): ClaimsState {
  switch (action.type) {
    case 'put': {
      const records = new Map(state.records);
      // A record that arrives after its marks (another tab, a collaborator), or without any (an orphan).
      const fresh = new Set(action.records.filter((r) => !spans.has(r.id) && !state.records.has(r.id)).map((r) => r.id));
      const found = fresh.size ? claimSpans(doc, 0, doc.content.size, (id) => fresh.has(id)) : NO_SPANS;
      /** A claim's words now: from the marks this transaction read, else its highlight. */
      const wordsOf = (id: string): string | null => {
        const span = spans.has(id) ? spans.get(id)! : fresh.has(id) ? (found.get(id) ?? null) : (claimDecorations(state.decos, id, doc.content.size, lastPlaceOf(id))[0] ?? null);
        return span ? textAt(doc, span.from, span.to) : null;
      };
      for (let r of action.records) {
        const before = state.records.get(r.id);
        if (fresh.has(r.id)) {
          if (!found.has(r.id) && !r.orphaned) r = { ...r, orphaned: true };
          else if (found.has(r.id) && r.orphaned) r = (({ anchor: _a, ...rest }) => ({ ...rest, orphaned: false }))(r);
        }
        // An orphan's words are those it had last.
        const words = wordsOf(r.id) ?? (r.orphaned ? (r.anchor?.quote ?? null) : null);
        if (words !== null) {
          // A status set, a confirmation or a new claim is a look at the words as they are now.
          if (!remote && (!before || before.status !== r.status || (before.changed && !r.changed))) r = { ...r, checkedText: words };
          r = withDerivedChange(r, words);
        }
        records.set(r.id, r);
      }
      // Claims this transaction placed are drawn from their marks; the
      // others keep their place and take their new look.
      const put = action.records.map((r) => records.get(r.id)!);
      let decos = redecorate(
        state.decos,
        doc,
        put.filter((r) => !spans.has(r.id) && state.records.has(r.id)),
      );
      let touched = state.touched;
      if (found.size) {
        decos = drawSpans(decos, doc, found, records);
        touched = new Set([...touched, ...found.keys()]);
      }
      return { ...state, records, decos, touched, active: action.activate ?? state.active };
    }
    case 'remove': {
      const ids = new Set(action.ids);
      const records = new Map([...state.records].filter(([id]) => !ids.has(id)));
      const decos = state.decos.remove(state.decos.find(undefined, undefined, (spec) => ids.has((spec as ClaimSpec).claimId)));
      return { ...state, records, decos, active: state.active && ids.has(state.active) ? null : state.active };
    }
    case 'activate':
      return { ...state, active: action.id };
    case 'load': {
      // Where each claim is comes from the marks; a claim with none is an orphan.
      const found = claimSpans(doc);
      const records = new Map(
        action.records.map((r) => {
          const span = found.get(r.id);
          if (!span) return [r.id, withDerivedChange(r.orphaned ? r : { ...r, orphaned: true }, null)];
          const attached = r.orphaned ? (({ anchor: _a, ...rest }) => ({ ...rest, orphaned: false }))(r) : r;
          return [r.id, withDerivedChange(attached, textAt(doc, span.from, span.to))];
        }),
      );
      const decos = drawSpans(DecorationSet.empty, doc, found, records);
      return { ...state, records, decos, active: null, revision: null, typing: null, touched: new Set(records.keys()) };
    }
    case 'reviewer':
      return { ...state, reviewer: action.name };
    case 'revise':
      // Handled before anything else, in `apply`: the whole document was replaced.
      return state;
    case 'batch':
      return action.actions.reduce((s, a) => applyAction(s, a, doc, spans, remote), state);
  }
}

/** The claims after the whole document was replaced (a revision, its undo or redo): every claim drawn again from the marks of `doc`. */
function wholeNew(prev: ClaimsState, records: ReadonlyMap<string, ClaimRecord>, doc: Node, spans = claimSpans(doc)): ClaimsState {
  return {
    ...prev,
    records,
    decos: drawSpans(DecorationSet.empty, doc, spans, records),
    touched: new Set(records.keys()),
    textVersion: {},
    typing: null,
    active: prev.active && records.has(prev.active) ? prev.active : null,
  };
}

function applyRevision(prev: ClaimsState, action: Extract<ClaimsAction, { type: 'revise' }>, tr: Transaction): ClaimsState {
  const records = new Map(action.records.map((r) => [r.id, r]));
  return {
    ...wholeNew(prev, records, tr.doc),
    revision: {
      before: { doc: tr.before, records: prev.records },
      after: { doc: tr.doc, records },
    },
  };
}

/**
 * Undo and redo of a revision are whole-document replacements that give
 * back one side's document exactly, claim marks included; the claims'
 * records of that side come back with it. Anything else maps as usual.
 */
function revisionSideOf(prev: ClaimsState, tr: Transaction): RevisionSide | null {
  const memo = prev.revision;
  if (!memo || tr.steps.length !== 1) return null;
  const step = tr.steps[0];
  if (!(step instanceof ReplaceStep)) return null;
  const { from, to } = step as unknown as { from: number; to: number };
  if (from !== 0 || to !== tr.before.content.size) return null;
  if (tr.doc.eq(memo.before.doc)) return memo.before;
  if (tr.doc.eq(memo.after.doc)) return memo.after;
  return null;
}

function restoreSide(prev: ClaimsState, side: RevisionSide, doc: Node): ClaimsState {
  const memo = prev.revision!;
  const other = side === memo.before ? memo.after : memo.before;
  const spans = claimSpans(doc);
  const records = new Map<string, ClaimRecord>();
  for (const [id, current] of prev.records) {
    const then = side.records.get(id);
    if (!then) continue;
    // Statuses, notes and sources set since stay; whether its words
    // changed, and the history the revision wrote, come from that side.
    // History entries are shared objects, so identity tells them apart.
    const known = new Set([...then.history, ...(other.records.get(id)?.history ?? [])]);
    const history = [...then.history, ...current.history.filter((h) => !known.has(h))];
    const record: ClaimRecord = { ...current, history, changed: then.changed, orphaned: !spans.has(id) };
    if (record.orphaned && then.anchor) record.anchor = then.anchor;
    else delete record.anchor;
    records.set(id, record);
  }
  return wholeNew(prev, records, doc, spans);
}

export interface ClaimsPluginOptions {
  reviewer?: string;
  /** Called when a claim highlight is clicked, after it became the active claim. */
  onActivate?: (id: string) => void;
  /**
   * Whether a transaction brings another person's change (a collaborator's
   * edit, or their claim records): claims follow it, but what happened is
   * written in a claim's history only where it was done.
   */
  isRemote?: (tr: Transaction) => boolean;
}

/**
 * The claims plugin: the open article's claims, followed through every
 * transaction by the marks on their words. Its `apply` is pure; saving is
 * done by a plugin view elsewhere (see the store), never here.
 */
export function claimsPlugin(options: ClaimsPluginOptions = {}): Plugin<ClaimsState> {
  return new Plugin<ClaimsState>({
    key: claimsKey,
    state: {
      init: (_config, state: EditorState): ClaimsState => ({
        decos: DecorationSet.create(state.doc, []),
        records: new Map(),
        active: null,
        reviewer: options.reviewer ?? '',
        revision: null,
        touched: NONE_TOUCHED,
        textVersion: {},
        typing: null,
      }),
      apply(tr, prev, _oldState, newState): ClaimsState {
        const remote = options.isRemote?.(tr) ?? false;
        const action = tr.getMeta(claimsKey) as ClaimsAction | undefined;
        if (action?.type === 'revise') return applyRevision(prev, action, tr);
        const side = revisionSideOf(prev, tr);
        if (side) return restoreSide(prev, side, tr.doc);
        let next: ClaimsState = prev.touched === NONE_TOUCHED ? prev : { ...prev, touched: NONE_TOUCHED };
        const typing = nextTypingRun(tr, prev.typing, newState.selection);
        if (typing !== prev.typing) next = { ...next, typing };
        let change: MarkChange | null = null;
        // Loading reads every claim from the marks of the loaded document.
        if (tr.docChanged && action?.type !== 'load') {
          change = trackMarks(tr, prev.decos, (id) => prev.records.has(id));
          const { records, touched } = recordsAfter(tr, prev, change, remote);
          next = {
            ...next,
            decos: change.decos,
            records: records ?? prev.records,
            touched: touched.size ? touched : NONE_TOUCHED,
            textVersion: tr.steps.every(isClaimMarkStep) ? prev.textVersion : {},
          };
        } else if (tr.docChanged) {
          next = { ...next, textVersion: {} };
        }
        if (action) next = applyAction(next, action, tr.doc, change?.spans ?? NO_SPANS, remote);
        if (change?.spans.size) next = { ...next, decos: drawSpans(next.decos, tr.doc, change.spans, next.records) };
        return next;
      },
    },
    appendTransaction: (trs, _old, state) => copiedClaimMarks(trs, state),
    props: {
      decorations(state) {
        const claims = claimsKey.getState(state)!;
        const known = drawn.get(claims);
        if (known) return known;
        const pieces = activeDecorations(state);
        const record = claims.active ? claims.records.get(claims.active) : undefined;
        const decos =
          pieces.length && record
            ? claims.decos.remove([...pieces]).add(
                state.doc,
                pieces.map((d) => claimDecoration(d.from, d.to, record, true)),
              )
            : claims.decos;
        drawn.set(claims, decos);
        return decos;
      },
      handleTextInput(view, from, to, text) {
        const tr = typeIntoClaims(view.state, from, to, text);
        if (!tr) return false;
        view.dispatch(tr);
        return true;
      },
      handleDOMEvents: {
        // Chromium announces typed text before it changes the page: typing
        // over a claim's words is caught here, with the text known.
        beforeinput(view, event) {
          const e = event;
          if (e.inputType !== 'insertText' || !e.data || view.composing) return false;
          const { from, to } = view.state.selection;
          const tr = typeIntoClaims(view.state, from, to, e.data);
          if (!tr) return false;
          e.preventDefault();
          view.dispatch(tr);
          return true;
        },
      },
      handleClick(view, pos, event) {
        // Shift+click extends the selection, as everywhere else.
        if (event.shiftKey) return false;
        const ids = claimsAt(view.state, pos);
        if (ids.length === 0) return false;
        // Repeated clicks cycle through overlapping claims, innermost first.
        const current = claimsKey.getState(view.state)!.active;
        const i = current ? ids.indexOf(current) : -1;
        const id = ids[(i + 1) % ids.length]!;
        // The caret goes where the click landed, in the same transaction:
        // dispatching the opening alone would put back the selection
        // ProseMirror had before the click (the browser's new caret is
        // read only later), and typing would replace those old words.
        const tr = view.state.tr.setSelection(Selection.near(view.state.doc.resolve(pos)));
        view.dispatch(tr.setMeta(claimsKey, { type: 'activate', id } satisfies ClaimsAction));
        options.onActivate?.(id);
        return true;
      },
    },
  });
}
