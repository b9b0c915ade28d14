import { Fragment, type Mark, type MarkType, type Node, type Schema } from 'prosemirror-model';
import { AddMarkStep, RemoveMarkStep, type Step } from 'prosemirror-transform';

/** A stretch of the document, in ProseMirror positions. */
export interface Span {
  from: number;
  to: number;
}

/** The schema's `claim` mark: where a claim is lives in the text it covers. */
export function claimMarkType(schema: Schema): MarkType {
  const type = schema.marks['claim'];
  if (!type) throw new RangeError('The article schema has no claim mark');
  return type;
}

/** The mark that puts claim `id` on the words it covers. */
export function claimMark(schema: Schema, id: string): Mark {
  return claimMarkType(schema).create({ id });
}

/** The claim id a mark carries, or null when it is another mark. */
export function claimIdOf(mark: Mark): string | null {
  return mark.type.name === 'claim' ? (mark.attrs['id'] as string) : null;
}

/** Whether a step only puts a claim on words or takes it off (text and positions stay). */
export function isClaimMarkStep(step: Step): step is AddMarkStep | RemoveMarkStep {
  return (step instanceof AddMarkStep || step instanceof RemoveMarkStep) && step.mark.type.name === 'claim';
}

/**
 * Calls `fn` for every run of text (or inline node) between `from` and
 * `to` that carries a claim mark, once per claim. Runs are whole inline
 * nodes: a mark covers all of the node it is on.
 */
export function forEachClaimPiece(doc: Node, from: number, to: number, fn: (id: string, from: number, to: number) => void): void {
  const type = claimMarkType(doc.type.schema);
  doc.nodesBetween(Math.max(0, from), Math.min(doc.content.size, to), (node, pos) => {
    if (!node.isInline) return true;
    for (const mark of node.marks) if (mark.type === type) fn(mark.attrs['id'] as string, pos, pos + node.nodeSize);
    return false;
  });
}

/**
 * Each claim's extent between `from` and `to`: from the first to the last
 * of its marked words there. A claim whose words were split (text pasted
 * into it) still spans the gap: its words changed, and it says so.
 */
export function claimSpans(doc: Node, from = 0, to = doc.content.size, only?: (id: string) => boolean): Map<string, Span> {
  const spans = new Map<string, Span>();
  forEachClaimPiece(doc, from, to, (id, a, b) => {
    if (only && !only(id)) return;
    const span = spans.get(id);
    if (!span) spans.set(id, { from: a, to: b });
    else {
      if (a < span.from) span.from = a;
      if (b > span.to) span.to = b;
    }
  });
  return spans;
}

/** Text nodes (and other inline nodes) cut at `cuts`, with claim marks added where `ranges` cover them; adjacent text with the same marks joined. */
function markInline(block: Node, start: number, ranges: ReadonlyArray<{ id: string; from: number; to: number }>, type: MarkType): Fragment {
  const cuts = new Set<number>();
  for (const r of ranges) {
    cuts.add(r.from - start);
    cuts.add(r.to - start);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Node[] = [];
  const push = (node: Node) => {
    const last = out[out.length - 1];
    if (last && last.isText && node.isText && last.sameMarkup(node)) out[out.length - 1] = last.type.schema.text(last.text! + node.text!, last.marks);
    else out.push(node);
  };
  block.forEach((child, offset) => {
    const end = offset + child.nodeSize;
    const inner = child.isText ? points.filter((p) => p > offset && p < end) : [];
    let at = offset;
    for (const p of [...inner, end]) {
      let piece = child.isText ? child.cut(at - offset, p - offset) : child;
      for (const r of ranges) {
        if (r.from - start <= at && r.to - start >= p) piece = piece.mark(type.create({ id: r.id }).addToSet(piece.marks));
      }
      push(piece);
      at = p;
    }
  });
  return Fragment.fromArray(out);
}

/**
 * A copy of `doc` with claims marked at `ranges` (positions in `doc`), in
 * one pass over the blocks they touch: opening an article with thousands
 * of claims does not apply thousands of steps.
 */
export function withClaimMarks(doc: Node, ranges: ReadonlyArray<{ id: string; from: number; to: number }>): Node {
  if (!ranges.length) return doc;
  const type = claimMarkType(doc.type.schema);
  const sorted = [...ranges].filter((r) => r.to > r.from).sort((a, b) => a.from - b.from || a.to - b.to);
  const blocks: Node[] = [];
  let changed = false;
  let first = 0;
  doc.forEach((block, offset) => {
    const start = offset + 1;
    const end = start + block.content.size;
    // Ranges are sorted by start: those that ended before this block are done with.
    while (first < sorted.length && sorted[first]!.to <= start) first++;
    const here: Array<{ id: string; from: number; to: number }> = [];
    for (let i = first; i < sorted.length && sorted[i]!.from < end; i++) {
      const r = sorted[i]!;
      if (r.to > start) here.push({ id: r.id, from: Math.max(r.from, start), to: Math.min(r.to, end) });
    }
    if (!here.length || !block.inlineContent) {
      blocks.push(block);
      return;
    }
    changed = true;
    blocks.push(block.copy(markInline(block, start, here, type)));
  });
  return changed ? doc.copy(Fragment.fromArray(blocks)) : doc;
}

/** The document without claim marks. */
export function withoutClaimMarks(doc: Node): Node {
  const type = claimMarkType(doc.type.schema);
  let found = false;
  doc.descendants((node) => {
    if (found) return false;
    if (node.isInline && type.isInSet(node.marks)) found = true;
    return !node.isInline;
  });
  if (!found) return doc;
  const strip = (node: Node): Node => {
    if (node.isText) return node.mark(node.marks.filter((m) => m.type !== type));
    if (node.isInline) return node.mark(node.marks.filter((m) => m.type !== type));
    const children: Node[] = [];
    node.forEach((child) => {
      const next = strip(child);
      const last = children[children.length - 1];
      if (last && last.isText && next.isText && last.sameMarkup(next)) children[children.length - 1] = last.type.schema.text(last.text! + next.text!, last.marks);
      else children.push(next);
    });
    return node.copy(Fragment.fromArray(children));
  };
  return strip(doc);
}

/**
 * Where code points `start..end` of the article's text are in `doc`, if
 * they hold any words. A claim is marked on its words: a range across a
 * paragraph break and nothing else has none, and can only be an orphan.
 */
export function placeOnWords(doc: Node, map: { toPos(offset: number): number }, start: number, end: number): Span | null {
  const from = map.toPos(start);
  const to = map.toPos(end);
  if (to <= from) return null;
  let words = false;
  doc.nodesBetween(from, to, (node) => {
    if (node.isInline) words = true;
    return !words;
  });
  return words ? { from, to } : null;
}
