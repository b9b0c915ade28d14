// Helpers to drive the real app in headless Chromium with playwright-core,
// the way a user would: select words with the mouse's selection, press
// buttons by their accessible names.
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from './find-chrome.mjs';

export async function launch() {
  return chromium.launch({ executablePath: await findChrome(), headless: true, args: CHROME_ARGS });
}

/**
 * Selects the `nth` occurrence of `quote` in the article with a real DOM
 * selection (as a drag does), then waits until ProseMirror has read it.
 */
export async function selectText(page, quote, nth = 0) {
  // ProseMirror, on gaining focus, puts its own selection back into the
  // page 20 ms later unless it has read a newer one by then: on a busy
  // machine that can undo the selection made here. Set it again until the
  // editor holds it.
  await untilEditorHas(
    page,
    () => setSelection(page, quote, nth),
    (quote) => {
      const view = document.querySelector('factcheck-app').shadowRoot.querySelector('fc-editor').editorView;
      const { from, to } = view.state.selection;
      return view.state.doc.textBetween(from, to) === quote;
    },
    quote,
  );
}

/**
 * Runs `act`, then waits for `check(arg)` in the page; when the editor has
 * not taken what `act` did after a few seconds, acts again (five times at
 * most, then the last wait's error is thrown).
 */
export async function untilEditorHas(page, act, check, arg) {
  for (let attempt = 1; ; attempt++) {
    await act();
    try {
      await page.waitForFunction(check, arg, { timeout: attempt < 5 ? 5_000 : 30_000 });
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
}

function setSelection(page, quote, nth) {
  return page.evaluate(
    ([quote, nth]) => {
      const app = document.querySelector('factcheck-app');
      const root = app.shadowRoot.querySelector('fc-editor').shadowRoot.querySelector('.ProseMirror');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        let at = node.data.indexOf(quote);
        while (at >= 0) {
          if (seen++ === nth) {
            root.focus();
            document.getSelection().setBaseAndExtent(node, at, node, at + quote.length);
            return;
          }
          at = node.data.indexOf(quote, at + 1);
        }
      }
      throw new Error(`"${quote}" is not in one text node of the article`);
    },
    [quote, nth],
  );
}
