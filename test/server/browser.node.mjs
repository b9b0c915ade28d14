// The sync endpoint from a real browser (headless Chromium): the app's own
// page may open /sync under its strict CSP, and the articles API answers it;
// a page from another origin is refused by the server, even though its own
// CSP would let it try.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';
import { serve } from '../../scripts/serve.mjs';
import { startServer, tempDir } from './helpers.mjs';

const TOKEN = 'browser-token-0123456789';
let server;
let browser;
let foreign;

before(async () => {
  server = await startServer({ FACTCHECK_TEAM_TOKEN: TOKEN });
  browser = await chromium.launch({ executablePath: await findChrome(), headless: true, args: CHROME_ARGS });
  foreign = await serve(await tempDir(), 0);
});

after(async () => {
  await browser?.close();
  await new Promise((r) => foreign?.close(r) ?? r());
});

/** Opens `url` in a new page that records CSP violations. */
async function open(url) {
  const page = await browser.newPage();
  const violations = [];
  await page.exposeFunction('__violation', (v) => violations.push(v));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.__violation(`${e.effectiveDirective} ${e.blockedURI}`)));
  await page.goto(url);
  return { page, violations };
}

/** In the page: opens a WebSocket to `target` and resolves to "open" or how it failed. */
const tryWebSocket = (page, target) =>
  page.evaluate(
    (target) =>
      new Promise((resolve) => {
        let ws;
        try {
          ws = new WebSocket(target);
        } catch (err) {
          return resolve(`blocked: ${err.message}`);
        }
        ws.onopen = () => {
          ws.close();
          resolve('open');
        };
        ws.onerror = () => resolve('error');
      }),
    target,
  );

test("the app's own page opens /sync under its CSP and reads the articles API", async () => {
  const { page, violations } = await open(`${server.url}/`);
  assert.equal(await tryWebSocket(page, server.wsUrl), 'open');
  const list = await page.evaluate(async (token) => {
    const response = await fetch('/api/articles', { headers: { Authorization: `Bearer ${token}` } });
    return { status: response.status, body: await response.json() };
  }, TOKEN);
  assert.deepEqual(list, { status: 200, body: [] });
  assert.deepEqual(violations, []);
  await page.close();
});

test('a page from another origin cannot open /sync or read the API', async () => {
  // A 404 page of another static server: another origin, and no CSP to
  // stop it trying, so the refusal is the team server's own.
  const { page } = await open(`http://127.0.0.1:${foreign.address().port}/nothing`);
  assert.equal(await tryWebSocket(page, server.wsUrl), 'error');
  assert.match(server.output(), new RegExp(`sync: refused a connection from origin "http://127\\.0\\.0\\.1:${foreign.address().port}"`));
  const status = await page.evaluate(
    async ({ url, token }) => {
      try {
        return (await fetch(`${url}/api/articles`, { headers: { Authorization: `Bearer ${token}` } })).status;
      } catch {
        return 'blocked';
      }
    },
    { url: server.url, token: TOKEN },
  );
  assert.equal(status, 'blocked');
  await page.close();
});
