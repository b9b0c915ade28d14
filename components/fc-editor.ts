import { LitElement, css, unsafeCSS } from 'lit';
import { customElement } from 'lit/decorators.js';
import { EditorState, type Command, type Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { STATUSES } from '../src/claims/status.js';
import { clipboardParser as claimsClipboard } from '../src/claims/clipboard.js';
import { stripDangerousElements } from '../src/article/parse.js';
import { articleSchema } from '../src/article/schema.js';
import { emit } from './events.js';
import { STATUS_STYLE, peerColours } from './theme.js';
import { statusSheet } from './statuses.js';

const highlightRules = STATUSES.map((s) => {
  const style = STATUS_STYLE[s.id]!;
  return `
  .fc-claim[data-status='${s.id}'] {
    background-color: ${style.tint};
    text-decoration-line: ${style.lines};
    text-decoration-style: ${style.line};
    text-decoration-color: ${style.strong};
  }
  .fc-cue-end[data-cue-status='${s.id}']::before {
    content: '${s.icon}' / ', ${s.label}';
    color: ${style.strong};
  }`;
}).join('\n');

/** What is pasted is read with the article's rules and the claim mark's: cut words keep their claim. */
const clipboardParser = claimsClipboard(articleSchema);

/**
 * The article editor. It owns its ProseMirror `EditorView`; Lit never
 * renders into the editable DOM. Every transaction is applied here and
 * announced with `fc-transaction`, the one bridge to the rest of the app.
 *
 * @fires {CustomEvent<{ state: EditorState; transaction: Transaction }>} fc-transaction - after each transaction, with the new state
 * @csspart article - the editable article
 */
@customElement('fc-editor')
export class FcEditor extends LitElement {
  // The newsroom's statuses are drawn by the shared status sheet, after the built-ins' rules.
  static override styles = [
    peerColours,
    css`
    :host {
      display: block;
    }
    .ProseMirror {
      position: relative;
      word-wrap: break-word;
      white-space: pre-wrap;
      white-space: break-spaces;
      font-variant-ligatures: none;
      font-feature-settings: 'liga' 0;
      outline: none;
      font-family: var(--fc-serif, Georgia, serif);
      font-size: 1.125rem;
      line-height: 1.7;
      color: var(--fc-ink, #1b1f24);
      padding: 0.25rem 0 4rem;
      caret-color: var(--fc-accent, #0b5cad);
    }
    .ProseMirror:focus-visible {
      outline: none;
    }
    .ProseMirror p {
      margin: 0 0 1.1em;
    }
    /* A keystroke lays out its own paragraph, not the article. */
    .ProseMirror > p {
      contain: layout style;
    }
    .ProseMirror h1,
    .ProseMirror h2,
    .ProseMirror h3 {
      font-family: var(--fc-font, system-ui, sans-serif);
      line-height: 1.25;
      margin: 0 0 0.8em;
      letter-spacing: -0.01em;
    }
    .ProseMirror h1 {
      font-size: 1.9rem;
    }
    .ProseMirror h2 {
      font-size: 1.4rem;
    }
    .ProseMirror a {
      color: var(--fc-accent, #0b5cad);
    }
    .ProseMirror-hideselection *::selection {
      background: transparent;
    }
    .ProseMirror-hideselection {
      caret-color: transparent;
    }
    .fc-claim {
      border-radius: 2px;
      text-decoration-thickness: 2px;
      text-underline-offset: 0.22em;
      text-decoration-skip-ink: none;
      cursor: pointer;
      box-decoration-break: clone;
      -webkit-box-decoration-break: clone;
    }
    /* Each claim's cues (widgets with no text, see src/claims/cues.ts) are
       read by screen readers through CSS alternative text, since aria-label
       on a span inside contenteditable is dropped: "claim:" where it starts,
       ", Verified" after it, once each however many marks it crosses. */
    .fc-cue-start::before {
      content: '' / 'claim:';
    }
    .fc-cue-end::before {
      font-family: var(--fc-font, system-ui, sans-serif);
      font-size: 0.62em;
      font-weight: 700;
      vertical-align: super;
      line-height: 0;
      margin-left: 0.08em;
      user-select: none;
    }
    .fc-cue-end + .fc-cue-end::before {
      margin-left: 0.15em;
    }
    ${unsafeCSS(highlightRules)}
    .fc-claim.fc-changed {
      outline: 2px dashed #c98a00;
      outline-offset: 1px;
    }
    .fc-cue-start[data-cue-changed]::before {
      content: 'Re-check' / 'claim, re-check:';
      font-family: var(--fc-font, system-ui, sans-serif);
      font-size: 0.6em;
      font-weight: 700;
      text-transform: uppercase;
      color: #7a2e00;
      background: #ffe08a;
      border-radius: 3px;
      padding: 0 0.25em;
      margin-right: 0.2em;
      vertical-align: 0.15em;
      user-select: none;
    }
    .fc-active {
      box-shadow: 0 0 0 2px var(--fc-accent, #0b5cad);
      border-radius: 2px;
    }
    /* Forced colours drop box shadows: the open claim keeps an outline there. */
    @media (forced-colors: active) {
      .fc-active {
        outline: 2px solid Highlight;
        outline-offset: 1px;
      }
    }
    .fc-suggestion {
      text-decoration-line: underline;
      text-decoration-style: dashed;
      text-decoration-color: #6b7280;
      text-decoration-thickness: 1.5px;
      text-underline-offset: 0.3em;
      cursor: pointer;
    }
    .fc-suggestion-active {
      background: #eef2f7;
      outline: 2px dashed #6b7280;
      outline-offset: 1px;
      border-radius: 2px;
    }
    /* Someone else on a shared article: their caret with their name, and their selection. */
    .fc-peer-caret {
      position: relative;
      margin: 0 -1px;
      border-left: 2px solid var(--fc-peer);
      pointer-events: none;
    }
    .fc-peer-name {
      position: absolute;
      top: -1.35em;
      left: -2px;
      font-family: var(--fc-font, system-ui, sans-serif);
      font-size: 0.68rem;
      line-height: 1.2;
      font-weight: 600;
      color: #fff;
      background: var(--fc-peer);
      padding: 0 0.25rem;
      border-radius: 3px 3px 3px 0;
      white-space: nowrap;
      user-select: none;
    }
    .fc-peer-selection {
      background-color: color-mix(in srgb, var(--fc-peer) 22%, transparent);
    }
  `,
    statusSheet,
  ];

  private view: EditorView | null = null;
  private readonly mount = document.createElement('div');
  private initial: EditorState | null = null;

  /** The current editor state (null before the first `load`). */
  get state(): EditorState | null {
    return this.view?.state ?? this.initial;
  }

  /** The ProseMirror view, for tests and integrations that need it. */
  get editorView(): EditorView | null {
    return this.view;
  }

  /** Shows a new state (a newly opened article), replacing the old one. */
  load(state: EditorState): void {
    if (this.view) {
      this.view.updateState(state);
    } else {
      this.initial = state;
    }
    emit(this, 'fc-transaction', { state, transaction: state.tr });
  }

  /** Applies a transaction as if the user made it. */
  dispatch(tr: Transaction): void {
    if (!this.view) throw new RangeError('The editor has no article loaded yet');
    this.view.dispatch(tr);
  }

  /** Runs a ProseMirror command against the editor; false when it did not apply. */
  run(command: Command): boolean {
    if (!this.view) return false;
    return command(this.view.state, (tr) => this.view!.dispatch(tr), this.view);
  }

  override focus(): void {
    this.view?.focus();
  }

  /** Scrolls the document position into the middle of the screen when it is out of sight. */
  revealPos(pos: number): void {
    if (!this.view) return;
    const { node } = this.view.domAtPos(pos);
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }

  override render() {
    return this.mount;
  }

  override firstUpdated(): void {
    this.mount.setAttribute('part', 'article');
    const state = this.initial ?? EditorState.create({ schema: articleSchema });
    this.view = new EditorView(this.mount, {
      state,
      attributes: {
        'aria-label': 'Article text',
        'aria-multiline': 'true',
        role: 'textbox',
        // Focusable already (contenteditable); said outright so that checkers (axe) see the article's scroller has a Tab stop inside.
        tabindex: '0',
        spellcheck: 'true',
        lang: document.documentElement.lang || 'en',
      },
      // Pasted HTML is parsed by the schema; dangerous elements are removed
      // first so their text (a script's source) never becomes article text.
      clipboardParser,
      transformPastedHTML: (html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        stripDangerousElements(doc);
        return doc.body.innerHTML;
      },
      dispatchTransaction: (tr) => {
        const view = this.view!;
        const next = view.state.apply(tr);
        view.updateState(next);
        emit(this, 'fc-transaction', { state: next, transaction: tr });
      },
    });
    this.initial = null;
    // The editor lives in a shadow root, and y-prosemirror (shared articles)
    // asks the view's root for createRange, which only documents have.
    const root = this.shadowRoot as ShadowRoot & { createRange?: () => Range };
    root.createRange ??= () => document.createRange();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-editor': FcEditor;
  }
}
