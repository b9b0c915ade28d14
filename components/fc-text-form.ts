import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { emit } from './events.js';
import { controls, host, tokens } from './theme.js';
import { FocusReturn } from './focus-return.js';

/** The two forms that take an article's text: a new article, or a new version of the open one. */
export type TextFormKind = 'new-article' | 'update-text';

const FORMS: Record<TextFormKind, { heading: string; label: string; field: string; submit: string; file: string; accept: string }> = {
  'new-article': {
    heading: 'New article',
    label: 'Paste the article’s text (the first line is the title; a blank line separates paragraphs)',
    field: 'Article text to paste',
    submit: 'Create article',
    file: 'Open a .txt, .md or .html file…',
    accept: '.txt,.text,.md,.markdown,.html,.htm,.json,text/plain,text/markdown,text/html,application/json',
  },
  'update-text': {
    heading: 'Update text',
    label: 'Paste the new version of this article. Every claim is looked for again; you will see which were kept, which changed and which were lost.',
    field: 'New version of the article text',
    submit: 'Update text',
    file: 'Open the new version from a file…',
    accept: '.txt,.text,.md,.markdown,.html,.htm',
  },
};

/**
 * A form that takes an article's text, pasted or from a file: "New
 * article", or "Update text" for a new version of the open article.
 *
 * @fires fc-text-form - `submit` (with the text), `file` (with the file chosen) or `cancel`
 */
@customElement('fc-text-form')
export class FcTextForm extends LitElement {
  static override styles = [
    tokens,
    host,
    controls,
    css`
      form {
        max-width: 44rem;
        margin: 1.25rem auto 0;
        display: grid;
        gap: 0.5rem;
        border: 1px solid var(--fc-line);
        border-radius: 8px;
        padding: 0.8rem;
        background: #fff;
      }
      h2 {
        font-size: 0.75rem;
        text-transform: uppercase;
        letter-spacing: 0.07em;
        color: var(--fc-muted);
        margin: 0;
      }
      label {
        font-size: 0.88rem;
      }
      textarea {
        min-height: 10rem;
        width: 100%;
        font-family: var(--fc-serif);
      }
      .row {
        display: flex;
        gap: 0.4rem;
        align-items: center;
        flex-wrap: wrap;
      }
    `,
  ];

  @property() kind: TextFormKind = 'new-article';
  @query('textarea') private field!: HTMLTextAreaElement;
  /** Closing the form gives focus back to what opened it (the toolbar's button). */
  protected readonly focusReturn = new FocusReturn(this);
  @query('input[type="file"]') private fileInput!: HTMLInputElement;

  override render() {
    const f = FORMS[this.kind];
    return html`<form aria-label=${f.heading} @submit=${this.onSubmit}>
      <h2>${f.heading}</h2>
      <label for="text">${f.label}</label>
      <textarea id="text" name="text" aria-label=${f.field}></textarea>
      <div class="row">
        <button class="primary" type="submit">${f.submit}</button>
        <button type="button" @click=${() => this.fileInput.click()}>${f.file}</button>
        <button type="button" @click=${() => emit(this, 'fc-text-form', { form: this.kind, action: 'cancel' })}>Cancel</button>
      </div>
      <input type="file" hidden accept=${f.accept} @change=${this.onFile} />
    </form>`;
  }

  /** Puts the caret in the text field (the form just opened). */
  override focus(): void {
    this.field?.focus();
  }

  /** Empties the field (the text was taken). */
  reset(): void {
    if (this.field) this.field.value = '';
  }

  private onSubmit(e: SubmitEvent) {
    e.preventDefault();
    emit(this, 'fc-text-form', { form: this.kind, action: 'submit', text: this.field.value });
  }

  private onFile(e: Event) {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) emit(this, 'fc-text-form', { form: this.kind, action: 'file', file });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-text-form': FcTextForm;
  }
}
