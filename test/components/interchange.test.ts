import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import type { FactcheckApp } from '../../components/factcheck-app.js';
import { parseCSV } from '../../src/formats/csv.js';
import type { W3CAnnotation } from '../../src/formats/w3c.js';
import { claimsOf, updateClaim } from '../../src/claims/index.js';
import { mountApp, freshDbName, shadow, highlightTexts, tagThroughUi, chooseStatus, button, panel, readStore, editorOf, deep } from '../helpers/app.js';

async function checkedApp(): Promise<FactcheckApp> {
  const app = await mountApp();
  await tagThroughUi(app, '$75 million');
  await chooseStatus(app, 'verified');
  await tagThroughUi(app, '246 Javelin missiles');
  await chooseStatus(app, 'misleading');
  await tagThroughUi(app, '24 launch units');
  return app;
}

/** ClaimReview publishes only claims with a claimant; the panel's field for it is still to come, so the editor is told directly. */
function giveClaimants(app: FactcheckApp): void {
  const view = editorOf(app).editorView!;
  for (const id of claimsOf(view.state).records.keys()) updateClaim(id, { claimant: 'Ejup Maqedonci' })(view.state, view.dispatch);
}

describe('interchange in the app', () => {
  it('round-trips through a fresh database: export, import, export again are equal but for exportedAt', async () => {
    const app = await checkedApp();
    const first = app.exportJSON();
    const other = await mountApp(freshDbName());
    await other.importJSON(JSON.stringify(first));
    const second = other.exportJSON();
    const { exportedAt: _a, ...a } = first;
    const { exportedAt: _b, ...b } = second;
    expect(b).to.deep.equal(a);
  });

  it('exports W3C annotations with both selectors for every claim', async () => {
    const app = await checkedApp();
    const w3c = app.exportW3C();
    const items = w3c.first!.items;
    expect(w3c.type).to.equal('AnnotationCollection');
    expect(items).to.have.length(3);
    const claims = app.exportJSON().claims;
    items.forEach((item, i) => {
      expect(item.motivation).to.equal('assessing');
      const selectors = (item as W3CAnnotation).target.selector;
      expect(selectors.find((s) => s.type === 'TextQuoteSelector')).to.deep.include({ exact: claims[i]!.quote });
      expect(selectors.find((s) => s.type === 'TextPositionSelector')).to.deep.include({ start: claims[i]!.start, end: claims[i]!.end });
    });
  });

  it('exports ClaimReview only for claims with a verdict, with the rating mapping', async () => {
    const app = await checkedApp();
    giveClaimants(app);
    const reviews = app.exportClaimReview();
    expect(reviews.map((r) => r.reviewRating.alternateName)).to.deep.equal(['Verified', 'Misleading']);
    expect(reviews.map((r) => r.reviewRating.ratingValue)).to.deep.equal([5, 2]);
    for (const r of reviews) expect(r.claimReviewed.length).to.be.at.most(75);
  });

  it('exports CSV that parses back to the claims', async () => {
    const app = await checkedApp();
    const rows = parseCSV(app.exportCSV());
    const header = rows[0]!;
    const quote = header.indexOf('quote');
    expect(rows.slice(1).map((r) => r[quote])).to.deep.equal(['$75 million', '246 Javelin missiles', '24 launch units']);
  });

  it('imports a Hypothesis-style annotation into the open article, anchored by its quote', async () => {
    const app = await mountApp();
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://hypothes.is/a/abc123',
      type: 'Annotation',
      motivation: 'assessing',
      body: [
        { type: 'TextualBody', purpose: 'assessing', value: 'verified' },
        { type: 'TextualBody', purpose: 'commenting', value: 'Matches the DSCA notice.' },
      ],
      target: {
        source: 'https://example.org/kosovo',
        selector: [{ type: 'TextQuoteSelector', exact: 'Jan. 11', prefix: 'million purchase on ', suffix: '. The deal also' }],
      },
    };
    const summary = await app.importW3C(annotation);
    expect(summary.exact).to.equal(1);
    const [id, text] = Object.entries(highlightTexts(app))[0]!;
    expect(text).to.equal('Jan. 11');
    const claim = app.claims.find((c) => c.id === id)!;
    expect([claim.status, claim.note]).to.deep.equal(['verified', 'Matches the DSCA notice.']);
    let refused = '';
    await app.importW3C({ type: 'Annotation' }).catch((e: Error) => (refused = e.message));
    expect(refused).to.match(/cannot be imported/);
  });

  it('offers Merge or a new article when the imported article exists, and merges both sides’ claims', async () => {
    const dbName = freshDbName();
    const app = await mountApp(dbName);
    const here = await tagThroughUi(app, '$75 million');
    const theirs = app.exportJSON();
    // The other checker's copy: a claim of their own, and our claim verified later.
    const later = new Date(Date.now() + 60_000).toISOString();
    theirs.claims = [{ ...theirs.claims[0]!, status: 'verified', updatedAt: later, history: [...theirs.claims[0]!.history, { status: 'verified', from: 'unchecked', at: later, by: 'Bo' }] }];
    await app.importJSON(theirs, { onExisting: 'merge' });
    await waitUntil(() => deep(app, '.banner.notice'), 'no merge summary');
    expect(deep(app, '.banner.notice')!.textContent).to.contain('Merged into');
    expect(app.claims.find((c) => c.id === here)!.status).to.equal('verified');
    const articles = await readStore(dbName, 'articles');
    expect(articles).to.have.length(1);
  });

  it('shows the "Claim as reviewed" field for verdicts, defaulting to the sentence', async () => {
    const app = await mountApp();
    await tagThroughUi(app, '24 launch units');
    await chooseStatus(app, 'verified');
    const input = panel(app)!.shadowRoot!.querySelector<HTMLInputElement>('#claim-reviewed')!;
    expect(input.placeholder).to.contain('24 launch units');
    expect(input.placeholder.length).to.be.at.most(75);
    // Words typed into the sentence, before the claim: the default follows them.
    const view = editorOf(app).editorView!;
    let at = -1;
    view.state.doc.descendants((node, pos) => {
      if (at < 0 && node.isText && node.text!.includes('24 launch units')) at = pos + node.text!.indexOf('24 launch units');
    });
    view.dispatch(view.state.tr.insertText('about ', at));
    await app.updateComplete;
    await panel(app)!.updateComplete;
    expect(input.placeholder).to.contain('about 24 launch units');
    input.value = 'Kosovo is buying 24 Javelin launch units';
    input.dispatchEvent(new Event('change'));
    await app.updateComplete;
    giveClaimants(app);
    expect(app.exportClaimReview()[0]!.claimReviewed).to.equal('Kosovo is buying 24 Javelin launch units');
    expect(button(shadow(app), 'More exports ▾')).to.exist;
  });
});
