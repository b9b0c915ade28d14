// Makes docs/screenshot.png from the real app: builds and serves dist/,
// opens the sample in a fresh profile, tags a few claims through the UI
// and sets their statuses, then takes the picture.
import { shoot } from './shoot.mjs';
import { selectText } from './drive.mjs';

await shoot('screenshot.png', async (page) => {
  await page.getByLabel('Your name').fill('Dana Reyes');
  await page.getByLabel('Your name').press('Enter');
  const claims = [
    ['$75 million', 'verified', 'DSCA notice 24-12 gives $75 million.'],
    ['Jan. 11', 'verified', ''],
    ['246 Javelin missiles', 'in_progress', 'Asked DSCA press office for the breakdown.'],
    ['24 launch units', 'needs_source', ''],
    ['some 30 Serb militants', 'misleading', 'Police figures say 30; Serbia says fewer.'],
    ['four dead', 'unchecked', ''],
    ['declared independence in 2008', 'verified', ''],
  ];
  for (const [quote, status, note] of claims) {
    await selectText(page, quote);
    await page.getByRole('button', { name: 'Tag claim' }).click();
    if (status !== 'unchecked') await page.getByLabel('Status', { exact: true }).selectOption(status);
    if (note) await page.getByLabel('Note').fill(note);
  }
  await page.locator('.fc-claim[data-claim-id]').first().click();
});
