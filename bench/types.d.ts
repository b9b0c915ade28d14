// The detector, resolved by scripts/bench.mjs: src/detect when it builds, else a stub (null).
declare module 'bench:detect' {
  export const detectClaims: ((text: string) => Array<{ start: number; end: number; kind: string; text: string }>) | null;
}
