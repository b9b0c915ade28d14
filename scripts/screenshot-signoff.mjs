// Makes docs/signoff.png from the real app: builds and serves dist/, opens
// the sample in a fresh profile, checks its claims through the UI the way a
// desk does (claimants, sources, a query answered, a second check by
// another checker, a correction in copy), signs the article off as the
// editor, and takes the picture of the signed-off state.
import { shoot } from './shoot.mjs';
import { selectText } from './drive.mjs';

await shoot('signoff.png', async (page) => {
  page.setDefaultTimeout(10_000);
  const as = async (name) => {
    await page.getByLabel('Your name').fill(name);
    await page.getByLabel('Your name').press('Enter');
  };
  const field = (label) => page.getByLabel(label, { exact: true });
  const commit = async (label, value) => {
    await field(label).fill(value);
    await field(label).press('Tab');
  };
  await as('Dana Reyes');
  const claims = [
    { quote: '$75 million', status: 'verified', claimant: 'Defense Security Cooperation Agency', source: ['https://www.dsca.mil/press-media/major-arms-sales', 'DSCA notice'] },
    { quote: 'Jan. 11', status: 'verified', claimant: 'Defense Security Cooperation Agency', source: ['https://www.dsca.mil/press-media/major-arms-sales', 'DSCA notice'] },
    {
      quote: '246 Javelin missiles',
      status: 'verified',
      claimant: 'Ejup Maqedonci',
      source: ['https://www.dsca.mil/press-media/major-arms-sales', 'DSCA notice'],
      query: ['Lee Writer', 'Is 246 the final count?', 'Yes: 246, per the DSCA notice.'],
    },
    {
      quote: 'some 30 Serb militants',
      status: 'misleading',
      claimant: 'Kosovo Police',
      source: ['https://www.kosovopolice.com/en/', 'Kosovo Police statement'],
      fix: 'about 30 armed men, police said',
    },
    { quote: 'four dead', status: 'corrected', fix: 'four people died' },
    { quote: 'declared independence in 2008', status: 'unverifiable', note: 'Recognition is disputed; the date itself is not.' },
  ];
  for (const c of claims) {
    await selectText(page, c.quote);
    await page.getByRole('button', { name: 'Tag claim' }).click();
    await field('Status').selectOption(c.status);
    if (c.claimant) await commit('Claimant', c.claimant);
    if (c.note) await field('Note').fill(c.note);
    if (c.fix) await field('Suggested wording').fill(c.fix);
    if (c.source) {
      await field('Source URL').fill(c.source[0]);
      await field('Source label (optional)').fill(c.source[1]);
      await page.getByRole('button', { name: 'Add source' }).click();
    }
    if (c.query) {
      await page.getByRole('button', { name: 'Ask the writer' }).click();
      await field('To').fill(c.query[0]);
      await field('Question').fill(c.query[1]);
      await page.getByRole('button', { name: 'Add query' }).click();
      await page.getByRole('button', { name: 'Answer', exact: true }).click();
      await field('Answer').fill(c.query[2]);
      await page.getByRole('button', { name: 'Save answer' }).click();
    }
  }
  // The second checker confirms the Misleading verdict.
  await as('Bo Kastrati');
  await page.locator('.fc-claim[data-claim-id]', { hasText: 'some 30' }).first().click();
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  // The editor signs off.
  await as('Eda Editor');
  await page.getByRole('button', { name: 'Sign off' }).click();
  await page.locator('fc-toast').getByText('Signed off by Eda Editor.').waitFor();
  await page.locator('fc-toast').getByRole('button', { name: 'Dismiss' }).click();
  await page.locator('.fc-claim[data-claim-id]', { hasText: 'some 30' }).first().click();
});
