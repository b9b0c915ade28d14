import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { FactcheckApp } from '../../components/factcheck-app.js';
import { mountApp, shadow, button, deep, deepAll, tagThroughUi } from '../helpers/app.js';
import { waitUntil } from '../helpers/wait.js';

const rect = (el: Element) => el.getBoundingClientRect();

/** The app at 320 CSS px (a 1280 px screen at 400% zoom), its Articles list open and a claim in the panel. */
async function narrowApp(): Promise<FactcheckApp> {
  await setViewport({ width: 320, height: 640 });
  const app = await mountApp();
  button(deep(app, 'fc-toolbar')!.shadowRoot!, 'Articles').click();
  await waitUntil(() => deep(app, 'fc-article-list')?.shadowRoot?.querySelector('button'), 'the Articles list did not open');
  await tagThroughUi(app, '$75 million');
  await app.updateComplete;
  return app;
}

describe('reflow at 320 CSS px (WCAG 1.4.10)', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('the page does not scroll sideways: nothing is wider than the screen', async () => {
    const app = await narrowApp();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const part of ['fc-header', 'fc-toolbar', 'nav.articles', '.paper', 'fc-sidebar']) {
      const el = shadow(app).querySelector(part)!;
      expect(rect(el).right, part).to.be.at.most(320);
      expect(rect(el).left, part).to.be.at.least(0);
    }
    const paragraph = deep(app, '.ProseMirror p')!;
    expect(rect(paragraph).width).to.be.below(320);
  });

  it('stacks everything in one column: the toolbar wraps, the Articles list, the article, then the claim panel', async () => {
    const app = await narrowApp();
    const root = shadow(app);
    const tag = button(deep(app, 'fc-toolbar')!.shadowRoot!, 'Tag claim');
    const articles = button(deep(app, 'fc-toolbar')!.shadowRoot!, 'Articles');
    expect(rect(tag).top, 'Tag claim is on a later row than Articles').to.be.above(rect(articles).bottom);
    expect(rect(tag).right).to.be.at.most(320);
    const list = rect(root.querySelector('nav.articles')!);
    const article = rect(root.querySelector('.paper')!);
    const panel = rect(root.querySelector('fc-sidebar')!);
    expect(article.top).to.be.at.least(list.bottom);
    expect(panel.top).to.be.at.least(article.bottom);
    expect(rect(deep(app, 'fc-claim-panel')!).top).to.be.at.least(article.bottom);
  });

  it('every button is at least 24 × 24 px, the Articles list’s Rename and Delete too', async () => {
    const app = await narrowApp();
    const buttons = deepAll<HTMLButtonElement>(app, 'button').filter((b) => rect(b).width > 0);
    expect(buttons.map((b) => b.textContent.trim())).to.include.members(['Tag claim', 'Rename', 'Delete']);
    const small = buttons.filter((b) => rect(b).width < 24 || rect(b).height < 24).map((b) => `${b.textContent.trim()} ${rect(b).width}×${rect(b).height}`);
    expect(small).to.deep.equal([]);
  });
});
