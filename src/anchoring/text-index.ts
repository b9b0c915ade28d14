import { CodePointIndex } from '../text/codepoints.js';

// Re-anchoring a whole article calls `anchorQuote` once per claim on the
// same string; building the index is O(n), so rebuilding it per claim would
// make that O(claims × n). One entry is enough, and keeps at most one stale
// string alive.
let last: CodePointIndex | undefined;
// The string the last caller passed. Two equal strings that are different
// objects compare character by character; remembering the caller's own
// object makes its next calls compare by pointer, in O(1).
let lastText: string | undefined;

/** The `CodePointIndex` of `text`, reused while callers keep passing the same text. */
export function codePointIndexFor(text: string): CodePointIndex {
  if (last === undefined || lastText !== text) {
    last = last !== undefined && last.text === text ? last : new CodePointIndex(text);
  }
  lastText = text;
  return last;
}
