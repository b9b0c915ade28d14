// Hostile input against the BUILT app: HTML files and pasted HTML full of
// script vectors, HTML typed into notes, source labels, titles and names,
// and files that are not text.
//
// Canaries: every vector calls `__pwn(name)` (a binding exposed to every
// frame), sets `window.__pwned`, or loads a URL containing "canary"; any of
// these, a dialog, a popup or a navigation is a failure. The main runs use
// `bypassCSP: true`, so the app's own sanitising is the only defence (the
// served CSP would otherwise block inline handlers and hide a sanitiser
// bug); the same file and paste are then run again under the CSP, where
// no violation other than those inert parsing reports (inline styles and
// <base> seen by DOMParser: blocked, nothing applied) may occur. A positive control (an <img onerror>
// inserted into the live page by the test) proves the canaries fire, and
// bounds the wait for anything asynchronous the hostile content might do.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { startE2E, openApp, VIEWPORT, tagThroughUI, articleText, articleTitles, readDatabase, selectText } from './helpers.mjs';

let e2e;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

// ---- canaries ------------------------------------------------------------

async function guardedContext({ csp }) {
  const context = await e2e.browser.newContext({ viewport: VIEWPORT, bypassCSP: !csp });
  const hits = [];
  const violations = [];
  await context.exposeBinding('__pwn', ({ frame }, name) => hits.push(`${name} (frame ${frame.url()})`));
  await context.exposeBinding('__fcCspViolation', (_src, v) => violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.__fcCspViolation({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }), true);
  });
  context.on('request', (r) => {
    if (/canary/i.test(r.url())) hits.push(`request ${r.url()}`);
  });
  context.on('page', (p) => p.on('dialog', (d) => (hits.push(`dialog ${d.type()}: ${d.message()}`), d.dismiss().catch(() => {}))));
  return { context, hits, violations };
}

/**
 * How many CSP reports the page has made so far: violations reach the test
 * late (a task in the page, then a binding call), so a marker (an image from
 * another origin, blocked and reported after everything before it) shows
 * when they are all in.
 */
const MARKER = 'https://marker.invalid/fc-';
async function reportsSoFar(page, guard, { csp }) {
  if (!csp) return guard.violations.length;
  const marker = `${MARKER}${guard.violations.length}.png`;
  await page.evaluate((src) => {
    new Image().src = src;
  }, marker);
  await waitFor(() => guard.violations.some((v) => v.blocked === marker), 'the marker’s CSP report');
  return guard.violations.findIndex((v) => v.blocked === marker);
}

/**
 * Waits for a positive control (an onerror handler and an image request
 * the test itself puts in the live page) when the CSP is bypassed; then
 * checks that nothing hostile fired. Under the CSP the control cannot run,
 * so it waits for the control's violation instead.
 */
async function assertNothingRan(page, guard, { csp, parsed = 0 }) {
  const { hits, violations } = guard;
  // Under the CSP, nothing the app does may even try to run script, load a
  // resource, open a frame or submit a form. Parsing hostile HTML in an
  // inert document does make Chromium report the inline styles and <base>
  // it saw (style-src-attr, style-src-elem, base-uri: blocked, nothing
  // applied); those are reported as a diagnostic, not a failure. Chromium
  // 156 (Debian's) also reports every inline event handler it parses, even
  // in an inert document (DOMParser, <template>, createHTMLDocument alike;
  // 147 does not): a script-src-attr report is harmless only among the
  // first `parsed`, the reports made before the article was poked. A
  // handler that reached the live article fails assertInertDom (no on*
  // attribute may be there), and where Chromium reports it when its event
  // fires (147), poke() makes that report come after them, here.
  const INERT_PARSE = ['style-src-attr', 'style-src-elem', 'base-uri'];
  const serious = violations.filter((v, i) => !INERT_PARSE.includes(v.directive) && !(i < parsed && v.directive === 'script-src-attr') && !v.blocked?.startsWith(MARKER));
  assert.deepEqual(serious, [], 'CSP violations that mean something tried to run or load');
  const benign = violations.length;
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.id = 'control';
    div.innerHTML = `<img src="/control-${Math.random()}.png" onerror="__pwn('control')">`;
    document.body.append(div);
  });
  if (csp) await waitFor(() => violations.slice(benign).some((v) => v.directive === 'script-src-attr'), "the control's CSP violation");
  else await waitFor(() => hits.some((h) => h.startsWith('control ')), `the control canary (hits: ${JSON.stringify(hits)})`);
  await page.evaluate(() => document.getElementById('control').remove());

  const others = hits.filter((h) => !h.startsWith('control '));
  assert.deepEqual(others, [], 'hostile code ran or hostile URLs were fetched');
  const pwned = await page.evaluate(() => [
    window.__pwned,
    ...[...Array(window.frames.length).keys()].map((i) => {
      try {
        return window.frames[i].__pwned;
      } catch {
        return 'cross-origin frame';
      }
    }),
  ]);
  assert.deepEqual(
    pwned.filter((v) => v !== undefined),
    [],
    'window.__pwned',
  );
  assert.equal(page.url(), e2e.url, 'the page did not navigate');
  assert.equal(page.context().pages().length, 1, 'no popup opened');
  if (csp) {
    assert.deepEqual(
      violations.slice(benign).map((v) => v.directive),
      ['script-src-attr'],
      "the only other CSP violation is the control's",
    );
    return violations.slice(0, benign).map((v) => v.directive);
  }
  return [];
}

async function waitFor(condition, what, timeout = 30_000) {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Everything the app rendered, in the light DOM and every open shadow root:
 * no element that can run or load anything, no event-handler attribute, no
 * link other than http(s)/mailto, no external resource.
 */
async function assertInertDom(page) {
  const report = await page.evaluate(() => {
    const bad = [];
    const INERT_ONLY = [
      'script',
      'style',
      'iframe',
      'frame',
      'object',
      'embed',
      'svg',
      'math',
      'video',
      'audio',
      'picture',
      'source',
      'template',
      'marquee',
      'base',
      'meta',
      'link',
      'form',
      'input',
      'button',
      'details',
      'noscript',
      'img',
    ];
    const walk = (root, inArticle) => {
      for (const el of root.querySelectorAll('*')) {
        const tag = el.localName;
        if (el.id === 'control' || el.closest('head')) continue;
        const article = inArticle || el.classList.contains('ProseMirror');
        // Inside the article only the schema's elements (and ProseMirror's own separator image) may appear.
        if (article && INERT_ONLY.includes(tag) && !(tag === 'img' && el.classList.contains('ProseMirror-separator') && !el.hasAttribute('src'))) bad.push(`<${tag}> in the article`);
        if (['iframe', 'frame', 'object', 'embed', 'script'].includes(tag)) bad.push(`<${tag}>`);
        if ((tag === 'img' || tag === 'source') && (el.hasAttribute('src') || el.hasAttribute('srcset'))) bad.push(`<${tag} src=${el.getAttribute('src')}>`);
        for (const a of el.attributes) {
          if (/^on/i.test(a.name)) bad.push(`<${tag} ${a.name}>`);
          if (/^\s*(javascript|data|vbscript):/i.test(a.value) && /href|src|action|data/i.test(a.name)) bad.push(`<${tag} ${a.name}=${a.value}>`);
          if (a.name === 'style' && /url\(|expression/i.test(a.value)) bad.push(`<${tag} style=${a.value}>`);
        }
        if (tag === 'a' && el.hasAttribute('href') && el.getAttribute('href') !== '#') {
          const url = new URL(el.getAttribute('href'), document.baseURI);
          if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) bad.push(`<a href=${el.getAttribute('href')}>`);
          if (el.rel !== 'noopener noreferrer') bad.push(`<a href=${el.getAttribute('href')} rel=${el.rel}>`);
        }
        if (el.shadowRoot) walk(el.shadowRoot, article);
      }
    };
    walk(document, false);
    return { bad, frames: window.frames.length };
  });
  assert.deepEqual(report.bad, [], 'dangerous markup in the rendered app');
  assert.equal(report.frames, 0, 'frames in the page');
}

// ---- the hostile HTML --------------------------------------------------------

const HOSTILE_HEAD = `
<meta http-equiv="refresh" content="0; url=javascript:__pwn('meta-refresh')">
<base href="javascript:__pwn('base')//">
<link rel="stylesheet" href="/canary/link-stylesheet.css">
<link rel="import" href="/canary/link-import.html">
<style>@import url('/canary/style-import.css'); body { background: url('/canary/style-bg.png'); width: expression(__pwn('css-expression')); }</style>
<script>__pwn('head-script'); window.__pwned = 1;</script>`;

const HOSTILE_BODY = `
<h1 onmouseover="__pwn('h1-onmouseover')">Hostile page</h1>
<p>Alpha paragraph stays.<script>__pwn('inline-script'); window.__pwned = 1;</script></p>
<p>Bravo image <img src="/canary/img.png" onerror="__pwn('img-onerror'); window.__pwned = 1" alt="x"> words.</p>
<p>Charlie <a href="javascript:__pwn('js-link')">javascript link</a>, <a href="JaVaScRiPt:__pwn('js-link-case')">mixed case</a>, <a href=" javascript:__pwn('js-link-space')">spaced</a>, <a href="jav&#x09;ascript:__pwn('js-link-tab')">tabbed</a> words.</p>
<p>Delta <iframe srcdoc="<script>parent.__pwn('iframe-srcdoc')</script>"></iframe><iframe src="/canary/iframe.html"></iframe> words.</p>
<p>Echo <object data="/canary/object.html"></object><embed src="/canary/embed.swf"> words.</p>
<p>Foxtrot <svg><script>__pwn('svg-script')</script></svg><svg onload="__pwn('svg-onload')"><circle r="1"/></svg><svg><a xlink:href="javascript:__pwn('svg-link')"><text>svg text</text></a></svg> words.</p>
<p>Golf <a href="data:text/html,&lt;script&gt;parent.__pwn('data-link')&lt;/script&gt;">data link</a> words.</p>
<p onclick="__pwn('p-onclick')" onmouseover="__pwn('p-onmouseover')" onfocus="__pwn('p-onfocus')" tabindex="0" autofocus style="background:url('/canary/inline-style.png')">Hotel handlers paragraph.</p>
<details open ontoggle="__pwn('details-ontoggle')"><summary>India summary</summary>India details.</details>
<p>Juliet <input autofocus onfocus="__pwn('input-onfocus')"> <video src="/canary/v.mp4" onerror="__pwn('video-onerror')"></video><audio src="/canary/a.mp3" onerror="__pwn('audio-onerror')"></audio> words.</p>
<form action="javascript:__pwn('form-action')"><button formaction="javascript:__pwn('formaction')">Kilo button</button></form>
<p>Lima <math><mtext><table><mglyph><style><img src="/canary/mxss.png" onerror="__pwn('mxss-math')"></style></mglyph></table></mtext></math> words.</p>
<noscript><p title="</noscript><img src='/canary/noscript.png' onerror=__pwn('mxss-noscript')>">Mike</p></noscript>
<p>November <template><img src="/canary/template.png" onerror="__pwn('template')"></template> words.</p>
<p>Oscar <marquee onstart="__pwn('marquee')">moving</marquee> words.</p>
<p>Papa <a href="https://example.com/safe" onclick="__pwn('a-onclick')" target="_self">safe link</a> words.</p>
<p>Quebec <img srcset="/canary/srcset.png 1x"><picture><source srcset="/canary/picture.png"></picture> words.</p>
<p>Romeo <a href="vbscript:msgbox(1)">vb link</a> <a href="//example.org/x">protocol-relative</a> words.</p>
<p>Sierra <b onmouseover="__pwn('b-onmouseover')">bold</b> and <i style="x:expression(__pwn('i-expression'))">italic</i> words.</p>`;

const HOSTILE_FILE = `<!doctype html><html><head><title>Hostile page</title>${HOSTILE_HEAD}</head><body onload="__pwn('body-onload')">${HOSTILE_BODY}</body></html>`;

const SAFE_TEXT = [
  'Alpha paragraph stays.',
  'Bravo image',
  'Charlie javascript link, mixed case, spaced, tabbed words.',
  'Delta',
  'Echo',
  'Foxtrot',
  'Golf data link words.',
  'Hotel handlers paragraph.',
  'Papa safe link words.',
  'Sierra bold and italic words.',
];
const NEVER_IN_TEXT = ['__pwn', '__pwned', 'expression(', '@import', 'parent.', 'onerror', 'onload', 'msgbox'];

function assertSafeText(text) {
  for (const words of SAFE_TEXT) assert.ok(text.includes(words), `the article kept "${words}"; text: ${JSON.stringify(text)}`);
  for (const code of NEVER_IN_TEXT) assert.ok(!text.includes(code), `"${code}" (script or style source) is not article text`);
}

/**
 * Fires, on every element of the article, the events whose handlers the
 * hostile HTML carried (had an attribute survived, it would run now), and
 * moves the real mouse over the article. Anchors are not clicked: a click
 * on a surviving safe link would open it, which is not a failure.
 */
async function poke(page) {
  await page.evaluate(() => {
    const root = document.querySelector('factcheck-app').shadowRoot.querySelector('fc-editor').shadowRoot.querySelector('.ProseMirror');
    for (const el of root.querySelectorAll('*')) {
      for (const type of ['mouseover', 'mouseenter', 'mousemove', 'focus', 'focusin', 'toggle', 'load', 'error', 'start']) {
        el.dispatchEvent(new Event(type, { bubbles: type !== 'mouseenter' && type !== 'focus' }));
      }
      if (el.localName !== 'a' && !el.closest('a')) el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }
  });
  const box = await page.locator('fc-editor .ProseMirror').boundingBox();
  for (let y = box.y + 5; y < Math.min(box.y + box.height, 880); y += 20) await page.mouse.move(box.x + box.width / 2, y);
}

const currentTitle = (page) => page.evaluate(() => document.querySelector('factcheck-app').shadowRoot.querySelector('fc-header').shadowRoot.querySelector('.doc-title').textContent.trim());

async function openFile(page, name, buffer, mimeType) {
  await page.locator('factcheck-app').locator('#open-file').setInputFiles({ name, mimeType, buffer });
}

// ---- files and paste ---------------------------------------------------------

for (const csp of [false, true]) {
  const mode = csp ? 'under the CSP' : 'with the CSP bypassed (the app alone)';

  test(`an HTML file full of script vectors opened with "Open file…" runs nothing and keeps its words, ${mode}`, async (t) => {
    const guard = await guardedContext({ csp });
    try {
      const page = await openApp(guard.context, e2e.url);
      await openFile(page, 'hostile.html', Buffer.from(HOSTILE_FILE), 'text/html');
      await page.waitForFunction(() => document.querySelector('factcheck-app').shadowRoot.querySelector('fc-header').shadowRoot.querySelector('.doc-title').textContent.trim() === 'Hostile page');
      assertSafeText(await articleText(page));
      const parsed = await reportsSoFar(page, guard, { csp });
      await poke(page);
      await assertInertDom(page);
      const parseReports = await assertNothingRan(page, guard, { csp, parsed });
      if (parseReports.length) t.diagnostic(`CSP reports from parsing the file (blocked, harmless): ${parseReports.join(', ')}`);
      // The Papa link survives as a safe link; the others are gone.
      const links = await page.locator('fc-editor .ProseMirror a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href'), a.rel, a.target]));
      assert.deepEqual(links, [
        ['safe link', 'https://example.com/safe', 'noopener noreferrer', '_blank'],
        ['protocol-relative', 'https://example.org/x', 'noopener noreferrer', '_blank'],
      ]);
      // It was saved as text: the stored document holds nothing executable either.
      const db = await readDatabase(page);
      const row = db.articles.find((a) => a.title === 'Hostile page');
      assert.ok(row, 'the article was saved');
      for (const code of NEVER_IN_TEXT) assert.ok(!JSON.stringify(row).includes(code), `"${code}" is not in the stored article`);
    } finally {
      await guard.context.close();
    }
  });

  test(`hostile HTML pasted into the article runs nothing and keeps its words, ${mode}`, async (t) => {
    const guard = await guardedContext({ csp });
    try {
      const page = await openApp(guard.context, e2e.url);
      const before = await articleText(page);
      await selectText(page, 'Most Read from Bloomberg');
      const handled = await page.evaluate((html) => {
        const view = document.querySelector('factcheck-app').shadowRoot.querySelector('fc-editor').editorView;
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', 'plain fallback that must not be used');
        const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
        view.dom.dispatchEvent(event);
        return event.defaultPrevented;
      }, `<meta charset="utf-8">${HOSTILE_HEAD}${HOSTILE_BODY}`);
      assert.ok(handled, 'the editor handled the paste');
      const text = await articleText(page);
      assert.notEqual(text, before, 'the paste changed the article');
      const count = (t) => t.split('Most Read from Bloomberg').length - 1;
      assert.equal(count(text), count(before) - 1, 'the selection was replaced');
      assert.ok(!text.includes('plain fallback'), 'the HTML flavour was used');
      assertSafeText(text);
      const parsed = await reportsSoFar(page, guard, { csp });
      await poke(page);
      await assertInertDom(page);
      const parseReports = await assertNothingRan(page, guard, { csp, parsed });
      if (parseReports.length) t.diagnostic(`CSP reports from parsing the paste (blocked, harmless): ${parseReports.join(', ')}`);
    } finally {
      await guard.context.close();
    }
  });
}

// ---- text the user types is shown as text --------------------------------------

const IMG = (name) => `<img src=/canary/${name}.png onerror=__pwn('${name}')>`;

test('notes, source labels, reviewer names, titles and file names are shown as text, not HTML', async () => {
  const guard = await guardedContext({ csp: false });
  try {
    const page = await openApp(guard.context, e2e.url);
    const app = page.locator('factcheck-app');

    await page.getByLabel('Your name').fill(IMG('reviewer'));
    await page.getByLabel('Your name').press('Enter');

    await tagThroughUI(page, '$75 million');
    await page.getByLabel('Status', { exact: true }).selectOption('verified');
    const note = `${IMG('note')}<b>bold</b><script>__pwn('note-script')</script>`;
    await page.getByLabel('Note', { exact: true }).fill(note);

    const label = `${IMG('label')}<svg onload=__pwn('label-svg')>`;
    await page.getByLabel('Source URL').fill('https://example.com/dsca?q=<img src=x onerror=__pwn(1)>');
    await page.getByLabel('Source label (optional)').fill(label);
    await page.getByRole('button', { name: 'Add source' }).click();
    const link = page.locator('fc-claim-sources ul a');
    await link.waitFor();
    assert.equal(await link.textContent(), label, 'the label is shown literally');
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.match(await link.getAttribute('href'), /^https:\/\/example\.com\/dsca\?q=/);

    // Sources other than http(s) are refused with an inline message, and not added.
    for (const url of ["javascript:__pwn('source')", " JAVASCRIPT:__pwn('source-case')", "data:text/html,<script>__pwn('source-data')</script>", 'vbscript:msgbox(1)']) {
      await page.getByLabel('Source URL').fill(url);
      await page.getByRole('button', { name: 'Add source' }).click();
      await page
        .locator('fc-claim-sources #source-error')
        .filter({ hasText: `“${url.trim()}” is not a web address` })
        .waitFor();
      assert.equal(await page.locator('fc-claim-sources ul a').count(), 1, `${url} was not added`);
    }

    // The panel's note, the sidebar's note, the history's reviewer: text.
    assert.equal(await page.getByLabel('Note', { exact: true }).inputValue(), note);
    await page.locator('fc-claim-list .note').filter({ hasText: '<img src=/canary/note.png' }).waitFor();
    await page.locator('fc-claim-panel details summary').click();
    await page
      .locator('fc-claim-panel ol.history')
      .filter({ hasText: IMG('reviewer') })
      .first()
      .waitFor();

    // A title that is HTML, from an HTML file's <title> and from a text file's first line.
    await openFile(page, 'title.html', Buffer.from(`<html><head><title>${IMG('title')}</title></head><body><p>Body words.</p></body></html>`), 'text/html');
    await app
      .locator('.doc-title')
      .filter({ hasText: IMG('title') })
      .waitFor();
    await openFile(page, 'title.txt', Buffer.from(`${IMG('title-txt')}\n\nBody words.`), 'text/plain');
    await app
      .locator('.doc-title')
      .filter({ hasText: IMG('title-txt') })
      .waitFor();
    assert.ok((await articleText(page)).startsWith(IMG('title-txt')), 'the first line is article text, literally');
    const titles = await articleTitles(page);
    assert.ok(titles.includes(IMG('title')) && titles.includes(IMG('title-txt')), JSON.stringify(titles));

    // Rename to HTML in the Articles list.
    await page.getByRole('button', { name: `Rename ${IMG('title-txt')}` }).click();
    await page.getByLabel(`New title for ${IMG('title-txt')}`).fill(`<svg onload=__pwn('rename')>`);
    await page.getByLabel(`New title for ${IMG('title-txt')}`).press('Enter');
    await page.getByRole('button', { name: `Open <svg onload=__pwn('rename')>` }).waitFor();

    // A refused file whose name is HTML: the banner names it as text.
    const name = `<img src=canary-filename.png onerror=__pwn('filename')>.png`;
    await openFile(page, name, png(), 'image/png');
    await app.locator('.banner.error').filter({ hasText: name }).waitFor();

    // Export JSON of an article whose title is HTML: the download happens, its announcement is text.
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);

    await assertInertDom(page);
    const made = await page.evaluate(() => {
      const found = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (['img', 'svg', 'b', 'script'].includes(el.localName) && !el.classList.contains('ProseMirror-separator')) found.push(el.outerHTML);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document.body);
      return found;
    });
    assert.deepEqual(made, [], 'no <img>, <svg>, <b> or <script> element came from typed text');
    await assertNothingRan(page, guard, { csp: false });
  } finally {
    await guard.context.close();
  }
});

// ---- files that are not text -------------------------------------------------------

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A real 2×2 RGB PNG. */
function png() {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const rows = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** A real ZIP archive with one stored file. */
function zip(name = 'article.txt', content = 'Kosovo to Deploy New US Anti-Tank Weapons\n\nText.') {
  const data = Buffer.from(content);
  const file = Buffer.from(name);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0, 6);
  local.writeUInt16LE(0, 8); // stored
  local.writeUInt16LE(0, 10);
  local.writeUInt16LE(0x21, 12);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(file.length, 26);
  local.writeUInt16LE(0, 28);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0, 8);
  central.writeUInt16LE(0, 10);
  central.writeUInt16LE(0, 12);
  central.writeUInt16LE(0x21, 14);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(file.length, 28);
  central.writeUInt32LE(0, 42); // offset of the local header
  const cdOffset = local.length + file.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + file.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, file, data, central, file, end]);
}

test('files that are not text are refused with a clear message, and no article is created', async () => {
  const guard = await guardedContext({ csp: true });
  try {
    const page = await openApp(guard.context, e2e.url);
    const app = page.locator('factcheck-app');
    // The PNG is a real image: Chromium decodes it.
    const size = await page.evaluate(
      async (bytes) => {
        const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
        return [bitmap.width, bitmap.height];
      },
      [...png()],
    );
    assert.deepEqual(size, [2, 2]);

    const titlesBefore = await articleTitles(page);
    const openBefore = await currentTitle(page);
    const dbBefore = await readDatabase(page);
    const cases = [
      { input: '#open-file', name: 'photo.png', mime: 'image/png', bytes: png(), expect: /"photo\.png" is a PNG image, not a text file/ },
      { input: '#open-file', name: 'article.txt', mime: 'text/plain', bytes: zip(), expect: /"article\.txt" is a ZIP archive/ },
      {
        input: '#open-file',
        name: 'cafe.txt',
        mime: 'text/plain',
        bytes: Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait\n\nA paragraph in Windows-1252.')]),
        expect: /"cafe\.txt" is not valid UTF-8 text \(byte 0xE9 at offset 3\)/,
      },
      { input: '#open-file', name: 'pretend.html', mime: 'text/html', bytes: png(), expect: /"pretend\.html" is a PNG image/ },
      { input: '#import-file', name: 'export.factcheck.json', mime: 'application/json', bytes: zip(), expect: /"export\.factcheck\.json" is a ZIP archive/ },
    ];
    for (const c of cases) {
      if (await app.locator('.banner.error').count()) await page.getByRole('button', { name: 'Dismiss message' }).click();
      await app.locator('.banner.error').waitFor({ state: 'detached' });
      await app.locator(c.input).setInputFiles({ name: c.name, mimeType: c.mime, buffer: c.bytes });
      const banner = app.locator('.banner.error');
      await banner.waitFor();
      const message = (await banner.textContent()).replace(/\s+/g, ' ').trim();
      assert.match(message, c.expect, `the banner for ${c.name}`);
      assert.match(message, /was not opened/, `the banner for ${c.name} says it was not opened`);
      assert.equal(await banner.getAttribute('role'), 'alert');
      assert.deepEqual(await articleTitles(page), titlesBefore, `no article was created by ${c.name}`);
      assert.equal(await currentTitle(page), openBefore, `the open article is unchanged after ${c.name}`);
    }
    const dbAfter = await readDatabase(page);
    assert.equal(dbAfter.articles.length, dbBefore.articles.length, 'no article was written to IndexedDB');
    assert.deepEqual(guard.violations, []);
  } finally {
    await guard.context.close();
  }
});
