import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { SOURCE_KINDS, type Source, type SourceKind } from '../src/claims/record.js';
import { normaliseSource, sourceKind, sourceProblem, SOURCE_KIND_LABELS } from '../src/claims/source.js';
import { emit } from './events.js';
import { controls, host, tokens } from './theme.js';

/**
 * A claim's sources in the claim panel, and the form that adds one. A web
 * page is its address (http: or https:, required); an interview, a phone
 * call, a document or an email is told by who, when and a label, its
 * address optional. The rules are the core's (`sourceProblem`), so what
 * the form accepts every import accepts too.
 *
 * @fires {CustomEvent<{ id: string; sources: Source[] }>} fc-claim-update - a source added or removed
 */
@customElement('fc-claim-sources')
export class FcClaimSources extends LitElement {
  static override styles = [
    tokens,
    host,
    controls,
    css`
      ul {
        list-style: none;
        padding: 0;
        margin: 0 0 0.4rem;
        display: grid;
        gap: 0.25rem;
      }
      li {
        display: flex;
        gap: 0.4rem;
        align-items: baseline;
        font-size: 0.85rem;
        overflow-wrap: anywhere;
      }
      li > :first-child {
        flex: 1;
      }
      a {
        color: var(--fc-accent);
      }
      .kind {
        font-size: 0.7rem;
        font-weight: 700;
        text-transform: uppercase;
        letter-spacing: 0.03em;
        color: var(--fc-muted);
        margin-right: 0.3rem;
      }
      form {
        display: grid;
        gap: 0.3rem;
      }
      .row {
        display: flex;
        gap: 0.3rem;
      }
      .row > * {
        flex: 1;
        min-width: 0;
      }
      .row > button {
        flex: none;
      }
      .hint {
        font-size: 0.78rem;
        color: var(--fc-muted);
      }
      .error {
        color: var(--fc-danger);
        font-size: 0.8rem;
      }
      input[aria-invalid='true'] {
        border-color: var(--fc-danger);
      }
    `,
  ];

  /** The claim the sources belong to. */
  @property({ attribute: false }) claimId = '';
  @property({ attribute: false }) sources: Source[] = [];

  @state() private kind: SourceKind = 'web';
  @state() private error = '';

  override render() {
    const web = this.kind === 'web';
    return html`${
      this.sources.length
        ? html`<ul aria-label="Sources">
          ${this.sources.map(
            (s, i) => html`<li>
              ${
                sourceKind(s) === 'web'
                  ? html`<a href=${s.url ?? ''} target="_blank" rel="noopener noreferrer">${s.label || s.url}</a>`
                  : html`<span
                      ><span class="kind">${SOURCE_KIND_LABELS[sourceKind(s)]}</span>${otherDetail(s)}${
                        s.url ? html` <a href=${s.url} target="_blank" rel="noopener noreferrer">link</a>` : nothing
                      }</span
                    >`
              }
              <button class="link danger" aria-label="Remove source ${s.label || s.url || s.who || ''}" @click=${() => this.removeSource(i)}>Remove</button>
            </li>`,
          )}
        </ul>`
        : html`<span class="hint">No sources yet.</span>`
    }
      <form @submit=${this.add} novalidate>
        <div class="row">
          <select name="kind" aria-label="Kind of source" .value=${this.kind} @change=${this.onKind}>
            ${SOURCE_KINDS.map((k) => html`<option value=${k} ?selected=${k === this.kind}>${SOURCE_KIND_LABELS[k]}</option>`)}
          </select>
        </div>
        ${
          web
            ? nothing
            : html`<div class="row">
              <input name="who" aria-label="Who" placeholder=${this.kind === 'document' ? 'Author or body' : 'Who'} />
              <input name="at" type="date" aria-label="When" />
            </div>`
        }
        <div class="row">
          <input
            name="url"
            type="url"
            aria-label=${web ? 'Source URL' : 'Source URL (optional)'}
            placeholder=${web ? 'https://…' : 'https://… (optional)'}
            aria-invalid=${this.error ? 'true' : 'false'}
            aria-describedby="source-error"
            @input=${() => (this.error = '')}
          />
        </div>
        <div class="row">
          <input name="label" aria-label="Source label (optional)" placeholder=${web ? 'Label (optional)' : 'Label: notes p. 3, file name…'} />
          <button type="submit">Add source</button>
        </div>
        <span id="source-error" class="error" role="alert">${this.error}</span>
      </form>`;
  }

  private onKind(e: Event) {
    this.kind = (e.target as HTMLSelectElement).value as SourceKind;
    this.error = '';
  }

  private add(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? '';
    const url = field('url');
    // The browser's own form of the address (spaces and the like escaped),
    // checked by the rule every import applies, so an export always re-imports.
    const draft: Source = { kind: this.kind, url: url ? (normalisedUrl(url) ?? url) : '', label: field('label'), who: field('who'), at: field('at') };
    const problem = sourceProblem(draft);
    if (problem) {
      this.error =
        this.kind === 'web' && url && !/^https?:/i.test(url)
          ? `“${url}” is not a web address: only http: and https: links can be sources.`
          : this.kind === 'web' && !url
            ? 'Enter the source’s web address (http: or https:).'
            : `${problem}.`;
      return;
    }
    emit(this, 'fc-claim-update', { id: this.claimId, sources: [...this.sources, normaliseSource(draft)] });
    form.reset();
    this.kind = 'web';
    this.error = '';
  }

  private removeSource(index: number) {
    emit(this, 'fc-claim-update', { id: this.claimId, sources: this.sources.filter((_, i) => i !== index) });
  }
}

/** What tells an interview, a call, a document or an email apart: who, when — label. */
function otherDetail(s: Source): string {
  return [[s.who, s.at].filter(Boolean).join(', '), s.label].filter(Boolean).join(' — ') || '(no details)';
}

function normalisedUrl(value: string): string | null {
  try {
    return new URL(value).href;
  } catch {
    return null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-claim-sources': FcClaimSources;
  }
}
