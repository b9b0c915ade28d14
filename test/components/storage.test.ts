import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { mountApp, freshDbName, tagThroughUi, chooseStatus, readStore, openDatabase, highlightTexts, editorOf, panel, deep, sidebarList } from '../helpers/app.js';
import { selectClaim } from '../../src/claims/commands.js';
import type { FactcheckApp } from '../../components/factcheck-app.js';

describe('storage, backup and large input', () => {
  it('backs up every article and restores it into an empty database, merging into one that has it', async () => {
    const a = await mountApp();
    const id = await tagThroughUi(a, '$75 million');
    await chooseStatus(a, 'verified');
    await a.createArticle('text', 'Second article\n\nIt has 12 percent more.');
    const backup = await a.backup();
    expect(backup.format).to.equal('factcheck-backup');
    expect(backup.articles).to.have.length(2);

    const emptyDb = freshDbName();
    const b = await mountApp(emptyDb);
    const result = await b.restore(JSON.stringify(backup));
    expect(result).to.deep.equal({ added: 2, merged: 0 });
    const claims = await readStore<{ id: string; status: string }>(emptyDb, 'claims');
    expect(claims.find((c) => c.id === id)!.status).to.equal('verified');
    // Restoring again merges: nothing is duplicated.
    expect(await b.restore(backup)).to.deep.equal({ added: 0, merged: 2 });
    expect((await readStore(emptyDb, 'claims')).length).to.equal(claims.length);
  });

  it('refuses a broken backup with the place of each problem, and writes nothing', async () => {
    const dbName = freshDbName();
    const a = await mountApp(dbName);
    await tagThroughUi(a, 'Jan. 11');
    const backup = await a.backup();
    (backup.articles[0]!.claims[0] as { end: number }).end = 1e9;
    await a.flush();
    const before = await readStore(dbName, 'claims');
    let message = '';
    await a.restore(backup).catch((e: Error) => (message = e.message));
    expect(message).to.match(/articles\[0\]\.claims\[0\]\.end/);
    expect(await readStore(dbName, 'claims')).to.deep.equal(before);
  });

  it('shows how much storage is used and offers backup and restore', async () => {
    const app = await mountApp();
    const panel = () => deep(app, 'fc-storage-panel')!.shadowRoot!;
    await waitUntil(() => panel().querySelector('.storage-line')?.textContent?.includes('Using'), 'no storage estimate');
    const buttons = [...panel().querySelectorAll('button')].map((b) => b.textContent.trim());
    expect(buttons).to.include.members(['Back up everything', 'Restore…']);
  });

  it('opens a 10,000-claim import and draws the sidebar list a page at a time', async function () {
    // Not a timing test (that is npm run bench): just room for a slow CI machine.
    this.timeout(300_000);
    const paragraphs: string[] = ['Big article'];
    for (let i = 0; i < 2500; i++) paragraphs.push(`Paragraph ${i} says 12 units cost $4 million in 2020 and 7 percent more.`);
    const text = paragraphs.join('\n\n');
    const chars = text.split('');
    const claims = [];
    let from = 0;
    for (let i = 0; claims.length < 10_000; i++) {
      for (const word of ['12 units', '$4 million', '2020', '7 percent']) {
        const at = text.indexOf(word, from);
        // ASCII text: code points are UTF-16 units.
        const start = at;
        const end = start + word.length;
        claims.push({
          id: crypto.randomUUID(),
          quote: word,
          prefix: chars.slice(Math.max(0, start - 32), start).join(''),
          suffix: chars.slice(end, end + 32).join(''),
          start,
          end,
          status: 'unchecked',
          note: '',
          sources: [],
          reviewer: '',
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
          history: [],
          changed: false,
          orphaned: false,
        });
        from = at + word.length;
      }
    }
    const app: FactcheckApp = await mountApp();
    const t0 = performance.now();
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const label = deep(app, '.banner.busy')?.textContent?.trim();
      if (label && !seen.includes(label)) seen.push(label);
    });
    // The progress is drawn by the message area, an element of its own.
    observer.observe(deep(app, 'fc-messages')!.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await app.importJSON({ format: 'factcheck-annotations', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', article: { id: crypto.randomUUID(), title: 'Big article', text }, claims });
    observer.disconnect();
    console.log(`10,000-claim import: ${Math.round(performance.now() - t0)} ms`);
    expect(seen.some((s) => s.startsWith('Saving 10,000 claims'))).to.equal(true);
    expect(Object.keys(highlightTexts(app)).length).to.equal(10_000);
    const list = sidebarList(app);
    await list.updateComplete;
    const root = list.shadowRoot!;
    const drawn = () => [...root.querySelectorAll<HTMLElement>('[role="option"]')];
    const buttons = () => [...root.querySelectorAll('button.more')].map((b) => b.textContent.trim().replace(/\s+/g, ' '));
    expect(drawn().length).to.equal(50);
    expect(buttons()).to.deep.equal(['Show 50 more of 9950']);
    // Opening a claim far down (as a click on its highlight does) draws the rows around it, not the 5,000 before it.
    const target = claims[5000]!.id;
    expect(editorOf(app).run(selectClaim(target))).to.equal(true);
    await waitUntil(() => drawn().some((o) => o.dataset['claimId'] === target), 'the opened claim is not in the sidebar');
    expect(drawn().length).to.equal(50);
    expect(buttons()).to.deep.equal(['Show 50 earlier of 4975', 'Show 50 more of 4975']);
    const row = root.getElementById(`claim-${target}`)!;
    expect([row.getAttribute('aria-posinset'), row.getAttribute('aria-setsize'), row.getAttribute('aria-selected')]).to.deep.equal(['5001', '10000', 'true']);
    // The arrow keys go past the last drawn row: the window follows, and focus lands on the next claim.
    const last = drawn().at(-1)!;
    last.focus();
    await sendKeys({ press: 'ArrowDown' });
    const next = claims[5025]!.id;
    await waitUntil(() => root.activeElement?.id === `claim-${next}`, 'focus did not move to the next claim');
    expect(panel(app)!.record!.id).to.equal(next);
    // "Show earlier" draws the rows before the window, and the ones drawn stay.
    (root.querySelector('button.more') as HTMLButtonElement).click();
    await list.updateComplete;
    expect(drawn().length).to.equal(100);
    expect([drawn()[0]!.dataset['claimId'], drawn()[0]!.getAttribute('aria-posinset')]).to.deep.equal([claims[4950]!.id, '4951']);
    expect(drawn().some((o) => o.dataset['claimId'] === next)).to.equal(true);
  });

  it('opens a 5 MB article', async function () {
    this.timeout(300_000);
    const para = 'The ministry said 246 missiles and 24 launch units were approved on Jan. 11, officials said. ';
    const text = `Huge article\n\n${Array.from({ length: 5000 }, () => para.repeat(11)).join('\n\n')}`;
    expect(text.length).to.be.greaterThan(5_000_000);
    const app = await mountApp();
    await app.createArticle('text', text);
    expect(app.exportJSON().article.text.length).to.equal(text.length);
  });
});

describe('storage failures reach the user', () => {
  it('shows what was not saved, with the error’s name, keeps the change on the page, and fires fc-error', async () => {
    const app = await mountApp();
    const errors: Array<{ message: string; name?: string }> = [];
    app.addEventListener('fc-error', (e) => errors.push(e.detail));
    // The database goes away under the app (another tab upgraded it, the user cleared site data…).
    (app as unknown as { persistence: { repo: { db: IDBDatabase } } }).persistence.repo.db.close();
    const id = await tagThroughUi(app, '$75 million');
    await app.flush();
    await waitUntil(() => deep(app, '.banner.error'), 'no error shown');
    const banner = deep(app, '.banner.error')!.textContent.replace(/\s+/g, ' ');
    expect(banner).to.contain('Your latest change was not saved');
    expect(banner).to.contain('InvalidStateError');
    expect(banner).to.contain('Export JSON');
    expect(deep(app, '.save-state')!.textContent.trim()).to.equal('Not saved');
    expect(errors.at(-1)!.name).to.equal('InvalidStateError');
    expect(app.exportJSON().claims.map((c) => c.id)).to.deep.equal([id]);
  });
});

describe('opening an article writes only what opening changed', () => {
  /** Rewrites the stored rows of `store`, as an older version of the app or another tool might have left them. */
  async function editRows<T>(dbName: string, storeName: string, edit: (row: T) => void) {
    const db = await openDatabase(dbName);
    const tx = db.transaction(storeName, 'readwrite');
    const store = tx.objectStore(storeName);
    const rows = await new Promise<T[]>((resolve) => {
      const req = store.getAll();
      req.onsuccess = () => resolve(req.result as T[]);
    });
    for (const row of rows) {
      edit(row);
      store.put(row);
    }
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }

  /** Opens the app on `dbName` and counts the saves opening makes (after a flush). */
  async function openCountingSaves(dbName: string): Promise<{ app: FactcheckApp; saves: number }> {
    const app = document.createElement('factcheck-app');
    app.setAttribute('db-name', dbName);
    let saves = 0;
    app.addEventListener('fc-saved', () => saves++);
    document.body.append(app);
    await app.ready;
    await app.flush();
    return { app, saves };
  }

  it('saves at once a claim it had to find by its quote, and nothing when every claim was where it was stored', async () => {
    const dbName = freshDbName();
    const first = await mountApp(dbName);
    const id = await tagThroughUi(first, '$75 million');
    await first.flush();
    const right = first.claims.find((c) => c.id === id)!;
    first.remove();

    // The stored offsets point five code points too far: the words there are not the quote.
    await editRows<{ id: string; start: number; end: number; anchors?: Record<string, [number, number]> }>(dbName, 'claims', (row) => {
      if (row.id !== id) return;
      row.start += 5;
      row.end += 5;
    });
    await editRows<{ anchors?: Record<string, [number, number]> }>(dbName, 'documents', (row) => {
      if (row.anchors?.[id]) row.anchors[id] = [right.start + 5, right.end + 5];
    });
    const { app: second, saves: secondSaves } = await openCountingSaves(dbName);
    expect(highlightTexts(second)[id]).to.equal('$75 million');
    expect(secondSaves).to.equal(1);
    // Claims that only moved are written through the document's anchors.
    const [doc] = await readStore<{ anchors: Record<string, [number, number]> }>(dbName, 'documents');
    expect(doc!.anchors[id]).to.deep.equal([right.start, right.end]);
    second.remove();

    // Everything is where it was stored now: opening writes nothing.
    const { app: third, saves: thirdSaves } = await openCountingSaves(dbName);
    expect(highlightTexts(third)[id]).to.equal('$75 million');
    expect(thirdSaves).to.equal(0);
    third.remove();
  });
});
