// Shared helpers for the end-to-end tests (test/e2e/*.node.mjs): they drive
// the BUILT app (dist/) in headless Chromium through playwright-core, served
// with the app's strict Content-Security-Policy by scripts/serve.mjs.
//
// Building: `node --test` runs each file in its own process (in parallel
// where there are cores), and scripts/build.mjs starts with `rm -rf dist/`,
// so two builds at once, or a build while another file serves dist/, would
// break each other. So:
//   - builds are serialised by a lock directory in the OS temp dir;
//   - under the lock, dist/ is rebuilt only when it is missing or older than
//     any source of the build (src/, components/, index.html, app.css,
//     samples/, tsconfig.json, package.json, scripts/build.mjs), or always
//     when FC_E2E_BUILD=always;
//   - still under the lock, dist/ is copied to a private temp directory that
//     this process serves, so a rebuild by anyone else (another test file,
//     `npm start` in another terminal) cannot pull files from under a test.
// A build costs about 0.5 s, the copy a few ms.
// FC_E2E_DIST=/some/dir serves that already-built directory instead (no
// build, no lock): handy to run these tests against another build.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, rmdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { findChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const SOURCES = ['src', 'components', 'index.html', 'app.css', 'samples', 'tsconfig.json', 'package.json', 'scripts/build.mjs'];
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
  const needed = ['index.html', 'app.js', 'app.css', 'build-info.json'].map((f) => join(DIST, f));
  if (!needed.every((f) => existsSync(f))) return false;
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

let prepared = null;

/**
 * Builds dist/ if needed and copies it to a private directory; resolves to
 * that directory. Once per process.
 */
export function prepareDist() {
  const source = process.env.FC_E2E_DIST || DIST;
  const copy = async (built, t0) => {
    const dir = await mkdtemp(join(tmpdir(), 'fc-e2e-dist-'));
    await cp(source, dir, { recursive: true });
    for (const f of ['index.html', 'app.js', 'app.css']) {
      if (!existsSync(join(dir, f))) throw new Error(`${source} is incomplete (no ${f}); was it being rebuilt?`);
    }
    if (process.env.FC_E2E_VERBOSE) console.error(`# e2e: ${source} ${built ? 'built' : 'fresh'} and copied in ${Date.now() - t0} ms`);
    return dir;
  };
  if (process.env.FC_E2E_DIST) {
    prepared ??= copy(false, Date.now());
    return prepared;
  }
  prepared ??= withLock(async () => {
    const t0 = Date.now();
    let built = false;
    if (process.env.FC_E2E_BUILD === 'always' || !(await distIsFresh())) {
      try {
        await promisify(execFile)(process.execPath, ['scripts/build.mjs'], { cwd: ROOT });
      } catch (err) {
        throw new Error(`The app does not build (node scripts/build.mjs), so the e2e tests cannot run:\n${err.stderr || err.message}`, { cause: err });
      }
      built = true;
    }
    return copy(built, t0);
  });
  return prepared;
}


/**
 * Everything a test file needs: a server for the built app (with the CSP
 * header) and a headless Chromium. Call `close()` in `after()`.
 */
export async function startE2E() {
  const dir = await prepareDist();
  const server = await serve(dir + '/', 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: await findChrome(), headless: true, args: CHROME_ARGS });
  return {
    url,
    browser,
    dir,
    async close() {
      await browser.close().catch(() => {});
      await new Promise((r) => server.close(r));
      server.closeAllConnections?.();
      await rm(dir, { recursive: true, force: true }).catch(() => {});
    },
  };
}

export const VIEWPORT = { width: 1440, height: 900 };

/** Opens the app in a new page of `context` and waits for `ready` and a shown article. */
export async function openApp(context, url) {
  const page = await context.newPage();
  // A step that cannot happen fails in 10 s, not Playwright's 30 s.
  page.setDefaultTimeout(10_000);
  await page.goto(url);
  await waitReady(page);
  return page;
}

/** Waits until the app is ready and its editor shows an article. */
export async function waitReady(page) {
  await page.waitForFunction(() => customElements.get('factcheck-app') !== undefined);
  await page.evaluate(() => document.querySelector('factcheck-app').ready);
  await page.waitForFunction(() => {
    const editor = document.querySelector('factcheck-app')?.shadowRoot?.querySelector('fc-editor');
    return (editor?.editorView?.state.doc.textContent.length ?? 0) > 0;
  });
}

import { selectText } from '../../scripts/drive.mjs';

export { selectText };

/** Puts the cursor at the very start of the article's first text. */
export async function caretAtStart(page) {
  await page.evaluate(() => {
    const app = document.querySelector('factcheck-app');
    const root = app.shadowRoot.querySelector('fc-editor').shadowRoot.querySelector('.ProseMirror');
    const first = document.createTreeWalker(root, NodeFilter.SHOW_TEXT).nextNode();
    root.focus();
    document.getSelection().setBaseAndExtent(first, 0, first, 0);
  });
  await page.waitForFunction(() => {
    const view = document.querySelector('factcheck-app').shadowRoot.querySelector('fc-editor').editorView;
    const sel = view.state.selection;
    return sel.empty && sel.from <= 1;
  });
}

/** The open article's claims, as the app would export them. */
export function claimsOf(page) {
  return page.evaluate(() => document.querySelector('factcheck-app').claims);
}

/**
 * Selects `quote` and presses Tag claim; resolves when the claim exists.
 * If the button is still disabled (a re-render, e.g. a change arriving
 * from another tab, dropped the selection), selects again, up to 3 times.
 */
export async function tagThroughUI(page, quote, nth = 0) {
  const button = page.getByRole('button', { name: 'Tag claim' });
  for (let attempt = 1; ; attempt++) {
    await selectText(page, quote, nth);
    try {
      await button.click({ timeout: 2000 });
      break;
    } catch (err) {
      if (attempt === 3) throw new Error(`Tag claim stayed disabled after selecting "${quote}" 3 times: ${err.message}`, { cause: err });
    }
  }
  await page.waitForFunction((q) => document.querySelector('factcheck-app').claims.some((c) => c.quote === q), quote);
}

/** Sets the open claim's status through the panel's Status select. */
export async function setStatusThroughUI(page, status) {
  await page.getByLabel('Status', { exact: true }).selectOption(status);
}

/** The open article's plain text (blocks joined with "\n\n"). */
export function articleText(page) {
  return page.evaluate(() => document.querySelector('factcheck-app').exportJSON().article.text);
}

/** Titles in the Articles list, in its order. */
export function articleTitles(page) {
  return page.evaluate(() => {
    const list = document.querySelector('factcheck-app').shadowRoot.querySelector('fc-article-list');
    return [...(list?.shadowRoot?.querySelectorAll('li button.open') ?? [])].map((b) => b.textContent.trim());
  });
}

/** Reads everything in the page's IndexedDB database (articles and claims), straight from IndexedDB. */
export function readDatabase(page, dbName = 'factcheck-desk') {
  return page.evaluate(
    (dbName) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['articles', 'claims'], 'readonly');
          const articles = tx.objectStore('articles').getAll();
          const claims = tx.objectStore('claims').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve({ articles: articles.result, claims: claims.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    dbName,
  );
}

/** `[...text].slice(start, end).join('')`: the code-point slice the export format promises. */
export function codePointSlice(text, start, end) {
  return [...text].slice(start, end).join('');
}
