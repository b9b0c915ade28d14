import type { EditorState } from 'prosemirror-state';
import { PluginKey } from 'prosemirror-state';
import type { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import type { ClaimRecord } from './record.js';

/**
 * The claims of the open article. Where each claim is lives in the
 * document itself, as `claim` marks on its words; `decos` is drawn from
 * them (one inline decoration per attached claim, its spec holding only
 * the claim id) and serves the look of each claim and fast lookups by
 * position. Everything else lives in `records`. Orphans have a record and
 * no marked words.
 */
export interface ClaimsState {
  decos: DecorationSet;
  records: ReadonlyMap<string, ClaimRecord>;
  /** The claim open in the panel, if any. */
  active: string | null;
  /** Who is making changes: recorded in history entries the plugin writes itself. */
  reviewer: string;
  /** The last revision ("Update text"), so undo and redo can restore the claims of either side. */
  revision: RevisionMemo | null;
  /**
   * Claims whose words or place the last transaction changed; views use it
   * to refresh only those quotes. Empty when it changed none.
   */
  touched: ReadonlySet<string>;
  /**
   * The identity of the article's text: a new object whenever the text or
   * its formatting changes, the same one when only claims were put on or
   * taken off words. What depends only on the text (stored documents,
   * selectors, positions of claims in the sidebar) is kept by it.
   */
  textVersion: object;
  /**
   * Claims typed over at their end, while the caret stays there: what is
   * typed next belongs to them (see `typing.ts`).
   */
  typing: TypingRun | null;
}

/** Typing that replaced the end of claims `ids`, the caret now at `pos`. */
export interface TypingRun {
  pos: number;
  ids: readonly string[];
}

/** The one empty `touched` set, so "nothing touched" keeps its identity. */
export const NONE_TOUCHED: ReadonlySet<string> = new Set();

/** The claims on one side of a revision: the document (its claim marks say where each claim was) and its records. */
export interface RevisionSide {
  doc: Node;
  records: ReadonlyMap<string, ClaimRecord>;
}

export interface RevisionMemo {
  before: RevisionSide;
  after: RevisionSide;
}

/** The spec every claim decoration carries: only the id (status lives in the record). */
export interface ClaimSpec {
  claimId: string;
}

export const claimsKey = new PluginKey<ClaimsState>('claims');

/** The claims plugin state; throws if the plugin is missing, which is a setup mistake. */
export function claimsOf(state: EditorState): ClaimsState {
  const value = claimsKey.getState(state);
  if (!value) throw new RangeError('The claims plugin is not installed in this editor state');
  return value;
}

/** A claim's range in the editor, or null for an orphan. Looked for under the selection first (a claim just tagged or clicked is there). */
export function claimRange(state: EditorState, id: string): { from: number; to: number } | null {
  const claims = claimsOf(state);
  const found = id === claims.active ? activeDecorations(state) : claimDecorations(claims.decos, id, state.doc.content.size, state.selection);
  const deco = found[0];
  return deco ? { from: deco.from, to: deco.to } : null;
}

/** How far around its last known place the active claim is looked for before every decoration is read. */
const NEAR = 4096;
const activeFound = new WeakMap<ClaimsState, Decoration[]>();
/** Where the active claim was last found: a hint for the next state, never trusted without its id. */
let lastActive: { id: string; from: number; to: number } | null = null;

/** Where claim `id` was last found, if it was the active claim then: a hint, to be checked. */
export function lastPlaceOf(id: string): { from: number; to: number } | null {
  return lastActive?.id === id ? lastActive : null;
}

/**
 * The decorations of claim `id`, looked for within a window around
 * `hint` first (all of them: one, or several if the set holds the claim in
 * pieces), and in the whole set only when they are not all there.
 */
export function claimDecorations(decos: DecorationSet, id: string, docSize: number, hint: { from: number; to: number } | null): Decoration[] {
  const mine = (spec: ClaimSpec) => spec.claimId === id;
  if (hint) {
    const lo = Math.max(0, hint.from - NEAR);
    const hi = Math.min(docSize, hint.to + NEAR);
    const near = decos.find(lo, hi, mine);
    // Found whole only if it ends inside the window: a decoration crossing
    // the window's edge could have pieces (one per paragraph) the window cut off.
    if (near.length > 0 && (lo === 0 || Math.min(...near.map((d) => d.from)) > lo + 2) && (hi === docSize || Math.max(...near.map((d) => d.to)) < hi - 2)) {
      return near;
    }
  }
  return decos.find(undefined, undefined, mine);
}

/**
 * The decorations of the active claim, in document order. The editor
 * draws it, the panel shows it, and both ask after every keystroke: it is
 * looked for near where it was found last, and the whole set is read only
 * when it is not there.
 */
export function activeDecorations(state: EditorState): Decoration[] {
  const claims = claimsOf(state);
  const id = claims.active;
  if (!id) return [];
  const known = activeFound.get(claims);
  if (known) return known;
  // A claim that just became active is usually under the selection (tagged,
  // clicked, chosen in the sidebar); one that stays active is near its last place.
  const found = claimDecorations(claims.decos, id, state.doc.content.size, lastPlaceOf(id) ?? state.selection);
  found.sort((a, b) => a.from - b.from);
  activeFound.set(claims, found);
  if (found.length) lastActive = { id, from: found[0]!.from, to: found[found.length - 1]!.to };
  return found;
}

export type ClaimRange = Readonly<{ id: string; from: number; to: number }>;

/** Ranges read from a decoration set (sets are immutable): every save and every rebuild of the sidebar asks. */
const rangesOf = new WeakMap<DecorationSet, readonly ClaimRange[]>();

/** Every attached claim's range, in document order (by start, then end). Shared: do not change it. */
export function claimRanges(state: EditorState): readonly ClaimRange[] {
  const { decos } = claimsOf(state);
  let ranges = rangesOf.get(decos);
  if (!ranges) {
    ranges = decos
      .find()
      .map((d) => ({ id: (d.spec as ClaimSpec).claimId, from: d.from, to: d.to }))
      .sort((a, b) => a.from - b.from || a.to - b.to);
    rangesOf.set(decos, ranges);
  }
  return ranges;
}

/** `next` holds the same claims at the same places as `prev` (only what they look like changed): its ranges are `prev`'s. */
export function keepRanges(prev: DecorationSet, next: DecorationSet): void {
  const ranges = rangesOf.get(prev);
  if (ranges && prev !== next) rangesOf.set(next, ranges);
}

/** The ids of the claims covering `pos`, innermost (shortest) first. */
export function claimsAt(state: EditorState, pos: number): string[] {
  return claimsOf(state)
    .decos.find(pos, pos)
    .filter((d) => d.from <= pos && d.to >= pos)
    .sort((a, b) => a.to - a.from - (b.to - b.from))
    .map((d) => (d.spec as ClaimSpec).claimId);
}

/**
 * The claim after (or before) the open one in document order, wrapping
 * around: where Ctrl+Alt+J and K go. Null when no claim is attached.
 */
export function adjacentClaim(state: EditorState, step: 1 | -1): { id: string; from: number; index: number; total: number } | null {
  const ranges = claimRanges(state);
  if (!ranges.length) return null;
  const { active } = claimsOf(state);
  const at = active ? ranges.findIndex((r) => r.id === active) : -1;
  const index = (at + step + ranges.length) % ranges.length;
  const next = ranges[index]!;
  return { id: next.id, from: next.from, index, total: ranges.length };
}
