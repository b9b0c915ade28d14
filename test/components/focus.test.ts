import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FactcheckApp } from '../../components/factcheck-app.js';
import { focusedElement } from '../../components/focus-return.js';
import { waitUntil } from '../helpers/wait.js';
import { mountApp, shadow, button, deep, deepAll, articleEl, tagThroughUi, editorOf } from '../helpers/app.js';

const editorText = (app: FactcheckApp) => editorOf(app).editorView!.state.doc.textContent;

const toolbar = (app: FactcheckApp) => deep(app, 'fc-toolbar')!;

/** Waits until `el` (looked for again each time) has focus. */
async function focusIsOn(find: () => Element | null | undefined, what: string): Promise<void> {
  await waitUntil(
    () => {
      const el = find();
      return !!el && focusedElement() === el;
    },
    `focus is not on ${what} but on ${focusedElement()?.outerHTML.slice(0, 80) ?? 'the body'}`,
  );
}

describe('focus when views open and close', () => {
  it('the skip link is the first Tab stop of the page and puts the caret in the article', async () => {
    const app = await mountApp();
    const skip = deep(app, 'fc-header')!.shadowRoot!.querySelector<HTMLButtonElement>('button.skip')!;
    expect(skip.textContent).to.equal('Skip to the article');
    const first = deepAll(app, 'a[href], button, input, select, textarea, [tabindex]').find((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled);
    expect(first).to.equal(skip);
    skip.focus();
    await sendKeys({ press: 'Enter' });
    await focusIsOn(() => articleEl(app), 'the article');
  });

  it('the toolbar is one Tab stop, and More exports names its menu only while the menu is there', async () => {
    const app = await mountApp();
    const bar = toolbar(app).shadowRoot!;
    expect([...bar.querySelectorAll('button')].filter((b) => b.tabIndex === 0)).to.have.length(1);
    const more = button(bar, 'More exports ▾');
    expect(more.hasAttribute('aria-controls')).to.equal(false);
    more.focus();
    await sendKeys({ press: 'ArrowDown' });
    await focusIsOn(() => bar.querySelector('[role="menuitem"]'), 'the menu’s first item');
    expect(bar.getElementById(more.getAttribute('aria-controls')!)?.getAttribute('role')).to.equal('menu');
    await sendKeys({ press: 'Escape' });
    await focusIsOn(() => button(bar, 'More exports ▾'), 'More exports');
    expect(more.hasAttribute('aria-controls')).to.equal(false);
  });

  it('the article’s scroll container is not a Tab stop of its own', async () => {
    const app = await mountApp();
    const column = shadow(app).querySelector<HTMLElement>('.column')!;
    expect(column.getAttribute('aria-label')).to.equal('Article');
    expect(column.hasAttribute('tabindex')).to.equal(false);
  });

  it('the printable report takes focus from More exports and gives it back with Back to the article', async () => {
    const app = await mountApp();
    await tagThroughUi(app, '$75 million');
    const more = button(toolbar(app).shadowRoot!, 'More exports ▾');
    more.focus();
    await sendKeys({ press: 'ArrowUp' });
    await focusIsOn(() => button(toolbar(app).shadowRoot!, 'Printable report'), 'the menu’s last item');
    await sendKeys({ press: 'Enter' });
    const report = () => shadow(app).querySelector('fc-report')?.shadowRoot;
    await focusIsOn(() => report()?.querySelector('#report-title'), 'the report’s title');
    button(report()!, 'Back to the article').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !shadow(app).querySelector('fc-report'), 'the report stayed');
    await focusIsOn(() => button(toolbar(app).shadowRoot!, 'More exports ▾'), 'More exports');
  });

  it('New article puts the caret in the paste field, and Cancel gives focus back to New article', async () => {
    const app = await mountApp();
    button(toolbar(app).shadowRoot!, 'New article').focus();
    await sendKeys({ press: 'Enter' });
    const form = () => shadow(app).querySelector('fc-text-form[kind="new-article"]')?.shadowRoot;
    await focusIsOn(() => form()?.querySelector('textarea'), 'the paste field');
    button(form()!, 'Cancel').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !form(), 'the form stayed');
    await focusIsOn(() => button(toolbar(app).shadowRoot!, 'New article'), 'New article');
  });

  it('a new article made from the form gives focus back to New article', async () => {
    const app = await mountApp();
    button(toolbar(app).shadowRoot!, 'New article').focus();
    await sendKeys({ press: 'Enter' });
    const form = () => shadow(app).querySelector('fc-text-form[kind="new-article"]')?.shadowRoot;
    await focusIsOn(() => form()?.querySelector('textarea'), 'the paste field');
    await sendKeys({ type: 'A short article about 12 apples.' });
    button(form()!, 'Create article').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !form(), 'the form stayed');
    expect(editorText(app)).to.equal('A short article about 12 apples.');
    await focusIsOn(() => button(toolbar(app).shadowRoot!, 'New article'), 'New article');
  });

  it('the list of what blocks the sign-off takes focus, and Escape gives it back to Sign off', async () => {
    const app = await mountApp();
    button(toolbar(app).shadowRoot!, 'Sign off').focus();
    await sendKeys({ press: 'Enter' });
    const list = () => deep(app, 'fc-sign-off-list')?.shadowRoot;
    await focusIsOn(() => list()?.querySelector('h2'), 'the list’s heading');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !list(), 'the list stayed');
    await focusIsOn(() => button(toolbar(app).shadowRoot!, 'Sign off'), 'Sign off');
  });
});

/** WCAG's contrast ratio of two rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const s = Number(v) / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the Reviewer field’s focus ring', () => {
  it('has at least 3:1 contrast against the dark header', async () => {
    const app = await mountApp();
    const header = deep(app, 'fc-header')!;
    const input = header.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ press: 'Shift' });
    const style = getComputedStyle(input);
    expect(style.outlineStyle).to.equal('solid');
    expect(contrast(style.outlineColor, getComputedStyle(header).backgroundColor)).to.be.at.least(3);
  });
});
