// Takes a picture of the real app for the docs: builds dist/ (unless
// --no-build), serves it, opens the sample in a fresh profile, lets the
// caller drive it through the UI, and writes the picture with a caret, not
// a selection, and no pointer over the page.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';
import { launch } from './drive.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs `drive(page)` on the ready app (1440 × 900), then writes `docs/<file>`. */
export async function shoot(file, drive) {
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
    await drive(page);
    await page.evaluate(() => document.getSelection()?.collapseToEnd());
    await page.mouse.move(0, 0);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${root}docs/${file}` });
    if (problems.length) console.warn('Console problems:\n' + problems.join('\n'));
    console.log(`docs/${file} written`);
  } finally {
    await browser.close();
    server.close();
  }
}
