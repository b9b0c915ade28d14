import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { FactcheckApp } from '../../components/factcheck-app.js';
import { openQueriesText } from '../../src/claims/queries-text.js';
import { mountApp, button, deep, sidebarList, articleEl, pressCombo } from '../helpers/app.js';
import { settle, setReviewer, tagAs, askWriter, typeInto, panelField } from '../helpers/desk.js';

const listRoot = (app: FactcheckApp) => sidebarList(app).shadowRoot!;
const shown = (app: FactcheckApp) => [...listRoot(app).querySelectorAll<HTMLElement>('[role="option"] .quote')].map((q) => q.textContent.replace(/^✓ /, ''));
const row = (app: FactcheckApp, id: string) => listRoot(app).querySelector<HTMLElement>(`[data-claim-id="${id}"]`)!;
const chosen = (app: FactcheckApp) => [...listRoot(app).querySelectorAll<HTMLElement>('[role="option"].chosen')].map((r) => r.dataset['claimId']);

async function filterBy(app: FactcheckApp, value: string): Promise<void> {
  const select = listRoot(app).querySelector<HTMLSelectElement>('select#filter')!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await settle(app);
}

/** Clicks a sidebar entry with the real mouse, with `modifier` held. */
async function clickRow(app: FactcheckApp, id: string, modifier?: 'Control' | 'Shift'): Promise<void> {
  const el = row(app, id);
  el.scrollIntoView({ block: 'center' });
  const rect = el.getBoundingClientRect();
  if (modifier) await sendKeys({ down: modifier });
  await sendMouse({ type: 'click', position: [Math.round(rect.x + 12), Math.round(rect.y + 8)] });
  if (modifier) await sendKeys({ up: modifier });
  await settle(app);
}

/** Four claims: two assigned to Ana (the reviewer), one to Besa, one to no one. */
async function assignedArticle(): Promise<{ app: FactcheckApp; ids: string[] }> {
  const app = await mountApp();
  await setReviewer(app, 'Ana');
  const ids = [];
  for (const [quote, who] of [
    ['$75 million', 'Ana'],
    ['Jan. 11', 'Besa'],
    ['246 Javelin missiles', ''],
    ['24 launch units', 'ana'],
  ] as const) {
    ids.push(await tagAs(app, quote, 'in_progress'));
    if (who) await typeInto(panelField(app, '#assignee'), who);
  }
  await settle(app);
  return { app, ids };
}

describe('the sidebar’s desk work', () => {
  it('filters by Assigned to me, Unassigned and each name, with counts', async () => {
    const { app } = await assignedArticle();
    const options = [...listRoot(app).querySelectorAll<HTMLOptionElement>('select#filter option')].map((o) => o.textContent.trim());
    expect(options).to.include.members(['Assigned to me (2)', 'Unassigned (1)', 'Ana (1)', 'Besa (1)', 'ana (1)']);
    await filterBy(app, ':me');
    expect(shown(app)).to.deep.equal(['$75 million', '24 launch units']);
    await filterBy(app, ':unassigned');
    expect(shown(app)).to.deep.equal(['246 Javelin missiles']);
    await filterBy(app, '@Besa');
    expect(shown(app)).to.deep.equal(['Jan. 11']);
  });

  it('counts open queries, filters by them, and copies them as numbered plain text', async () => {
    const app = await mountApp();
    await setReviewer(app, 'Ana');
    await tagAs(app, '$75 million', 'verified');
    await askWriter(app, 'Lee Writer', 'Is it $75 million or $57 million?');
    await tagAs(app, 'Jan. 11', 'verified');
    await tagAs(app, 'four dead', 'in_progress');
    await askWriter(app, 'Lee Writer', 'Four dead, or four wounded?');
    expect(listRoot(app).querySelector('.progress-line')!.textContent).to.contain('2 open queries');
    await filterBy(app, ':queries');
    expect(shown(app)).to.deep.equal(['$75 million', 'four dead']);
    let written: string | null = null;
    // What would be written to the clipboard (the real one is read back in test/e2e/copy-queries.node.mjs).
    navigator.clipboard.writeText = (text: string) => {
      written = text;
      return Promise.resolve();
    };
    try {
      button(listRoot(app), 'Copy open queries').click();
      await waitUntil(() => written !== null, 'nothing was copied');
    } finally {
      Reflect.deleteProperty(navigator.clipboard, 'writeText');
    }
    const article = app.exportJSON().article;
    expect(written).to.equal(openQueriesText(article.text, app.claims, article.title).text);
    expect(written).to.match(/^1\. “\$75 million”$/m);
    expect(written).to.match(/^ {3}In: “.*approved the \$75 million purchase on Jan\. 11\.”$/m);
    expect(written).to.match(/^ {3}Question for Lee Writer: Four dead, or four wounded\?$/m);
    expect(written).to.match(/^2\. “four dead”$/m);
    expect(written).to.match(/Asked by Ana on /);
  });

  it('puts the problems first, with their suggested wording', async () => {
    const app = await mountApp();
    await tagAs(app, '$75 million', 'verified');
    await tagAs(app, 'Jan. 11', 'incorrect');
    await typeInto(panelField<HTMLTextAreaElement>(app, 'textarea#suggested-fix'), 'Jan. 12', false);
    await tagAs(app, '246 Javelin missiles', 'in_progress');
    await tagAs(app, '24 launch units', 'needs_source');
    await settle(app);
    const box = listRoot(app).querySelector<HTMLInputElement>('.problems-first input')!;
    box.click();
    await settle(app);
    expect(shown(app)).to.deep.equal(['Jan. 11', '24 launch units', '$75 million', '246 Javelin missiles']);
    expect(listRoot(app).querySelector('[role="option"] .fix')!.textContent).to.contain('Jan. 12');
  });

  it('chooses entries with Ctrl+click and Shift+click, and assigns them in one step that Undo takes back', async () => {
    const { app, ids } = await assignedArticle();
    await clickRow(app, ids[0]!);
    await clickRow(app, ids[2]!, 'Control');
    expect(chosen(app)).to.deep.equal([ids[0], ids[2]]);
    await clickRow(app, ids[3]!, 'Shift');
    expect(chosen(app)).to.deep.equal([ids[2], ids[3]]);
    await clickRow(app, ids[0]!, 'Control');
    expect(chosen(app)).to.deep.equal([ids[0], ids[2], ids[3]]);
    const bar = deep(sidebarList(app), 'fc-bulk-actions')!;
    expect(bar.shadowRoot!.textContent).to.contain('3 claims selected');
    await typeInto(deep<HTMLInputElement>(bar, 'input[aria-label="Assign to"]')!, 'Cleo', false);
    button(bar, 'Assign').click();
    await settle(app);
    const assignees = () => ids.map((id) => app.claims.find((c) => c.id === id)!.assignee);
    expect(assignees()).to.deep.equal(['Cleo', 'Besa', 'Cleo', 'Cleo']);
    button(deep(app, '.toast')!, 'Undo').click();
    await settle(app);
    expect(assignees()).to.deep.equal(['Ana', 'Besa', undefined, 'ana']);
  });

  it('chooses entries with Shift+arrow keys and sets their status in one step, undone by one Ctrl+Z', async () => {
    const { app, ids } = await assignedArticle();
    await clickRow(app, ids[0]!);
    row(app, ids[0]!).focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Shift' });
    await settle(app);
    expect(chosen(app)).to.deep.equal(ids.slice(0, 3));
    const bar = deep(sidebarList(app), 'fc-bulk-actions')!;
    const status = deep<HTMLSelectElement>(bar, 'select')!;
    status.value = 'verified';
    button(bar, 'Set status').click();
    await settle(app);
    const statuses = () => ids.map((id) => app.claims.find((c) => c.id === id)!.status);
    expect(statuses()).to.deep.equal(['verified', 'verified', 'verified', 'in_progress']);
    expect(button(deep(app, 'fc-toolbar')!, 'Undo').disabled).to.equal(false);
    articleEl(app).focus();
    await pressCombo(['Control'], 'KeyZ');
    await settle(app);
    expect(statuses()).to.deep.equal(['in_progress', 'in_progress', 'in_progress', 'in_progress']);
    // That was the whole step: the next undo has nothing of it left to take back.
    expect(button(deep(app, 'fc-toolbar')!, 'Undo').disabled).to.equal(true);
  });

  it('clears the chosen entries with Escape and with a plain click', async () => {
    const { app, ids } = await assignedArticle();
    await clickRow(app, ids[0]!);
    await clickRow(app, ids[1]!, 'Shift');
    expect(chosen(app)).to.have.length(2);
    row(app, ids[1]!).focus();
    await sendKeys({ press: 'Escape' });
    await settle(app);
    expect(chosen(app)).to.deep.equal([]);
    await clickRow(app, ids[2]!, 'Shift');
    expect(chosen(app).length).to.be.greaterThan(1);
    await clickRow(app, ids[3]!);
    expect(chosen(app)).to.deep.equal([]);
    expect(deep(sidebarList(app), 'fc-bulk-actions')).to.equal(null);
  });
});
