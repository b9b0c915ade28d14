/** Semi-global edit distance by the textbook table: best errors per end in text[from, to). */
export function naiveSearchEnds(pattern: string, text: string, from: number, to: number, maxErrors: number): { end: number; errors: number }[] {
  const m = pattern.length;
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  const found: { end: number; errors: number }[] = [];
  for (let j = from; j < to; j++) {
    const cur = [0];
    for (let i = 1; i <= m; i++) {
      cur[i] = Math.min(prev[i]! + 1, cur[i - 1]! + 1, prev[i - 1]! + (pattern[i - 1] === text[j] ? 0 : 1));
    }
    prev = cur;
    if (cur[m]! <= maxErrors) found.push({ end: j + 1, errors: cur[m]! });
  }
  return found;
}

/** Edit distance between `pattern` and every prefix of `text`, by the textbook table. */
export function naivePrefixDistances(pattern: string, text: string): number[] {
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
