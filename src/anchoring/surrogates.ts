/** Whether UTF-16 offset `unit` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, unit: number): boolean {
  if (unit <= 0 || unit >= text.length) return false;
  const before = text.charCodeAt(unit - 1);
  const after = text.charCodeAt(unit);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * The code point that ends at UTF-16 offset `unit` (`codePointAt` read
 * backwards): a whole surrogate pair, or the one unit before `unit`.
 * `unit` must be above 0.
 */
export function codePointBefore(text: string, unit: number): number {
  const low = text.charCodeAt(unit - 1);
  if (low >= 0xdc00 && low <= 0xdfff && unit >= 2) {
    const high = text.charCodeAt(unit - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}
