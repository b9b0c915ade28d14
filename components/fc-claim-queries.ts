import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Query } from '../src/claims/record.js';
import { emit } from './events.js';
import { formatTime } from './format.js';
import { controls, host, tokens } from './theme.js';

const STATE_LABEL: Record<Query['state'], string> = { open: 'Open', answered: 'Answered', withdrawn: 'Withdrawn' };

/**
 * A claim's queries to the writer, in the claim panel: each open, answered
 * (the answer typed in, with who and when) or withdrawn, and "Ask the
 * writer", a short form for whom and the question. Queries are never
 * deleted: the claim keeps the whole exchange.
 *
 * @fires {CustomEvent<{ id: string; action: 'ask' | 'answer' | 'withdraw' }>} fc-query - a query asked, answered or withdrawn
 */
@customElement('fc-claim-queries')
export class FcClaimQueries extends LitElement {
  static override styles = [
    tokens,
    host,
    controls,
    css`
      ol {
        list-style: none;
        margin: 0 0 0.45rem;
        padding: 0;
        display: grid;
        gap: 0.4rem;
      }
      li {
        border: 1px solid var(--fc-line);
        border-left: 4px solid var(--fc-line);
        border-radius: 6px;
        padding: 0.4rem 0.55rem;
        font-size: 0.85rem;
        line-height: 1.4;
        display: grid;
        gap: 0.2rem;
      }
      li[data-state='open'] {
        border-left-color: #8a5a00;
        background: #fffaf0;
      }
      li[data-state='answered'] {
        border-left-color: #176b33;
      }
      li[data-state='withdrawn'] {
        color: var(--fc-muted);
      }
      li[data-state='withdrawn'] .question {
        text-decoration: line-through;
      }
      .state {
        font-size: 0.7rem;
        font-weight: 700;
        text-transform: uppercase;
        letter-spacing: 0.03em;
      }
      li[data-state='open'] .state::before {
        content: '? ' / '';
      }
      li[data-state='answered'] .state::before {
        content: '✓ ' / '';
      }
      li[data-state='withdrawn'] .state::before {
        content: '– ' / '';
      }
      .question {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .answer {
        overflow-wrap: anywhere;
      }
      .who {
        font-size: 0.76rem;
        color: var(--fc-muted);
      }
      .actions {
        display: flex;
        gap: 0.3rem;
        flex-wrap: wrap;
      }
      form {
        display: grid;
        gap: 0.3rem;
        margin-top: 0.2rem;
      }
      label {
        font-size: 0.76rem;
        font-weight: 600;
        color: var(--fc-muted);
      }
      textarea {
        min-height: 3.2rem;
        resize: vertical;
      }
      .error {
        color: var(--fc-danger);
        font-size: 0.8rem;
      }
    `,
  ];

  /** The claim the queries belong to. */
  @property({ attribute: false }) claimId = '';
  @property({ attribute: false }) queries: Query[] = [];
  /** Whom the last query of the article went to, the default of the next one. */
  @property({ attribute: false }) writer = '';

  /** Whether the "Ask the writer" form is open. */
  @state() private asking = false;
  /** The query whose answer is being typed in. */
  @state() private answering: string | null = null;
  @state() private error = '';

  override render() {
    return html`${
      this.queries.length
        ? html`<ol aria-label="Queries">
          ${this.queries.map((q) => this.renderQuery(q))}
        </ol>`
        : nothing
    }
    ${
      this.asking
        ? html`<form @submit=${this.ask} aria-label="Ask the writer">
          <label for="query-to">To</label>
          <input id="query-to" name="to" autocomplete="off" placeholder="The writer’s name" .value=${this.writer} />
          <label for="query-question">Question</label>
          <textarea id="query-question" name="question" placeholder="What should the writer confirm or explain?" @input=${() => (this.error = '')}></textarea>
          <span class="error" role="alert">${this.error}</span>
          <div class="actions">
            <button type="submit" class="primary">Add query</button>
            <button type="button" @click=${() => (this.asking = false)}>Cancel</button>
          </div>
        </form>`
        : html`<button @click=${this.openAsk}>Ask the writer</button>`
    }`;
  }

  private renderQuery(q: Query) {
    return html`<li data-state=${q.state} data-query-id=${q.id}>
      <span class="state">${STATE_LABEL[q.state]}</span>
      <span class="question">${q.to ? html`To ${q.to}: ` : nothing}${q.question}</span>
      <span class="who">Asked by ${q.askedBy || 'someone'} · ${formatTime(q.askedAt)}</span>
      ${
        q.state === 'answered'
          ? html`<span class="answer">${q.answer}</span>
            <span class="who">Answered by ${q.answeredBy || 'someone'} · ${formatTime(q.answeredAt)}</span>`
          : nothing
      }
      ${
        q.state !== 'open'
          ? nothing
          : this.answering === q.id
            ? html`<form @submit=${(e: SubmitEvent) => this.answer(e, q)} aria-label="The writer’s answer">
              <label for="answer-${q.id}">Answer</label>
              <textarea id="answer-${q.id}" name="answer" @input=${() => (this.error = '')}></textarea>
              <label for="answered-by-${q.id}">Answered by</label>
              <input id="answered-by-${q.id}" name="by" .value=${q.to} />
              <span class="error" role="alert">${this.error}</span>
              <div class="actions">
                <button type="submit" class="primary">Save answer</button>
                <button type="button" @click=${() => (this.answering = null)}>Cancel</button>
              </div>
            </form>`
            : html`<div class="actions">
              <button @click=${() => this.openAnswer(q.id)}>Answer</button>
              <button @click=${() => emit(this, 'fc-query', { id: this.claimId, action: 'withdraw', queryId: q.id })}>Withdraw</button>
            </div>`
      }
    </li>`;
  }

  private async openAsk() {
    this.asking = true;
    this.error = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>(this.writer ? '#query-question' : '#query-to')?.focus();
  }

  private async openAnswer(id: string) {
    this.answering = id;
    this.error = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>(`[name="answer"]`)?.focus();
  }

  private ask(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const to = (form.elements.namedItem('to') as HTMLInputElement).value.trim();
    const question = (form.elements.namedItem('question') as HTMLTextAreaElement).value.trim();
    if (!question) {
      this.error = 'Type the question first.';
      return;
    }
    emit(this, 'fc-query', { id: this.claimId, action: 'ask', to, question });
    this.asking = false;
  }

  private answer(e: SubmitEvent, q: Query) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const answer = (form.elements.namedItem('answer') as HTMLTextAreaElement).value.trim();
    if (!answer) {
      this.error = 'Type the answer, or withdraw the query instead.';
      return;
    }
    emit(this, 'fc-query', { id: this.claimId, action: 'answer', queryId: q.id, answer, answeredBy: (form.elements.namedItem('by') as HTMLInputElement).value.trim() });
    this.answering = null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-claim-queries': FcClaimQueries;
  }
}
