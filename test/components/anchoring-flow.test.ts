import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { TextSelection } from 'prosemirror-state';
import type { FactcheckApp } from '../../components/factcheck-app.js';
import { mountApp, shadow, highlights, highlightTexts, tagThroughUi, chooseStatus, button, panel, sidebarList, editorOf, selectText, deep, articleEl } from '../helpers/app.js';

/** Selects `text` inside the article by ProseMirror positions (and focuses the article). */
function selectInArticle(app: FactcheckApp, text: string) {
  const view = editorOf(app).editorView!;
  let from = -1;
  view.state.doc.descendants((node, pos) => {
    if (from < 0 && node.isText && node.text!.includes(text)) from = pos + node.text!.indexOf(text);
  });
  view.focus();
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, from + text.length)));
}

/** Selects `text` inside the article and types over it, as a user would. */
async function typeOver(app: FactcheckApp, text: string, replacement: string) {
  selectInArticle(app, text);
  await sendKeys({ type: replacement });
  await app.updateComplete;
}

describe('anchoring in the app: changed and orphaned claims are never silent', () => {
  let app: FactcheckApp;
  let id: string;

  beforeEach(async () => {
    app = await mountApp();
    id = await tagThroughUi(app, '$75 million');
    await chooseStatus(app, 'verified');
  });

  it('shows Re-check in the highlight, sidebar and panel when a verified figure is edited, and exports changed', async () => {
    await typeOver(app, '$75', '$57');
    const el = highlights(app).find((h) => h.dataset['claimId'] === id)!;
    expect(el.textContent).to.equal('$57 million');
    expect(el.dataset['status']).to.equal('verified');
    expect(el.dataset['changed']).to.equal('true');
    const cue = articleEl(app).querySelector(`.fc-cue-start[data-cue-claim="${id}"]`)!;
    expect(getComputedStyle(cue, '::before').content).to.contain('Re-check');
    const list = sidebarList(app);
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector(`[data-claim-id="${id}"] .recheck`)!.textContent).to.equal('Re-check');
    const p = panel(app)!;
    await p.updateComplete;
    expect(p.shadowRoot!.querySelector('.alert.changed')!.textContent).to.contain('“$75 million” is now “$57 million”');
    const claim = app.exportJSON().claims.find((c) => c.id === id)!;
    expect([claim.quote, claim.changed, claim.status]).to.deep.equal(['$57 million', true, 'verified']);
    expect(list.shadowRoot!.querySelector('.progress-line')!.textContent.replace(/\s+/g, ' ')).to.contain('0 of 1 resolved');
    button(p.shadowRoot!, 'Still correct').click();
    await app.updateComplete;
    expect(highlights(app)[0]!.dataset['changed']).to.equal(undefined);
    expect(app.exportJSON().claims[0]!.changed).to.equal(false);
  });

  it('lists a claim whose sentence was deleted under Orphaned, and undo brings it back exactly', async () => {
    const view = editorOf(app).editorView!;
    let para = -1;
    view.state.doc.forEach((node, pos) => {
      if (para < 0 && node.textContent.includes('$75 million')) para = pos;
    });
    const node = view.state.doc.nodeAt(para)!;
    view.dispatch(view.state.tr.delete(para, para + node.nodeSize));
    await app.updateComplete;
    expect(highlights(app)).to.have.length(0);
    const list = sidebarList(app);
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('#orphans-heading')!.textContent).to.equal('Orphaned (1)');
    const orphan = list.shadowRoot!.querySelector(`[aria-label="Orphaned claims"] [data-claim-id="${id}"]`)!;
    expect(orphan.querySelector('.quote')!.textContent).to.equal('$75 million');
    expect(orphan.querySelector('.badge')!.textContent).to.contain('Verified');
    expect(list.shadowRoot!.querySelector('.progress-line')!.textContent.replace(/\s+/g, ' ')).to.contain('0 of 1 resolved · 1 orphaned');
    expect(app.exportJSON().claims[0]!.orphaned).to.equal(true);
    button(shadow(app), 'Undo').click();
    await app.updateComplete;
    expect(highlightTexts(app)).to.deep.equal({ [id]: '$75 million' });
    const claim = app.exportJSON().claims[0]!;
    expect([claim.orphaned, claim.changed, claim.status]).to.deep.equal([false, false, 'verified']);
  });

  it('re-attaches an orphan to newly selected text, marked for re-check', async () => {
    selectInArticle(app, '$75 million');
    await sendKeys({ press: 'Backspace' });
    await waitUntil(() => app.claims[0]?.orphaned, 'the claim was not orphaned');
    await sendKeys({ type: 'an undisclosed sum' });
    (deep(app, 'fc-claim-list')!.shadowRoot!.querySelector(`[data-claim-id="${id}"]`) as HTMLElement).click();
    await app.updateComplete;
    await selectText(app, 'an undisclosed sum');
    button(panel(app)!.shadowRoot!, 'Re-attach to selection').click();
    await app.updateComplete;
    expect(highlightTexts(app)).to.deep.equal({ [id]: 'an undisclosed sum' });
    expect(app.exportJSON().claims[0]!.changed).to.equal(true);
  });

  it('updates the text to a new version and shows what happened to each claim', async () => {
    const other = await tagThroughUi(app, '246 Javelin missiles');
    await chooseStatus(app, 'verified');
    const original = app.exportJSON().article.text;
    const revised = `A new first paragraph.\n\n${original.replace('$75 million', '$57 million').replace('246 Javelin missiles', '200 other things')}`;
    button(shadow(app), 'Update text').click();
    await app.updateComplete;
    const textarea = deep<HTMLTextAreaElement>(app, 'textarea[aria-label="New version of the article text"]')!;
    textarea.value = revised;
    const form = textarea.closest('form')!;
    button(form, 'Update text').click();
    await waitUntil(() => deep(app, '.banner.revision'), 'no summary');
    const summary = deep(app, '.banner.revision')!.textContent.replace(/\s+/g, ' ');
    expect(summary).to.contain('0 claims kept exactly, 1 changed, 1 orphaned');
    expect(summary).to.contain('Re-check: “$75 million” is now “$57 million”');
    expect(summary).to.contain('Orphaned: “246 Javelin missiles”');
    expect(highlightTexts(app)).to.deep.equal({ [id]: '$57 million' });
    button(shadow(app), 'Undo update').click();
    await app.updateComplete;
    expect(app.exportJSON().article.text).to.equal(original);
    expect(highlightTexts(app)).to.deep.equal({ [id]: '$75 million', [other]: '246 Javelin missiles' });
  });
});
