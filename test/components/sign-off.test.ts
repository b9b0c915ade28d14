import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FactcheckApp } from '../../components/factcheck-app.js';
import { mountApp, freshDbName, button, deep, panel, selectText, shadow } from '../helpers/app.js';
import { settle, setReviewer, tagAs, addWebSource, askWriter, reload, typeInto, panelField } from '../helpers/desk.js';

/** What signOff() rejects with, or null when it resolved. */
async function refusal(app: FactcheckApp): Promise<Error | null> {
  try {
    await app.signOff();
    return null;
  } catch (error) {
    return error as Error;
  }
}

const headerText = (app: FactcheckApp) => deep(app, 'fc-header')!.shadowRoot!.textContent.replace(/\s+/g, ' ');
const blockerItems = (app: FactcheckApp) => [...(deep(app, 'fc-sign-off-list')?.shadowRoot?.querySelectorAll<HTMLElement>('li') ?? [])];

/** Presses "Sign off" in the toolbar and waits for the list of what blocks it. */
async function pressSignOff(app: FactcheckApp): Promise<void> {
  button(deep(app, 'fc-toolbar')!, 'Sign off').click();
  await waitUntil(() => deep(app, 'fc-sign-off-list'), 'the list of blockers did not open');
  await settle(app);
}

/**
 * One claim that blocks nothing (Verified, with a source), so each test
 * below adds exactly one reason, and nothing else stands in the way.
 */
async function cleanArticle(): Promise<FactcheckApp> {
  const app = await mountApp();
  await setReviewer(app, 'Eda Editor');
  await tagAs(app, 'Jan. 11', 'verified');
  await addWebSource(app, 'https://www.dsca.mil/notice', 'DSCA');
  return app;
}

/**
 * The rule under test blocks the sign-off, through signOff() (its message
 * names the claim's words and the reason) and through the toolbar's
 * button (the list names it, linked to the claim); a test fails when its
 * rule is removed, because the sign-off then succeeds.
 */
async function expectBlockedBy(app: FactcheckApp, quote: string, reason: string, says: RegExp): Promise<void> {
  const error = await refusal(app);
  expect(error, 'signOff() resolved although a rule blocks it').to.be.instanceOf(Error);
  expect(error!.message).to.match(new RegExp(`“${quote.replace(/[.$]/g, '\\$&')}”: ${says.source}`));
  expect(app.exportJSON().article.signOff).to.equal(undefined);
  await pressSignOff(app);
  const items = blockerItems(app);
  expect(items.map((li) => li.dataset['reason'])).to.deep.equal([reason]);
  expect(items[0]!.textContent).to.contain(`“${quote}”`);
  // Each item links to its claim.
  button(items[0]!, items[0]!.querySelector('button')!.textContent.trim()).click();
  await settle(app);
  expect(panel(app)!.record!.id).to.equal(items[0]!.dataset['claimId']);
}

describe('sign-off', () => {
  it('signs off through the toolbar when nothing blocks it, and the header says who and when', async () => {
    const app = await cleanArticle();
    button(deep(app, 'fc-toolbar')!, 'Sign off').click();
    await waitUntil(() => app.exportJSON().article.signOff, 'the sign-off was not recorded');
    await settle(app);
    expect(app.exportJSON().article.signOff).to.deep.include({ by: 'Eda Editor', stale: false });
    expect(headerText(app)).to.contain('Signed off by Eda Editor');
    expect(deep(app, 'fc-sign-off-list')).to.equal(null);
  });

  it('resolves signOff() with the record, kept through a reload and through export and import', async () => {
    const dbName = freshDbName();
    const app = await mountApp(dbName);
    await setReviewer(app, 'Eda Editor');
    const record = await app.signOff();
    expect(record.by).to.equal('Eda Editor');
    expect(record.stale).to.equal(false);
    const again = await reload(app, dbName);
    expect(again.exportJSON().article.signOff).to.deep.equal(record);
    expect(headerText(again)).to.contain('Signed off by Eda Editor');
    // And through export and import, into another browser's database.
    const other = await mountApp(freshDbName());
    await other.importJSON(again.exportJSON());
    await settle(other);
    expect(other.exportJSON().article.signOff).to.deep.equal(record);
    expect(headerText(other)).to.contain('Signed off by Eda Editor');
  });

  it('is blocked by a claim that is not resolved', async () => {
    const app = await cleanArticle();
    await tagAs(app, '246 Javelin missiles', 'in_progress');
    await expectBlockedBy(app, '246 Javelin missiles', 'unresolved', /not resolved \(Checking\)/);
  });

  it('is blocked by a claim marked Re-check', async () => {
    const app = await cleanArticle();
    await selectText(app, '11');
    await sendKeys({ type: '12' });
    await settle(app);
    expect(app.claims[0]!.changed).to.equal(true);
    await expectBlockedBy(app, 'Jan. 12', 'recheck', /its words changed and it needs a re-check/);
  });

  it('is blocked by an orphan', async () => {
    const app = await cleanArticle();
    await selectText(app, 'Jan. 11');
    await sendKeys({ press: 'Backspace' });
    await settle(app);
    expect(app.claims[0]!.orphaned).to.equal(true);
    await expectBlockedBy(app, 'Jan. 11', 'orphaned', /its words are no longer in the article \(orphaned\)/);
  });

  it('is blocked by an open query to the writer, and not once it is answered', async () => {
    const app = await cleanArticle();
    await askWriter(app, 'Lee Writer', 'Which day was it?');
    await expectBlockedBy(app, 'Jan. 11', 'open-query', /a query to the writer is open/);
    const queries = deep(panel(app)!, 'fc-claim-queries')!;
    button(queries, 'Answer').click();
    await settle(app);
    await typeInto(deep<HTMLTextAreaElement>(queries, 'textarea[name="answer"]')!, 'Jan. 11, confirmed.', false);
    button(queries, 'Save answer').click();
    await settle(app);
    expect(await refusal(app)).to.equal(null);
  });

  it('is blocked by a verdict waiting for its second check', async () => {
    const app = await cleanArticle();
    await tagAs(app, 'some 30 Serb militants', 'misleading');
    await addWebSource(app, 'https://police.example/statement');
    await expectBlockedBy(app, 'some 30 Serb militants', 'second-check', /Misleading needs a second check/);
  });

  it('is blocked by a verdict without a source, but not by Unverifiable', async () => {
    const app = await cleanArticle();
    await tagAs(app, '24 launch units', 'verified');
    await expectBlockedBy(app, '24 launch units', 'no-source', /Verified cites no source/);
    const status = panelField<HTMLSelectElement>(app, 'select#status');
    status.value = 'unverifiable';
    status.dispatchEvent(new Event('change'));
    await settle(app);
    expect(await refusal(app)).to.equal(null);
  });

  it('names every blocking claim and reason in signOff()’s message, and the list shrinks as claims are fixed', async () => {
    const app = await cleanArticle();
    await tagAs(app, '246 Javelin missiles', 'in_progress');
    await tagAs(app, '24 launch units', 'verified');
    const error = await refusal(app);
    expect(error!.message).to.equal('The article cannot be signed off: “246 Javelin missiles”: not resolved (Checking); “24 launch units”: Verified cites no source.');
    await pressSignOff(app);
    expect(blockerItems(app)).to.have.length(2);
    await addWebSource(app, 'https://example.org/launch-units');
    await waitUntil(() => blockerItems(app).length === 1, 'the list did not follow the fix');
  });

  it('closes the list of blockers with Escape', async () => {
    const app = await cleanArticle();
    await tagAs(app, '246 Javelin missiles', 'in_progress');
    await pressSignOff(app);
    expect(button(deep(app, 'fc-toolbar')!, 'Sign off').getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await settle(app);
    expect(deep(app, 'fc-sign-off-list')).to.equal(null);
    expect(button(deep(app, 'fc-toolbar')!, 'Sign off').getAttribute('aria-expanded')).to.equal('false');
  });

  it('asks for a name before signing off', async () => {
    const app = await mountApp();
    const error = await refusal(app);
    expect(error).to.be.instanceOf(RangeError);
    await pressSignOff(app);
    expect(deep(app, 'fc-sign-off-list')!.shadowRoot!.textContent).to.contain('Type your name in the header first');
  });

  it('goes stale at the next change to the text, and the header says since when', async () => {
    const app = await cleanArticle();
    await app.signOff();
    await settle(app);
    await selectText(app, 'Most Read');
    await sendKeys({ type: 'Also read' });
    await settle(app);
    const signOff = app.exportJSON().article.signOff!;
    expect(signOff.stale).to.equal(true);
    expect(signOff.staleSince).to.be.a('string');
    expect(headerText(app)).to.match(/Signed off by Eda Editor — stale since \S/);
  });

  it('goes stale at the next change to a claim, and stays stale after a reload', async () => {
    const dbName = freshDbName();
    const app = await mountApp(dbName);
    await setReviewer(app, 'Eda Editor');
    await tagAs(app, 'Jan. 11', 'unverifiable');
    await app.signOff();
    await typeInto(panelField<HTMLTextAreaElement>(app, 'textarea#note'), 'One more look.', false);
    await settle(app);
    expect(app.exportJSON().article.signOff!.stale).to.equal(true);
    const again = await reload(app, dbName);
    expect(again.exportJSON().article.signOff!.stale).to.equal(true);
    expect(headerText(again)).to.contain('— stale since');
  });

  it('is shown in the printable report, or that there is none', async () => {
    const app = await cleanArticle();
    const report = async () => {
      button(deep(app, 'fc-toolbar')!, 'More exports ▾').click();
      await settle(app);
      button(deep(app, 'fc-toolbar')!, 'Printable report').click();
      await waitUntil(() => deep(app, 'fc-report'), 'the report did not open');
      await settle(app);
      const text = deep(app, 'fc-report')!.shadowRoot!.querySelector('.sign-off')!.textContent.replace(/\s+/g, ' ').trim();
      button(deep(app, 'fc-report')!, 'Back to the article').click();
      await settle(app);
      return text;
    };
    expect(await report()).to.equal('Not signed off.');
    await app.signOff();
    expect(await report()).to.match(/^Signed off by Eda Editor on .+\.$/);
    expect(shadow(app).querySelector('fc-report')).to.equal(null);
  });
});
