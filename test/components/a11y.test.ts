import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { TextSelection } from 'prosemirror-state';
import { mountApp, tagThroughUi, chooseStatus, shadow, button, pressCombo, editorOf, articleEl, panel, deep } from '../helpers/app.js';
import { axNodes, forcedColors, politeStatusTexts } from '../helpers/ax.js';
import { setViewport } from '@web/test-runner-commands';
import type { FactcheckApp } from '../../components/factcheck-app.js';

describe('accessibility (axe)', () => {
  it('has no axe violations with the sample open, a claim in the panel and the sidebar filled', async function () {
    this.timeout(120_000);
    const app = await mountApp();
    await tagThroughUi(app, '$75 million');
    await chooseStatus(app, 'verified');
    await tagThroughUi(app, '24 launch units');
    await expect(app).to.be.accessible();
  });

  it('has no axe violations with the export menu open and in the printable report', async function () {
    this.timeout(120_000);
    const app = await mountApp();
    await tagThroughUi(app, '$75 million');
    button(shadow(app), 'More exports ▾').click();
    await app.updateComplete;
    await expect(app).to.be.accessible();
    button(shadow(app), 'Printable report').click();
    await waitUntil(() => shadow(app).querySelector('fc-report')?.shadowRoot?.querySelector('table'), 'no report');
    await expect(app).to.be.accessible();
  });
});

describe('announcements (the accessibility tree)', () => {
  it('are in a polite status region that the accessibility tree has, with their text', async () => {
    const app = await mountApp();
    await tagThroughUi(app, '$75 million');
    await waitUntil(async () => (await politeStatusTexts()).some((t) => t.startsWith('Claim tagged as Unchecked.')), 'the tagging was not announced');
    await chooseStatus(app, 'verified');
    await pressCombo(['Control', 'Alt'], 'Digit5');
    await waitUntil(async () => (await politeStatusTexts()).some((t) => t.startsWith('Status set to')), 'the status shortcut was not announced');
  });

  it('go through one region in the page, however many apps were connected and disconnected', async () => {
    const first = await mountApp();
    const second = await mountApp();
    expect(document.querySelectorAll('.fc-live-region')).to.have.length(1);
    const parent = first.parentNode!;
    first.remove();
    second.remove();
    expect(document.querySelectorAll('.fc-live-region')).to.have.length(0);
    parent.appendChild(first);
    await first.updateComplete;
    expect(document.querySelectorAll('.fc-live-region')).to.have.length(1);
    expect(document.querySelector('.fc-live-region')!.parentElement).to.equal(document.body);
    await tagThroughUi(first, '24 launch units');
    await waitUntil(async () => (await politeStatusTexts()).some((t) => t.startsWith('Claim tagged')), 'the reconnected app was not heard');
  });
});

describe('claims in the article (the accessibility tree)', () => {
  /** The article's text as a screen reader gets it, node by node, from `first` on (`count` nodes). */
  async function heard(first: string, count: number): Promise<string[]> {
    const nodes = await axNodes();
    const at = nodes.findIndex((n) => n.role === 'StaticText' && n.name.startsWith(first));
    return nodes.slice(at, at + count).map((n) => n.name);
  }

  it('are heard with a start cue, their words, then their status as a word of its own', async () => {
    const app = await mountApp();
    await tagThroughUi(app, '$75 million');
    await chooseStatus(app, 'verified');
    const text = await heard('Defense Minister', 5);
    expect(text.slice(1, 4)).to.deep.equal(['claim:', '$75 million', ', Verified']);
    expect(text[4]).to.match(/^ purchase/);
  });

  it('have one start cue and one status however many marks they cross, and the text stays as it was', async () => {
    const app = await mountApp();
    await app.createArticle('html', '<p>Sales rose <b>12 per</b>cent in <a href="https://example.org/">May this</a> year.</p>');
    await waitUntil(() => editorOf(app).editorView?.state.doc.textContent.startsWith('Sales'), 'the article did not open');
    const view = editorOf(app).editorView!;
    const text = view.state.doc.textContent;
    const from = 1 + text.indexOf('12 per');
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, from + '12 percent in May t'.length)));
    expect(app.tagSelection()).to.equal(true);
    await waitUntil(() => panel(app), 'the claim did not open in the panel');
    await chooseStatus(app, 'misleading');
    const nodes = (await axNodes()).filter((n) => n.role === 'StaticText').map((n) => n.name);
    const start = nodes.indexOf('Sales rose ');
    const paragraph = nodes.slice(start, nodes.indexOf(' year.', start) + 1);
    expect(paragraph.filter((t) => t === 'claim:')).to.have.length(1);
    expect(paragraph.filter((t) => t === ', Misleading')).to.have.length(1);
    expect(paragraph.join('|')).to.equal('Sales rose |claim:|12 per|cent in |May t|, Misleading|his| year.');
    expect(view.state.doc.textContent).to.equal(text);
    expect(articleEl(app).textContent).to.equal(text);
    expect(app.exportJSON().claims[0]!.quote).to.equal('12 percent in May t');
  });
});

describe('accessibility (axe) in forced colours and at 320 CSS px', () => {
  /** Opens the printable report through More exports, and waits for it. */
  async function openReport(app: FactcheckApp) {
    button(shadow(app), 'More exports ▾').click();
    await app.updateComplete;
    button(shadow(app), 'Printable report').click();
    await waitUntil(() => shadow(app).querySelector('fc-report')?.shadowRoot?.querySelector('table'), 'no report');
  }

  it('has no axe violations in forced colours, where the open claim keeps an outline', async function () {
    this.timeout(120_000);
    await forcedColors(true);
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const app = await mountApp();
      const id = await tagThroughUi(app, '$75 million');
      await chooseStatus(app, 'verified');
      const open = articleEl(app).querySelector<HTMLElement>(`.fc-claim.fc-active[data-claim-id="${id}"]`)!;
      expect(getComputedStyle(open).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(open).outlineWidth)).to.be.at.least(2);
      await expect(app).to.be.accessible();
      await openReport(app);
      await expect(app).to.be.accessible();
    } finally {
      await forcedColors(false);
    }
  });

  it('has no axe violations at 320 CSS px, with the Articles list open and in the report', async function () {
    this.timeout(120_000);
    await setViewport({ width: 320, height: 640 });
    try {
      const app = await mountApp();
      button(shadow(app), 'Articles').click();
      await waitUntil(() => deep(app, 'fc-article-list')?.shadowRoot?.querySelector('button'), 'the Articles list did not open');
      await tagThroughUi(app, '$75 million');
      await expect(app).to.be.accessible();
      await openReport(app);
      await expect(app).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('status underlines', () => {
  it('tell the eight built-in statuses apart without colour, in the legend and in the article', async () => {
    const app = await mountApp();
    const legend = deep(app, 'fc-legend')!.shadowRoot!;
    const looks = [...legend.querySelectorAll<HTMLElement>('dt:not(.plain)')].map((dt) => `${getComputedStyle(dt).textDecorationLine} ${getComputedStyle(dt).textDecorationStyle}`);
    expect(looks).to.have.length(8);
    expect(new Set(looks).size).to.equal(8);
    // The pairs that shared a style before: Needs source and Misleading (wavy), Checking and Unverifiable (dashed).
    const seen: string[] = [];
    for (const [quote, status] of [
      ['$75 million', 'needs_source'],
      ['24 launch units', 'misleading'],
      ['four dead', 'in_progress'],
      ['Jan. 11', 'unverifiable'],
    ] as const) {
      const id = await tagThroughUi(app, quote);
      await chooseStatus(app, status);
      const mark = articleEl(app).querySelector<HTMLElement>(`.fc-claim[data-claim-id="${id}"]`)!;
      seen.push(`${getComputedStyle(mark).textDecorationLine} ${getComputedStyle(mark).textDecorationStyle}`);
    }
    expect(new Set(seen).size).to.equal(4);
  });
});
