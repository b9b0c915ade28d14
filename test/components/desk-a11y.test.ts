import { expect, waitUntil } from '@open-wc/testing';
import { mountApp, button, deep, sidebarList } from '../helpers/app.js';
import { settle, setReviewer, tagAs, askWriter, typeInto } from '../helpers/desk.js';

describe('accessibility of the desk (axe)', () => {
  it('has no axe violations with queries, a second check, several entries chosen and the sign-off’s blockers shown', async () => {
    const app = await mountApp();
    await setReviewer(app, 'Ana');
    const first = await tagAs(app, 'some 30 Serb militants', 'misleading');
    await askWriter(app, 'Lee Writer', 'Which statement?');
    await tagAs(app, '$75 million', 'verified');
    // Ctrl+click adds the first claim to the open one.
    sidebarList(app)
      .shadowRoot!.querySelector<HTMLElement>(`[data-claim-id="${first}"]`)!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, ctrlKey: true }));
    await settle(app);
    expect(deep(sidebarList(app), 'fc-bulk-actions')).not.to.equal(null);
    button(deep(app, 'fc-toolbar')!, 'Sign off').click();
    await waitUntil(() => deep(app, 'fc-sign-off-list'), 'no list of blockers');
    await settle(app);
    await expect(app).to.be.accessible();
  });

  it('has no axe violations in Publishing settings with the status form open', async () => {
    const app = await mountApp();
    const settings = deep(app, 'fc-publishing-settings')!;
    settings.shadowRoot!.querySelector('details')!.open = true;
    await settle(app);
    button(deep(app, 'fc-status-editor')!, 'Add a status').click();
    await settle(app);
    await typeInto(deep<HTMLInputElement>(deep(app, 'fc-status-editor')!, 'input[name="label"]')!, 'Disputed', false);
    await settle(app);
    await expect(app).to.be.accessible();
  });
});
