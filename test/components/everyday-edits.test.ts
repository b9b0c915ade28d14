import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import type { FactcheckApp } from '../../components/factcheck-app.js';
import { claimsOf, claimSpans } from '../../src/claims/index.js';
import { mountApp, shadow, articleEl, highlights, highlightTexts, selectText, tagThroughUi, chooseStatus, button, panel, sidebarList, editorOf, pressCombo, deep } from '../helpers/app.js';

/** The middle of the first piece of `el` on screen, in page coordinates. */
function centre(el: Element, fraction = 0.5): [number, number] {
  const rect = el.getClientRects()[0]!;
  return [Math.round(rect.left + rect.width * fraction), Math.round(rect.top + rect.height / 2)];
}

/** The highlight of claim `id`. */
function highlightOf(app: FactcheckApp, id: string): HTMLElement {
  const el = highlights(app).find((h) => h.dataset['claimId'] === id);
  if (!el) throw new Error(`claim ${id} has no highlight`);
  return el;
}

/** A real mouse click (press and release) at a point of the page. */
async function clickAt([x, y]: [number, number]): Promise<void> {
  await sendMouse({ type: 'click', position: [x, y] });
}

function editorState(app: FactcheckApp) {
  return editorOf(app).editorView!.state;
}

function claimOf(app: FactcheckApp, id: string) {
  return app.claims.find((c) => c.id === id)!;
}

describe('claims under everyday edits', () => {
  let app: FactcheckApp;

  beforeEach(async () => {
    app = await mountApp();
    // Clicks land where the test says: the article must be on screen.
    articleEl(app).scrollIntoView({ block: 'start' });
  });

  afterEach(async () => {
    await resetMouse();
  });

  describe('a click in a highlight', () => {
    it('places the caret where it lands, so typing never replaces the words selected before', async () => {
      const minister = await tagThroughUi(app, 'Defense Minister Ejup Maqedonci said');
      const nation = await tagThroughUi(app, 'Balkan nation');
      // "Balkan nation" is still selected after tagging.
      expect(editorState(app).selection.empty).to.equal(false);
      const el = highlightOf(app, minister);
      el.scrollIntoView({ block: 'center' });
      await clickAt(centre(el, 0.25));
      await waitUntil(() => claimsOf(editorState(app)).active === minister, 'the click did not open the claim');
      expect(editorState(app).selection.empty, 'the click left a selection').to.equal(true);
      await sendKeys({ type: 'X' });
      await app.updateComplete;
      const texts = highlightTexts(app);
      expect(texts[nation]).to.equal('Balkan nation');
      expect(claimOf(app, nation).orphaned).to.equal(false);
      expect(texts[minister]).to.contain('X');
      expect(texts[minister]!.replace('X', '')).to.equal('Defense Minister Ejup Maqedonci said');
    });

    it('makes Shift+Ctrl+→ select from the click, not extend the selection from before', async () => {
      const minister = await tagThroughUi(app, 'Defense Minister Ejup Maqedonci said');
      await tagThroughUi(app, 'Balkan nation');
      const el = highlightOf(app, minister);
      el.scrollIntoView({ block: 'center' });
      await clickAt(centre(el, 0.02));
      await waitUntil(() => claimsOf(editorState(app)).active === minister, 'the click did not open the claim');
      await pressCombo(['Shift', 'Control'], 'ArrowRight');
      await waitUntil(() => !editorState(app).selection.empty, 'nothing was selected');
      const { from, to } = editorState(app).selection;
      expect(editorState(app).doc.textBetween(from, to).trim()).to.equal('Defense');
    });
  });

  describe('typing over a claim', () => {
    it('keeps a retyped last word in the claim, and Re-check shows the whole new wording', async () => {
      const id = await tagThroughUi(app, 'on Thursday');
      await chooseStatus(app, 'verified');
      await selectText(app, 'Thursday');
      await sendKeys({ type: 'Wednesday' });
      await app.updateComplete;
      expect(highlightTexts(app)[id]).to.equal('on Wednesday');
      const claim = claimOf(app, id);
      expect([claim.quote, claim.changed]).to.deep.equal(['on Wednesday', true]);
      const last = claim.history[claim.history.length - 1]!;
      expect([last.event, last.oldText, last.newText]).to.deep.equal(['text-changed', 'on Thursday', 'on Wednesday']);
      const p = panel(app)!;
      await p.updateComplete;
      expect(p.shadowRoot!.querySelector('.alert.changed')!.textContent).to.contain('“on Thursday” is now “on Wednesday”');
    });

    it('keeps a retyped first word in the claim', async () => {
      const id = await tagThroughUi(app, '246 Javelin missiles');
      await selectText(app, '246');
      await sendKeys({ type: '250' });
      await app.updateComplete;
      expect(highlightTexts(app)[id]).to.equal('250 Javelin missiles');
    });

    it('keeps the whole claim when all of its words are typed over, marked Re-check', async () => {
      const id = await tagThroughUi(app, 'Thursday');
      await chooseStatus(app, 'verified');
      await selectText(app, 'Thursday');
      await sendKeys({ type: 'Friday' });
      await app.updateComplete;
      expect(highlightTexts(app)[id]).to.equal('Friday');
      expect(claimOf(app, id).changed).to.equal(true);
    });

    it('stops adding to the claim once the caret has moved away', async () => {
      const id = await tagThroughUi(app, 'on Thursday');
      await selectText(app, 'Thursday');
      await sendKeys({ type: 'Friday' });
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ type: '!' });
      await app.updateComplete;
      // Back at the claim's end after moving: typing there is outside it, as at any edge.
      expect(highlightTexts(app)[id]).to.equal('on Friday');
    });
  });

  describe('moving a claim’s words', () => {
    it('keeps the claim on its words when they are cut and pasted elsewhere', async () => {
      const id = await tagThroughUi(app, '$75 million');
      await chooseStatus(app, 'verified');
      await selectText(app, '$75 million');
      await pressCombo(['Control'], 'KeyX');
      await waitUntil(() => claimOf(app, id).orphaned, 'cutting the words did not orphan the claim');
      await selectText(app, 'Kosovo Security Force');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ type: ' ' });
      await pressCombo(['Control'], 'KeyV');
      await waitUntil(() => !claimOf(app, id).orphaned, 'pasting the words did not bring the claim back');
      expect(highlightTexts(app)[id]).to.equal('$75 million');
      const claim = claimOf(app, id);
      expect([claim.quote, claim.changed, claim.status]).to.deep.equal(['$75 million', false, 'verified']);
      expect(claim.prefix.endsWith('Kosovo Security Force ')).to.equal(true);
    });

    it('does not put one claim in two places when its words are copied and pasted', async () => {
      const id = await tagThroughUi(app, '$75 million');
      await selectText(app, '$75 million');
      await pressCombo(['Control'], 'KeyC');
      await selectText(app, 'Kosovo Security Force');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ type: ' ' });
      await pressCombo(['Control'], 'KeyV');
      await waitUntil(() => editorState(app).doc.textContent.split('$75 million').length === 3, 'nothing was pasted');
      await app.updateComplete;
      expect(
        highlights(app)
          .filter((h) => h.dataset['claimId'] === id)
          .map((h) => h.textContent),
      ).to.deep.equal(['$75 million']);
      const claim = claimOf(app, id);
      expect([claim.quote, claim.changed, claim.orphaned]).to.deep.equal(['$75 million', false, false]);
      expect(claim.suffix.startsWith(' purchase')).to.equal(true);
      // The copy carries no claim at all: its mark was taken off, not just left undrawn.
      const { doc } = editorState(app);
      const marked = claimSpans(doc).get(id)!;
      expect(doc.textBetween(marked.from, marked.to)).to.equal('$75 million');
    });
    // Dragging words with the mouse is in test/e2e/drag.node.mjs: this runner's mouse cannot complete a native drag.
  });

  describe('tagging', () => {
    it('opens the existing claim when the same selection is tagged twice', async () => {
      const id = await tagThroughUi(app, '246 Javelin missiles');
      await chooseStatus(app, 'verified');
      await selectText(app, '246 Javelin missiles');
      await pressCombo(['Control', 'Alt'], 'KeyM');
      await pressCombo(['Control', 'Alt'], 'KeyM');
      await app.updateComplete;
      expect(app.claims.map((c) => c.id)).to.deep.equal([id]);
      expect(claimsOf(editorState(app)).active).to.equal(id);
      expect(document.querySelector('.fc-live-region')!.textContent ?? '').to.satisfy((t: string) => t === '' || t.includes('claim already'));
    });
  });

  describe('the Status control', () => {
    it('always shows the open claim’s status, after the select and the shortcuts were used on other claims', async () => {
      const a = await tagThroughUi(app, '$75 million');
      await chooseStatus(app, 'verified');
      const b = await tagThroughUi(app, '246 Javelin missiles');
      const select = () => panel(app)!.shadowRoot!.querySelector<HTMLSelectElement>('select#status')!;
      await panel(app)!.updateComplete;
      expect(select().value).to.equal('unchecked');
      await pressCombo(['Control', 'Alt'], 'Digit4');
      await app.updateComplete;
      await panel(app)!.updateComplete;
      expect(claimOf(app, b).status).to.equal('verified');
      expect(panel(app)!.shadowRoot!.querySelector('.badge')!.textContent).to.contain('Verified');
      expect(select().value).to.equal('verified');
      // Another claim, opened from the sidebar: its own status, not the last one shown.
      const c = await tagThroughUi(app, '24 launch units');
      await panel(app)!.updateComplete;
      expect(select().value).to.equal('unchecked');
      (sidebarList(app).shadowRoot!.querySelector(`[data-claim-id="${a}"]`) as HTMLElement).click();
      await app.updateComplete;
      await panel(app)!.updateComplete;
      expect(select().value).to.equal('verified');
      expect(claimOf(app, c).status).to.equal('unchecked');
    });
  });

  describe('Update text', () => {
    it('shows the new words in the sidebar at once', async () => {
      const id = await tagThroughUi(app, '$75 million');
      await chooseStatus(app, 'verified');
      const original = app.exportJSON().article.text;
      await app.updateText(original.replace('$75 million', '$57 million'));
      await app.updateComplete;
      const list = sidebarList(app);
      await list.updateComplete;
      expect(list.shadowRoot!.querySelector(`[data-claim-id="${id}"] .quote`)!.textContent).to.equal('$57 million');
    });
  });

  describe('suggestions', () => {
    async function showSuggestions() {
      button(shadow(app), 'Suggest claims').click();
      await waitUntil(() => deep(app, 'fc-suggestions'), 'no suggestions card');
    }
    const card = () => deep(app, 'fc-suggestions') as unknown as HTMLElement & { items: Array<{ key: string; text: string }>; updateComplete: Promise<boolean> };
    const suggested = () => card().items.map((i) => i.text);

    it('keeps the suggestions that overlap an accepted one', async () => {
      await showSuggestions();
      const before = suggested();
      expect(before).to.include('on Monday');
      const quote = before.find((t) => t.includes('on Monday') && t !== 'on Monday');
      expect(quote, 'the minister’s quote is suggested around "on Monday"').to.not.equal(undefined);
      const key = card().items.find((i) => i.text === 'on Monday')!.key;
      card().dispatchEvent(new CustomEvent('fc-suggestion', { detail: { action: 'accept', key }, bubbles: true, composed: true }));
      await app.updateComplete;
      await card().updateComplete;
      expect(app.claims.map((c) => c.quote)).to.include('on Monday');
      expect(suggested()).to.include(quote);
      expect(suggested()).to.not.include('on Monday');
    });

    it('moves on to the next suggestion after Accept, as after Dismiss', async () => {
      await showSuggestions();
      await pressCombo(['Control', 'Alt'], 'KeyN');
      const active = () => articleEl(app).querySelector('.fc-suggestion-active')?.textContent ?? null;
      await waitUntil(() => active(), 'no suggestion is current');
      const first = active();
      await pressCombo(['Control', 'Alt'], 'KeyA');
      await waitUntil(() => active() && active() !== first, 'Accept did not move on');
      const second = active();
      expect(app.claims.map((c) => c.quote)).to.include(first);
      await pressCombo(['Control', 'Alt'], 'KeyX');
      await waitUntil(() => active() && active() !== second, 'Dismiss did not move on');
    });
  });
});
