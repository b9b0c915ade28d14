// Undo in a shared article brings text back in the same place on every
// copy (src/collab/undo.ts works around Yjs 13.6's issue #794), in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function cases() {
  const dir = await mkdtemp(join(tmpdir(), 'fc-undo-'));
  try {
    const outfile = join(dir, 'undo-cases.mjs');
    await build({
      entryPoints: [join(root, 'test/collab/undo-cases.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      tsconfig: join(root, 'tsconfig.json'),
      logLevel: 'error',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const { yjsCase, editorCase } = await cases();

test('Yjs alone: text an undo brings back lands elsewhere on the other copies (issue #794; if this fails, Yjs is fixed and src/collab/undo.ts can go)', () => {
  const { here, there, loaded } = yjsCase(false);
  assert.equal(here, '<paragraph>abcdxef</paragraph>');
  assert.notEqual(there, here);
  assert.notEqual(loaded, here);
});

test('with sendRestoredTextWhereItLands, every copy and a copy loaded afresh read what the undoing copy reads', () => {
  assert.deepEqual(yjsCase(true), { here: '<paragraph>abcdxef</paragraph>', there: '<paragraph>abcdxef</paragraph>', loaded: '<paragraph>abcdxef</paragraph>' });
});

test("through the editor (y-prosemirror's sync and undo plugins): a paragraph brought back by Ctrl+Z reads the same on the other copy", () => {
  assert.deepEqual(editorCase(), { bo: 'abcdxef', ana: 'abcdxef' });
});
