// Two tabs of the BUILT app on one profile (one browser context: the same
// IndexedDB and localStorage), both showing the same article.
//
// Tabs keep in step through a BroadcastChannel notice and a read-back from
// IndexedDB (src/store/tab-sync.ts).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E, openApp, VIEWPORT, tagThroughUI, setStatusThroughUI, claimsOf, readDatabase, caretAtStart, articleText, selectText } from './helpers.mjs';

let e2e;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

const openArticleId = (page) => page.evaluate(() => document.querySelector('factcheck-app').exportJSON().article.id);

/** Two pages of one context on the same article. */
async function twoTabs() {
  const context = await e2e.browser.newContext({ viewport: VIEWPORT });
  const a = await openApp(context, e2e.url);
  await a.evaluate(() => document.querySelector('factcheck-app').flush());
  const b = await openApp(context, e2e.url);
  return { context, a, b };
}

test('two tabs of one profile open the same article', async () => {
  const { context, a, b } = await twoTabs();
  try {
    assert.equal(await openArticleId(b), await openArticleId(a));
    assert.equal(await articleText(b), await articleText(a));
  } finally {
    await context.close();
  }
});

test('a claim tagged in one tab appears in the other without a reload', async () => {
  const { context, a, b } = await twoTabs();
  try {
    await tagThroughUI(a, '$75 million');
    await setStatusThroughUI(a, 'verified');
    await b
      .waitForFunction(() => document.querySelector('factcheck-app').claims.some((c) => c.quote === '$75 million' && c.status === 'verified'), null, { timeout: 30_000 })
      .catch(async () => {
        const seen = (await claimsOf(b)).map((c) => `${c.quote}:${c.status}`);
        assert.fail(`after 30 s the other tab shows claims ${JSON.stringify(seen)}, not "$75 million":verified`);
      });
    // The highlight is rendered there too.
    await b.locator('fc-editor .fc-claim[data-status="verified"]').first().waitFor({ timeout: 30_000 });
  } finally {
    await context.close();
  }
});

test('a text edit in one tab appears in the other without a reload', async () => {
  const { context, a, b } = await twoTabs();
  try {
    await caretAtStart(a);
    await a.keyboard.type('BREAKING ');
    await b
      .waitForFunction(() => document.querySelector('factcheck-app').exportJSON().article.text.startsWith('BREAKING '), null, { timeout: 30_000 })
      .catch(async () => assert.fail(`after 30 s the other tab's text starts ${JSON.stringify((await articleText(b)).slice(0, 30))}`));
  } finally {
    await context.close();
  }
});

test('a claim saved in one tab is not deleted by a later save in a stale tab', async () => {
  const { context, a, b } = await twoTabs();
  try {
    // Tab A tags a claim; it reaches IndexedDB.
    await tagThroughUI(a, '$75 million');
    await setStatusThroughUI(a, 'verified');
    await a.evaluate(() => document.querySelector('factcheck-app').flush());
    let db = await readDatabase(a);
    assert.deepEqual(
      db.claims.map((c) => c.quote),
      ['$75 million'],
      'tab A saved its claim',
    );

    // Tab B tags another claim and saves (without tab sync it never saw A's claim; its save must not delete it).
    await tagThroughUI(b, 'Jan. 11');
    await b.evaluate(() => document.querySelector('factcheck-app').flush());

    db = await readDatabase(b);
    const stored = db.claims.map((c) => c.quote).sort();
    // A third tab, started now, shows what the profile holds.
    const c = await openApp(context, e2e.url);
    const shown = (await claimsOf(c)).map((x) => x.quote).sort();
    assert.deepEqual({ stored, shown }, { stored: ['$75 million', 'Jan. 11'], shown: ['$75 million', 'Jan. 11'] }, "tab B's save must not delete tab A's claim");
  } finally {
    await context.close();
  }
});

test('a text edit saved by a stale tab does not misplace a claim another tab saved', async () => {
  const { context, a, b } = await twoTabs();
  try {
    await tagThroughUI(a, '$75 million');
    await setStatusThroughUI(a, 'verified');
    await a.evaluate(() => document.querySelector('factcheck-app').flush());

    // Tab B types at the top of the article and saves its text (without tab sync it never saw A's claim).
    await caretAtStart(b);
    await b.keyboard.type('BREAKING ');
    await b.evaluate(() => document.querySelector('factcheck-app').flush());

    const c = await openApp(context, e2e.url);
    const data = await c.evaluate(() => document.querySelector('factcheck-app').exportJSON());
    const claim = data.claims.find((x) => x.status === 'verified');
    const highlight = await c.locator('fc-editor .fc-claim[data-status="verified"]').allTextContents();
    assert.deepEqual(
      {
        quote: claim?.quote,
        slice: claim && [...data.article.text].slice(claim.start, claim.end).join(''),
        highlight: highlight.join(''),
        orphaned: claim?.orphaned,
        changed: claim?.changed,
      },
      { quote: '$75 million', slice: '$75 million', highlight: '$75 million', orphaned: false, changed: false },
      "the claim still covers its words after the other tab's edit",
    );
    assert.ok(data.article.text.startsWith('BREAKING '), "tab B's edit was kept");
  } finally {
    await context.close();
  }
});

test("two tabs editing the same claim: the later save does not silently revert the other tab's status", async () => {
  const context = await e2e.browser.newContext({ viewport: VIEWPORT });
  try {
    const a = await openApp(context, e2e.url);
    await tagThroughUI(a, '$75 million');
    await a.evaluate(() => document.querySelector('factcheck-app').flush());
    const b = await openApp(context, e2e.url);
    assert.equal((await claimsOf(b)).length, 1, 'both tabs have the claim');

    await setStatusThroughUI(a, 'verified'); // tab A: Verified
    await a.evaluate(() => document.querySelector('factcheck-app').flush());
    await b.locator('fc-editor .fc-claim').first().click(); // tab B (still Unchecked): a note
    await b.getByLabel('Note', { exact: true }).fill('Asked DSCA.');
    await b.evaluate(() => document.querySelector('factcheck-app').flush());

    const c = await openApp(context, e2e.url);
    const [claim] = await claimsOf(c);
    assert.deepEqual({ status: claim.status, note: claim.note }, { status: 'verified', note: 'Asked DSCA.' }, 'both edits are kept');
  } finally {
    await context.close();
  }
});

/** The text selected in the page's editor, as ProseMirror sees it. */
const selectedText = (page) =>
  page.evaluate(() => {
    const { state } = document.querySelector('factcheck-app').shadowRoot.querySelector('fc-editor').editorView;
    return state.doc.textBetween(state.selection.from, state.selection.to);
  });

test('a claim arriving from another tab keeps the selection the user is making here', async () => {
  const { context, a, b } = await twoTabs();
  try {
    await selectText(b, 'some 30 Serb militants');
    await tagThroughUI(a, '$75 million');
    await b.waitForFunction(() => document.querySelector('factcheck-app').claims.some((c) => c.quote === '$75 million'), null, { timeout: 30_000 });
    assert.equal(await selectedText(b), 'some 30 Serb militants');
    assert.equal(await b.getByRole('button', { name: 'Tag claim' }).isEnabled(), true);
  } finally {
    await context.close();
  }
});

test('a text edit arriving from another tab keeps the selection and the undo history here', async () => {
  const { context, a, b } = await twoTabs();
  try {
    // Tab B: a text edit of its own (saved), then a selection.
    await caretAtStart(b);
    await b.keyboard.type('DRAFT ');
    await b.evaluate(() => document.querySelector('factcheck-app').flush());
    await a.waitForFunction(() => document.querySelector('factcheck-app').exportJSON().article.text.startsWith('DRAFT '), null, { timeout: 30_000 });
    await selectText(b, 'some 30 Serb militants');
    // Tab A types further down; B receives it.
    await selectText(a, 'Most Read from Bloomberg');
    await a.keyboard.type('Most read');
    await a.evaluate(() => document.querySelector('factcheck-app').flush());
    await b.waitForFunction(() => document.querySelector('factcheck-app').exportJSON().article.text.includes('Most read\n'), null, { timeout: 30_000 });
    const after = {
      selection: await selectedText(b),
      undoEnabled: await b.getByRole('button', { name: 'Undo', exact: true }).first().isEnabled(),
    };
    assert.deepEqual(after, { selection: 'some 30 Serb militants', undoEnabled: true });
  } finally {
    await context.close();
  }
});
