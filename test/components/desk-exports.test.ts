import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FactcheckApp } from '../../components/factcheck-app.js';
import { mountApp, button, deep, selectText } from '../helpers/app.js';
import { settle, setReviewer, tagAs, addWebSource, askWriter, typeInto, panelField } from '../helpers/desk.js';

/** Chooses an entry of "More exports", as a user does; the download itself is the browser's. */
async function moreExports(app: FactcheckApp, name: string): Promise<void> {
  const toolbar = deep(app, 'fc-toolbar')!;
  button(toolbar, 'More exports ▾').click();
  await settle(app);
  button(toolbar, name).click();
  await settle(app);
}

describe('the desk in the exports and the Articles list', () => {
  it('says how many verdicts ClaimReview left out and why, when exported from More exports', async () => {
    const app = await mountApp();
    await tagAs(app, '$75 million', 'verified');
    await typeInto(panelField(app, '#claimant'), 'Defense Security Cooperation Agency');
    await tagAs(app, 'Jan. 11', 'verified');
    await tagAs(app, 'some 30 Serb militants', 'misleading');
    await typeInto(panelField(app, '#claimant'), 'Kosovo Police');
    await selectText(app, '30');
    await sendKeys({ type: '40' });
    await settle(app);
    // Downloads are the browser's business here: keep the test page where it is.
    const noDownload = (e: Event) => {
      if (e.target instanceof HTMLAnchorElement && e.target.download) e.preventDefault();
    };
    document.addEventListener('click', noDownload, true);
    try {
      await moreExports(app, 'ClaimReview for search engines (.jsonld)');
    } finally {
      document.removeEventListener('click', noDownload, true);
    }
    const notice = deep(app, 'fc-messages')!.shadowRoot!.textContent.replace(/\s+/g, ' ');
    expect(notice).to.contain('1 review in');
    expect(notice).to.contain('2 verdicts left out');
    expect(notice).to.contain('“Jan. 11”: no claimant');
    expect(notice).to.contain('“some 40 Serb militants”: marked Re-check');
    // The API keeps returning the reviews alone.
    expect(app.exportClaimReview().map((r) => r.itemReviewed.author!.name)).to.deep.equal(['Defense Security Cooperation Agency']);
  });

  it('marks a claim that needs re-checking with a tagging body in the W3C export', async () => {
    const app = await mountApp();
    await tagAs(app, 'Jan. 11', 'verified');
    await selectText(app, '11');
    await sendKeys({ type: '12' });
    await settle(app);
    const body = app.exportW3C().first!.items[0]!.body as Array<{ purpose?: string; value?: string }>;
    expect(body.filter((b) => b.purpose === 'tagging').map((b) => b.value)).to.deep.equal(['needs-recheck']);
  });

  it('shows each story’s progress and sign-off in the Articles list', async () => {
    const app = await mountApp();
    await setReviewer(app, 'Eda Editor');
    await tagAs(app, 'Jan. 11', 'unverifiable');
    await tagAs(app, '$75 million', 'verified');
    await addWebSource(app, 'https://example.org/dsca');
    await tagAs(app, 'four dead', 'in_progress');
    await askWriter(app, 'Lee Writer', 'Four or five?');
    await app.flush();
    const list = () => deep(app, 'fc-article-list')!.shadowRoot!;
    await waitUntil(() => list().querySelector('.progress')?.textContent === '2 of 3 resolved · 1 query', 'the list did not show the progress');
    await tagAs(app, '246 Javelin missiles', 'unchecked');
    await app.flush();
    await waitUntil(() => list().querySelector('.progress')?.textContent === '2 of 4 resolved · 1 query', 'the list did not follow');
  });

  it('marks a signed-off story in the Articles list, and a stale one', async () => {
    const app = await mountApp();
    await setReviewer(app, 'Eda Editor');
    await tagAs(app, 'Jan. 11', 'unverifiable');
    await app.signOff();
    await settle(app);
    const badge = () => deep(app, 'fc-article-list')!.shadowRoot!.querySelector('.signed')?.textContent ?? '';
    expect(badge()).to.contain('Signed off by Eda Editor');
    await typeInto(panelField<HTMLTextAreaElement>(app, 'textarea#note'), 'A later look.', false);
    await app.flush();
    await waitUntil(() => badge().includes('Sign-off stale'), 'the list did not show the stale sign-off');
  });
});
