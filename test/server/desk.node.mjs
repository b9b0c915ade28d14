// The team desk end to end: headless browsers on the built app, served by
// team servers (two joined by Redis, storing in PostgreSQL; one on PGlite),
// sharing an article and working on it together: tags, statuses, notes and
// typing reach the other browser; presence shows; a server killed and
// started again loses nothing; a fresh browser reads the same article from
// storage alone; a browser that went offline converges when it is back; a
// wrong token is refused with a message that says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';
import { selectText, untilEditorHas } from '../../scripts/drive.mjs';
import { PG_URL, REDIS_URL, freshSchema, redisReachable } from '../../scripts/services.mjs';
import { startServer, tempDir, waitFor } from './helpers.mjs';

const TOKEN = 'desk-team-token-0123456789';
const VIEWPORT = { width: 1440, height: 900 };
let browser;

before(async () => {
  browser = await chromium.launch({ executablePath: await findChrome(), headless: true, args: CHROME_ARGS });
});
after(async () => {
  await browser?.close();
});

/** A skip that fails under CI=true: CI must have the services. */
function skipOrFail(t, why) {
  if (process.env.CI === 'true') assert.fail(`${why} (CI=true: the services must be there)`);
  console.log(`skipped: ${why}`);
  t.skip(why);
}

const app = (page, body) => page.evaluate(body);
const claimsOf = (page) => app(page, () => document.querySelector('factcheck-app').claims.map((c) => ({ id: c.id, quote: c.quote, status: c.status, note: c.note })));
const textOf = (page) => app(page, () => document.querySelector('factcheck-app').exportJSON().article.text);
const header = (page) => app(page, () => document.querySelector('factcheck-app').shadowRoot.querySelector('fc-header').shadowRoot.textContent.replace(/\s+/g, ' '));

/** Opens the app (a link, or the start page) in a new browser profile; waits until it is ready. */
async function openApp(url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('factcheck-app')?.ready);
  await app(page, () => document.querySelector('factcheck-app').ready);
  return { context, page, errors };
}

async function setName(page, name) {
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Your name').press('Tab');
}

/** Shares the open article through the UI (Team settings, then Share); resolves to the link. */
async function share(page, token = TOKEN) {
  await page.getByText('Team settings').click();
  await page.getByLabel('Team token').fill(token);
  await page.getByLabel('Team token').press('Tab');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const notice = page.locator('fc-messages .banner.notice');
  await notice.waitFor();
  const link = /(http:\/\/\S+#team=\S+)/.exec(await notice.textContent())?.[1];
  assert.ok(link, 'the notice shows the link');
  return link;
}

async function tag(page, quote, status) {
  await selectText(page, quote);
  await page.getByRole('button', { name: 'Tag claim' }).click();
  await page.waitForFunction((q) => document.querySelector('factcheck-app').claims.some((c) => c.quote === q), quote);
  if (status) await page.getByLabel('Status', { exact: true }).selectOption(status);
}

/** Types `text` at the end of the paragraph holding `anchor`. */
async function typeAfter(page, anchor, text) {
  const caret = () =>
    page.evaluate((a) => {
      const root = document.querySelector('factcheck-app').shadowRoot.querySelector('fc-editor').shadowRoot.querySelector('.ProseMirror');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.data.indexOf(a);
        if (at >= 0) {
          root.focus();
          document.getSelection().setBaseAndExtent(n, at + a.length, n, at + a.length);
          return;
        }
      }
      throw new Error(`"${a}" not found`);
    }, anchor);
  // Type only once the editor has the caret, or the keys replace what was
  // selected before (on a busy machine, the claim just tagged).
  await untilEditorHas(
    page,
    caret,
    (a) => {
      const { state } = document.querySelector('factcheck-app').shadowRoot.querySelector('fc-editor').editorView;
      const { empty, head } = state.selection;
      return empty && head >= a.length && state.doc.textBetween(head - a.length, head) === a;
    },
    anchor,
  );
  await page.keyboard.type(text);
}

const until = (what, check, timeout = 30_000) => waitFor(check, what, timeout);

/** The claims as every screen must have them once converged: by id, with their words and fields. */
const exported = (page) =>
  app(page, () =>
    document
      .querySelector('factcheck-app')
      .exportJSON()
      .claims.map(({ id, quote, status, note, start, end, orphaned, changed }) => ({ id, quote, status, note, start, end, orphaned, changed })),
  );

/** The same work on any set of servers: `a` and `b` are the two servers' addresses (the same one for a single server). */
async function workTogether(a, b) {
  const ana = await openApp(`${a.url}/`);
  await setName(ana.page, 'Ana Reyes');
  await tag(ana.page, '$75 million', 'verified');
  const link = await share(ana.page);
  assert.match(link, new RegExp(`^${a.url}/#team=${TOKEN}&article=[0-9a-f-]{36}$`));
  // Bo opens the link on the other server.
  const bo = await openApp(link.replace(a.url, b.url));
  await setName(bo.page, 'Bo Chen');
  await until('Bo to see Ana’s claim', async () => (await claimsOf(bo.page)).some((c) => c.quote === '$75 million' && c.status === 'verified'));
  // The server sends who is here before the article itself: Bo sees Ana as
  // soon as he sees her work, not at her next presence update (15 s later).
  await app(bo.page, () => document.querySelector('factcheck-app').updateComplete);
  assert.match(await header(bo.page), /Live · 2 people/, 'Bo sees Ana on the article as soon as it has loaded');
  // Bo tags, sets a status and writes a note; Ana types.
  await tag(bo.page, '246 Javelin missiles', 'needs_source');
  await bo.page.getByLabel('Note', { exact: true }).fill('Asked the DSCA press office.');
  await typeAfter(ana.page, 'launch units', ' and spare parts');
  await until('Ana to see Bo’s claim and note', async () =>
    (await claimsOf(ana.page)).some((c) => c.quote === '246 Javelin missiles' && c.status === 'needs_source' && c.note === 'Asked the DSCA press office.'),
  );
  await until('Bo to see Ana’s typing', async () => (await textOf(bo.page)).includes('launch units and spare parts'));
  // Presence: the header counts both, and the claim Bo has open is marked on Ana's list.
  await until('Ana’s header to say two people are live', async () => (await header(ana.page)).includes('Live · 2 people'));
  await until('Ana’s sidebar to show the claim Bo has open', () =>
    app(ana.page, () => {
      const list = document.querySelector('factcheck-app').shadowRoot.querySelector('fc-sidebar').shadowRoot.querySelector('fc-claim-list');
      return [...list.shadowRoot.querySelectorAll('.peers')].some((p) => p.textContent.includes('Bo Chen'));
    }),
  );
  return { ana, bo, link };
}

test('two browsers on two servers joined by Redis, storing in PostgreSQL: live work, a killed server, and storage alone', async (t) => {
  const db = await freshSchema();
  if (!db.url) return skipOrFail(t, `no PostgreSQL at ${PG_URL} (${db.why})`);
  t.after(() => db.drop());
  if (!(await redisReachable())) return skipOrFail(t, `no Redis at ${REDIS_URL}`);
  const env = { FACTCHECK_TEAM_TOKEN: TOKEN, DATABASE_URL: db.url, REDIS_URL, FACTCHECK_STORE_DELAY_MS: '200' };
  let s1 = await startServer(env);
  const s2 = await startServer(env);
  const { ana, bo, link } = await workTogether(s1, s2);

  // Server one dies; Ana keeps working; it comes back on the same port.
  await s1.stop('SIGKILL');
  await until('Ana to see the connection go', async () => /Reconnecting|Offline/.test(await header(ana.page)));
  await typeAfter(ana.page, 'great disappointment', ' (quoted twice)');
  await tag(ana.page, 'some 30 Serb militants', 'misleading');
  s1 = await startServer({ ...env, PORT: String(s1.port) });
  await until('Ana to be live again', async () => (await header(ana.page)).includes('Live'));
  await until(
    'Bo to get what Ana did while her server was down',
    async () => (await textOf(bo.page)).includes('(quoted twice)') && (await claimsOf(bo.page)).some((c) => c.quote === 'some 30 Serb militants'),
  );
  await until('the two screens to agree', async () => JSON.stringify(await exported(ana.page)) === JSON.stringify(await exported(bo.page)));
  const expected = await exported(ana.page);
  const text = await textOf(ana.page);

  // Every server stops; one starts alone, and a fresh browser reads the article from PostgreSQL.
  await ana.context.close();
  await bo.context.close();
  await s1.stop('SIGTERM');
  await s2.stop('SIGTERM');
  const s3 = await startServer(env);
  const cy = await openApp(link.replace(s1.url, s3.url));
  await until('the fresh browser to load the article', async () => (await textOf(cy.page)) === text);
  await until('the fresh browser to have every claim', async () => JSON.stringify(await exported(cy.page)) === JSON.stringify(expected));
  assert.deepEqual(cy.errors, []);
});

test('one server on embedded PGlite: live work, and a fresh browser after a restart', async () => {
  const data = await tempDir('fc-desk-pglite-');
  const env = { FACTCHECK_TEAM_TOKEN: TOKEN, FACTCHECK_DATA: data, FACTCHECK_STORE_DELAY_MS: '200' };
  let server = await startServer(env);
  const { ana, bo, link } = await workTogether(server, server);
  // Bo merges an export into the shared article: Ana gets what it brought.
  await app(bo.page, async () => {
    const fc = document.querySelector('factcheck-app');
    const data = fc.exportJSON();
    const later = new Date(Date.now() + 60_000).toISOString();
    const base = data.claims.find((c) => c.quote === '$75 million');
    const at = data.article.text.indexOf('24 launch units');
    const start = [...data.article.text.slice(0, at)].length;
    data.claims = [
      { ...base, note: 'Confirmed in the DSCA notice.', updatedAt: later },
      { ...base, id: crypto.randomUUID(), quote: '24 launch units', start, end: start + 15, prefix: '', suffix: '', note: '', status: 'unchecked', history: [] },
    ];
    await fc.importJSON(data, { onExisting: 'merge' });
  });
  await until('Ana to get the merged import', async () => {
    const claims = await claimsOf(ana.page);
    return claims.some((c) => c.quote === '$75 million' && c.note === 'Confirmed in the DSCA notice.') && claims.some((c) => c.quote === '24 launch units');
  });
  await until('the two screens to agree', async () => JSON.stringify(await exported(ana.page)) === JSON.stringify(await exported(bo.page)));
  const expected = await exported(ana.page);
  await ana.context.close();
  await bo.context.close();
  await server.stop('SIGTERM');
  server = await startServer(env);
  const cy = await openApp(link.replace(/^http:\/\/127\.0\.0\.1:\d+/, server.url));
  await until('the fresh browser to have every claim, from PGlite', async () => JSON.stringify(await exported(cy.page)) === JSON.stringify(expected));
});

test('a browser that goes offline keeps working, and both converge when it is back', async () => {
  const server = await startServer({ FACTCHECK_TEAM_TOKEN: TOKEN, FACTCHECK_DATA: await tempDir('fc-desk-offline-') });
  const { ana, bo } = await workTogether(server, server);
  // The app's files are kept for offline use once its service worker is active.
  await app(bo.page, () => navigator.serviceWorker.ready.then(() => true));
  await bo.context.setOffline(true);
  await until('Bo to see he is offline', async () => (await header(bo.page)).includes('Offline — changes kept here'));
  await tag(bo.page, 'four dead', 'verified');
  await typeAfter(bo.page, 'the border with Kosovo', ' (offline edit)');
  await tag(ana.page, 'Sept. 24', 'in_progress');
  await typeAfter(ana.page, 'in Belgrade on Thursday', ' (online edit)');
  // Bo reloads while offline: his last state is still there.
  await bo.page.reload();
  await app(bo.page, () => document.querySelector('factcheck-app').ready);
  await until('Bo’s reload offline to show his work', async () => (await textOf(bo.page)).includes('(offline edit)') && (await claimsOf(bo.page)).some((c) => c.quote === 'four dead'));
  await bo.context.setOffline(false);
  await until('the two screens to converge', async () => {
    const [x, y] = [await exported(ana.page), await exported(bo.page)];
    return JSON.stringify(x) === JSON.stringify(y) && x.some((c) => c.quote === 'four dead') && x.some((c) => c.quote === 'Sept. 24');
  }).catch(async (error) => {
    // What each screen had, so a failure says how they differ.
    const screen = async (p) => ({ header: await header(p.page), text: await textOf(p.page), claims: await exported(p.page), errors: p.errors });
    throw new Error(`${error.message}\nAna: ${JSON.stringify(await screen(ana))}\nBo: ${JSON.stringify(await screen(bo))}`, { cause: error });
  });
  assert.ok((await textOf(ana.page)).includes('(offline edit)'));
  assert.ok((await textOf(bo.page)).includes('(online edit)'));
});

test('a wrong team token is refused with a message that says so', async () => {
  const server = await startServer({ FACTCHECK_TEAM_TOKEN: TOKEN, FACTCHECK_DATA: await tempDir('fc-desk-token-') });
  const ana = await openApp(`${server.url}/`);
  const link = await share(ana.page);
  const eve = await openApp(link.replace(TOKEN, 'not-the-team-token-000'));
  const banner = eve.page.locator('fc-messages .banner.error');
  await banner.waitFor();
  assert.match(await banner.textContent(), /team token was not accepted/);
  assert.deepEqual(
    (await claimsOf(eve.page)).map((c) => c.quote),
    [],
  );
  assert.equal((await textOf(eve.page)).trim(), '');
});
