// Makes docs/screenshot.png from the real app: builds and serves dist/,
// opens the sample in a fresh profile, tags a few claims through the UI
// and sets their statuses, then takes the picture.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';
import { launch, selectText } from './drive.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!process.argv.includes('--no-build')) execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
const server = await serve(`${root}dist/`, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  await page.evaluate(() => document.querySelector('factcheck-app').ready);
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
  // A caret, not a selection, in the picture.
  await page.evaluate(() => document.getSelection()?.collapseToEnd());
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${root}docs/screenshot.png` });
  if (problems.length) console.warn('Console problems:\n' + problems.join('\n'));
  console.log('docs/screenshot.png written');
} finally {
  await browser.close();
  server.close();
}
