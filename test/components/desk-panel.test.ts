import { expect, waitUntil } from '@open-wc/testing';
import type { FactcheckApp } from '../../components/factcheck-app.js';
import { claimantFor } from '../../src/detect/index.js';
import { mountApp, freshDbName, button, deep, panel, pressCombo, chooseStatus } from '../helpers/app.js';
import { settle, setReviewer, tagAs, addWebSource, askWriter, reload, typeInto, panelField, openInList } from '../helpers/desk.js';

const claimOf = (app: FactcheckApp, id: string) => app.claims.find((c) => c.id === id)!;
const queriesOf = (app: FactcheckApp) => deep(panel(app)!, 'fc-claim-queries')!;

describe('the claim panel’s desk fields', () => {
  it('keeps the Claimant, and ClaimReview names it as itemReviewed.author', async () => {
    const app = await mountApp();
    const id = await tagAs(app, '$75 million', 'verified');
    const field = panelField(app, '#claimant');
    expect(deep(panel(app)!, 'label[for="claimant"]')!.textContent).to.equal('Claimant');
    await typeInto(field, 'Defense Security Cooperation Agency');
    await settle(app);
    expect(claimOf(app, id).claimant).to.equal('Defense Security Cooperation Agency');
    await addWebSource(app, 'https://www.dsca.mil/notice');
    const [review] = app.exportClaimReview();
    expect(review!.itemReviewed.author).to.deep.equal({ '@type': 'Organization', name: 'Defense Security Cooperation Agency' });
  });

  it('fills the claimant of an accepted suggestion from an attribution in its sentence', async () => {
    const app = await mountApp();
    button(deep(app, 'fc-toolbar')!, 'Suggest claims').click();
    await waitUntil(() => deep(app, 'fc-suggestions'), 'no suggestions card');
    await settle(app);
    // Ctrl+Alt+N walks the suggestions; accept the one on "$75 million".
    for (let i = 0; i < 40 && !deep(app, 'fc-suggestions')!.shadowRoot!.querySelector('.suggest-active')?.textContent?.includes('$75 million'); i++) {
      await pressCombo(['Control', 'Alt'], 'KeyN');
      await settle(app);
    }
    button(deep(app, 'fc-suggestions')!, 'Accept').click();
    await settle(app);
    const claim = app.claims.find((c) => c.quote === '$75 million')!;
    const text = app.exportJSON().article.text;
    const expected = claimantFor(text, claim.start, claim.end);
    expect(expected, 'the sample names who made this claim').to.be.a('string').and.not.equal('');
    expect(claim.claimant).to.equal(expected);
    await openInList(app, claim.id);
    expect(panelField(app, '#claimant').value).to.equal(expected);
  });

  it('assigns a claim by name and writes it in the history', async () => {
    const app = await mountApp();
    await setReviewer(app, 'Ana');
    const id = await tagAs(app, 'Jan. 11', 'in_progress');
    await typeInto(panelField(app, '#assignee'), 'Besa');
    await settle(app);
    const claim = claimOf(app, id);
    expect(claim.assignee).to.equal('Besa');
    expect(claim.history.at(-1)).to.deep.include({ event: 'assigned', newText: 'Besa', by: 'Ana' });
    expect(panel(app)!.shadowRoot!.querySelector('ol.history')!.textContent).to.contain('Assigned to Besa');
  });

  it('keeps the Suggested wording apart from the note', async () => {
    const app = await mountApp();
    const id = await tagAs(app, 'some 30 Serb militants', 'misleading');
    expect(deep(panel(app)!, 'label[for="suggested-fix"]')!.textContent).to.equal('Suggested wording');
    await typeInto(panelField<HTMLTextAreaElement>(app, 'textarea#note'), 'Police say 30; Serbia says fewer.', false);
    await typeInto(panelField<HTMLTextAreaElement>(app, 'textarea#suggested-fix'), 'about 30 armed men, police said', false);
    await settle(app);
    expect(claimOf(app, id)).to.deep.include({ note: 'Police say 30; Serbia says fewer.', suggestedFix: 'about 30 armed men, police said' });
  });

  it('takes an interview as a source without a URL, and refuses a web page without one', async () => {
    const app = await mountApp();
    const id = await tagAs(app, 'four dead', 'verified');
    const form = deep(panel(app)!, 'fc-claim-sources')!;
    button(form, 'Add source').click();
    await settle(app);
    expect(deep(form, '#source-error')!.textContent).to.contain('web address');
    expect(claimOf(app, id).sources).to.deep.equal([]);
    const kind = deep<HTMLSelectElement>(form, 'select[aria-label="Kind of source"]')!;
    kind.value = 'interview';
    kind.dispatchEvent(new Event('change'));
    await settle(app);
    await typeInto(deep<HTMLInputElement>(form, 'input[aria-label="Who"]')!, 'Ejup Maqedonci', false);
    const when = deep<HTMLInputElement>(form, 'input[aria-label="When"]')!;
    when.value = '2024-01-12';
    when.dispatchEvent(new Event('input'));
    await typeInto(deep<HTMLInputElement>(form, 'input[aria-label="Source label (optional)"]')!, 'Notes p. 3', false);
    button(form, 'Add source').click();
    await settle(app);
    expect(claimOf(app, id).sources).to.deep.equal([{ kind: 'interview', who: 'Ejup Maqedonci', at: '2024-01-12', label: 'Notes p. 3' }]);
    expect(form.shadowRoot!.querySelector('ul')!.textContent).to.match(/Interview\s*Ejup Maqedonci, 2024-01-12 — Notes p\. 3/);
  });

  it('warns at once when a verdict is set without a source', async () => {
    const app = await mountApp();
    await tagAs(app, 'Jan. 11', 'unchecked');
    await chooseStatus(app, 'incorrect');
    await settle(app);
    expect(panel(app)!.shadowRoot!.querySelector('.alert.warn')!.textContent).to.contain('Incorrect needs a source.');
    // The warning is a status region: screen readers hear it as it appears.
    expect(panel(app)!.shadowRoot!.querySelector('.alert.warn')!.getAttribute('role')).to.equal('status');
    await addWebSource(app, 'https://example.org/calendar');
    expect(panel(app)!.shadowRoot!.querySelector('.alert.warn')).to.equal(null);
  });

  it('asks the writer, then records the answer with who and when, or withdraws the query', async () => {
    const app = await mountApp();
    await setReviewer(app, 'Ana');
    const id = await tagAs(app, '246 Javelin missiles', 'verified');
    await askWriter(app, 'Lee Writer', 'Is 246 the final number?');
    await askWriter(app, 'Lee Writer', 'Which notice?');
    let queries = claimOf(app, id).queries!;
    expect(queries.map((q) => [q.to, q.question, q.askedBy, q.state])).to.deep.equal([
      ['Lee Writer', 'Is 246 the final number?', 'Ana', 'open'],
      ['Lee Writer', 'Which notice?', 'Ana', 'open'],
    ]);
    expect(app.progress!.openQueries).to.equal(2);
    const items = () => [...queriesOf(app).shadowRoot!.querySelectorAll<HTMLElement>('li')];
    button(items()[0]!, 'Answer').click();
    await settle(app);
    await typeInto(deep<HTMLTextAreaElement>(queriesOf(app), 'textarea[name="answer"]')!, 'Yes, 246.', false);
    expect(deep<HTMLInputElement>(queriesOf(app), 'input[name="by"]')!.value).to.equal('Lee Writer');
    button(queriesOf(app), 'Save answer').click();
    await settle(app);
    button(items()[1]!, 'Withdraw').click();
    await settle(app);
    queries = claimOf(app, id).queries!;
    expect(queries[0]).to.deep.include({ state: 'answered', answer: 'Yes, 246.', answeredBy: 'Lee Writer' });
    expect(queries[0]!.answeredAt).to.be.a('string');
    expect(queries[1]!.state).to.equal('withdrawn');
    expect(items().map((li) => li.dataset['state'])).to.deep.equal(['answered', 'withdrawn']);
    expect(items()[0]!.textContent).to.match(/Answered by Lee Writer/);
  });

  it('counts a claim with an open query as unresolved', async () => {
    const app = await mountApp();
    await tagAs(app, 'Jan. 11', 'unverifiable');
    expect(app.progress!.resolved).to.equal(1);
    await askWriter(app, 'Lee Writer', 'Which year?');
    expect(app.progress!.resolved).to.equal(0);
  });

  it('records a second check by someone else than who gave the verdict, cleared by a later status change', async () => {
    const app = await mountApp();
    await setReviewer(app, 'Ana');
    const id = await tagAs(app, 'some 30 Serb militants', 'incorrect');
    const confirm = () => button(panel(app)!.shadowRoot!, 'Confirm');
    expect(confirm().disabled).to.equal(true);
    expect(panel(app)!.shadowRoot!.querySelector('#second-check-why')!.textContent).to.contain('You gave this verdict');
    await setReviewer(app, 'Bo');
    expect(confirm().disabled).to.equal(false);
    confirm().click();
    await settle(app);
    expect(claimOf(app, id).secondCheck).to.deep.include({ by: 'Bo' });
    expect(panel(app)!.shadowRoot!.querySelector('.second-check')!.textContent).to.contain('Second check by Bo');
    expect(app.progress!.awaitingSecondCheck).to.equal(0);
    await chooseStatus(app, 'misleading');
    await settle(app);
    expect(claimOf(app, id).secondCheck).to.equal(undefined);
    expect(app.progress!.awaitingSecondCheck).to.equal(1);
  });

  it('shows the other side of a merge under its author’s name, and adopts it', async () => {
    const dbA = freshDbName();
    const a = await mountApp(dbA);
    await setReviewer(a, 'Ana');
    const id = await tagAs(a, 'Jan. 11', 'in_progress');
    const b = await mountApp(freshDbName());
    await b.importJSON(a.exportJSON());
    await settle(b);
    // Both change the claim after the copies parted.
    await setReviewer(b, 'Bo');
    await openInList(b, id);
    await chooseStatus(b, 'incorrect');
    await typeInto(panelField<HTMLTextAreaElement>(b, 'textarea#note'), 'Bo says it was Jan. 12.', false);
    await settle(b);
    await openInList(a, id);
    await chooseStatus(a, 'verified');
    await a.importJSON(b.exportJSON(), { onExisting: 'merge' });
    await settle(a);
    await openInList(a, id);
    const kept = claimOf(a, id);
    expect(kept.otherVersion).to.be.an('object');
    const loser = kept.otherVersion!;
    const alert = panel(a)!.shadowRoot!.querySelector('.alert.other')!;
    expect(alert.textContent).to.contain(`${loser.by}’s version`);
    button(alert, 'Adopt their version').click();
    await settle(a);
    const adopted = claimOf(a, id);
    expect(adopted.status).to.equal(loser.status);
    expect(adopted.note).to.equal(loser.note);
    expect(adopted.otherVersion).to.equal(undefined);
    expect(panel(a)!.shadowRoot!.querySelector('.alert.other')).to.equal(null);
  });

  it('keeps every desk field through a reload and through export and import', async () => {
    const dbName = freshDbName();
    const app = await mountApp(dbName);
    await setReviewer(app, 'Ana');
    const id = await tagAs(app, '$75 million', 'misleading');
    await typeInto(panelField(app, '#claimant'), 'Ejup Maqedonci');
    await typeInto(panelField(app, '#assignee'), 'Besa');
    await typeInto(panelField<HTMLTextAreaElement>(app, 'textarea#suggested-fix'), 'the $57 million purchase', false);
    await addWebSource(app, 'https://www.dsca.mil/notice', 'DSCA');
    await askWriter(app, 'Lee Writer', 'Which figure?');
    await setReviewer(app, 'Bo');
    button(panel(app)!.shadowRoot!, 'Confirm').click();
    await settle(app);
    await setReviewer(app, 'Eda');
    await app.flush();
    const before = claimOf(app, id);
    const fields = (c: typeof before) => ({ claimant: c.claimant, assignee: c.assignee, suggestedFix: c.suggestedFix, sources: c.sources, queries: c.queries, secondCheck: c.secondCheck });
    expect(fields(before)).to.deep.include({ claimant: 'Ejup Maqedonci', assignee: 'Besa', suggestedFix: 'the $57 million purchase' });
    expect(before.secondCheck!.by).to.equal('Bo');
    const again = await reload(app, dbName);
    expect(fields(claimOf(again, id))).to.deep.equal(fields(before));
    const other = await mountApp(freshDbName());
    await other.importJSON(JSON.stringify(again.exportJSON()));
    expect(fields(claimOf(other, id))).to.deep.equal(fields(before));
  });
});
