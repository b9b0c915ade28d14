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

/**
 * A block's inline content with claim marks added where `ranges` (positions
 * in the document, inside this block) cover it: text nodes are cut at the
 * ranges' ends, and adjacent text with the same marks is joined again.
 */
function markInline(block: Node, start: number, ranges: ReadonlyArray<{ id: string; from: number; to: number }>, type: MarkType): Fragment {
  const local = ranges.map((r) => ({ from: r.from - start, to: r.to - start, mark: type.create({ id: r.id }) }));
  const points = [...new Set(local.flatMap((r) => [r.from, r.to]))].sort((a, b) => a - b);
  const out: Node[] = [];
  const push = (node: Node) => {
    const last = out[out.length - 1];
    if (last && last.isText && node.isText && last.sameMarkup(node)) out[out.length - 1] = last.type.schema.text(last.text! + node.text!, last.marks);
    else out.push(node);
  };
  let p = 0;
  block.forEach((child, offset) => {
    const end = offset + child.nodeSize;
    let at = offset;
    while (at < end) {
      while (p < points.length && points[p]! <= at) p++;
      const cut = child.isText && p < points.length && points[p]! < end ? points[p]! : end;
      let piece = cut === end && at === offset ? child : child.cut(at - offset, cut - offset);
      let marks = piece.marks;
      for (const r of local) if (r.from <= at && r.to >= cut) marks = r.mark.addToSet(marks);
      if (marks !== piece.marks) piece = piece.mark(marks);
      push(piece);
      at = cut;
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

interface NodeJSON {
  marks?: Array<{ type: string }>;
  content?: NodeJSON[];
}

/**
 * The document's JSON without claim marks: what is stored as the article's
 * document (claims are stored with their offsets). Made from `toJSON()`
 * by dropping the marks, rather than by copying the document first: a save
 * after typing writes it, and the article may be long. Text split only by
 * claims is joined again when it is read (`Node.fromJSON`).
 */
export function docJSONWithoutClaims(doc: Node): unknown {
  const json = doc.toJSON() as NodeJSON;
  const strip = (node: NodeJSON) => {
    if (node.marks) {
      const marks = node.marks.filter((m) => m.type !== 'claim');
      if (marks.length !== node.marks.length) {
        if (marks.length) node.marks = marks;
        else delete node.marks;
      }
    }
    node.content?.forEach(strip);
  };
  strip(json);
  return json;
}
