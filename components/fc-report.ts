import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Article } from '../src/article/article.js';
import { progressOf } from '../src/claims/progress.js';
import type { StoredClaim } from '../src/claims/record.js';
import type { StatusSet } from '../src/claims/status.js';
import { openQueries } from '../src/claims/queries.js';
import { awaitsSecondCheck, verdictBy } from '../src/claims/second-check.js';
import { problemsFirst } from '../src/claims/problems.js';
import { describeSource, sourceKind } from '../src/claims/source.js';
import { CodePointIndex, cpLength } from '../src/text/codepoints.js';
import { formatTime, isHttpUrl } from './format.js';
import { DEFAULT_RULES, statusOf, type DeskRules } from './statuses.js';
import { reportStyles } from './fc-report.styles.js';
import { FocusReturn } from './focus-return.js';

/** A claim as the report shows it: its number, and whether it has a place in the text. */
interface Numbered {
  n: number;
  claim: StoredClaim;
  /** Attached and with offsets inside the text: it is highlighted. */
  placed: boolean;
  /** Numbers of the placed claims whose ranges share text with this one. */
  overlaps: number[];
}

/** A run of text with one set of covering claims (innermost first). */
interface Segment {
  text: string;
  claims: Numbered[];
  /** Claims whose last highlighted text this is: their number follows it. */
  ending: Numbered[];
}

/** A paragraph is lines; a line is segments. */
type Layout = Segment[][][];

/**
 * A printable fact-check report: the article with every claim highlighted
 * and numbered, its sign-off (or that there is none), then a table of the
 * claims with status, claimant, note and suggested wording, sources, who
 * gave the verdict and the last change; "Problems first" puts Incorrect,
 * Misleading, Needs source, Re-check, open queries and orphans at the top.
 * It only reads `article`, `claims` and `rules`.
 *
 * Overlapping claims: the text is cut at every claim's start and end, and
 * each piece is one `<mark>` listing all the claims that cover it
 * (`data-claims="2 3"`) and coloured by the innermost one (latest start,
 * then shortest); a claim's number follows its last piece. The table names
 * the claims each one overlaps. This never nests marks, so a claim that
 * crosses another's edge still renders as well-formed runs of text.
 *
 * @fires {CustomEvent<{}>} fc-report-close - "Back to the article"
 */
@customElement('fc-report')
export class FcReport extends LitElement {
  static override styles = reportStyles;

  /** The article to report on; nothing is shown without one. */
  @property({ attribute: false }) article: Article | null = null;
  /** Its claims, as stored: code-point offsets into `article.text`. Numbered in document order, orphans last. */
  @property({ attribute: false }) claims: StoredClaim[] = [];
  /** Who publishes the report, shown under the title when set. */
  @property() organisation = '';
  /** When the report was made (ISO); shown when set. */
  @property({ attribute: 'generated-at' }) generatedAt = '';
  /** The newsroom's statuses and second-check rule. */
  @property({ attribute: false }) rules: DeskRules = DEFAULT_RULES;
  /** Whether the table lists the problems first. */
  @state() private problemsFirst = false;
  /** Closing the report gives focus back to what opened it. */
  protected readonly focusReturn = new FocusReturn(this);
  private focused = false;

  override render() {
    const article = this.article;
    if (!article) return nothing;
    const index = new CodePointIndex(article.text);
    const numbered = numberClaims(this.claims, index.cpLength);
    return html`<article class="report" aria-labelledby="report-title">
      <div class="actions">
        <label
          ><input type="checkbox" .checked=${this.problemsFirst} @change=${(e: Event) => (this.problemsFirst = (e.target as HTMLInputElement).checked)} />Problems
          first</label
        >
        <button @click=${this.close}>Back to the article</button>
        <button class="primary" @click=${this.print}>Print / Save as PDF</button>
      </div>
      ${this.renderHeader(article)}
      <section aria-labelledby="text-heading">
        <h2 id="text-heading">Article</h2>
        <div class="article">
          ${layout(article.text, index, numbered).map((lines) => html`<p>${lines.map((segments, i) => html`${i > 0 ? html`<br />` : nothing}${segments.map((s) => renderSegment(s, this.rules.statuses))}`)}</p>`)}
        </div>
      </section>
      <section aria-labelledby="claims-caption">${this.renderTable(numbered)}</section>
    </article>`;
  }

  private renderHeader(article: Article) {
    const progress = progressOf(this.claims, this.rules);
    const extra = [
      progress.changed ? `${progress.changed} to re-check` : '',
      progress.orphaned ? `${progress.orphaned} orphaned` : '',
      progress.openQueries ? `${progress.openQueries} open ${progress.openQueries === 1 ? 'query' : 'queries'}` : '',
      progress.awaitingSecondCheck ? `${progress.awaitingSecondCheck} awaiting a second check` : '',
    ].filter(Boolean);
    const signOff = article.signOff;
    return html`<header>
      <p class="kicker">Fact-check report</p>
      <h1 id="report-title" tabindex="-1">${article.title || 'Untitled article'}</h1>
      ${this.organisation ? html`<p class="meta organisation">${this.organisation}</p>` : nothing}
      ${
        article.url
          ? html`<p class="meta">
            ${isHttpUrl(article.url) ? html`<a href=${article.url}>${article.url}</a>` : article.url}
          </p>`
          : nothing
      }
      ${this.generatedAt ? html`<p class="meta">Generated <time datetime=${this.generatedAt}>${formatTime(this.generatedAt)}</time></p>` : nothing}
      <p class="sign-off ${signOff ? (signOff.stale ? 'stale' : '') : 'none'}">
        ${
          !signOff
            ? 'Not signed off.'
            : signOff.stale
              ? html`Signed off by ${signOff.by} on <time datetime=${signOff.at}>${formatTime(signOff.at)}</time> — stale since
                  <time datetime=${signOff.staleSince ?? ''}>${formatTime(signOff.staleSince)}</time>: changed after the sign-off.`
              : html`Signed off by ${signOff.by} on <time datetime=${signOff.at}>${formatTime(signOff.at)}</time>.`
        }
      </p>
      <p class="progress">
        ${progress.resolved} of ${progress.total} resolved${extra.length ? ` · ${extra.join(' · ')}` : ''}
      </p>
      <ul class="counts" aria-label="Claims by status">
        ${this.rules.statuses.map(
          (s) => html`<li data-status=${s.id}>
            <span class="badge" data-status=${s.id}><span class="icon" aria-hidden="true">${s.icon}</span>${s.label}</span
            ><span class="count">${progress.byStatus[s.id]}</span>
          </li>`,
        )}
      </ul>
    </header>`;
  }

  private renderTable(numbered: Numbered[]) {
    return html`<table>
      <caption id="claims-caption">
        Claims (${numbered.length})
      </caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Claim</th>
          <th scope="col">Status</th>
          <th scope="col">Note</th>
          <th scope="col">Sources</th>
          <th scope="col">Verdict by</th>
          <th scope="col">Last change</th>
        </tr>
      </thead>
      <tbody>
        ${
          numbered.length === 0
            ? html`<tr>
              <td colspan="7" class="none">No claims have been tagged in this article.</td>
            </tr>`
            : (this.problemsFirst ? problemsFirst(numbered, (item) => item.claim) : numbered).map((item) => renderRow(item, this.rules))
        }
      </tbody>
    </table>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The report replaces the article: focus goes to its title, so a screen reader reads it first.
    if (this.article && !this.focused) {
      this.focused = true;
      this.renderRoot.querySelector<HTMLElement>('#report-title')?.focus();
    }
  }

  private print() {
    window.print();
  }

  private close() {
    this.dispatchEvent(new CustomEvent('fc-report-close', { detail: {}, bubbles: true, composed: true }));
  }
}

function renderSegment(segment: Segment, set: StatusSet) {
  if (segment.claims.length === 0) return segment.text;
  const inner = segment.claims[0]!;
  return html`<mark
      class="fc-report-claim ${segment.claims.length > 1 ? 'overlap' : ''}"
      data-status=${inner.claim.status}
      data-claims=${segment.claims
        .map((c) => c.n)
        .sort((a, b) => a - b)
        .join(' ')}
      >${segment.text}${
        segment.ending.length
          ? html`<span class="visually-hidden">
            (${segment.ending.map((c) => `claim ${c.n}: ${statusOf(c.claim.status, set).label}${c.claim.changed ? ', re-check' : ''}`).join('; ')})</span
          >`
          : nothing
      }</mark
    >${segment.ending.map(
      (c) =>
        html`<sup class="ref" data-status=${c.claim.status}
          >[<span class="num">${c.n}</span><span class="icon" aria-hidden="true"> ${statusOf(c.claim.status, set).icon}</span>]</sup
        >`,
    )}`;
}

function renderRow({ n, claim, placed, overlaps }: Numbered, rules: DeskRules) {
  const info = statusOf(claim.status, rules.statuses);
  const open = openQueries(claim).length;
  const awaiting = awaitsSecondCheck(claim, rules);
  const by = claim.status === 'unchecked' ? '' : verdictBy(claim);
  return html`<tr data-claim-id=${claim.id} data-status=${claim.status}>
    <th scope="row">${n}</th>
    <td class="quote">${claim.quote ? `“${claim.quote}”` : html`<span class="none">(no text)</span>`}${claim.claimant ? html`<span class="claimant">Claimed by ${claim.claimant}</span>` : nothing}</td>
    <td>
      <span class="badge" data-status=${claim.status}><span class="icon" aria-hidden="true">${info.icon}</span>${info.label}</span>
      ${
        claim.changed || claim.orphaned || !placed || overlaps.length || open || awaiting
          ? html`<div class="flags">
            ${claim.changed ? html`<span class="recheck">Re-check</span>` : nothing}
            ${claim.orphaned ? html`<span class="orphan-flag">Orphaned</span>` : !placed ? html`<span class="orphan-flag">Not in the text</span>` : nothing}
            ${open ? html`<span class="flag">${open} open ${open === 1 ? 'query' : 'queries'}</span>` : nothing}
            ${awaiting ? html`<span class="flag">Awaiting second check</span>` : nothing}
            ${overlaps.length ? html`<span class="overlap-note">Overlaps ${overlaps.map((o) => `[${o}]`).join(' ')}</span>` : nothing}
          </div>`
          : nothing
      }
    </td>
    <td class="note">${claim.note || (claim.suggestedFix ? nothing : html`<span class="none">—</span>`)}${claim.suggestedFix ? html`<span class="fix"><strong>Suggested wording:</strong> ${claim.suggestedFix}</span>` : nothing}</td>
    <td class="sources">
      ${
        claim.sources.length
          ? html`<ul class="sources">
            ${claim.sources.map(
              (s) => html`<li>
                ${
                  sourceKind(s) !== 'web'
                    ? describeSource(s)
                    : html`${s.label ? html`${s.label}: ` : nothing}${isHttpUrl(s.url) ? html`<a href=${s.url} rel="noopener noreferrer">${s.url}</a>` : html`<span class="url">${s.url}</span>`}`
                }
              </li>`,
            )}
          </ul>`
          : html`<span class="none">—</span>`
      }
    </td>
    <td>
      ${by || html`<span class="none">—</span>`}
      ${claim.secondCheck ? html`<span class="claimant">Second check: ${claim.secondCheck.by}</span>` : nothing}
    </td>
    <td><time datetime=${claim.updatedAt}>${formatTime(claim.updatedAt)}</time></td>
  </tr>`;
}

/**
 * The claims numbered in document order (start, then end), orphans and
 * claims whose offsets fall outside the text last. The sort is stable, so
 * ties keep the order they were given in.
 */
function numberClaims(claims: readonly StoredClaim[], length: number): Numbered[] {
  const items = claims.map((claim) => ({
    claim,
    placed: !claim.orphaned && Number.isInteger(claim.start) && Number.isInteger(claim.end) && claim.start >= 0 && claim.start < claim.end && claim.end <= length,
  }));
  items.sort((a, b) => Number(!a.placed) - Number(!b.placed) || a.claim.start - b.claim.start || a.claim.end - b.claim.end);
  const numbered: Numbered[] = items.map((item, i) => ({ ...item, n: i + 1, overlaps: [] }));
  const placed = numbered.filter((c) => c.placed);
  for (const a of placed) {
    for (const b of placed) {
      if (a !== b && a.claim.start < b.claim.end && b.claim.start < a.claim.end) a.overlaps.push(b.n);
    }
  }
  return numbered;
}

/**
 * The article text as paragraphs ("\n\n") of lines ("\n") of segments, cut
 * at every placed claim's start and end so that each segment is covered by
 * one fixed set of claims. Offsets are code points, as everywhere outside
 * the editor.
 */
function layout(text: string, index: CodePointIndex, numbered: Numbered[]): Layout {
  const placed = numbered.filter((c) => c.placed);
  const cuts = [...new Set(placed.flatMap((c) => [c.claim.start, c.claim.end]))].sort((a, b) => a - b);
  const paragraphs: Layout = [];
  const all: Segment[] = [];
  let offset = 0;
  for (const paragraph of text.split('\n\n')) {
    const lines: Segment[][] = [];
    for (const line of paragraph.split('\n')) {
      const start = offset;
      const end = start + cpLength(line);
      offset = end + 1;
      const points = [start, ...cuts.filter((p) => p > start && p < end), end];
      const segments: Segment[] = [];
      for (let i = 0; i + 1 < points.length; i++) {
        const a = points[i]!;
        const b = points[i + 1]!;
        if (a === b) continue;
        const claims = placed
          .filter((c) => c.claim.start < b && c.claim.end > a)
          // Innermost first: it gives the segment its colour.
          .sort((x, y) => y.claim.start - x.claim.start || x.claim.end - y.claim.end || x.n - y.n);
        segments.push({ text: index.slice(a, b), claims, ending: [] });
      }
      all.push(...segments);
      lines.push(segments);
    }
    // `split('\n')` consumed one separator per line; the paragraph break is one more.
    offset += 1;
    paragraphs.push(lines);
  }
  // A claim's number goes after the last segment it covers, which is not
  // always where it ends: a claim may end on a line break.
  const last = new Map<Numbered, Segment>();
  for (const segment of all) for (const c of segment.claims) last.set(c, segment);
  for (const [c, segment] of last) segment.ending.push(c);
  for (const segment of all) segment.ending.sort((x, y) => x.n - y.n);
  return paragraphs;
}

/** The `fc-report-close` event: the reader wants the article back. */
export type FcReportCloseEvent = CustomEvent<Record<string, never>>;

declare global {
  interface HTMLElementTagNameMap {
    'fc-report': FcReport;
  }
  interface GlobalEventHandlersEventMap {
    'fc-report-close': FcReportCloseEvent;
  }
}
