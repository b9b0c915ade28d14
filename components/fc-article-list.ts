import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ArticleMeta } from '../src/article/article.js';
import { emit } from './events.js';
import { formatTime } from './format.js';
import { controls, host, tokens } from './theme.js';

/**
 * The saved articles: open one, rename it in place, or delete it after a
 * confirmation that names it. Each shows how far its checking is ("12 of
 * 40 resolved · 2 queries", as its last save left it) and its sign-off.
 *
 * @fires {CustomEvent<{ id: string }>} fc-article-open
 * @fires {CustomEvent<{ id: string; title: string }>} fc-article-rename
 * @fires {CustomEvent<{ id: string }>} fc-article-delete - only after the user confirmed
 */
@customElement('fc-article-list')
export class FcArticleList extends LitElement {
  static override styles = [
    tokens,
    host,
    controls,
    css`
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.25rem;
      }
      li {
        border-radius: 6px;
        padding: 0.4rem 0.5rem;
        border: 1px solid transparent;
      }
      li[aria-current='true'] {
        background: #eaf2fc;
        border-color: #b8d3f1;
      }
      .open {
        display: block;
        width: 100%;
        text-align: left;
        border: none;
        background: none;
        padding: 0;
        font-weight: 600;
        font-size: 0.88rem;
        line-height: 1.3;
        overflow-wrap: anywhere;
      }
      .open:hover {
        background: none;
        text-decoration: underline;
      }
      .when,
      .progress {
        font-size: 0.72rem;
        color: var(--fc-muted);
      }
      .progress {
        display: block;
        margin-top: 0.1rem;
      }
      .signed {
        display: inline-block;
        font-size: 0.68rem;
        font-weight: 700;
        border-radius: 4px;
        padding: 0 0.3rem;
        margin-top: 0.15rem;
        border: 1px solid #4f9a68;
        color: #176b33;
      }
      .signed.stale {
        border-color: #c98a00;
        color: #7a4b00;
      }
      .row {
        display: flex;
        gap: 0.25rem;
        align-items: center;
        justify-content: space-between;
      }
      .tools {
        display: flex;
        gap: 0.1rem;
      }
      .tools button {
        font-size: 0.72rem;
        padding: 0.1rem 0.35rem;
      }
      .confirm {
        margin-top: 0.35rem;
        font-size: 0.8rem;
        display: grid;
        gap: 0.35rem;
      }
      .confirm div {
        display: flex;
        gap: 0.3rem;
      }
      form {
        display: flex;
        gap: 0.25rem;
      }
      form input {
        flex: 1;
        min-width: 0;
      }
      .empty {
        font-size: 0.82rem;
        color: var(--fc-muted);
      }
    `,
  ];

  @property({ attribute: false }) articles: ArticleMeta[] = [];
  @property({ attribute: false }) current: string | null = null;
  @state() private renaming: string | null = null;
  @state() private confirming: string | null = null;

  override render() {
    if (this.articles.length === 0) return html`<p class="empty">No saved articles.</p>`;
    return html`<ul aria-label="Saved articles">
      ${this.articles.map((a) => this.renderItem(a))}
    </ul>`;
  }

  private renderItem(a: ArticleMeta) {
    const current = a.id === this.current;
    if (this.renaming === a.id) {
      return html`<li aria-current=${current ? 'true' : 'false'}>
        <form @submit=${(e: SubmitEvent) => this.rename(e, a.id)}>
          <input name="title" aria-label="New title for ${a.title}" .value=${a.title} @keydown=${this.cancelOnEscape} />
          <button type="submit">Save</button>
        </form>
      </li>`;
    }
    return html`<li aria-current=${current ? 'true' : 'false'}>
      <button class="open" @click=${() => emit(this, 'fc-article-open', { id: a.id })} aria-label="Open ${a.title}">
        ${a.title}
      </button>
      ${
        a.progress
          ? html`<span class="progress"
            >${a.progress.resolved} of ${a.progress.total} resolved${a.progress.openQueries ? ` · ${a.progress.openQueries} ${a.progress.openQueries === 1 ? 'query' : 'queries'}` : ''}</span
          >`
          : nothing
      }
      ${a.signOff ? html`<span class="signed ${a.signOff.stale ? 'stale' : ''}">${a.signOff.stale ? '⚠ Sign-off stale' : `✓ Signed off by ${a.signOff.by}`}</span>` : nothing}
      <div class="row">
        <span class="when">${formatTime(a.updatedAt)}</span>
        <span class="tools">
          <button class="link" aria-label="Rename ${a.title}" @click=${() => this.startRename(a.id)}>Rename</button>
          <button class="link danger" aria-label="Delete ${a.title}" @click=${() => (this.confirming = a.id)}>Delete</button>
        </span>
      </div>
      ${
        this.confirming === a.id
          ? html`<div class="confirm" role="alertdialog" aria-label="Confirm deletion">
            <span>Delete “${a.title}” and all its claims? This cannot be undone.</span>
            <div>
              <button class="danger" @click=${() => this.confirmDelete(a.id)}>Delete article</button>
              <button @click=${() => (this.confirming = null)}>Keep it</button>
            </div>
          </div>`
          : nothing
      }
    </li>`;
  }

  private async startRename(id: string) {
    this.renaming = id;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLInputElement>('form input')?.select();
  }

  private rename(e: SubmitEvent, id: string) {
    e.preventDefault();
    const title = ((e.target as HTMLFormElement).elements.namedItem('title') as HTMLInputElement).value.trim();
    this.renaming = null;
    if (title) emit(this, 'fc-article-rename', { id, title });
  }

  private cancelOnEscape(e: KeyboardEvent) {
    if (e.key === 'Escape') this.renaming = null;
  }

  private confirmDelete(id: string) {
    this.confirming = null;
    emit(this, 'fc-article-delete', { id });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-article-list': FcArticleList;
  }
}
