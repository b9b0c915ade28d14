import { Plugin, type EditorState, type Transaction } from 'prosemirror-state';
import { Mapping, ReplaceStep } from 'prosemirror-transform';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import { textMap } from '../article/positions.js';
import type { ClaimsAction } from './actions.js';
import { describeSelector } from './selectors.js';
import type { ClaimRecord } from './record.js';
import { activeDecorations, claimDecorations, keepRanges, lastPlaceOf, claimsKey, claimsAt, NONE_TOUCHED, type ClaimSpec, type ClaimsState, type LostClaim, type RevisionSide } from './state.js';

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
    records.length === 1
      ? claimDecorations(decos, records[0]!.id, doc.content.size, lastPlaceOf(records[0]!.id))
      : decos.find(undefined, undefined, (spec) => byId.has((spec as ClaimSpec).claimId));
  const replacements = old.map((d) => claimDecoration(d.from, d.to, byId.get(specId(d))!));
  // `remove` nulls out the entries of the array it is given.
  const next = decos.remove([...old]).add(doc, replacements);
  keepRanges(decos, next);
  return next;
}

function textAt(doc: Node, from: number, to: number): string {
  return doc.textBetween(from, to, '\n\n', '\n');
}

interface Mapped {
  touched: ReadonlySet<string>;
  decos: DecorationSet;
  records: Map<string, ClaimRecord> | null;
  lost: Map<string, LostClaim> | null;
}

/**
 * Maps the highlights through a document change and notices what the
 * change did to claims: text changed inside a claim that has a status
 * (it needs re-checking), all of a claim's text deleted (it becomes an
 * orphan, never lost), and deleted claim text that came back (undo), which
 * re-attaches the orphan.
 */
function mapThrough(tr: Transaction, prev: ClaimsState): Mapped {
  const touched = new Set<string>();
  const removed = new Map<string, { pos: number; offset: number; size: number }>();
  let decos = prev.decos;
  tr.mapping.maps.forEach((map, i) => {
    const gone = new Set<string>();
    const docAfter = i + 1 < tr.docs.length ? tr.docs[i + 1]! : tr.doc;
    const later = tr.mapping.slice(i + 1);
    map.forEach((oldStart, oldEnd, newStart) => {
      for (const d of decos.find(oldStart, oldEnd)) {
        const id = specId(d);
        const inside = oldStart === oldEnd ? d.from < oldStart && oldStart < d.to : oldStart < d.to && oldEnd > d.from;
        if (inside) touched.add(id);
        // Remember where in the deleted range the claim sat, so the text
        // coming back (undo, or the same text pasted back) re-attaches it.
        if (oldStart <= d.from && d.to <= oldEnd && oldEnd > oldStart) {
          removed.set(id, { pos: later.map(newStart, -1), offset: d.from - oldStart, size: d.to - d.from });
        }
      }
    });
    decos = decos.map(new Mapping([map]), docAfter, { onRemove: (spec) => gone.add((spec as ClaimSpec).claimId) });
    // ProseMirror maps a claim whose words were replaced whole onto the
    // replacement; that would put it on words it never had. Its words are
    // gone, so it is an orphan, like a claim whose words were deleted.
    // (Only read the decorations when a claim's words went: not on every keystroke.)
    if (removed.size === 0) return;
    const kept = decos.find(undefined, undefined, (spec) => {
      const id = (spec as ClaimSpec).claimId;
      return removed.has(id) && !gone.has(id);
    });
    if (kept.length) decos = decos.remove(kept);
  });

  let records: Map<string, ClaimRecord> | null = null;
  const put = (r: ClaimRecord) => {
    records ??= new Map(prev.records);
    records.set(r.id, r);
  };
  let lost: Map<string, LostClaim> | null = null;
  const at = new Date(tr.time).toISOString();
  const by = prev.reviewer;

  if (touched.size || removed.size) {
    const before = tr.before;
    const oldRanges = new Map(
      prev.decos
        .find(undefined, undefined, (spec) => touched.has((spec as ClaimSpec).claimId) || removed.has((spec as ClaimSpec).claimId))
        .map((d) => [specId(d), d]),
    );
    const newRanges = new Map(
      decos.find(undefined, undefined, (spec) => touched.has((spec as ClaimSpec).claimId)).map((d) => [specId(d), d]),
    );
    for (const [id, where] of removed) {
      const record = prev.records.get(id);
      const old = oldRanges.get(id);
      if (!record || !old) continue;
      const map = textMap(before);
      const anchor = describeSelector(map.text, map.toOffset(old.from), map.toOffset(old.to));
      put({ ...record, orphaned: true, anchor, history: [...record.history, { status: record.status, at, by, event: 'orphaned', oldText: anchor.quote }] });
      lost ??= new Map(prev.lost);
      lost.set(id, { ...where, text: textAt(before, old.from, old.to) });
    }
    const changedRecords: ClaimRecord[] = [];
    for (const id of touched) {
      const record = prev.records.get(id);
      const old = oldRanges.get(id);
      const now = newRanges.get(id);
      if (!record || !old || !now || removed.has(id) || record.status === 'unchecked') continue;
      const oldText = textAt(before, old.from, old.to);
      const newText = textAt(tr.doc, now.from, now.to);
      if (oldText === newText) continue;
      const last = record.history[record.history.length - 1];
      let next: ClaimRecord;
      if (record.changed && last?.event === 'text-changed') {
        // One run of edits is one history entry: keep the text the status was set on.
        const original = last.oldText ?? oldText;
        next =
          original === newText
            ? { ...record, changed: false, history: record.history.slice(0, -1) }
            : { ...record, history: [...record.history.slice(0, -1), { ...last, newText, at }] };
      } else {
        next = { ...record, changed: true, history: [...record.history, { status: record.status, at, by, event: 'text-changed', oldText, newText }] };
      }
      put(next);
      changedRecords.push(next);
    }
    decos = redecorate(decos, tr.doc, changedRecords);
  }

  // Deleted claim text that is back where it was deleted re-attaches its claim.
  const source = lost ?? prev.lost;
  if (source.size) {
    const ranges: Decoration[] = [];
    const nextLost = new Map<string, LostClaim>();
    for (const [id, entry] of source) {
      const record = (records as Map<string, ClaimRecord> | null)?.get(id) ?? prev.records.get(id);
      if (!record || !record.orphaned) continue;
      if (removed.has(id)) {
        nextLost.set(id, entry);
        continue;
      }
      const start = tr.mapping.map(entry.pos, -1);
      const end = tr.mapping.map(entry.pos, 1);
      const from = start + entry.offset;
      const to = from + entry.size;
      if (to <= end && textAt(tr.doc, from, to) === entry.text) {
        const next: ClaimRecord = { ...record, orphaned: false, history: [...record.history, { status: record.status, at, by, event: 'reattached' }] };
        delete next.anchor;
        put(next);
        ranges.push(claimDecoration(from, to, next));
      } else {
        nextLost.set(id, { ...entry, pos: start });
      }
    }
    lost = nextLost;
    if (ranges.length) decos = decos.add(tr.doc, ranges);
  }
  return { decos, records, lost, touched: touched.size ? touched : NONE_TOUCHED };
}

function applyAction(state: ClaimsState, action: ClaimsAction, doc: Node): ClaimsState {
  switch (action.type) {
    case 'put': {
      const records = new Map(state.records);
      for (const r of action.records) records.set(r.id, r);
      const moved = new Set((action.ranges ?? []).map((r) => r.id));
      let decos = state.decos;
      // Only claims that existed can have a highlight to take away: a new
      // claim (tagging) does not read every decoration looking for one.
      const existing = [...moved].filter((id) => state.records.has(id));
      if (existing.length) {
        const old = new Set(existing);
        decos = decos.remove(decos.find(undefined, undefined, (spec) => old.has((spec as ClaimSpec).claimId)));
      }
      decos = redecorate(decos, doc, action.records.filter((r) => !moved.has(r.id)));
      if (action.ranges?.length) {
        decos = decos.add(
          doc,
          action.ranges.map((r) => claimDecoration(r.from, r.to, records.get(r.id)!)),
        );
      }
      let lost = state.lost;
      if (moved.size && [...moved].some((id) => lost.has(id))) {
        lost = new Map([...lost].filter(([id]) => !moved.has(id)));
      }
      // Claims placed or moved have new words: views refresh their quotes.
      const touched = moved.size ? new Set([...state.touched, ...moved]) : state.touched;
      return { ...state, records, decos, lost, touched, active: action.activate ?? state.active };
    }
    case 'remove': {
      const ids = new Set(action.ids);
      const records = new Map([...state.records].filter(([id]) => !ids.has(id)));
      const decos = state.decos.remove(state.decos.find(undefined, undefined, (spec) => ids.has((spec as ClaimSpec).claimId)));
      const lost = new Map([...state.lost].filter(([id]) => !ids.has(id)));
      return { ...state, records, decos, lost, active: state.active && ids.has(state.active) ? null : state.active };
    }
    case 'activate':
      return { ...state, active: action.id };
    case 'load': {
      const records = new Map(action.records.map((r) => [r.id, r]));
      const decos = DecorationSet.create(
        doc,
        action.ranges.filter((r) => records.has(r.id)).map((r) => claimDecoration(r.from, r.to, records.get(r.id)!)),
      );
      return { ...state, records, decos, lost: new Map(), active: null, revision: null };
    }
    case 'reviewer':
      return { ...state, reviewer: action.name };
    case 'revise':
      // Handled before mapping, in `apply`: the whole document was replaced.
      return state;
    case 'batch':
      return action.actions.reduce((s, a) => applyAction(s, a, doc), state);
  }
}

function rangesOf(decos: DecorationSet): Array<{ id: string; from: number; to: number }> {
  return decos.find().map((d) => ({ id: specId(d), from: d.from, to: d.to }));
}

function applyRevision(prev: ClaimsState, action: Extract<ClaimsAction, { type: 'revise' }>, tr: Transaction): ClaimsState {
  const records = new Map(action.records.map((r) => [r.id, r]));
  const decos = DecorationSet.create(
    tr.doc,
    action.ranges.filter((r) => records.has(r.id)).map((r) => claimDecoration(r.from, r.to, records.get(r.id)!)),
  );
  return {
    ...prev,
    records,
    decos,
    lost: new Map(),
    active: prev.active && records.has(prev.active) ? prev.active : null,
    revision: {
      before: { doc: tr.before, records: prev.records, ranges: rangesOf(prev.decos) },
      after: { doc: tr.doc, records, ranges: action.ranges },
    },
  };
}

/**
 * Undo and redo of a revision are whole-document replacements that give
 * back one side's document exactly; the claims of that side come back with
 * it. Anything else maps as usual.
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
  const records = new Map<string, ClaimRecord>();
  for (const [id, current] of prev.records) {
    const then = side.records.get(id);
    if (!then) continue;
    // Statuses, notes and sources set since stay; where the claim is, whether
    // its words changed, and the history the revision wrote come from that
    // side. History entries are shared objects, so identity tells them apart.
    const known = new Set([...then.history, ...(other.records.get(id)?.history ?? [])]);
    const history = [...then.history, ...current.history.filter((h) => !known.has(h))];
    records.set(id, { ...current, history, changed: then.changed, orphaned: then.orphaned, ...(then.anchor ? { anchor: then.anchor } : {}) });
  }
  for (const [id, record] of records) if (!record.orphaned && record.anchor) records.set(id, (({ anchor: _a, ...r }) => r)(record));
  const ranges = side.ranges.filter((r) => records.has(r.id));
  const attached = new Set(ranges.map((r) => r.id));
  for (const [id, record] of records) if (!attached.has(id) && !record.orphaned) records.set(id, { ...record, orphaned: true });
  const decos = DecorationSet.create(doc, ranges.map((r) => claimDecoration(r.from, r.to, records.get(r.id)!)));
  return { ...prev, records, decos, lost: new Map(), active: prev.active && records.has(prev.active) ? prev.active : null };
}

export interface ClaimsPluginOptions {
  reviewer?: string;
  /** Called when a claim highlight is clicked, after it became the active claim. */
  onActivate?: (id: string) => void;
}

/**
 * The claims plugin: the open article's claims, mapped through every
 * transaction. Its `apply` is pure; saving is done by a plugin view
 * elsewhere (see the store), never here.
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
        lost: new Map(),
        revision: null,
        touched: NONE_TOUCHED,
      }),
      apply(tr, prev): ClaimsState {
        let next = prev.touched === NONE_TOUCHED ? prev : { ...prev, touched: NONE_TOUCHED };
        const action = tr.getMeta(claimsKey) as ClaimsAction | undefined;
        if (action?.type === 'revise') return applyRevision(prev, action, tr);
        const side = revisionSideOf(prev, tr);
        if (side) return restoreSide(prev, side, tr.doc);
        if (tr.docChanged) {
          const mapped = mapThrough(tr, prev);
          next = {
            ...prev,
            decos: mapped.decos,
            records: mapped.records ?? prev.records,
            lost: mapped.lost ?? prev.lost,
            touched: mapped.touched,
          };
        }
        return action ? applyAction(next, action, tr.doc) : next;
      },
    },
    props: {
      decorations(state) {
        const claims = claimsKey.getState(state)!;
        const known = drawn.get(claims);
        if (known) return known;
        const pieces = activeDecorations(state);
        const record = claims.active ? claims.records.get(claims.active) : undefined;
        const decos = pieces.length && record ? claims.decos.remove([...pieces]).add(state.doc, pieces.map((d) => claimDecoration(d.from, d.to, record, true))) : claims.decos;
        drawn.set(claims, decos);
        return decos;
      },
      handleClick(view, pos) {
        const ids = claimsAt(view.state, pos);
        if (ids.length === 0) return false;
        // Repeated clicks cycle through overlapping claims, innermost first.
        const current = claimsKey.getState(view.state)!.active;
        const i = current ? ids.indexOf(current) : -1;
        const id = ids[(i + 1) % ids.length]!;
        view.dispatch(view.state.tr.setMeta(claimsKey, { type: 'activate', id } satisfies ClaimsAction));
        options.onActivate?.(id);
        // Let ProseMirror place the caret as usual.
        return false;
      },
    },
  });
}
