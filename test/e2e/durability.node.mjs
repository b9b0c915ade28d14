// Durability of the BUILT app: a change made through the UI survives the
// page being closed at once (no waiting for the 300 ms debounce, no
// flush()), and is there when the next page of the same profile starts.
//
// Each test uses its own browser context (its own profile: IndexedDB and
// localStorage), and opens the pages of that context one after another,
// like a user closing a tab and opening the app again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E, openApp, VIEWPORT, tagThroughUI, setStatusThroughUI, claimsOf, caretAtStart, articleText, articleTitles, readDatabase } from './helpers.mjs';

const JOURNAL_KEY = 'factcheck-desk:journal:factcheck-desk';

let e2e;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

/**
 * A context whose pages record, before the app runs, whether a journal
 * was waiting in localStorage (= the IndexedDB write did not finish before
 * the previous page closed, so the journal is what saved the change).
 */
async function newContext() {
  const context = await e2e.browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript((key) => {
    try {
      window.__journalAtStart = localStorage.getItem(key) !== null;
    } catch {
      window.__journalAtStart = null;
    }
  }, JOURNAL_KEY);
  return context;
}

const journalAtStart = (page) => page.evaluate(() => window.__journalAtStart);

/** The title shown in the header for the open article. */
const openTitle = (page) => page.evaluate(() => document.querySelector('factcheck-app').shadowRoot.querySelector('fc-header').shadowRoot.querySelector('.doc-title').textContent.trim());

test('a claim tagged and set to Verified survives an immediate close, 5 times out of 5', async (t) => {
  const context = await newContext();
  try {
    const quotes = ['$75 million', 'Jan. 11', 'some 30 Serb militants', 'four dead', 'declared independence in 2008'];
    const results = [];
    let page = await openApp(context, e2e.url);
    for (const quote of quotes) {
      await tagThroughUI(page, quote);
      await setStatusThroughUI(page, 'verified');
      // AT ONCE: no wait for the debounce, no flush().
      await page.close({ runBeforeUnload: true });

      page = await openApp(context, e2e.url);
      const claims = await claimsOf(page);
      const claim = claims.find((c) => c.quote === quote);
      results.push({ quote, status: claim?.status ?? 'missing', viaJournal: await journalAtStart(page) });
    }
    const db = await readDatabase(page);
    await page.close();
    const survived = results.filter((r) => r.status === 'verified');
    assert.equal(survived.length, quotes.length, `only ${survived.length}/${quotes.length} claims came back Verified: ${JSON.stringify(results)}`);
    // Every claim is in IndexedDB itself now (the journal was replayed into it).
    const stored = new Map(db.claims.map((c) => [c.quote, c.status]));
    for (const quote of quotes) assert.equal(stored.get(quote), 'verified', `"${quote}" in IndexedDB`);
    t.diagnostic(`journal needed at start: ${results.filter((r) => r.viaJournal).length}/${quotes.length}`);
  } finally {
    await context.close();
  }
});

test('a word typed at the top of the article survives an immediate close', async () => {
  const context = await newContext();
  try {
    const page = await openApp(context, e2e.url);
    const before = await articleText(page);
    await caretAtStart(page);
    await page.keyboard.type('BREAKING ');
    await page.close({ runBeforeUnload: true });

    const next = await openApp(context, e2e.url);
    const text = await articleText(next);
    assert.ok(text.startsWith('BREAKING Kosovo to Deploy'), `the article starts with ${JSON.stringify(text.slice(0, 40))}`);
    assert.equal(text, `BREAKING ${before}`);
    await next.close();
  } finally {
    await context.close();
  }
});

test('a note typed into the claim panel survives an immediate close', async () => {
  const context = await newContext();
  try {
    const page = await openApp(context, e2e.url);
    await tagThroughUI(page, '246 Javelin missiles');
    await page.getByLabel('Note', { exact: true }).fill('Asked DSCA for the breakdown.');
    await page.close({ runBeforeUnload: true });

    const next = await openApp(context, e2e.url);
    const claim = (await claimsOf(next)).find((c) => c.quote === '246 Javelin missiles');
    assert.equal(claim?.note, 'Asked DSCA for the breakdown.');
    await next.close();
  } finally {
    await context.close();
  }
});

test('a new article, a rename and a delete in the Articles list survive an immediate close', async () => {
  const context = await newContext();
  try {
    let page = await openApp(context, e2e.url);
    const sample = await openTitle(page);

    // New article through the UI; it is shown, then the page closes at once.
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByLabel('Article text to paste').fill('Harbour pilots strike\n\nThe strike began on Monday and involved 140 pilots.');
    await page.getByRole('button', { name: 'Create article' }).click();
    await page.waitForFunction(
      () => document.querySelector('factcheck-app').shadowRoot.querySelector('fc-header').shadowRoot.querySelector('.doc-title').textContent.trim() === 'Harbour pilots strike',
    );
    await page.close({ runBeforeUnload: true });

    page = await openApp(context, e2e.url);
    assert.deepEqual(new Set(await articleTitles(page)), new Set([sample, 'Harbour pilots strike']), 'both articles are listed');

    // Rename the sample in place; close as soon as the list shows the new name.
    await page.getByRole('button', { name: `Rename ${sample}` }).click();
    await page.getByLabel(`New title for ${sample}`).fill('Kosovo Javelin sale');
    await page.getByLabel(`New title for ${sample}`).press('Enter');
    await page.getByRole('button', { name: 'Open Kosovo Javelin sale' }).waitFor();
    await page.close({ runBeforeUnload: true });

    page = await openApp(context, e2e.url);
    assert.deepEqual(new Set(await articleTitles(page)), new Set(['Kosovo Javelin sale', 'Harbour pilots strike']), 'the rename is kept');

    // Delete the new article after the confirmation; close at once.
    await page.getByRole('button', { name: 'Delete Harbour pilots strike' }).click();
    await page.getByRole('button', { name: 'Delete article' }).click();
    await page.getByRole('button', { name: 'Open Harbour pilots strike' }).waitFor({ state: 'detached' });
    await page.close({ runBeforeUnload: true });

    page = await openApp(context, e2e.url);
    assert.deepEqual(await articleTitles(page), ['Kosovo Javelin sale'], 'the delete is kept');
    await page.close();
  } finally {
    await context.close();
  }
});

// The open article (`meta.lastArticle`) and the reviewer's name are written
// by their own IndexedDB requests, which nothing journals: a close at
// once can lose them. Each is tried 5 times, like the claims above.
test('the article open when the page closed is the one open after it starts again, 5 times out of 5', async () => {
  const context = await newContext();
  try {
    let page = await openApp(context, e2e.url);
    const results = [];
    for (let i = 1; i <= 5; i++) {
      const title = `Harbour pilots strike, day ${i}`;
      await page.getByRole('button', { name: 'New article' }).click();
      await page.getByLabel('Article text to paste').fill(`${title}\n\nThe strike began on Monday and involved 140 pilots.`);
      await page.getByRole('button', { name: 'Create article' }).click();
      await page.waitForFunction((title) => document.querySelector('factcheck-app').shadowRoot.querySelector('fc-header').shadowRoot.querySelector('.doc-title').textContent.trim() === title, title);
      await page.close({ runBeforeUnload: true });
      page = await openApp(context, e2e.url);
      results.push({ expected: title, opened: await openTitle(page) });
    }
    await page.close();
    const wrong = results.filter((r) => r.opened !== r.expected);
    assert.deepEqual(wrong, [], 'the README: "A reload restores ... the open article"');
  } finally {
    await context.close();
  }
});

test('the reviewer name survives an immediate close, 5 times out of 5', async () => {
  const context = await newContext();
  try {
    let page = await openApp(context, e2e.url);
    const results = [];
    for (const name of ['Dana Reyes', 'Ejup M.', 'Ana Šarić', 'Lee Wong', 'Sam O’Neil']) {
      await page.getByLabel('Your name').fill(name);
      await page.getByLabel('Your name').press('Enter');
      await page.close({ runBeforeUnload: true });
      page = await openApp(context, e2e.url);
      results.push({ expected: name, shown: await page.getByLabel('Your name').inputValue() });
    }
    await page.close();
    const lost = results.filter((r) => r.shown !== r.expected);
    assert.deepEqual(lost, [], 'names lost on an immediate close');
  } finally {
    await context.close();
  }
});

// A renderer crash (page.evaluate of a crash URL) cannot be made to keep
// the profile's pending IndexedDB data in a way that says anything about the
// app, so it is not tested here.
