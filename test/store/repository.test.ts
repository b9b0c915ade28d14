import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { Repository, Saver, ChangeTracker, replayJournal, writeJournal, DB_VERSION, type ArticleSnapshot } from '../../src/store/index.js';
import type { StoredClaim } from '../../src/claims/record.js';
import { freshDbName, readStore } from '../helpers/app.js';
import { customStatusSet } from '../../src/claims/status-set.js';

interface V1Fixture {
  articles: Array<Record<string, unknown> & { id: string }>;
  claims: Array<StoredClaim & { articleId: string }>;
  meta: Record<string, unknown>;
}

/** Builds a database at schema version 1 with the raw IndexedDB API, as version 0.1 of the app left it. */
async function createV1(name: string, fixture: V1Fixture): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => {
      const d = req.result;
      d.createObjectStore('articles', { keyPath: 'id' }).createIndex('byUpdated', 'updatedAt');
      d.createObjectStore('claims', { keyPath: 'id' }).createIndex('byArticle', 'articleId');
      d.createObjectStore('meta');
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error!);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['articles', 'claims', 'meta'], 'readwrite');
    for (const a of fixture.articles) tx.objectStore('articles').put(a);
    for (const c of fixture.claims) tx.objectStore('claims').put(c);
    for (const [k, v] of Object.entries(fixture.meta)) tx.objectStore('meta').put(v, k);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error!);
  });
  db.close();
}

function snapshot(id: string, claims: StoredClaim[] = [], text = 'Title\n\nThe $75 million deal.'): ArticleSnapshot {
  return {
    article: { id, title: 'Title', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', doc: null, text },
    claims,
  };
}

function claim(id: string, updatedAt = '2026-01-01T00:00:00.000Z'): StoredClaim {
  return {
    id,
    quote: '$75 million',
    prefix: 'Title\n\nThe ',
    suffix: ' deal.',
    start: 11,
    end: 22,
    status: 'verified',
    note: '',
    sources: [],
    reviewer: 'Ada',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt,
    history: [],
    changed: false,
    orphaned: false,
  };
}

describe('Repository', () => {
  it(`upgrades a version-1 database to version ${DB_VERSION} with every article and claim intact`, async () => {
    const fixture = (await (await fetch('/test/fixtures/db-v1.json')).json()) as V1Fixture;
    const name = freshDbName();
    await createV1(name, fixture);
    const repo = await Repository.open(name);
    expect(repo.db.version).to.equal(DB_VERSION);
    const list = await repo.listArticles();
    expect(list.map((a) => a.id).sort()).to.deep.equal(fixture.articles.map((a) => a.id).sort());
    expect(list.every((a) => !('doc' in a) && !('text' in a))).to.equal(true);
    for (const a of fixture.articles) {
      const loaded = (await repo.loadArticle(a.id))!;
      expect(loaded.article.text).to.equal(a['text']);
      expect(loaded.article.doc).to.deep.equal(a['doc']);
      const expected = fixture.claims.filter((c) => c.articleId === a.id).map(({ articleId: _x, ...c }) => c);
      expect(loaded.claims).to.deep.equal(expected);
    }
    expect(await repo.getMeta('reviewer')).to.equal('Ada');
    repo.close();
  });

  it('writes nothing when a multi-record write fails half-way (one transaction, all or nothing)', async () => {
    const repo = await Repository.open(freshDbName());
    await repo.saveArticle(snapshot('a1', [claim('c1')]));
    const bad = { ...claim('c2'), note: (() => 1) as unknown as string };
    let error: unknown;
    try {
      await repo.saveChanges({ article: { ...snapshot('a1').article, title: 'Changed', updatedAt: '2026-02-01T00:00:00.000Z' }, put: [claim('c3'), bad], remove: ['c1'] });
    } catch (e) {
      error = e;
    }
    expect((error as DOMException).name).to.equal('DataCloneError');
    const after = (await repo.loadArticle('a1'))!;
    expect(after.article.title).to.equal('Title');
    expect(after.claims.map((c) => c.id)).to.deep.equal(['c1']);
    repo.close();
  });

  it('never overwrites a claim another tab saved later, and says which', async () => {
    const repo = await Repository.open(freshDbName());
    await repo.saveArticle(snapshot('a1', [claim('c1', '2026-03-01T00:00:00.000Z')]));
    const result = await repo.saveChanges({ article: snapshot('a1').article, put: [{ ...claim('c1', '2026-02-01T00:00:00.000Z'), status: 'incorrect' }], remove: [] });
    expect(result.skipped).to.deep.equal(['c1']);
    expect((await repo.loadArticle('a1'))!.claims[0]!.status).to.equal('verified');
    repo.close();
  });

  it('keeps an article’s sign-off and status set, and desk fields of claims, across a reopen', async () => {
    const name = freshDbName();
    let repo = await Repository.open(name);
    const queries = [{ id: 'q', to: 'Lee', question: 'Sure?', askedBy: 'Ana', askedAt: '2026-01-01T00:00:00.000Z', state: 'open' as const }];
    await repo.saveArticle(snapshot('a1', [{ ...claim('c1'), claimant: 'Ejup Maqedonci', queries, secondCheck: { by: 'Bo', at: '2026-01-02T00:00:00.000Z' } }]));
    const signOff = { by: 'Eda', at: '2026-01-03T00:00:00.000Z', stale: false };
    await repo.updateArticle('a1', { signOff, statuses: customStatusSet({ verified: { label: 'True' } }) });
    repo.close();
    repo = await Repository.open(name);
    const loaded = (await repo.loadArticle('a1'))!;
    expect(loaded.article.signOff).to.deep.equal(signOff);
    expect(loaded.article.statuses!.find((s) => s.id === 'verified')!.label).to.equal('True');
    expect(loaded.claims[0]).to.deep.include({ claimant: 'Ejup Maqedonci', queries, secondCheck: { by: 'Bo', at: '2026-01-02T00:00:00.000Z' } });
    await repo.updateArticle('a1', { signOff: null, statuses: null });
    expect((await repo.loadArticle('a1'))!.article).not.to.have.any.keys('signOff', 'statuses');
    repo.close();
  });

  it('deletes an article with its document and claims', async () => {
    const name = freshDbName();
    const repo = await Repository.open(name);
    await repo.saveArticle(snapshot('a1', [claim('c1')]));
    await repo.saveArticle(snapshot('a2', [claim('c2')]));
    await repo.deleteArticle('a1');
    expect((await readStore<{ id: string }>(name, 'claims')).map((c) => c.id)).to.deep.equal(['c2']);
    expect((await readStore<{ id: string }>(name, 'documents')).map((c) => c.id)).to.deep.equal(['a2']);
    repo.close();
  });
});

describe('Saver and journal', () => {
  it('writes only the claims that changed, and the document only when it changed', async () => {
    const repo = await Repository.open(freshDbName());
    await repo.saveArticle(snapshot('a1', [claim('c1'), claim('c2')]));
    const docKey = {};
    const tracker = new ChangeTracker('a1', docKey, [claim('c1'), claim('c2')]);
    const write = tracker.delta(snapshot('a1').article, docKey, () => ({ doc: null, text: 'x' }), [claim('c1'), { ...claim('c2'), note: 'new' }]);
    expect(write.delta.put.map((c) => c.id)).to.deep.equal(['c2']);
    expect(write.delta.remove).to.deep.equal([]);
    expect(write.delta.document).to.equal(undefined);
    write.commit();
    const next = tracker.delta(snapshot('a1').article, {}, () => ({ doc: null, text: 'y' }), [claim('c1')]);
    expect(next.delta.put).to.deep.equal([]);
    expect(next.delta.remove).to.deep.equal(['c2']);
    expect(next.delta.document).to.deep.equal({ doc: null, text: 'y', anchors: { c1: [11, 22] } });
    repo.close();
  });

  it('writes claims that only moved through the document’s anchors, not their rows, and loads them where they are', async () => {
    const repo = await Repository.open(freshDbName());
    await repo.saveArticle(snapshot('a1', [claim('c1')]));
    const tracker = new ChangeTracker('a1', null, [claim('c1')]);
    // "Top. " typed before the claim: the text changed, the claim moved by 5.
    const moved = { ...claim('c1'), start: 16, end: 27 };
    const write = tracker.delta(snapshot('a1').article, {}, () => ({ doc: null, text: 'Top. Title\n\nThe $75 million deal.' }), [moved]);
    expect(write.delta.put).to.deep.equal([]);
    expect(write.delta.document!.anchors).to.deep.equal({ c1: [16, 27] });
    await repo.saveChanges(write.delta);
    write.commit();
    const loaded = (await repo.loadArticle('a1'))!;
    expect([loaded.claims[0]!.start, loaded.claims[0]!.end]).to.deep.equal([16, 27]);
    repo.close();
  });

  it('compares every field of a claim made again (after typing), not only its identity', () => {
    const base = { ...claim('c1'), sources: [{ url: 'https://example.com/a', label: 'A' }] };
    const tracker = new ChangeTracker('a1', null, [base]);
    const article = snapshot('a1').article;
    const doc = () => ({ doc: null, text: '' });
    const again = (change: Partial<StoredClaim>) => tracker.delta(article, tracker, doc, [{ ...base, sources: base.sources.map((s) => ({ ...s })), history: [...base.history], ...change }]).delta;
    // Equal fields in new objects and new arrays: nothing to write; moved: only the anchors.
    expect(again({}).put).to.deep.equal([]);
    expect(again({ start: 20, end: 31 }).put).to.deep.equal([]);
    expect(again({ start: 20, end: 31 }).document!.anchors).to.deep.equal({ c1: [20, 31] });
    // Any field of the row that differs is written.
    for (const change of [
      { note: 'new' },
      { status: 'incorrect' as const },
      { changed: true },
      { prefix: 'Other ' },
      { claimReviewed: 'It was' },
      { sources: [] },
      { history: [{ status: 'verified' as const, at: '2026-01-02T00:00:00.000Z', by: 'Bo' }] },
    ]) {
      expect(
        again(change).put.map((c) => c.id),
        JSON.stringify(change),
      ).to.deep.equal(['c1']);
    }
    // A field a later version added is compared too.
    expect(again({ extra: 1 } as Partial<StoredClaim>).put.map((c) => c.id)).to.deep.equal(['c1']);
  });

  it('keeps IndexedDB equal to the page when a change is undone while its write is still in flight', async () => {
    const repo = await Repository.open(freshDbName());
    await repo.saveArticle(snapshot('a1', [claim('c1')]));
    const tracker = new ChangeTracker('a1', null, [claim('c1')]);
    const article = snapshot('a1').article;
    const doc = () => ({ doc: null, text: '' });
    const c1 = claim('c1');
    // A claim is tagged and c1 gets a note; the write starts...
    const first = tracker.delta(article, tracker, doc, [
      { ...c1, note: 'checked' },
      { ...claim('c2'), note: 'new' },
    ]);
    // ...and before it lands, both are undone: the page is back to c1 as it was, and no c2.
    const second = tracker.delta(article, tracker, doc, [c1]);
    await repo.saveChanges(first.delta);
    first.commit();
    await repo.saveChanges(second.delta);
    second.commit();
    // The next save writes what the first write left behind.
    const third = tracker.delta(article, tracker, doc, [c1]);
    expect(third.delta.put.map((c) => [c.id, c.note])).to.deep.equal([['c1', c1.note]]);
    expect(third.delta.remove).to.deep.equal(['c2']);
    await repo.saveChanges(third.delta);
    third.commit();
    const stored = (await repo.loadArticle('a1'))!.claims;
    expect(stored.map((c) => [c.id, c.note])).to.deep.equal([['c1', c1.note]]);
    expect(tracker.delta(article, tracker, doc, [c1]).delta).to.deep.include({ put: [], remove: [] });
    repo.close();
  });

  it('reports a failed write and writes the change with the next one', async () => {
    const repo = await Repository.open(freshDbName());
    await repo.saveArticle(snapshot('a1', []));
    const errors: string[] = [];
    const saver = new Saver(repo, { delay: 1, onError: (e) => errors.push((e as DOMException).name) });
    const tracker = new ChangeTracker('a1', null, []);
    const article = snapshot('a1').article;
    const bad = { ...claim('c1'), note: (() => 1) as unknown as string };
    saver.schedule(() => tracker.delta(article, tracker, () => ({ doc: null, text: '' }), [bad]));
    await saver.flush();
    expect(errors).to.deep.equal(['DataCloneError']);
    expect(saver.dirty).to.equal(true);
    saver.schedule(() => tracker.delta(article, tracker, () => ({ doc: null, text: '' }), [claim('c1'), claim('c2')]));
    await saver.flush();
    expect((await repo.loadArticle('a1'))!.claims.map((c) => c.id)).to.deep.equal(['c1', 'c2']);
    expect(saver.dirty).to.equal(false);
    repo.close();
  });

  it('replays a journal left by a page that closed before its write', async () => {
    const name = freshDbName();
    const repo = await Repository.open(name);
    await repo.saveArticle(snapshot('a1', []));
    writeJournal(name, { article: snapshot('a1').article, put: [claim('c9')], remove: [] });
    expect(await replayJournal(repo)).to.equal('a1');
    expect((await repo.loadArticle('a1'))!.claims.map((c) => c.id)).to.deep.equal(['c9']);
    expect(localStorage.getItem(`factcheck-desk:journal:${name}`)).to.equal(null);
    repo.close();
  });
});

describe('Repository and other versions of the app', () => {
  it('closes its connection and says so when another tab upgrades the database', async () => {
    const name = freshDbName();
    let told = false;
    const repo = await Repository.open(name, { onVersionChange: () => (told = true) });
    // Another tab with a newer app opens the next version.
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, DB_VERSION + 1);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error!);
    });
    expect(told).to.equal(true);
    expect(newer.version).to.equal(DB_VERSION + 1);
    newer.close();
    let error = '';
    await repo.listArticles().catch((e: DOMException) => (error = e.name));
    expect(error).to.equal('InvalidStateError');
  });

  it('reports being blocked by a tab that holds an older version open, and opens once it closes', async () => {
    const name = freshDbName();
    const old = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => {
        const d = req.result;
        d.createObjectStore('articles', { keyPath: 'id' }).createIndex('byUpdated', 'updatedAt');
        d.createObjectStore('claims', { keyPath: 'id' }).createIndex('byArticle', 'articleId');
        d.createObjectStore('meta');
      };
      req.onsuccess = () => resolve(req.result);
    });
    // The old tab ignores versionchange, as an old version of the app might.
    old.onversionchange = null;
    let blocked = false;
    const opening = Repository.open(name, { onBlocked: () => (blocked = true) });
    await waitUntil(() => blocked, 'the opening was not reported blocked');
    old.close();
    const repo = await opening;
    expect(repo.db.version).to.equal(DB_VERSION);
    repo.close();
  });
});
