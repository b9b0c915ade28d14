import { codePointBefore } from './surrogates.js';

// A mark belongs to the letter before it, so "cafe\u0301" is one word.
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;

function isWordCharacter(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHARACTER.test(String.fromCodePoint(c));
}

/**
 * What kind of edge UTF-16 offset `at` is in `text`: 2 if a letter, mark
 * or digit stands before it, plus 1 if one stands after it. 3 cuts a word,
 * 1 starts one, 2 ends one. The text's ends count as non-word characters.
 */
export function edgeAt(text: string, at: number): number {
  const before = at > 0 && isWordCharacter(codePointBefore(text, at)) ? 2 : 0;
  return before + (at < text.length && isWordCharacter(text.codePointAt(at)!) ? 1 : 0);
}

/** `edgeAt` of the place where `left` meets `right`. */
export function edgeBetween(left: string, right: string): number {
  const before = left !== '' && isWordCharacter(codePointBefore(left, left.length)) ? 2 : 0;
  return before + (right !== '' && isWordCharacter(right.codePointAt(0)!) ? 1 : 0);
}
