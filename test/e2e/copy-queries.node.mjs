// "Copy open queries" in the BUILT app: the text that lands on the real
// clipboard (Chromium with clipboard permissions granted) is the numbered
// plain text an email to the writer needs: each open query with the
// claim's words, the sentence around them, the question and who asked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E, openApp, VIEWPORT, tagThroughUI } from './helpers.mjs';

let e2e;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

/** Asks the writer about the open claim through the panel's short form. */
async function askWriter(page, to, question) {
  await page.getByRole('button', { name: 'Ask the writer' }).click();
  await page.getByLabel('To', { exact: true }).fill(to);
  await page.getByLabel('Question').fill(question);
  await page.getByRole('button', { name: 'Add query' }).click();
}

test('Copy open queries puts every open query on the clipboard, numbered, for an email', async () => {
  const context = await e2e.browser.newContext({ viewport: VIEWPORT });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.url });
  try {
    const page = await openApp(context, e2e.url);
    await page.getByLabel('Your name').fill('Ana Checker');
    await tagThroughUI(page, '$75 million');
    await askWriter(page, 'Lee Writer', 'Is it $75 million or $57 million?');
    await tagThroughUI(page, 'four dead');
    await askWriter(page, 'Lee Writer', 'Four dead, or four wounded?');
    await askWriter(page, '', 'Was the policeman among them?');
    // A withdrawn query is not copied.
    await page.getByRole('button', { name: 'Withdraw' }).last().click();
    await page.getByRole('button', { name: 'Copy open queries' }).click();
    await page
      .locator('fc-toast')
      .getByText(/Copied 2 open queries/)
      .waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const lines = text.split('\n');
    assert.match(lines[0], /^Open queries on “Kosovo to Deploy New US Anti-Tank Weapons as Serbia Bristles” \(2\)\. Please answer by number\.$/);
    assert.deepEqual(
      lines.filter((l) => /^\d+\. /.test(l)),
      ['1. “$75 million”', '2. “four dead”'],
    );
    assert.match(text, /^ {3}In: “.*the \$75 million purchase on Jan\. 11\.”$/m);
    assert.match(text, /^ {3}Question for Lee Writer: Is it \$75 million or \$57 million\?$/m);
    assert.match(text, /^ {3}In: “.*leaving four dead, including an ethnic Albanian policeman\.”$/m);
    assert.match(text, /^ {3}Question for Lee Writer: Four dead, or four wounded\?$/m);
    assert.equal((text.match(/^ {3}Asked by Ana Checker on \d{4}-\d\d-\d\d \d\d:\d\d UTC$/gm) ?? []).length, 2);
    assert.doesNotMatch(text, /policeman among them/);
  } finally {
    await context.close();
  }
});
