import { Plugin, PluginKey, TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { DetectKind, DetectedSpan } from '../detect/index.js';
import { CodePointIndex } from '../text/codepoints.js';
import { claimsKey, type ClaimsState } from '../claims/state.js';
import { createRecord } from '../claims/record.js';
import { claimsTransaction } from '../claims/transaction.js';

/** A suggestion's spec: its kind and the key its dismissal is remembered by. */
export interface SuggestionSpec {
  suggestionKey: string;
  kind: DetectKind;
}

/**
 * Checkable spans the detector found that are not claims yet. Like claims,
 * they are decorations mapped through every transaction; the blocks a
 * change touches are detected again.
 */
/** The detector: `detectClaims` from src/detect, passed in so the app can load it only when asked. */
export type Detector = (text: string) => DetectedSpan[];

/** Who made the claim at code points `start`…`end` of `text` (`claimantFor` from src/detect), or null. */
export type ClaimantFinder = (text: string, start: number, end: number) => string | null;

export interface SuggestionsState {
  shown: boolean;
  detect: Detector | null;
  /** Fills an accepted suggestion's claimant from an attribution in its sentence, when given. */
  claimant: ClaimantFinder | null;
  decos: DecorationSet;
  /** Keys of dismissed suggestions: remembered per article. */
  dismissed: ReadonlySet<string>;
  /** The suggestion the keyboard is on. */
  active: string | null;
}

export type SuggestionsAction =
  | { type: 'show'; detect: Detector; claimant?: ClaimantFinder }
  | { type: 'hide' }
  | { type: 'dismiss'; keys: string[] }
  | { type: 'remove'; keys: string[] }
  | { type: 'dismissed'; keys: string[] }
  | { type: 'activate'; key: string | null };

export const suggestionsKey = new PluginKey<SuggestionsState>('suggestions');

/** Code points of text before a span that go into its key, so the same words elsewhere are another suggestion. */
const KEY_CONTEXT = 24;

function suggestionsIn(detect: Detector, block: Node, pos: number, dismissed: ReadonlySet<string>): Decoration[] {
  const text = block.textContent;
  if (!text) return [];
  const index = new CodePointIndex(text);
  const out: Decoration[] = [];
  for (const span of detect(text)) {
    const key = `${span.kind}\u0000${span.text}\u0000${index.slice(Math.max(0, span.start - KEY_CONTEXT), span.start)}`;
    if (dismissed.has(key)) continue;
    const spec: SuggestionSpec = { suggestionKey: key, kind: span.kind };
    out.push(
      Decoration.inline(
        pos + 1 + index.toUnit(span.start),
        pos + 1 + index.toUnit(span.end),
        { nodeName: 'span', class: 'fc-suggestion', 'data-kind': span.kind },
        { ...spec, inclusiveStart: false, inclusiveEnd: false },
      ),
    );
  }
  return out;
}

/** Whether a claim is on exactly these words: then the suggestion is that claim. Suggestions that only overlap claims stay, until accepted or dismissed. */
function isClaimed(claims: ClaimsState | undefined, from: number, to: number): boolean {
  return !!claims && claims.decos.find(from, to).some((d) => d.from === from && d.to === to);
}

function withoutClaimed(decos: Decoration[], claims: ClaimsState | undefined): Decoration[] {
  return decos.filter((d) => !isClaimed(claims, d.from, d.to));
}

function detectAll(detect: Detector, doc: Node, dismissed: ReadonlySet<string>, claims: ClaimsState | undefined): DecorationSet {
  const decos: Decoration[] = [];
  doc.forEach((block, pos) => decos.push(...suggestionsIn(detect, block, pos, dismissed)));
  return DecorationSet.create(doc, withoutClaimed(decos, claims));
}

function keyOf(d: Decoration): string {
  return (d.spec as SuggestionSpec).suggestionKey;
}

/** Re-detects the top-level blocks the transaction touched. */
function redetect(detect: Detector, tr: Transaction, decos: DecorationSet, dismissed: ReadonlySet<string>, claims: ClaimsState | undefined): DecorationSet {
  const touched = new Set<number>();
  tr.mapping.maps.forEach((map, i) => {
    const rest = tr.mapping.slice(i + 1);
    map.forEach((_os, _oe, newStart, newEnd) => {
      const from = rest.map(newStart, -1);
      const to = rest.map(newEnd, 1);
      tr.doc.nodesBetween(Math.max(0, from - 1), Math.min(tr.doc.content.size, to + 1), (_node, pos) => {
        touched.add(pos);
        return false;
      });
    });
  });
  let next = decos;
  for (const pos of touched) {
    const block = tr.doc.nodeAt(pos);
    if (!block) continue;
    const end = pos + block.nodeSize;
    next = next.remove(next.find(pos, end)).add(tr.doc, withoutClaimed(suggestionsIn(detect, block, pos, dismissed), claims));
  }
  return next;
}

/** The suggestions plugin; install it after the claims plugin, whose ranges it avoids. */
export function suggestionsPlugin(): Plugin<SuggestionsState> {
  return new Plugin<SuggestionsState>({
    key: suggestionsKey,
    state: {
      init: (_config, state: EditorState): SuggestionsState => ({
        shown: false,
        detect: null,
        claimant: null,
        decos: DecorationSet.create(state.doc, []),
        dismissed: new Set(),
        active: null,
      }),
      apply(tr, prev, oldState, newState): SuggestionsState {
        const action = tr.getMeta(suggestionsKey) as SuggestionsAction | undefined;
        const claims = claimsKey.getState(newState);
        let next = prev;
        if (prev.shown && prev.detect && tr.docChanged) {
          next = { ...next, decos: redetect(prev.detect, tr, prev.decos.map(tr.mapping, tr.doc), prev.dismissed, claims) };
        }
        if (prev.shown && claims && claims.records !== claimsKey.getState(oldState)?.records) {
          // A claim tagged on a suggestion's words replaces it.
          const covered = next.decos.find().filter((d) => isClaimed(claims, d.from, d.to));
          if (covered.length) next = { ...next, decos: next.decos.remove(covered) };
        }
        if (!action) return next;
        switch (action.type) {
          case 'show':
            return { ...next, shown: true, detect: action.detect, claimant: action.claimant ?? next.claimant, decos: detectAll(action.detect, tr.doc, next.dismissed, claims) };
          case 'hide':
            return { ...next, shown: false, active: null, decos: DecorationSet.create(tr.doc, []) };
          case 'dismiss': {
            const keys = new Set(action.keys);
            const dismissed = new Set([...next.dismissed, ...keys]);
            const decos = next.decos.remove(next.decos.find(undefined, undefined, (s) => keys.has((s as SuggestionSpec).suggestionKey)));
            return { ...next, dismissed, decos, active: next.active && keys.has(next.active) ? null : next.active };
          }
          case 'remove': {
            const keys = new Set(action.keys);
            const decos = next.decos.remove(next.decos.find(undefined, undefined, (s) => keys.has((s as SuggestionSpec).suggestionKey)));
            return { ...next, decos, active: next.active && keys.has(next.active) ? null : next.active };
          }
          case 'dismissed':
            return { ...next, dismissed: new Set(action.keys) };
          case 'activate':
            return { ...next, active: action.key };
        }
      },
    },
    props: {
      decorations(state) {
        const s = suggestionsKey.getState(state)!;
        if (!s.active) return s.decos;
        const found = s.decos.find(undefined, undefined, (spec) => (spec as SuggestionSpec).suggestionKey === s.active)[0];
        return found ? s.decos.add(state.doc, [Decoration.inline(found.from, found.to, { nodeName: 'span', class: 'fc-suggestion-active' })]) : s.decos;
      },
      handleClick(view, pos) {
        const s = suggestionsKey.getState(view.state)!;
        const hit = s.decos.find(pos, pos).find((d) => d.from <= pos && d.to >= pos);
        if (!hit) return false;
        view.dispatch(view.state.tr.setMeta(suggestionsKey, { type: 'activate', key: keyOf(hit) } satisfies SuggestionsAction));
        return false;
      },
    },
  });
}

/** The open suggestions in document order. */
export function openSuggestions(state: EditorState): Array<{ key: string; kind: DetectKind; from: number; to: number; text: string }> {
  const s = suggestionsKey.getState(state);
  if (!s) return [];
  return s.decos
    .find()
    .sort((a, b) => a.from - b.from || a.to - b.to)
    .map((d) => ({ key: keyOf(d), kind: (d.spec as SuggestionSpec).kind, from: d.from, to: d.to, text: state.doc.textBetween(d.from, d.to) }));
}

function setMeta(tr: Transaction, action: SuggestionsAction): Transaction {
  return tr.setMeta(suggestionsKey, action);
}

/**
 * Shows suggestions for the whole article, found by `detect`. With
 * `claimant`, accepting a suggestion fills the new claim's claimant from
 * an attribution in its sentence.
 */
export function showSuggestions(detect: Detector, claimant?: ClaimantFinder): Command {
  return (state, dispatch) => {
    if (dispatch) dispatch(setMeta(state.tr, { type: 'show', detect, ...(claimant ? { claimant } : {}) }).setMeta('addToHistory', false));
    return true;
  };
}

/** Hides the suggestions (dismissals are kept). */
export const hideSuggestions: Command = (state, dispatch) => {
  if (dispatch) dispatch(setMeta(state.tr, { type: 'hide' }).setMeta('addToHistory', false));
  return true;
};

/** Accepts suggestions (all open ones without `keys`): each becomes an unchecked claim. */
export function acceptSuggestions(keys?: string[]): Command {
  return (state, dispatch) => {
    const wanted = keys ? new Set(keys) : null;
    const picked = openSuggestions(state).filter((s) => !wanted || wanted.has(s.key));
    if (!picked.length) return false;
    if (dispatch) {
      const claims = claimsKey.getState(state)!;
      const now = new Date().toISOString();
      const finder = suggestionsKey.getState(state)?.claimant;
      const records = picked.map((s) => {
        const record = createRecord(claims.reviewer, now);
        const claimant = finder ? claimantAt(state.doc, s.from, s.to, finder) : null;
        if (claimant) record.claimant = claimant;
        return record;
      });
      const ranges = picked.map((s, i) => ({ id: records[i]!.id, from: s.from, to: s.to }));
      const tr = claimsTransaction(state, {
        type: 'put',
        records,
        ranges,
        ...(picked.length === 1 ? { activate: records[0]!.id } : {}),
      });
      dispatch(setMeta(tr, { type: 'remove', keys: picked.map((s) => s.key) }));
    }
    return true;
  };
}

/** The claimant of the words `from`…`to`, read from their paragraph (sentences never cross one). */
function claimantAt(doc: Node, from: number, to: number, finder: ClaimantFinder): string | null {
  const $from = doc.resolve(from);
  if ($from.depth === 0 || $from.end() < to) return null;
  const text = $from.parent.textContent;
  const index = new CodePointIndex(text);
  const start = $from.start();
  return finder(text, index.toCodePoint(from - start), index.toCodePoint(to - start));
}

/** Dismisses suggestions; they stay dismissed for this article. */
export function dismissSuggestions(keys: string[]): Command {
  return (state, dispatch) => {
    if (!keys.length) return false;
    if (dispatch) dispatch(setMeta(state.tr, { type: 'dismiss', keys }));
    return true;
  };
}

/** Moves to the next (or previous) suggestion after the cursor, selecting it. */
export function moveToSuggestion(step: 1 | -1): Command {
  return (state, dispatch) => {
    const list = openSuggestions(state);
    if (!list.length) return false;
    const s = suggestionsKey.getState(state)!;
    const at = s.active ? list.findIndex((x) => x.key === s.active) : -1;
    let i: number;
    if (at >= 0) i = (at + step + list.length) % list.length;
    else {
      const head = state.selection.head;
      i = step === 1 ? list.findIndex((x) => x.from >= head) : list.map((x) => x.to <= head).lastIndexOf(true);
      if (i < 0) i = step === 1 ? 0 : list.length - 1;
    }
    const target = list[i]!;
    if (dispatch) {
      const tr = setMeta(state.tr, { type: 'activate', key: target.key });
      dispatch(tr.setSelection(TextSelection.create(tr.doc, target.from, target.to)).scrollIntoView());
    }
    return true;
  };
}

/** Restores the article's remembered dismissals (when it is opened). */
export function loadDismissed(keys: string[]): Command {
  return (state, dispatch) => {
    if (dispatch) dispatch(setMeta(state.tr, { type: 'dismissed', keys }).setMeta('addToHistory', false));
    return true;
  };
}
