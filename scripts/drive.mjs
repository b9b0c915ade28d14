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
  await page.evaluate(
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
  await page.waitForFunction((quote) => {
    const view = document.querySelector('factcheck-app').shadowRoot.querySelector('fc-editor').editorView;
    const { from, to } = view.state.selection;
    return view.state.doc.textBetween(from, to) === quote;
  }, quote);
}
