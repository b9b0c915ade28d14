import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { FactcheckApp } from '../../components/factcheck-app.js';
import {
  mountApp,
  freshDbName,
  shadow,
  articleEl,
  highlights,
  highlightTexts,
  selectText,
  tagThroughUi,
  chooseStatus,
  button,
  panel,
  sidebarList,
  readStore,
  editorOf,
  pressCombo,
  deep,
} from '../helpers/app.js';

const SAMPLE_TITLE = 'Kosovo to Deploy New US Anti-Tank Weapons as Serbia Bristles';

describe('<factcheck-app>', () => {
  let app: FactcheckApp;
  let dbName: string;

  beforeEach(async () => {
    dbName = freshDbName();
    app = await mountApp(dbName);
  });

  it('opens the sample article on an empty database, with no dialog in the way', () => {
    expect(deep(app, '.doc-title')!.textContent).to.equal(SAMPLE_TITLE);
    expect(articleEl(app).querySelector('h1')!.textContent).to.equal(SAMPLE_TITLE);
    expect(articleEl(app).getAttribute('contenteditable')).to.equal('true');
    expect(shadow(app).querySelector('[role="dialog"], dialog[open]')).to.equal(null);
  });

  it('tags the selected text through the "Tag claim" button, as an unchecked claim opened in the panel', async () => {
    const tag = button(shadow(app), 'Tag claim');
    expect(tag.title).to.match(/Ctrl\+Alt\+M|⌘⌥M/);
    const id = await tagThroughUi(app, '$75 million');
    const [el] = highlights(app);
    expect(el!.dataset['claimId']).to.equal(id);
    expect(el!.dataset['status']).to.equal('unchecked');
    expect(el!.textContent).to.equal('$75 million');
    expect(panel(app)!.shadowRoot!.querySelector('blockquote')!.textContent).to.equal('$75 million');
  });

  it('does nothing when "Tag claim" is pressed with no text selected', () => {
    expect(button(shadow(app), 'Tag claim').disabled).to.equal(true);
    expect(app.tagSelection()).to.equal(false);
    expect(highlights(app)).to.have.length(0);
  });

  it('tags with the keyboard shortcut Ctrl+Alt+M', async () => {
    await selectText(app, '246 Javelin missiles');
    await pressCombo(['Control', 'Alt'], 'KeyM');
    await app.updateComplete;
    expect(Object.values(highlightTexts(app))).to.deep.equal(['246 Javelin missiles']);
  });

  it('changes the highlight’s data-status when the panel’s Status control changes', async () => {
    const id = await tagThroughUi(app, '$75 million');
    const select = panel(app)!.shadowRoot!.querySelector('select')!;
    expect(panel(app)!.shadowRoot!.querySelector(`label[for="${select.id}"]`)!.textContent).to.equal('Status');
    await chooseStatus(app, 'verified');
    const el = highlights(app).find((h) => h.dataset['claimId'] === id)!;
    expect(el.dataset['status']).to.equal('verified');
    const record = app.claims.find((c) => c.id === id)!;
    expect(record.history.map((h) => [h.from ?? null, h.status])).to.deep.equal([
      [null, 'unchecked'],
      ['unchecked', 'verified'],
    ]);
  });

  it('sets the open claim’s status with Ctrl+Alt+4', async () => {
    await tagThroughUi(app, 'Jan. 11');
    await pressCombo(['Control', 'Alt'], 'Digit4');
    await app.updateComplete;
    expect(highlights(app)[0]!.dataset['status']).to.equal('verified');
  });

  it('lets overlapping claims coexist and opens a claim when its highlight is clicked', async () => {
    const outer = await tagThroughUi(app, '246 Javelin missiles and 24 launch units');
    const inner = await tagThroughUi(app, '24 launch units');
    expect(highlightTexts(app)).to.deep.equal({ [outer]: '246 Javelin missiles and 24 launch units', [inner]: '24 launch units' });
    // Move the panel to the outer claim, then click the inner highlight.
    const first = highlights(app).find((h) => h.dataset['claimId'] === outer)!;
    first.click();
    await app.updateComplete;
    const innerEl = highlights(app).find((h) => h.dataset['claimId'] === inner)!;
    const rect = innerEl.getBoundingClientRect();
    innerEl.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, clientX: rect.x + 3, clientY: rect.y + 3 }));
    innerEl.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.x + 3, clientY: rect.y + 3 }));
    await waitUntil(() => panel(app)?.record?.id === inner, 'the clicked claim did not open');
  });

  it('keeps the claim on its words when a sentence is typed at the top of the article', async () => {
    const id = await tagThroughUi(app, '$75 million');
    const view = editorOf(app).editorView!;
    view.focus();
    // Caret at the start of the first paragraph after the title.
    const { TextSelection } = await import('prosemirror-state');
    const start = view.state.doc.firstChild!.nodeSize + 1;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, start)));
    await sendKeys({ type: 'Breaking: a new sentence. ' });
    await app.updateComplete;
    expect(articleEl(app).textContent).to.contain('Breaking: a new sentence. (Bloomberg)');
    expect(highlightTexts(app)[id]).to.equal('$75 million');
    const claim = app.claims.find((c) => c.id === id)!;
    const text = app.exportJSON().article.text;
    expect([...text].slice(claim.start, claim.end).join('')).to.equal('$75 million');
  });

  it('undoes and redoes text edits with the toolbar', async () => {
    const view = editorOf(app).editorView!;
    view.dispatch(view.state.tr.insertText('XYZ ', 1));
    await app.updateComplete;
    expect(articleEl(app).textContent.startsWith('XYZ ')).to.equal(true);
    button(shadow(app), 'Undo').click();
    await app.updateComplete;
    expect(articleEl(app).textContent.startsWith('Kosovo')).to.equal(true);
    button(shadow(app), 'Redo').click();
    await app.updateComplete;
    expect(articleEl(app).textContent.startsWith('XYZ ')).to.equal(true);
  });

  it('keeps note, sources (http and https only) and the history in the panel', async () => {
    const id = await tagThroughUi(app, 'Jan. 11');
    const root = panel(app)!.shadowRoot!;
    const note = root.querySelector<HTMLTextAreaElement>('textarea#note')!;
    note.value = 'Checked the DSCA release.';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    const sources = deep(root, 'fc-claim-sources')!;
    const url = deep<HTMLInputElement>(sources, 'input[aria-label="Source URL"]')!;
    url.value = 'javascript:alert(1)';
    button(sources, 'Add source').click();
    await app.updateComplete;
    await (sources as import('lit').LitElement).updateComplete;
    expect(deep(sources, '#source-error')!.textContent).to.match(/only http: and https:/);
    url.value = 'https://www.dsca.mil/press-media/major-arms-sales';
    deep<HTMLInputElement>(sources, 'input[aria-label="Source label (optional)"]')!.value = 'DSCA';
    button(sources, 'Add source').click();
    await app.updateComplete;
    await panel(app)!.updateComplete;
    await (sources as import('lit').LitElement).updateComplete;
    const claim = app.claims.find((c) => c.id === id)!;
    expect(claim.note).to.equal('Checked the DSCA release.');
    expect(claim.sources).to.deep.equal([{ url: 'https://www.dsca.mil/press-media/major-arms-sales', label: 'DSCA' }]);
    const link = deep<HTMLAnchorElement>(sources, 'ul a')!;
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.textContent.trim()).to.equal('DSCA');
  });

  it('deletes a claim and brings it back with Undo', async () => {
    const id = await tagThroughUi(app, 'Jan. 11');
    button(panel(app)!.shadowRoot!, 'Delete claim').click();
    await app.updateComplete;
    expect(highlights(app)).to.have.length(0);
    button(deep(app, '.toast')!, 'Undo').click();
    await app.updateComplete;
    expect(highlightTexts(app)).to.deep.equal({ [id]: 'Jan. 11' });
  });

  it('shows the progress line, counts and a filter in the sidebar', async () => {
    await tagThroughUi(app, '$75 million');
    await chooseStatus(app, 'verified');
    await tagThroughUi(app, '246 Javelin missiles');
    await chooseStatus(app, 'in_progress');
    await tagThroughUi(app, '24 launch units');
    await chooseStatus(app, 'misleading');
    const list = sidebarList(app);
    await list.updateComplete;
    const root = list.shadowRoot!;
    // Misleading waits for its second check: only the verified claim is resolved.
    expect(root.querySelector('.progress-line')!.textContent.replace(/\s+/g, ' ').trim()).to.equal('1 of 3 resolved · 1 awaiting second check');
    const options = [...root.querySelectorAll('[role="option"] .quote')].map((q) => q.textContent);
    expect(options).to.deep.equal(['$75 million', '246 Javelin missiles', '24 launch units']);
    const filter = root.querySelector<HTMLSelectElement>('select#filter')!;
    // Its accessible name is a contract scripts use (it filters by the desk's work too now).
    expect(filter.getAttribute('aria-label')).to.equal('Filter by status');
    expect([...filter.options].find((o) => o.value === 'verified')!.textContent).to.match(/Verified \(1\)/);
    filter.value = 'in_progress';
    filter.dispatchEvent(new Event('change'));
    await list.updateComplete;
    expect([...root.querySelectorAll('[role="option"] .quote')].map((q) => q.textContent)).to.deep.equal(['246 Javelin missiles']);
  });

  it('marks the open claim in the article, and moves the mark when another claim is opened or the text above changes', async () => {
    const a = await tagThroughUi(app, '$75 million');
    const b = await tagThroughUi(app, 'Jan. 11');
    const marked = () => [...editorOf(app).shadowRoot!.querySelectorAll<HTMLElement>('.fc-active')].map((el) => [el.dataset['claimId'], el.textContent]);
    expect(marked()).to.deep.equal([[b, 'Jan. 11']]);
    sidebarList(app).shadowRoot!.querySelector<HTMLElement>(`[data-claim-id="${a}"]`)!.click();
    await app.updateComplete;
    expect(marked()).to.deep.equal([[a, '$75 million']]);
    // Typing far above moves the claim; the mark stays on its words.
    const view = editorOf(app).editorView!;
    view.dispatch(view.state.tr.insertText('A new first sentence. '.repeat(400), view.state.doc.firstChild!.nodeSize + 1));
    await app.updateComplete;
    expect(marked()).to.deep.equal([[a, '$75 million']]);
    expect(panel(app)!.record!.id).to.equal(a);
  });

  it('scrolls the article in its own pane on screen, and prints it at full length', async () => {
    const column = shadow(app).querySelector<HTMLElement>('.column')!;
    const paper = shadow(app).querySelector<HTMLElement>('.paper')!;
    const view = editorOf(app).editorView!;
    // Long enough to overflow any window.
    view.dispatch(view.state.tr.insertText('A long paragraph of added words. '.repeat(300), view.state.doc.firstChild!.nodeSize + 1));
    await app.updateComplete;
    const onScreen = column.getBoundingClientRect().height;
    expect(onScreen).to.be.greaterThan(100);
    expect(onScreen).to.be.at.most(window.innerHeight);
    expect(column.scrollHeight).to.be.greaterThan(column.clientHeight);
    const widthOnScreen = paper.getBoundingClientRect().width;
    try {
      await emulateMedia({ media: 'print' });
      // The pane grows to hold the whole article: nothing is cut off on paper.
      expect(column.getBoundingClientRect().height).to.be.at.least(paper.getBoundingClientRect().height);
      expect(paper.getBoundingClientRect().height).to.be.greaterThan(window.innerHeight);
      // With the side panes gone, the article takes the page's width, not the article list's column.
      expect(paper.getBoundingClientRect().width).to.be.at.least(widthOnScreen);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('moves through the sidebar list with the arrow keys, opening each claim', async () => {
    const a = await tagThroughUi(app, '$75 million');
    const b = await tagThroughUi(app, 'Jan. 11');
    const list = sidebarList(app);
    await list.updateComplete;
    const first = list.shadowRoot!.querySelector<HTMLElement>(`[data-claim-id="${a}"]`)!;
    first.click();
    first.focus();
    await app.updateComplete;
    expect(panel(app)!.record!.id).to.equal(a);
    await sendKeys({ press: 'ArrowDown' });
    await app.updateComplete;
    expect(panel(app)!.record!.id).to.equal(b);
    const view = editorOf(app).editorView!;
    const { from, to } = view.state.selection;
    expect(view.state.doc.textBetween(from, to)).to.equal('Jan. 11');
  });

  it('saves to IndexedDB within the debounce window, without a save button', async () => {
    const id = await tagThroughUi(app, '$75 million');
    await chooseStatus(app, 'verified');
    await waitUntil(async () => (await readStore<{ id: string; status: string }>(dbName, 'claims')).some((c) => c.id === id && c.status === 'verified'), 'not saved');
  });

  it('restores the article list, the open article, its text and claims in a new app on the same database', async () => {
    const id = await tagThroughUi(app, '$75 million');
    await chooseStatus(app, 'verified');
    const view = editorOf(app).editorView!;
    view.dispatch(view.state.tr.insertText('Edited: ', view.state.doc.firstChild!.nodeSize + 1));
    await app.flush();
    app.remove();
    const again = await fixture<FactcheckApp>(html`<factcheck-app db-name=${dbName}></factcheck-app>`);
    await again.ready;
    await waitUntil(() => highlights(again).length === 1, 'claims were not restored');
    expect(articleEl(again).textContent).to.contain('Edited: (Bloomberg)');
    const el = highlights(again)[0]!;
    expect([el.dataset['claimId'], el.dataset['status'], el.textContent]).to.deep.equal([id, 'verified', '$75 million']);
    const list = shadow(again).querySelector('fc-article-list')!;
    expect(list.articles.map((a) => a.title)).to.deep.equal([SAMPLE_TITLE]);
  });

  it('exports JSON with code-point offsets, context and document order', async () => {
    await tagThroughUi(app, '24 launch units');
    await tagThroughUi(app, '$75 million');
    const data = app.exportJSON();
    expect(data.format).to.equal('factcheck-annotations');
    expect(data.version).to.equal(2);
    expect(data.claims.map((c) => c.quote)).to.deep.equal(['$75 million', '24 launch units']);
    const chars = [...data.article.text];
    for (const c of data.claims) {
      expect(chars.slice(c.start, c.end).join('')).to.equal(c.quote);
      expect(c.prefix).to.equal(chars.slice(Math.max(0, c.start - 32), c.start).join(''));
      expect(c.suffix).to.equal(chars.slice(c.end, c.end + 32).join(''));
    }
    const sample = await (await fetch('/samples/kosovo-javelin.txt')).text();
    expect(data.article.text).to.equal(sample.replace(/^\n+|\n+$/g, ''));
  });

  it('round-trips an article with emoji through importJSON into a fresh database', async () => {
    const text = 'Emoji 🇽🇰 headline\n\nThe 🚀 deal is worth $75 million, officials said 👍.';
    const quote = '$75 million';
    const chars = [...text];
    const start = chars.join('').indexOf(quote);
    const cpStart = [...text.slice(0, start)].length;
    const exported = {
      format: 'factcheck-annotations',
      version: 1,
      exportedAt: '2026-01-01T12:00:00.000Z',
      article: { id: 'a1b2c3d4-0000-4000-8000-000000000001', title: 'Emoji 🇽🇰 headline', text },
      claims: [
        {
          id: 'c1b2c3d4-0000-4000-8000-000000000001',
          quote,
          prefix: chars.slice(Math.max(0, cpStart - 32), cpStart).join(''),
          suffix: chars.slice(cpStart + 11, cpStart + 43).join(''),
          start: cpStart,
          end: cpStart + 11,
          status: 'verified',
          note: 'ok',
          sources: [{ url: 'https://example.org/a', label: 'A' }],
          reviewer: 'Ada',
          createdAt: '2026-01-01T10:00:00.000Z',
          updatedAt: '2026-01-01T11:00:00.000Z',
          history: [
            { status: 'unchecked', at: '2026-01-01T10:00:00.000Z', by: 'Ada' },
            { status: 'verified', from: 'unchecked', at: '2026-01-01T11:00:00.000Z', by: 'Ada' },
          ],
        },
      ],
    };
    const other = await mountApp(freshDbName());
    const id = await other.importJSON(exported);
    expect(id).to.equal(exported.article.id);
    expect(highlightTexts(other)).to.deep.equal({ [exported.claims[0]!.id]: quote });
    const again = other.exportJSON();
    const { exportedAt: _a, ...rest } = again;
    const { exportedAt: _b, ...expected } = exported;
    expect(rest.article.text).to.equal(text);
    expect(rest.claims[0]).to.deep.include({ ...expected.claims[0], changed: false, orphaned: false });
  });

  it('rejects a malformed import with a message that names the problem, and changes nothing', async () => {
    const before = await readStore(dbName, 'articles');
    const bad = app.exportJSON();
    bad.claims = [
      {
        ...(await (async () => {
          await tagThroughUi(app, 'Jan. 11');
          return app.exportJSON().claims[0]!;
        })()),
        end: 99999,
      },
    ];
    let message = '';
    try {
      await app.importJSON(bad);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).to.match(/claims\[0\]\.end: 99999 is past the end of the article text/);
    let notJson = '';
    await app.importJSON('{"format": ').catch((e: Error) => (notJson = e.message));
    expect(notJson).to.match(/not valid JSON/);
    await app.flush();
    expect((await readStore(dbName, 'articles')).length).to.equal(before.length);
  });
});

describe('the sidebar follows the text', () => {
  it('shows the new words of a claim edited inside, also when several edits come before one render', async () => {
    const app = await mountApp();
    const id = await tagThroughUi(app, '246 Javelin missiles');
    const view = editorOf(app).editorView!;
    let at = -1;
    view.state.doc.descendants((node, pos) => {
      if (at < 0 && node.isText && node.text!.includes('246 Javelin')) at = pos + node.text!.indexOf('246 Javelin');
    });
    // Two edits inside the claim, then one elsewhere, before Lit renders.
    view.dispatch(view.state.tr.insertText('0', at + 3));
    view.dispatch(view.state.tr.insertText(' new', at + 12));
    view.dispatch(view.state.tr.insertText('Top. ', 1));
    await app.updateComplete;
    const list = sidebarList(app);
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector(`[data-claim-id="${id}"] .quote`)!.textContent).to.equal('2460 Javelin new missiles');
  });
});

describe('the sidebar after tagging and opening', () => {
  /** The claim ids the sidebar's rows show, in order. */
  const rows = (app: FactcheckApp) => [...sidebarList(app).shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].map((r) => r.dataset['claimId']);

  it('lists a tagged claim by the next frame, and another article’s claims with its text, never the last article’s', async () => {
    const app = await mountApp();
    const first = app.exportJSON().article.id;
    const a = await tagThroughUi(app, '$75 million');
    const b = await tagThroughUi(app, 'Jan. 11');
    // The highlight and the panel come first; the list follows in the next frame.
    expect(highlights(app).map((h) => h.dataset['claimId'])).to.include(b);
    await new Promise((r) => requestAnimationFrame(r));
    await sidebarList(app).updateComplete;
    expect(rows(app)).to.deep.equal([a, b]);

    await app.createArticle('text', 'Second article\n\nIt has 12 percent more.');
    await app.updateComplete;
    expect(rows(app)).to.deep.equal([]);
    const c = await tagThroughUi(app, '12 percent');
    await sidebarList(app).updateComplete;
    expect(rows(app)).to.deep.equal([c]);

    // One claim more or less than the article before: still drawn in the same render as the text.
    await app.openArticle(first);
    await app.updateComplete;
    expect(highlights(app).map((h) => h.dataset['claimId'])).to.have.members([a, b]);
    expect(rows(app)).to.deep.equal([a, b]);
  });
});
