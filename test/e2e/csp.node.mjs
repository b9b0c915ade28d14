// The BUILT app under its strict Content-Security-Policy (the header that
// scripts/serve.mjs sends: default-src 'self', no 'unsafe-inline', no
// eval): a working session through the UI raises no CSP violation and no
// console error, and Export JSON downloads the right file with code-point
// offsets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startE2E, openApp, VIEWPORT, tagThroughUI, setStatusThroughUI, caretAtStart, codePointSlice } from './helpers.mjs';
import { cspFor } from '../../scripts/serve.mjs';

let e2e;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

/** A context that records CSP violations (from the page's own event) and console errors. */
async function watchedContext() {
  const context = await e2e.browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  const violations = [];
  const consoleErrors = [];
  const pageErrors = [];
  await context.exposeBinding('__fcCspViolation', ({ page }, v) => violations.push({ page: page.url(), ...v }));
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        window.__fcCspViolation({
          directive: e.effectiveDirective || e.violatedDirective,
          blocked: e.blockedURI,
          sample: e.sample,
          where: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        }),
      true,
    );
  });
  context.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${m.text()} (${m.location().url}:${m.location().lineNumber})`);
  });
  context.on('weberror', (e) => pageErrors.push(e.error().message));
  return { context, violations, consoleErrors, pageErrors };
}

test('the server sends the strict CSP the app is built for', async () => {
  const response = await fetch(e2e.url);
  const csp = response.headers.get('content-security-policy');
  assert.equal(csp, cspFor(new URL(e2e.url).host));
  assert.match(csp, /connect-src 'self' ws:\/\/127\.0\.0\.1:\d+ wss:\/\/127\.0\.0\.1:\d+;/);
  assert.match(csp, /default-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
});

test('a whole session under the CSP: no violation, no console error; Export JSON has code-point offsets', async () => {
  const { context, violations, consoleErrors, pageErrors } = await watchedContext();
  try {
    const page = await openApp(context, e2e.url);
    assert.equal(await page.evaluate(() => typeof window.__fcCspViolation), 'function');

    // An emoji at the top of the article: UTF-16 offsets and code-point offsets now differ.
    await caretAtStart(page);
    await page.keyboard.insertText('📰 ');

    await page.getByLabel('Your name').fill('Dana Reyes');
    await page.getByLabel('Your name').press('Enter');

    await tagThroughUI(page, '$75 million');
    await setStatusThroughUI(page, 'verified');
    await page.getByLabel('Note', { exact: true }).fill('DSCA notice 24-12 gives $75 million.');
    await page.getByLabel('Source URL').fill('https://www.dsca.mil/press-media/major-arms-sales/kosovo-javelin');
    await page.getByLabel('Source label (optional)').fill('DSCA notice');
    await page.getByRole('button', { name: 'Add source' }).click();
    await page.locator('fc-claim-sources ul a').waitFor();

    await tagThroughUI(page, 'Jan. 11');
    await setStatusThroughUI(page, 'in_progress');

    // The Articles list: close it, open it again, open the article from it, start a rename and cancel it.
    const articlesButton = page.getByRole('button', { name: 'Articles', exact: true });
    await articlesButton.click();
    await page.locator('fc-article-list').waitFor({ state: 'hidden' });
    assert.equal(await articlesButton.getAttribute('aria-expanded'), 'false');
    await articlesButton.click();
    await page.locator('fc-article-list').waitFor({ state: 'visible' });
    const title = 'Kosovo to Deploy New US Anti-Tank Weapons as Serbia Bristles';
    await page.getByRole('button', { name: `Open ${title}` }).click();
    await page.getByRole('button', { name: `Rename ${title}` }).click();
    await page.getByLabel(`New title for ${title}`).press('Escape');
    await page.getByRole('button', { name: `Open ${title}` }).waitFor();

    // Other panels, the legend, the shortcuts help, the sidebar list.
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByLabel('Article text to paste').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Update text' }).click();
    await page.getByLabel('New version of the article text').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Keyboard shortcuts').click();
    await page.locator('fc-claim-list').getByText('$75 million').first().click();

    // A claim deleted and restored through the toast's Undo.
    await page.getByRole('button', { name: 'Delete claim' }).click();
    await page.locator('.toast').getByRole('button', { name: 'Undo', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('factcheck-app').claims.some((c) => c.quote === '$75 million'));

    await page.evaluate(() => document.querySelector('factcheck-app').flush());
    await page.getByText('All changes saved').waitFor();

    // Export JSON: a real download.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    assert.equal(download.suggestedFilename(), 'kosovo-to-deploy-new-us-anti-tank-weapons-as-serbia-bristles.factcheck.json');
    const data = JSON.parse(await readFile(await download.path(), 'utf8'));

    assert.equal(data.format, 'factcheck-annotations');
    assert.equal(data.version, 2);
    assert.equal(data.article.title, title);
    const text = data.article.text;
    assert.ok(text.startsWith('📰 Kosovo to Deploy'), 'the typed emoji is in the exported text');
    const byQuote = new Map(data.claims.map((c) => [c.quote, c]));
    assert.deepEqual([...byQuote.keys()].sort(), ['$75 million', 'Jan. 11'].sort());
    for (const claim of data.claims) {
      assert.equal(codePointSlice(text, claim.start, claim.end), claim.quote, `code-point slice of "${claim.quote}"`);
      // Offsets are code points, not UTF-16 units: the emoji before counts once.
      const utf16 = text.indexOf(claim.quote);
      assert.equal(claim.start, [...text.slice(0, utf16)].length, `start of "${claim.quote}" in code points`);
      assert.notEqual(claim.start, utf16, 'the emoji makes UTF-16 and code-point offsets differ');
      assert.equal(claim.prefix, codePointSlice(text, Math.max(0, claim.start - 32), claim.start));
      assert.equal(claim.suffix, codePointSlice(text, claim.end, claim.end + 32));
    }
    const dollars = byQuote.get('$75 million');
    assert.equal(dollars.status, 'verified');
    assert.equal(dollars.note, 'DSCA notice 24-12 gives $75 million.');
    assert.deepEqual(dollars.sources, [{ url: 'https://www.dsca.mil/press-media/major-arms-sales/kosovo-javelin', label: 'DSCA notice' }]);
    assert.equal(dollars.reviewer, 'Dana Reyes');
    assert.equal(byQuote.get('Jan. 11').status, 'in_progress');
    // The download is the same as the API's export (apart from its time).
    const api = await page.evaluate(() => document.querySelector('factcheck-app').exportJSON());
    assert.deepEqual({ ...data, exportedAt: null }, { ...JSON.parse(JSON.stringify(api)), exportedAt: null });

    assert.deepEqual(violations, [], 'CSP violations');
    assert.deepEqual(consoleErrors, [], 'console errors');
    assert.deepEqual(pageErrors, [], 'uncaught page errors');
  } finally {
    await context.close();
  }
});

test('the violation listener works: an inline script and an inline style attribute are reported', async () => {
  // A control for the test above: with the same listener, code that breaks
  // the policy is caught, so "zero violations" there means something.
  const { context, violations, consoleErrors } = await watchedContext();
  try {
    const page = await openApp(context, e2e.url);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = 1';
      document.body.append(s);
      const div = document.createElement('div');
      div.setAttribute('style', 'color: red');
      document.body.append(div);
    });
    await expectSoon(
      () => violations.length >= 2,
      () => `violations: ${JSON.stringify(violations)}`,
    );
    assert.equal(await page.evaluate(() => window.__inlineRan), undefined, 'the inline script did not run');
    const directives = violations.map((v) => v.directive).sort();
    assert.ok(directives.includes('script-src-elem') || directives.includes('script-src'), JSON.stringify(directives));
    assert.ok(directives.includes('style-src-attr') || directives.includes('style-src'), JSON.stringify(directives));
    await expectSoon(
      () => consoleErrors.some((m) => /Content Security Policy/.test(m)),
      () => `console errors: ${JSON.stringify(consoleErrors)}`,
    );
  } finally {
    await context.close();
  }
});

/** Polls a Node-side condition (events arrive asynchronously over the protocol). */
async function expectSoon(condition, message, timeout = 30_000) {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) assert.fail(message());
    await new Promise((r) => setTimeout(r, 20));
  }
}
