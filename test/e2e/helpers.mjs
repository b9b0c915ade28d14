// Shared helpers for the end-to-end tests (test/e2e/*.node.mjs): they drive
// the BUILT app (dist/) in headless Chromium through playwright-core, served
// with the app's strict Content-Security-Policy by scripts/serve.mjs.
//
// Building: see ../helpers/build.mjs (dist/ is built when stale, under a
// lock, and copied to a private directory that this process serves).
// FC_E2E_DIST=/some/dir serves that already-built directory instead (no
// build, no lock): handy to run these tests against another build.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { findChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';
import { ROOT, builtCopy } from '../helpers/build.mjs';

export { ROOT };

let prepared = null;

/**
 * Builds dist/ if needed and copies it to a private directory; resolves to
 * that directory. Once per process.
 */
export function prepareDist() {
  if (process.env.FC_E2E_DIST) {
    prepared ??= (async () => {
      const source = process.env.FC_E2E_DIST;
      const dir = await mkdtemp(join(tmpdir(), 'fc-e2e-dist-'));
      await cp(source, dir, { recursive: true });
      for (const f of ['index.html', 'app.js', 'app.css']) {
        if (!existsSync(join(dir, f))) throw new Error(`${source} is incomplete (no ${f})`);
      }
      return dir;
    })();
    return prepared;
  }
  prepared ??= builtCopy(tmpdir(), 'fc-e2e-dist-');
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

import { selectText, untilEditorHas } from '../../scripts/drive.mjs';

export { selectText };

/** Puts the cursor at the very start of the article's first text. */
export async function caretAtStart(page) {
  const caret = () =>
    page.evaluate(() => {
      const app = document.querySelector('factcheck-app');
      const root = app.shadowRoot.querySelector('fc-editor').shadowRoot.querySelector('.ProseMirror');
      const first = document.createTreeWalker(root, NodeFilter.SHOW_TEXT).nextNode();
      root.focus();
      document.getSelection().setBaseAndExtent(first, 0, first, 0);
    });
  // Set again until the editor holds it (see untilEditorHas).
  await untilEditorHas(page, caret, () => {
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
      await button.click({ timeout: 10_000 });
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
