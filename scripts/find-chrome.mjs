// Finds a Chromium to drive, in the order the team agreed on: CHROME_PATH,
// a browser installed on the machine, then the one shipped inside the npm
// package @sparticuz/chromium (no download needed, so a fresh clone works
// on a machine that cannot fetch browsers).
import { existsSync } from 'node:fs';

const INSTALLED = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export async function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH points at ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  const installed = INSTALLED.find((p) => existsSync(p));
  if (installed) return installed;
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    return await chromium.executablePath();
  } catch (err) {
    throw new Error('No Chromium found: set CHROME_PATH, install chromium, or run npm install ' + `so that @sparticuz/chromium is present (${err.message})`, { cause: err });
  }
}

/** Flags for headless Chromium on a closed network, possibly as root. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,MediaRouter',
  // Several test pages share one browser: none may be slowed as a background tab.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
