import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { mountApp, freshDbName, highlights, highlightTexts, tagThroughUi, chooseStatus, deep } from '../helpers/app.js';

// Two <factcheck-app> elements on one database stand in for two tabs:
// BroadcastChannel delivers to every other channel of the same name, in
// this page or another. (test/e2e/two-tabs.node.mjs does it with two pages.)
describe('several tabs on one database', () => {
  // The waits allow 5 s so a loaded CI machine does not fail them; the
  // latency itself (well under a second) is not a test's business.
  it('shows a claim tagged in one tab in the other, with no reload', async () => {
    const db = freshDbName();
    const a = await mountApp(db);
    const b = await mountApp(db);
    const id = await tagThroughUi(a, '$75 million');
    await chooseStatus(a, 'verified');
    await waitUntil(() => highlights(b).some((h) => h.dataset['claimId'] === id && h.dataset['status'] === 'verified'), 'the other tab did not update');
    expect(highlightTexts(b)[id]).to.equal('$75 million');
  });

  it('keeps concurrent changes to different claims from both tabs', async () => {
    const db = freshDbName();
    const a = await mountApp(db);
    const b = await mountApp(db);
    const fromA = await tagThroughUi(a, '$75 million');
    const fromB = await tagThroughUi(b, '24 launch units');
    await waitUntil(() => highlightTexts(a)[fromB] && highlightTexts(b)[fromA], 'the tabs did not converge');
    await a.flush();
    await b.flush();
    expect(Object.keys(highlightTexts(a)).sort()).to.deep.equal([fromA, fromB].sort());
    expect(Object.keys(highlightTexts(b)).sort()).to.deep.equal([fromA, fromB].sort());
  });

  it('lets the later change to the same claim win, and tells the other tab it was overwritten', async () => {
    const db = freshDbName();
    const a = await mountApp(db);
    const b = await mountApp(db);
    const id = await tagThroughUi(a, 'Jan. 11');
    await waitUntil(() => highlightTexts(b)[id], 'b did not get the claim');
    // a sets Incorrect; then, later, b sets Verified.
    deep<HTMLElement>(a, 'fc-claim-list')!.shadowRoot!.querySelector<HTMLElement>(`[data-claim-id="${id}"]`)!.click();
    await a.updateComplete;
    await chooseStatus(a, 'incorrect');
    await a.flush();
    // b's change must be the later one: its clock must have moved on.
    const aChangedAt = Date.now();
    await waitUntil(() => Date.now() > aChangedAt);
    deep<HTMLElement>(b, 'fc-claim-list')!.shadowRoot!.querySelector<HTMLElement>(`[data-claim-id="${id}"]`)!.click();
    await b.updateComplete;
    await chooseStatus(b, 'verified');
    await b.flush();
    await waitUntil(() => highlights(a).find((h) => h.dataset['claimId'] === id)?.dataset['status'] === 'verified', 'a did not take the later change');
    await waitUntil(() => deep(a, '.toast')?.textContent?.includes('overwritten'), 'a was not told');
    expect(highlights(b).find((h) => h.dataset['claimId'] === id)!.dataset['status']).to.equal('verified');
  });
});
