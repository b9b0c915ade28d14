// Moving a claim's words with the mouse: a real drag and drop in headless
// Chromium (Playwright completes native drags; the browser tests' mouse
// cannot). A claim moves with its words, and dropping them where they were
// leaves it as it was: never an orphan.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E, openApp, VIEWPORT, tagThroughUI, setStatusThroughUI, claimsOf, selectText } from './helpers.mjs';

let e2e;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

/** The rectangle of the first piece of `quote`'s highlight, or of the words themselves, in page coordinates. */
function boxOf(page, quote) {
  return page.evaluate((quote) => {
    const root = document.querySelector('factcheck-app').shadowRoot.querySelector('fc-editor').shadowRoot.querySelector('.ProseMirror');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(quote);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + quote.length);
      range.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0];
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    }
    throw new Error(`"${quote}" is not in one text node`);
  }, quote);
}

/** Drags the selected words (grabbed in their middle) to a point, in small steps as a hand does. */
async function dragTo(page, from, to) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 4, from.y, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** Uses of the drop transaction: whether the editor saw a drop (so the test exercised what it means to). */
async function watchDrops(page) {
  await page.evaluate(() => {
    const view = document.querySelector('factcheck-app').shadowRoot.querySelector('fc-editor').editorView;
    window.__drops = 0;
    view.dom.addEventListener('drop', () => window.__drops++, true);
  });
}

test('a claim dragged and dropped where its words were stays on them, not an orphan', async () => {
  const context = await e2e.browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await openApp(context, e2e.url);
    await tagThroughUI(page, 'Balkan nation');
    await setStatusThroughUI(page, 'verified');
    await selectText(page, 'Balkan nation');
    await watchDrops(page);
    const box = await boxOf(page, 'Balkan nation');
    const grab = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    // Dropped just after the words: the same place once they are taken out.
    await dragTo(page, grab, { x: box.x + box.width + 1, y: grab.y });
    await page.waitForFunction(() => window.__drops > 0);
    const [claim] = await claimsOf(page);
    assert.deepEqual({ quote: claim.quote, orphaned: claim.orphaned, changed: claim.changed, status: claim.status }, { quote: 'Balkan nation', orphaned: false, changed: false, status: 'verified' });
  } finally {
    await context.close();
  }
});

test('a claim dragged elsewhere moves with its words', async () => {
  const context = await e2e.browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await openApp(context, e2e.url);
    await tagThroughUI(page, 'Balkan nation');
    const before = (await claimsOf(page))[0];
    await selectText(page, 'Balkan nation');
    await watchDrops(page);
    const box = await boxOf(page, 'Balkan nation');
    const target = await boxOf(page, 'anti-tank missiles four');
    await dragTo(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, { x: target.x + 1, y: target.y + target.height / 2 });
    await page.waitForFunction(() => window.__drops > 0);
    const [claim] = await claimsOf(page);
    assert.equal(claim.quote, 'Balkan nation');
    assert.equal(claim.orphaned, false);
    assert.notEqual(claim.start, before.start, 'the words did not move');
    assert.match(claim.suffix, /^anti-tank missiles four/);
  } finally {
    await context.close();
  }
});
