import type { Node } from 'prosemirror-model';
import { CodePointIndex } from '../text/codepoints.js';

/** Blocks are joined with this in the article's plain text. */
export const BLOCK_SEPARATOR = '\n\n';

interface BlockEntry {
  /** ProseMirror position where the block's content starts. */
  pos: number;
  /** Code-point offset of the block's first character in the plain text. */
  offset: number;
  index: CodePointIndex;
}

/**
 * The one bridge between ProseMirror positions and code-point offsets into
 * the article's plain text (blocks joined with "\n\n"). Nothing else
 * converts: every position that leaves the editor goes through here.
 *
 * Inside a block, a position counts UTF-16 units of the block's text (a
 * hard break is one node of size 1 and one "\n"), so only the astral
 * characters need the code-point index.
 */
export class TextMap {
  readonly text: string;
  /** Length of `text` in code points. */
  readonly length: number;
  private readonly blocks: BlockEntry[] = [];

  constructor(readonly doc: Node) {
    const parts: string[] = [];
    let offset = 0;
    doc.forEach((block, pos, i) => {
      if (i > 0) offset += BLOCK_SEPARATOR.length;
      const index = new CodePointIndex(block.textContent);
      this.blocks.push({ pos: pos + 1, offset, index });
      parts.push(index.text);
      offset += index.cpLength;
    });
    this.text = parts.join(BLOCK_SEPARATOR);
    this.length = offset;
  }

  /** The code-point offset for a document position; positions between blocks snap to the nearer block edge. */
  toOffset(pos: number): number {
    const block = this.blockAtPos(pos);
    const unit = Math.min(Math.max(pos - block.pos, 0), block.index.text.length);
    return block.offset + block.index.toCodePoint(unit);
  }

  /** The document position for a code-point offset; an offset inside a separator goes to the next block's start. */
  toPos(offset: number): number {
    if (!Number.isInteger(offset) || offset < 0 || offset > this.length) {
      throw new RangeError(`Offset ${offset} is outside the article text (0..${this.length})`);
    }
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.blocks[mid]!.offset <= offset) lo = mid;
      else hi = mid - 1;
    }
    const block = this.blocks[lo]!;
    const inBlock = offset - block.offset;
    if (inBlock > block.index.cpLength) {
      const next = this.blocks[lo + 1];
      return next ? next.pos : block.pos + block.index.text.length;
    }
    return block.pos + block.index.toUnit(inBlock);
  }

  private blockAtPos(pos: number): BlockEntry {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.blocks[mid]!.pos <= pos) lo = mid;
      else hi = mid - 1;
    }
    return this.blocks[lo]!;
  }
}

const cache = new WeakMap<Node, TextMap>();

/** The (cached) text map of a document; documents are immutable, so one per doc is enough. */
export function textMap(doc: Node): TextMap {
  let map = cache.get(doc);
  if (!map) {
    map = new TextMap(doc);
    cache.set(doc, map);
  }
  return map;
}

/** The article's plain text: its blocks' text joined with "\n\n". */
export function docText(doc: Node): string {
  return textMap(doc).text;
}
