// The BUILT app with the keyboard only, from page load to an exported
// file: the skip link, a claim tagged and given a status with shortcuts,
// the toolbar reached with Shift+Tab and walked with the arrow keys,
// Export JSON pressed with Enter. No mouse or pointer event reaches the
// page, and what the app announces is read from Chromium's accessibility
// tree (Chrome DevTools Protocol), where a screen reader gets it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startE2E, openApp, VIEWPORT } from './helpers.mjs';

let e2e;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

/** The focused element's tag, text and role, looked for through the shadow roots. */
function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? { tag: el.localName, text: el.textContent.trim().slice(0, 40), role: el.getAttribute('role') ?? '', inToolbar: !!el.closest('[role="toolbar"]') } : null;
  });
}

/** The text of each polite status region in the accessibility tree. */
async function announcements(cdp) {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const text = (n) => (n.role?.value === 'StaticText' ? (n.name?.value ?? '') : (n.childIds ?? []).map((id) => (byId.has(id) ? text(byId.get(id)) : '')).join(''));
  return nodes.filter((n) => !n.ignored && n.role?.value === 'status' && n.properties?.some((p) => p.name === 'live' && p.value.value === 'polite')).map(text);
}

test('a keyboard alone goes from page load to an exported file, and hears what happened', async () => {
  const context = await e2e.browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  // Counts every real (trusted) mouse and pointer event, from before the app's first script.
  await context.addInitScript(() => {
    window.__pointerEvents = [];
    for (const type of ['pointerdown', 'pointerup', 'pointermove', 'mousedown', 'mouseup', 'mousemove', 'wheel', 'contextmenu']) {
      window.addEventListener(type, (e) => e.isTrusted && window.__pointerEvents.push(type), true);
    }
  });
  try {
    const page = await openApp(context, e2e.url);
    const cdp = await page.context().newCDPSession(page);
    const heard = (re) => async () => {
      for (let i = 0; i < 500; i++) {
        if ((await announcements(cdp)).some((t) => re.test(t))) return;
        await page.waitForTimeout(20);
      }
      assert.fail(`never heard ${re}: ${JSON.stringify(await announcements(cdp))}`);
    };

    // The first Tab stop is the skip link; it puts the caret in the article.
    await page.keyboard.press('Tab');
    assert.deepEqual(await focused(page), { tag: 'button', text: 'Skip to the article', role: '', inToolbar: false });
    await page.keyboard.press('Enter');
    assert.equal((await focused(page))?.role, 'textbox');

    // The article's first two words, selected with the keyboard, tagged and verified with the shortcuts.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+Shift+ArrowRight');
    await page.keyboard.press('Control+Shift+ArrowRight');
    // The browser moves the selection; ProseMirror reads it on the next
    // selectionchange, which a busy machine can deliver after the next key.
    await page.waitForFunction(() => {
      const { state } = document.querySelector('factcheck-app').shadowRoot.querySelector('fc-editor').editorView;
      return state.doc.textBetween(state.selection.from, state.selection.to).trim() === 'Kosovo to';
    });
    await page.keyboard.press('Control+Alt+KeyM');
    await heard(/^Claim tagged as Unchecked/)();
    await page.keyboard.press('Control+Alt+Digit4');
    await heard(/^Status set to Verified/)();
    const claims = await page.evaluate(() => document.querySelector('factcheck-app').claims.map((c) => [c.quote.trim(), c.status]));
    assert.deepEqual(claims, [['Kosovo to', 'verified']]);

    // Back to the toolbar (one Tab stop), along it with the arrow keys, Export JSON with Enter.
    for (let i = 0; i < 6 && !(await focused(page))?.inToolbar; i++) await page.keyboard.press('Shift+Tab');
    assert.equal((await focused(page))?.inToolbar, true, 'Shift+Tab from the article reaches the toolbar');
    for (let i = 0; i < 20 && (await focused(page))?.text !== 'Export JSON'; i++) await page.keyboard.press('ArrowRight');
    assert.equal((await focused(page))?.text, 'Export JSON');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.deepEqual(
      exported.claims.map((c) => [c.quote.trim(), c.status]),
      [['Kosovo to', 'verified']],
    );

    assert.deepEqual(await page.evaluate(() => window.__pointerEvents), [], 'no mouse or pointer event');
  } finally {
    await context.close();
  }
});
