import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { mountApp, tagThroughUi, chooseStatus, shadow, button } from '../helpers/app.js';

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
