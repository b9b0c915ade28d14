import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import type { FactcheckApp } from '../../components/factcheck-app.js';
import { mountApp, freshDbName, articleEl, button, highlightTexts, pressCombo, deepAll, deep, readMeta } from '../helpers/app.js';

const suggestionEls = (app: FactcheckApp) => [...articleEl(app).querySelectorAll<HTMLElement>('.fc-suggestion')];
const card = (app: FactcheckApp) => deep(app, 'fc-suggestions')?.shadowRoot ?? null;
const suggestButton = (app: FactcheckApp) => deepAll<HTMLButtonElement>(app, 'button').find((b) => b.textContent.trim().startsWith('Suggest claims'))!;

describe('claim suggestions in the app', () => {
  it('"Suggest claims" underlines checkable words with a dashed line and counts them', async () => {
    const app = await mountApp();
    suggestButton(app).click();
    await waitUntil(() => suggestionEls(app).length > 0, 'no suggestions appeared');
    const els = suggestionEls(app);
    expect(els.length).to.be.greaterThan(10);
    expect(els.map((e) => e.textContent)).to.include.members(['$75 million', '246 Javelin missiles', '24 launch units']);
    expect(getComputedStyle(els[0]!).textDecorationStyle).to.equal('dashed');
    expect(els.some((e) => e.classList.contains('fc-claim'))).to.equal(false);
    expect(suggestButton(app).getAttribute('aria-pressed')).to.equal('true');
    const count = Number(/\((\d+)\)/.exec(suggestButton(app).textContent)![1]);
    expect(count).to.be.greaterThan(10);
    expect(card(app)!.querySelector('.count')!.textContent).to.equal(`${count} open`);
  });

  it('moves, accepts and dismisses with the keyboard; dismissals survive a reload', async () => {
    const dbName = freshDbName();
    const app = await mountApp(dbName);
    await pressCombo(['Control', 'Alt'], 'KeyN');
    await waitUntil(() => card(app)?.querySelector('.suggest-active'), 'no active suggestion');
    const first = card(app)!.querySelector('.suggest-active')!.textContent;
    await pressCombo(['Control', 'Alt'], 'KeyA');
    await app.updateComplete;
    const claimed = Object.values(highlightTexts(app));
    expect(claimed).to.have.length(1);
    expect(first).to.contain(claimed[0]!);
    await pressCombo(['Control', 'Alt'], 'KeyN');
    await app.updateComplete;
    const dismissedText = card(app)!
      .querySelector('.suggest-active')!
      .textContent.replace(/^\s*\w+\s*/, '')
      .trim();
    await pressCombo(['Control', 'Alt'], 'KeyX');
    await app.updateComplete;
    const countOf = (a: FactcheckApp) => Number(/\((\d+)\)/.exec(suggestButton(a).textContent)![1]);
    const before = countOf(app);
    await app.flush();
    const key = `dismissed:${app.exportJSON().article.id}`;
    await waitUntil(async () => ((await readMeta(dbName, key)) as string[] | undefined)?.length === 1, 'the dismissal was not saved');
    app.remove();
    const again = await fixture<FactcheckApp>(html`<factcheck-app db-name=${dbName}></factcheck-app>`);
    await again.ready;
    await waitUntil(() => Object.keys(highlightTexts(again)).length === 1, 'the accepted claim was not restored');
    suggestButton(again).click();
    await waitUntil(() => suggestionEls(again).length > 0, 'no suggestions appeared');
    expect(countOf(again)).to.equal(before);
    expect(dismissedText).to.match(/^“.+”$/);
    button(card(again)!, 'Accept all (' + before + ')').click();
    await again.updateComplete;
    expect(Object.keys(highlightTexts(again)).length).to.equal(before + 1);
  });
});
