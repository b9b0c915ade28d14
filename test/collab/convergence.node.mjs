// The convergence fuzz of shared articles, in Node: three copies of an
// article, with the real schema, claims plugin and record binding, take
// seeded random concurrent operations (typing, deleting across claim
// edges, splitting and joining paragraphs, pasting, tagging, statuses,
// notes and sources, undo and redo), through the editor plugins a shared
// article has in the app; their updates arrive shuffled, with partitions.
// Afterwards every copy must have the same document and claims, every
// claim id, every history entry made anywhere, and no claim whose words
// differ from those it was checked on without a Re-check. A failing seed
// is printed; FC_FUZZ_SEEDS sets how many run (300 by default), and
// FC_FUZZ_SEED=n runs that one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function harness() {
  const dir = await mkdtemp(join(tmpdir(), 'fc-fuzz-'));
  const outfile = join(dir, 'fuzz.mjs');
  await build({ entryPoints: [join(root, 'test/collab/fuzz.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, tsconfig: join(root, 'tsconfig.json'), logLevel: 'error' });
  const module = await import(pathToFileURL(outfile).href);
  return { runSeed: module.runSeed, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

test('three copies of a shared article converge under random concurrent edits, and keep every claim and history entry', async () => {
  const { runSeed, cleanup } = await harness();
  try {
    const one = process.env.FC_FUZZ_SEED;
    const seeds = one ? [Number(one)] : Array.from({ length: Number(process.env.FC_FUZZ_SEEDS ?? 300) }, (_, i) => 1000 + i);
    for (const seed of seeds) {
      const problems = runSeed(seed);
      assert.deepEqual(problems, [], `seed ${seed} (run again with FC_FUZZ_SEED=${seed}):\n${problems.join('\n')}`);
    }
  } finally {
    await cleanup();
  }
});
