import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { mountApp, tagThroughUi, chooseStatus, shadow, button, pressCombo } from '../helpers/app.js';
import { politeStatusTexts } from '../helpers/ax.js';

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
