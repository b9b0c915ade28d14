/** Small builders for detector tests: spans as [text, kind] pairs. */
import { detectClaims, type DetectKind } from '../../src/detect/index.js';

/** Every detected span of `text` as a `[text, kind]` pair, in order. */
export function spans(text: string): [string, DetectKind][] {
  return detectClaims(text).map((s) => [s.text, s.kind]);
}

/** The texts of the spans of one kind. */
export function found(text: string, kind: DetectKind): string[] {
  return detectClaims(text)
    .filter((s) => s.kind === kind)
    .map((s) => s.text);
}
