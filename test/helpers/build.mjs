// Building dist/ for the Node tests (test/e2e, test/server). `node --test`
// runs each file in its own process (in parallel where there are cores),
// and scripts/build.mjs starts with `rm -rf dist/`, so two builds at once,
// or a build while another file serves dist/, would break each other. So:
//   - builds are serialised by a lock directory in the OS temp dir;
//   - under the lock, dist/ is rebuilt only when it is missing or older than
//     any source of the build (src/, components/, server/, index.html,
//     app.css, the icons, samples/, tsconfig.json, package.json,
//     scripts/build.mjs and scripts/serve.mjs), or always when
//     FC_E2E_BUILD=always;
//   - still under the lock, dist/ is copied to a private directory that the
//     test serves or runs, so a rebuild by anyone else (another test file,
//     `npm start` in another terminal) cannot pull files from under it.
// A build costs a second or two, the copy a few ms.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rmdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const SOURCES = ['src', 'components', 'server', 'index.html', 'app.css', 'favicon.svg', 'favicon.ico', 'samples', 'tsconfig.json', 'package.json', 'scripts/build.mjs', 'scripts/serve.mjs'];
const NEEDED = ['index.html', 'app.js', 'app.css', 'server/main.js', 'build-info.json'];
const LOCK = join(tmpdir(), `factcheck-desk-e2e-build-${Buffer.from(ROOT).toString('hex').slice(-24)}.lock`);

/** The newest modification time (ms) of a file or of any file below a directory. */
async function newest(path) {
  let info;
  try {
    info = await stat(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let max = info.mtimeMs;
  for (const entry of await readdir(path)) max = Math.max(max, await newest(join(path, entry)));
  return max;
}

async function distIsFresh() {
  if (!NEEDED.every((f) => existsSync(join(DIST, f)))) return false;
  const built = (await stat(join(DIST, 'build-info.json'))).mtimeMs;
  let sources = 0;
  for (const s of SOURCES) sources = Math.max(sources, await newest(join(ROOT, s)));
  return built >= sources;
}

async function withLock(fn) {
  const started = Date.now();
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      // A lock older than a minute was left by a killed process.
      const age = Date.now() - ((await stat(LOCK).catch(() => null))?.mtimeMs ?? Date.now());
      if (age > 60_000) await rmdir(LOCK).catch(() => {});
      if (Date.now() - started > 120_000) throw new Error(`Timed out waiting for the build lock ${LOCK}`, { cause: err });
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return await fn();
  } finally {
    await rmdir(LOCK).catch(() => {});
  }
}

/**
 * Builds dist/ if it is stale, then copies it into a new directory
 * `parent`/`prefix`XXXXXX; resolves to that directory.
 */
export function builtCopy(parent, prefix) {
  return withLock(async () => {
    const t0 = Date.now();
    let built = false;
    if (process.env.FC_E2E_BUILD === 'always' || !(await distIsFresh())) {
      try {
        await promisify(execFile)(process.execPath, ['scripts/build.mjs'], { cwd: ROOT });
      } catch (err) {
        throw new Error(`The app does not build (node scripts/build.mjs), so the Node tests cannot run:\n${err.stderr || err.message}`, { cause: err });
      }
      built = true;
    }
    await mkdir(parent, { recursive: true });
    const dir = await mkdtemp(join(parent, prefix));
    await cp(DIST, dir, { recursive: true });
    for (const f of NEEDED) {
      if (!existsSync(join(dir, f))) throw new Error(`${DIST} is incomplete (no ${f}); was it being rebuilt?`);
    }
    if (process.env.FC_E2E_VERBOSE) console.error(`# dist/ ${built ? 'built' : 'fresh'} and copied to ${dir} in ${Date.now() - t0} ms`);
    return dir;
  });
}
