import type { Transaction } from 'prosemirror-state';
import { Mapping } from 'prosemirror-transform';
import { DecorationSet, type Decoration } from 'prosemirror-view';
import { claimDecorations, type ClaimSpec } from './state.js';
import { forEachClaimPiece, isClaimMarkStep, type Span } from './marks.js';

/** A step that replaces more than this share of the document is taken as a new document: every claim is read again from its marks. */
const WHOLE = 0.5;

/** What a transaction did to where claims are. */
export interface MarkChange {
  /** The highlights mapped through the transaction, without those of the claims in `spans`. */
  decos: DecorationSet;
  /** Where each claim the transaction may have moved is now (null: none of its words are left). */
  spans: Map<string, Span | null>;
  /** Where those claims were before it, in `tr.before`. */
  before: Map<string, Span>;
  /** The whole document was read again (a replacement of most of it, as a collaborator's change arrives). */
  whole: boolean;
}

function idOf(d: Decoration): string {
  return (d.spec as ClaimSpec).claimId;
}

/** Whether the transaction pasted or dropped content: claims in it that are still elsewhere were copied, not moved. */
export function isPaste(tr: Transaction): boolean {
  const ui = tr.getMeta('uiEvent') as string | undefined;
  return ui === 'paste' || ui === 'drop';
}

/**
 * Follows claims through a transaction by their marks. The highlights are
 * mapped as decorations (exact for text typed or deleted around a claim);
 * the claims whose words the transaction touched, and any whose marks are
 * in text it put in (typed into a claim, pasted, dropped, undone, tagged),
 * are then read from the marks themselves. A replacement of most of the
 * document (a collaborator's change, a revision) reads every claim again.
 *
 * `known` tells whether a claim has a record: only such claims can have a
 * highlight to look for.
 */
export function trackMarks(tr: Transaction, prevDecos: DecorationSet, known: (id: string) => boolean): MarkChange {
  const before = tr.before;
  let decos = prevDecos;
  const affected = new Set<string>();
  /** Changed ranges, in `tr.before` and in `tr.doc`. */
  const oldRanges: Span[] = [];
  const newRanges: Span[] = [];
  /** What the transaction put in (typed, pasted, marked), in `tr.doc`: claims marked there were copied if they are also elsewhere. */
  const inserted: Span[] = [];
  let whole = false;
  tr.steps.forEach((step, i) => {
    const back = tr.mapping.slice(0, i).invert();
    const later = tr.mapping.slice(i + 1);
    if (isClaimMarkStep(step)) {
      affected.add(step.mark.attrs['id'] as string);
      oldRanges.push({ from: back.map(step.from, -1), to: back.map(step.to, 1) });
      newRanges.push({ from: later.map(step.from, -1), to: later.map(step.to, 1) });
      return;
    }
    const map = tr.mapping.maps[i]!;
    const size = tr.docs[i]!.content.size;
    map.forEach((oldStart, oldEnd, newStart, newEnd) => {
      if (oldEnd - oldStart > size * WHOLE) whole = true;
      for (const d of decos.find(oldStart, oldEnd)) affected.add(idOf(d));
      oldRanges.push({ from: back.map(oldStart, -1), to: back.map(oldEnd, 1) });
      const span = { from: later.map(newStart, -1), to: later.map(newEnd, 1) };
      newRanges.push(span);
      if (newEnd > newStart) inserted.push(span);
    });
    if (!whole) decos = decos.map(new Mapping([map]), tr.docs[i + 1] ?? tr.doc);
  });

  if (whole) return readAll(tr, prevDecos);

  // Claims marked in what the transaction put in or changed.
  for (const r of newRanges) forEachClaimPiece(tr.doc, r.from, r.to, (id) => affected.add(id));
  const spans = new Map<string, Span | null>();
  const was = new Map<string, Span>();
  if (!affected.size) return { decos, spans, before: was, whole: false };

  // Where they were: around the changed ranges, else (pasted or undone
  // claims attached elsewhere) anywhere; a claim without a record has no highlight.
  for (const r of oldRanges) {
    for (const d of prevDecos.find(r.from, r.to, (spec) => affected.has((spec as ClaimSpec).claimId))) was.set(idOf(d), { from: d.from, to: d.to });
  }
  for (const id of affected) {
    if (was.has(id) || !known(id)) continue;
    const found = claimDecorations(prevDecos, id, before.content.size, null)[0];
    if (found) was.set(id, { from: found.from, to: found.to });
  }

  // Where they are: their marks where they were, and in the changed text.
  const pasted = isPaste(tr);
  const stale: Decoration[] = [];
  for (const id of affected) {
    const old = was.get(id);
    const pieces: Array<Span & { put: boolean }> = [];
    const collect = (from: number, to: number, put: boolean) =>
      forEachClaimPiece(tr.doc, from, to, (other, a, b) => {
        if (other === id) pieces.push({ from: a, to: b, put });
      });
    if (old) {
      const from = tr.mapping.map(old.from, -1);
      const to = tr.mapping.map(old.to, 1);
      collect(from, to, false);
      stale.push(...decos.find(from, to, (spec) => (spec as ClaimSpec).claimId === id));
    }
    for (const r of newRanges) collect(r.from, r.to, false);
    const inPut = (p: Span) => inserted.some((r) => p.from >= r.from && p.to <= r.to);
    for (const p of pieces) p.put = inPut(p);
    // Pasted or dropped words of a claim that is still where it was are a
    // copy: the claim stays on its own words (the copy loses the mark).
    const kept = pasted && pieces.some((p) => !p.put) ? pieces.filter((p) => !p.put) : pieces;
    spans.set(id, kept.length ? { from: Math.min(...kept.map((p) => p.from)), to: Math.max(...kept.map((p) => p.to)) } : null);
  }
  if (stale.length) decos = decos.remove(stale);
  return { decos, spans, before: was, whole: false };
}

/** Every claim read again from the marks of the new document. */
function readAll(tr: Transaction, prevDecos: DecorationSet): MarkChange {
  const before = new Map<string, Span>();
  for (const d of prevDecos.find()) before.set(idOf(d), { from: d.from, to: d.to });
  const spans = new Map<string, Span | null>();
  for (const id of before.keys()) spans.set(id, null);
  forEachClaimPiece(tr.doc, 0, tr.doc.content.size, (id, a, b) => {
    const span = spans.get(id);
    if (!span) spans.set(id, { from: a, to: b });
    else {
      if (a < span.from) span.from = a;
      if (b > span.to) span.to = b;
    }
  });
  return { decos: DecorationSet.empty, spans, before, whole: true };
}
