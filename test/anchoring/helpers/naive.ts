/**
 * The characters of `text[from, to)` as the search reads them: code points,
 * a surrogate pair that starts before `to` read whole, each with the UTF-16
 * offset just after it.
 */
function charactersOf(text: string, from: number, to: number): { char: number; end: number }[] {
  const out: { char: number; end: number }[] = [];
  for (let u = from; u < to;) {
    const char = text.codePointAt(u)!;
    u += char > 0xffff ? 2 : 1;
    out.push({ char, end: u });
  }
  return out;
}

/** Semi-global edit distance in code points by the textbook table: best errors per end in text[from, to). */
export function naiveSearchEnds(pattern: string, text: string, from: number, to: number, maxErrors: number): { end: number; errors: number }[] {
  const rows = Array.from(pattern, (s) => s.codePointAt(0)!);
  const m = rows.length;
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  const found: { end: number; errors: number }[] = [];
  for (const { char, end } of charactersOf(text, from, to)) {
    const cur = [0];
    for (let i = 1; i <= m; i++) {
      cur[i] = Math.min(prev[i]! + 1, cur[i - 1]! + 1, prev[i - 1]! + (rows[i - 1] === char ? 0 : 1));
    }
    prev = cur;
    if (cur[m]! <= maxErrors) found.push({ end, errors: cur[m]! });
  }
  return found;
}

/** Edit distance between `pattern` and every prefix of `text` (both as characters), by the textbook table. */
export function naivePrefixDistances(pattern: string[], text: string[]): number[] {
  const m = pattern.length;
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  const out = [m];
  for (let j = 0; j < text.length; j++) {
    const cur = [j + 1];
    for (let i = 1; i <= m; i++) {
      cur[i] = Math.min(prev[i]! + 1, cur[i - 1]! + 1, prev[i - 1]! + (pattern[i - 1] === text[j] ? 0 : 1));
    }
    prev = cur;
    out.push(cur[m]!);
  }
  return out;
}
