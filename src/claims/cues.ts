import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { ClaimRecord } from './record.js';
import { claimRanges, claimsOf, type ClaimsState } from './state.js';

/** What a cue's spec holds: its claim. */
interface CueSpec {
  claimId: string;
}

/** Where a claim starts and ends, over all its highlighted pieces. */
type Extent = { from: number; to: number };

/** More claims than this changed at once (an article opened, a revision): all cues are drawn again. */
const REDRAW_ALL = 200;

export const claimCuesKey = new PluginKey<DecorationSet>('claimCues');

/**
 * The cue element at one edge of a claim. It holds no text (the article's
 * text, its offsets and what is copied stay as they are): the stylesheet
 * draws and names it with CSS generated content and its alternative text,
 * which screen readers read ("claim:" before the words; the status icon,
 * read as ", Verified", after them).
 */
function cueElement(edge: 'start' | 'end', record: ClaimRecord): HTMLElement {
  const el = document.createElement('span');
  el.className = `fc-cue fc-cue-${edge}`;
  // Attributes of their own: tools that find highlights by data-claim-id or data-status find highlights only.
  el.dataset['cueClaim'] = record.id;
  el.dataset['cueStatus'] = record.status;
  if (record.changed) el.dataset['cueChanged'] = 'true';
  return el;
}

/** The two cues of one claim: one where its first piece starts, one where its last ends, however many marks it crosses. */
function cuesOf(record: ClaimRecord, { from, to }: Extent): Decoration[] {
  const key = `${record.id}:${record.status}:${record.changed ? 1 : 0}`;
  const spec = (edge: string): CueSpec & Record<string, unknown> => ({ claimId: record.id, key: `${edge}:${key}`, ignoreSelection: true });
  // The start cue sits after what is typed at the claim's start, the end cue before what is typed at its end: neither is in the claim.
  return [Decoration.widget(from, () => cueElement('start', record), { ...spec('start'), side: 1 }), Decoration.widget(to, () => cueElement('end', record), { ...spec('end'), side: -1 })];
}

/** Every attached claim's extent, by id, for the claims `only` lets through. */
function extents(state: EditorState, only?: ReadonlySet<string>): Map<string, Extent> {
  const out = new Map<string, Extent>();
  for (const { id, from, to } of claimRanges(state)) {
    if (only && !only.has(id)) continue;
    const known = out.get(id);
    out.set(id, known ? { from: Math.min(known.from, from), to: Math.max(known.to, to) } : { from, to });
  }
  return out;
}

function drawAll(state: EditorState): DecorationSet {
  const { records } = claimsOf(state);
  const cues: Decoration[] = [];
  for (const [id, extent] of extents(state)) {
    const record = records.get(id);
    if (record) cues.push(...cuesOf(record, extent));
  }
  return DecorationSet.create(state.doc, cues);
}

/** The claims whose cues a transaction may have changed: words or place changed, record changed, claim gone. */
function changedClaims(before: ClaimsState, after: ClaimsState): Set<string> {
  const ids = new Set(after.touched);
  if (after.records !== before.records) {
    for (const [id, record] of after.records) if (before.records.get(id) !== record) ids.add(id);
    for (const id of before.records.keys()) if (!after.records.has(id)) ids.add(id);
  }
  return ids;
}

function apply(tr: Transaction, cues: DecorationSet, oldState: EditorState, newState: EditorState): DecorationSet {
  const before = claimsOf(oldState);
  const after = claimsOf(newState);
  // Typing elsewhere moves the cues with the text, as it moves the highlights.
  const mapped = tr.docChanged ? cues.map(tr.mapping, tr.doc) : cues;
  if (before === after) return mapped;
  const ids = changedClaims(before, after);
  if (ids.size === 0) return mapped;
  if (ids.size > REDRAW_ALL) return drawAll(newState);
  const add: Decoration[] = [];
  for (const [id, extent] of extents(newState, ids)) {
    const record = after.records.get(id);
    if (record) add.push(...cuesOf(record, extent));
  }
  return mapped.remove(mapped.find(undefined, undefined, (spec) => ids.has((spec as CueSpec).claimId))).add(newState.doc, add);
}

/**
 * Cues that say where each claim starts and what its status is, for
 * screen readers and without colour: a widget before the claim's words and
 * one after them (see `cueElement`). Goes after the claims plugin, whose
 * state it follows.
 */
export function claimCuesPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: claimCuesKey,
    state: {
      init: (_config, state) => drawAll(state),
      apply,
    },
    props: {
      decorations: (state) => claimCuesKey.getState(state),
    },
  });
}
