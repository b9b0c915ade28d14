// custom-elements.json, which editors and documentation tools read, must
// describe the elements as the code now stands: the analyzer runs again into
// a temporary folder and its manifest is compared with the committed one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ANALYZER = join(ROOT, 'node_modules/@custom-elements-manifest/analyzer/cem.js');

/** The path of the first place where `a` and `b` differ, or null. */
function firstDifference(a, b, path = '') {
  if (a === b) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return path || '(the whole file)';
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const found = firstDifference(a[key], b[key], Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`);
    if (found) return found;
  }
  return null;
}

test('custom-elements.json is up to date with the elements', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'fc-manifest-'));
  try {
    // As `npm run manifest` (same config), into `dir`: the analyzer joins --outdir to the working directory, so it gets a relative path.
    await promisify(execFile)(process.execPath, [ANALYZER, 'analyze', '--quiet', '--outdir', relative(ROOT, dir)], { cwd: ROOT });
    const fresh = JSON.parse(await readFile(join(dir, 'custom-elements.json'), 'utf8'));
    const committed = JSON.parse(await readFile(join(ROOT, 'custom-elements.json'), 'utf8'));
    const where = firstDifference(committed, fresh);
    assert.equal(where, null, `custom-elements.json is out of date (first difference at ${where}): run \`npm run manifest\` and commit the result.`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
