import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { articleKindOf } from '../../src/article/parse.js';
import type { FcEvent } from '../events.js';
import type { FcTextForm, TextFormKind } from '../fc-text-form.js';
import type { ArticleSession } from './session.js';
import type { Interchange } from './interchange.js';
import type { Messages } from './messages.js';

/**
 * The two forms that take an article's text above it: "New article"
 * (pasted, or a file) and "Update text" (a new version of the open
 * article). Which is open, and what their buttons do.
 */
export class TextForms implements ReactiveController {
  private readonly open = new Set<TextFormKind>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    private readonly session: ArticleSession,
    private readonly interchange: Interchange,
    private readonly messages: Messages,
    /** Replaces the open article's text (the app's `updateText`). */
    private readonly updateText: (text: string, kind?: 'text' | 'markdown' | 'html') => Promise<unknown>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  isOpen(form: TextFormKind): boolean {
    return this.open.has(form);
  }

  close(form: TextFormKind): void {
    if (this.open.delete(form)) this.host.requestUpdate();
  }

  /** Opens or closes a form; an opened one takes focus (its text field). */
  async toggle(form: TextFormKind): Promise<void> {
    if (this.open.has(form)) return this.close(form);
    this.open.add(form);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<FcTextForm>(`fc-text-form[kind="${form}"]`)?.focus();
  }

  /** A file chosen to open as an article: the New article form has done its job when one was created. */
  async openFile(file: File): Promise<void> {
    if (await this.interchange.openFile(file)) this.close('new-article');
  }

  /** What a form's buttons asked for. */
  async act(e: FcEvent<'fc-text-form'>): Promise<void> {
    const { form, action, text = '', file } = e.detail;
    // Read before any await: once the event has been dispatched, its target (in a shadow root) is no longer the form.
    const element = e.target as FcTextForm;
    const isNew = form === 'new-article';
    if (action === 'cancel') return this.close(form);
    if (action === 'file') return isNew ? this.openFile(file!) : this.updateFromFile(file!);
    if (!text.trim()) {
      this.messages.showError(isNew ? 'Nothing to create.' : 'Nothing to update.', isNew ? 'Paste the article’s text first.' : 'Paste the new version of the article first.');
      return;
    }
    this.messages.dismiss('error');
    if (!isNew) {
      await this.updateText(text);
      return;
    }
    try {
      await this.session.create('text', text);
      element.reset();
      this.close('new-article');
    } catch (error) {
      this.messages.storageFailed(error, 'The article was not saved');
    }
  }

  private async updateFromFile(file: File): Promise<void> {
    const text = await this.interchange.readFile(file);
    if (text === null) return;
    const kind = articleKindOf(file.name);
    if (!kind) return this.messages.showError('The text was not updated.', `“${file.name}” is not a .txt, .md or .html file.`);
    this.messages.dismiss('error');
    await this.updateText(text, kind);
  }
}
