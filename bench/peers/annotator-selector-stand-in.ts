/**
 * A stand-in for `@apache-annotator/selector`, which the published
 * `@apache-annotator/dom@0.2.0` imports at run time but lists only as a
 * devDependency, so `npm install @apache-annotator/dom` does not install it
 * and the package cannot be bundled as published. The bench aliases the
 * import to this file (see scripts/bench.mjs).
 *
 * Only the one abstract function the bench uses is provided:
 * `textQuoteSelectorMatcher`, an exact search for prefix + exact + suffix
 * over the text chunks (DOM text nodes) that the package's own
 * `TextNodeChunker` hands it. Written for the bench from the package's
 * documented contract (same inputs, same ChunkRange outputs, every match in
 * text order); it is not the package's code. It walks every chunk once per
 * selector, as the original does, so the cost stays O(text) per quote.
 */

interface Chunk {
  data: string;
}

interface Chunker<T extends Chunk> {
  readonly currentChunk: T;
  nextChunk(): T | null;
}

interface ChunkRange<T> {
  startChunk: T;
  startIndex: number;
  endChunk: T;
  endIndex: number;
}

interface TextQuoteSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
}

export function textQuoteSelectorMatcher(selector: TextQuoteSelector) {
  // eslint-disable-next-line @typescript-eslint/require-await -- an async generator, as the matcher it stands in for
  return async function* matchAll<T extends Chunk>(chunks: Chunker<T>): AsyncGenerator<ChunkRange<T>, void, void> {
    const prefix = selector.prefix ?? '';
    const exact = selector.exact;
    const pattern = prefix + exact + (selector.suffix ?? '');
    const list: T[] = [];
    const starts: number[] = [];
    let text = '';
    for (let chunk: T | null = chunks.currentChunk; chunk; chunk = chunks.nextChunk()) {
      list.push(chunk);
      starts.push(text.length);
      text += chunk.data;
    }
    // The chunk holding text offset `at`; `end` picks the one a match ends in.
    const locate = (at: number, end: boolean): [T, number] => {
      let lo = 0;
      let hi = list.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (end ? starts[mid]! < at : starts[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      return [list[lo]!, at - starts[lo]!];
    };
    for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) {
      const from = at + prefix.length;
      const [startChunk, startIndex] = locate(from, false);
      const [endChunk, endIndex] = locate(from + exact.length, exact.length > 0);
      yield { startChunk, startIndex, endChunk, endIndex };
    }
  };
}

function missing(name: string): never {
  throw new Error(`${name} is not provided by the bench's stand-in for @apache-annotator/selector`);
}

export function textPositionSelectorMatcher(): never {
  return missing('textPositionSelectorMatcher');
}

export function describeTextQuote(): never {
  return missing('describeTextQuote');
}

export function describeTextPosition(): never {
  return missing('describeTextPosition');
}
