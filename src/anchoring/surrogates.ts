/** Whether UTF-16 offset `unit` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, unit: number): boolean {
  if (unit <= 0 || unit >= text.length) return false;
  const before = text.charCodeAt(unit - 1);
  const after = text.charCodeAt(unit);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
