import { expect, waitUntil } from '@open-wc/testing';
import type { FactcheckApp } from '../../components/factcheck-app.js';
import { mountApp, freshDbName, button, deep, highlights, panel, pressCombo, sidebarList, chooseStatus, articleEl } from '../helpers/app.js';
import { settle, tagAs, typeInto, reload, addWebSource } from '../helpers/desk.js';

const settings = (app: FactcheckApp) => deep(app, 'fc-publishing-settings')!;
const editor = (app: FactcheckApp) => deep(app, 'fc-status-editor')!;

async function openSettings(app: FactcheckApp): Promise<void> {
  settings(app).shadowRoot!.querySelector('details')!.open = true;
  await settle(app);
}

/** Ticks or unticks a status in "Second check required for". */
async function secondCheckFor(app: FactcheckApp, label: string, on: boolean): Promise<void> {
  const box = [...settings(app).shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset label')].find((l) => l.textContent.trim() === label)!.querySelector('input')!;
  if (box.checked !== on) box.click();
  await settle(app);
}

/** Fills the status form and saves it. */
async function saveStatus(app: FactcheckApp, fields: { label?: string; icon?: string; colour?: string; line?: string; resolved?: boolean; rating?: string; value?: string }): Promise<void> {
  const form = editor(app).shadowRoot!.querySelector('form')!;
  const input = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  if (fields.label !== undefined) await typeInto(input('label'), fields.label, false);
  if (fields.icon !== undefined) await typeInto(input('icon'), fields.icon, false);
  if (fields.colour !== undefined) {
    input('colour').value = fields.colour;
    input('colour').dispatchEvent(new Event('input'));
  }
  for (const name of ['line', 'value'] as const) {
    if (fields[name] === undefined) continue;
    const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
    select.value = fields[name];
    select.dispatchEvent(new Event('change'));
  }
  if (fields.resolved !== undefined && input('resolved').checked !== fields.resolved) input('resolved').click();
  if (fields.rating !== undefined) await typeInto(input('rating'), fields.rating, false);
  await settle(app);
  button(editor(app), 'Save status').click();
  await settle(app);
}

describe('Publishing settings: the newsroom’s rules', () => {
  it('"Second check required for" names the statuses that need one, and is kept', async () => {
    const dbName = freshDbName();
    const app = await mountApp(dbName);
    await tagAs(app, '$75 million', 'verified');
    await addWebSource(app, 'https://example.org/a');
    await tagAs(app, 'Jan. 11', 'misleading');
    await addWebSource(app, 'https://example.org/b');
    await openSettings(app);
    expect(settings(app).shadowRoot!.querySelector('legend')!.textContent).to.equal('Second check required for');
    expect(app.progress).to.deep.include({ resolved: 1, awaitingSecondCheck: 1 });
    await secondCheckFor(app, 'Verified', true);
    await secondCheckFor(app, 'Misleading', false);
    await waitUntil(() => app.progress!.awaitingSecondCheck === 1 && app.progress!.resolved === 1 && app.claims[0]!.status === 'verified', 'the rule did not change');
    expect(sidebarList(app).shadowRoot!.querySelector('[role="option"] .tag')!.textContent).to.equal('Second check due');
    const again = await reload(app, dbName);
    await openSettings(again);
    const ticked = [...settings(again).shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset input:checked')].map((b) => b.dataset['status']);
    expect(ticked).to.deep.equal(['verified', 'incorrect']);
  });

  it('adds a status of the newsroom’s own: the legend, the panel, the filter, the highlight and the exports follow', async () => {
    const dbName = freshDbName();
    const app = await mountApp(dbName);
    await openSettings(app);
    button(editor(app), 'Add a status').click();
    await settle(app);
    await saveStatus(app, { label: 'Disputed', icon: '⚖', colour: '#7a1f5c', line: 'dashed', resolved: true, rating: 'Disputed', value: '2' });
    await waitUntil(() => deep(app, 'fc-legend')!.shadowRoot!.textContent.includes('Disputed'), 'the legend did not follow');
    const id = await tagAs(app, '$75 million', 'unchecked');
    const select = panel(app)!.shadowRoot!.querySelector<HTMLSelectElement>('select#status')!;
    expect([...select.options].map((o) => o.value)).to.include('disputed');
    await chooseStatus(app, 'disputed');
    await settle(app);
    const mark = highlights(app).find((h) => h.dataset['claimId'] === id)!;
    expect(mark.dataset['status']).to.equal('disputed');
    expect(getComputedStyle(mark).textDecorationStyle).to.equal('dashed');
    expect(getComputedStyle(mark).textDecorationColor).to.equal('rgb(122, 31, 92)');
    expect(getComputedStyle(articleEl(app).querySelector(`.fc-cue-end[data-cue-claim="${id}"]`)!, '::before').content).to.contain('⚖');
    const filter = [...sidebarList(app).shadowRoot!.querySelectorAll('select#filter option')].map((o) => o.textContent.trim());
    expect(filter).to.include('⚖ Disputed (1)');
    // The export carries the set, so the file keeps its meaning anywhere.
    const exported = app.exportJSON();
    expect(exported.article.statuses!.find((s) => s.id === 'disputed')).to.deep.include({ label: 'Disputed', resolved: true, rating: { alternateName: 'Disputed', ratingValue: 2 } });
    await typeInto(deep(panel(app)!, '#claimant')!, 'Ejup Maqedonci');
    await addWebSource(app, 'https://example.org/c');
    expect(app.exportClaimReview()[0]!.reviewRating).to.deep.include({ alternateName: 'Disputed', ratingValue: 2 });
    const other = await mountApp(freshDbName());
    await other.importJSON(exported);
    await settle(other);
    expect(other.claims[0]!.status).to.equal('disputed');
    expect(deep(other, 'fc-legend')!.shadowRoot!.textContent).to.contain('Disputed');
    const again = await reload(app, dbName);
    expect(deep(again, 'fc-legend')!.shadowRoot!.textContent).to.contain('Disputed');
    expect(again.claims[0]!.status).to.equal('disputed');
  });

  it('renames a built-in status; its id, its shortcut and its meaning stay', async () => {
    const app = await mountApp();
    await openSettings(app);
    button(editor(app), 'Edit Verified').click();
    await settle(app);
    await saveStatus(app, { label: 'True', rating: 'True' });
    await waitUntil(() => deep(app, 'fc-legend')!.shadowRoot!.textContent.includes('True'), 'the legend did not follow');
    await tagAs(app, 'Jan. 11', 'unchecked');
    await pressCombo(['Control', 'Alt'], 'Digit4');
    await settle(app);
    expect(app.claims[0]!.status).to.equal('verified');
    expect(panel(app)!.shadowRoot!.querySelector('.badge')!.textContent).to.contain('True');
    expect(app.exportJSON().article.statuses!.find((s) => s.id === 'verified')).to.deep.include({ label: 'True', resolved: true, rating: { alternateName: 'True', ratingValue: 5 } });
  });

  it('refuses to remove a status that claims of the article have', async () => {
    const app = await mountApp();
    await openSettings(app);
    button(editor(app), 'Add a status').click();
    await settle(app);
    await saveStatus(app, { label: 'On hold', icon: '⏸' });
    await tagAs(app, 'Jan. 11', 'on_hold');
    await openSettings(app);
    button(editor(app), 'Edit On hold').click();
    await settle(app);
    button(editor(app), 'Remove').click();
    await settle(app);
    await waitUntil(() => deep(app, 'fc-messages')!.shadowRoot!.textContent.includes('Claims of this article have the status “On hold”'), 'the removal was not refused');
    expect(deep(app, 'fc-legend')!.shadowRoot!.textContent).to.contain('On hold');
  });
});
