import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/fc-report.js';
import type { FcReport } from '../../components/fc-report.js';
import type { Article } from '../../src/article/article.js';
import type { StoredClaim } from '../../src/claims/record.js';
import { claimAt } from '../formats/fixtures.js';

const T = '2026-01-02T10:00:00.000Z';

// Emoji (astral, and a ZWJ sequence) before the claims, so code-point and
// UTF-16 offsets differ; two paragraphs and a line break.
const TEXT = 'Police 🚓 said 👮‍♀️ 1,200 officers came.\nThe budget is $75 million.\n\nCrossings have fallen by 40% since January.';

function article(text = TEXT): Article {
  return { id: 'art', title: 'Border report', createdAt: T, updatedAt: T, text };
}

async function mount(claims: StoredClaim[], text = TEXT, extra: Partial<FcReport> = {}): Promise<FcReport> {
  const el = await fixture<FcReport>(html`<fc-report
    .article=${article(text)}
    .claims=${claims}
    .organisation=${extra.organisation ?? ''}
    .generatedAt=${extra.generatedAt ?? ''}
  ></fc-report>`);
  return el;
}

const root = (el: FcReport) => el.shadowRoot!;
const marks = (el: FcReport) => [...root(el).querySelectorAll<HTMLElement>('mark.fc-report-claim')];

/** A mark's words, without the text only screen readers get. */
function words(mark: HTMLElement): string {
  const copy = mark.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
  return copy.textContent;
}

const rows = (el: FcReport) => [...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr')];

describe('<fc-report>', () => {
  it('numbers the highlights in document order on the right words, even past emoji', async () => {
    const claims = [
      claimAt(TEXT, 'fallen by 40%', { id: 'c', status: 'incorrect' }),
      claimAt(TEXT, '$75 million', { id: 'b', status: 'verified' }),
      claimAt(TEXT, '1,200 officers', { id: 'a', status: 'in_progress' }),
    ];
    const el = await mount(claims);
    expect(marks(el).map(words)).to.deep.equal(['1,200 officers', '$75 million', 'fallen by 40%']);
    expect(marks(el).map((m) => m.dataset['status'])).to.deep.equal(['in_progress', 'verified', 'incorrect']);
    const refs = [...root(el).querySelectorAll('sup.ref')];
    expect(refs.map((r) => r.querySelector('.num')!.textContent)).to.deep.equal(['1', '2', '3']);
    // Each number sits right after its claim's words.
    expect(marks(el)[0]!.nextElementSibling!.textContent).to.equal('[1 ◔]');
  });

  it('keeps paragraphs and line breaks of the article', async () => {
    const el = await mount([]);
    const paragraphs = [...root(el).querySelectorAll('.article p')];
    expect(paragraphs).to.have.length(2);
    expect(paragraphs[0]!.querySelectorAll('br')).to.have.length(1);
    expect(paragraphs[1]!.textContent).to.equal('Crossings have fallen by 40% since January.');
  });

  it('tells screen readers each claim’s status inside its highlight', async () => {
    const el = await mount([claimAt(TEXT, '$75 million', { id: 'b', status: 'verified', changed: true })]);
    const hidden = marks(el)[0]!.querySelector('.visually-hidden')!;
    expect(hidden.textContent.trim()).to.equal('(claim 1: Verified, re-check)');
    expect(root(el).querySelector('sup .icon')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('cuts overlapping claims into runs that list every claim covering them', async () => {
    const outer = claimAt(TEXT, 'The budget is $75 million', { id: 'o', status: 'unchecked' });
    const inner = claimAt(TEXT, '$75 million', { id: 'i', status: 'verified' });
    const el = await mount([inner, outer]);
    expect(marks(el).map((m) => [words(m), m.dataset['claims'], m.dataset['status']])).to.deep.equal([
      ['The budget is ', '1', 'unchecked'],
      ['$75 million', '1 2', 'verified'],
    ]);
    expect(marks(el)[1]!.classList.contains('overlap')).to.equal(true);
    expect([...root(el).querySelectorAll('sup .num')].map((n) => n.textContent)).to.deep.equal(['1', '2']);
    expect(rows(el)[0]!.textContent).to.contain('Overlaps [2]');
    expect(rows(el)[1]!.textContent).to.contain('Overlaps [1]');
  });

  it('lists every claim in a table with number, quote and status label, orphans last', async () => {
    const orphan: StoredClaim = { ...claimAt(TEXT, 'Police', { id: 'z', status: 'misleading' }), orphaned: true, quote: 'gone words' };
    // Tom tagged it, Ana gave the verdict: the report names Ana.
    const history = [
      { status: 'unchecked', at: '2026-01-01T09:00:00.000Z', by: 'Tom' },
      { status: 'verified', from: 'unchecked', at: '2026-01-01T09:30:00.000Z', by: 'Ana' },
    ];
    const el = await mount([orphan, claimAt(TEXT, '$75 million', { id: 'b', status: 'verified', reviewer: 'Tom', history })]);
    const table = root(el).querySelector('table')!;
    expect(table.querySelector('caption')!.textContent.trim()).to.equal('Claims (2)');
    expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    const [first, second] = rows(el);
    expect(first!.querySelector('th[scope="row"]')!.textContent).to.equal('1');
    expect(first!.querySelector('.quote')!.textContent).to.equal('“$75 million”');
    expect(first!.querySelector('.badge')!.textContent).to.equal('✓Verified');
    expect(table.querySelector('thead th:nth-child(6)')!.textContent).to.equal('Verdict by');
    expect(first!.querySelector('td:nth-of-type(5)')!.textContent.trim()).to.equal('Ana');
    expect(first!.textContent).not.to.contain('Tom');
    expect(second!.querySelector('.badge')!.textContent).to.equal('!Misleading');
    expect(second!.querySelector('.orphan-flag')!.textContent).to.equal('Orphaned');
    // An orphan has no place in the text, so no highlight.
    expect(marks(el)).to.have.length(1);
  });

  it('shows a note’s markup as text, never as HTML', async () => {
    const note = 'Ministry says <b>no</b> & <img src=x onerror=alert(1)>';
    const el = await mount([claimAt(TEXT, '$75 million', { id: 'b', note })]);
    const cell = rows(el)[0]!.querySelector('.note')!;
    expect(cell.textContent).to.equal(note);
    expect(cell.querySelector('b, img')).to.equal(null);
  });

  it('shows source addresses as text and links, and only http(s) as links', async () => {
    const sources = [{ url: 'https://stats.example.org/2026/border', label: 'Statistics office' }, { url: 'javascript:alert(1)' }];
    const el = await mount([claimAt(TEXT, '$75 million', { id: 'b', sources })]);
    const items = [...rows(el)[0]!.querySelectorAll('ul.sources li')];
    expect(items[0]!.textContent.trim()).to.equal('Statistics office: https://stats.example.org/2026/border');
    expect(items[0]!.querySelector('a')!.getAttribute('href')).to.equal('https://stats.example.org/2026/border');
    expect(items[1]!.querySelector('a')).to.equal(null);
    expect(items[1]!.textContent.trim()).to.equal('javascript:alert(1)');
  });

  it('flags claims to re-check in the table', async () => {
    const el = await mount([claimAt(TEXT, '$75 million', { id: 'b', status: 'verified', changed: true })]);
    expect(rows(el)[0]!.querySelector('.recheck')!.textContent).to.equal('Re-check');
  });

  it('sums up progress and counts per status in the header', async () => {
    const el = await mount(
      [
        claimAt(TEXT, '1,200 officers', { id: 'a', status: 'verified' }),
        claimAt(TEXT, '$75 million', { id: 'b', status: 'verified', changed: true }),
        claimAt(TEXT, 'fallen by 40%', { id: 'c', status: 'unchecked' }),
      ],
      TEXT,
      { organisation: 'Desk News', generatedAt: T },
    );
    const header = root(el).querySelector('header')!;
    expect(header.querySelector('h1')!.textContent).to.equal('Border report');
    expect(header.querySelector('.organisation')!.textContent).to.equal('Desk News');
    expect(header.querySelector('time')!.getAttribute('datetime')).to.equal(T);
    expect(header.querySelector('.progress')!.textContent.trim()).to.equal('1 of 3 resolved · 1 to re-check');
    expect(header.querySelector('li[data-status="verified"] .count')!.textContent).to.equal('2');
    expect(header.querySelector('li[data-status="incorrect"] .count')!.textContent).to.equal('0');
  });

  it('places a claim’s number after its last words when it ends on a line break', async () => {
    const text = 'First line\nsecond line';
    const el = await mount([claimAt(text, 'line\n', { id: 'a' })], text);
    expect(marks(el).map(words)).to.deep.equal(['line']);
    expect(marks(el)[0]!.nextElementSibling!.matches('sup.ref')).to.equal(true);
  });

  it('has print styles that hide the buttons and keep table rows whole', async () => {
    const el = await mount([]);
    const rules = root(el).adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const print = rules.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print');
    expect(print).to.have.length.greaterThan(0);
    const inner = print.flatMap((r) => [...r.cssRules]) as CSSStyleRule[];
    const actions = inner.find((r) => r.selectorText === '.actions')!;
    expect(actions.style.getPropertyValue('display')).to.equal('none');
    const rowsRule = inner.find((r) =>
      r.selectorText
        ?.split(',')
        .map((s) => s.trim())
        .includes('tr'),
    )!;
    expect(rowsRule.style.getPropertyValue('break-inside')).to.equal('avoid');
  });

  it('prints with the Print button', async () => {
    const el = await mount([]);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept only to be put back
    const original = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      [...root(el).querySelectorAll('button')].find((b) => b.textContent === 'Print / Save as PDF')!.click();
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
  });

  it('sends fc-report-close, bubbling out of the shadow root, from "Back to the article"', async () => {
    const el = await mount([]);
    const button = [...root(el).querySelectorAll('button')].find((b) => b.textContent === 'Back to the article')!;
    setTimeout(() => button.click());
    const event = await oneEvent(document, 'fc-report-close');
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
  });

  it('renders nothing without an article', async () => {
    const el = await fixture<FcReport>(html`<fc-report></fc-report>`);
    expect(root(el).querySelector('article')).to.equal(null);
  });
});
