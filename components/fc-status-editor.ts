import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { DEFAULT_STATUSES, STATUS_LINES, isBuiltinStatus, statusTint, type StatusInfo, type StatusLine, type StatusSet } from '../src/claims/status.js';
import { STATUS_ID_PATTERN, statusSetProblems } from '../src/claims/status-set.js';
import { cssProps } from './css-props.js';
import { emit } from './events.js';
import { controls, host, tokens } from './theme.js';

/** What the form edits: a status being changed, or a new one (`id` null until it is saved). */
interface Draft {
  id: string | null;
  label: string;
  icon: string;
  colour: string;
  line: StatusLine;
  resolved: boolean;
  rating: string;
  value: string;
}

const LINE_NAMES: Record<StatusLine, string> = { solid: 'Solid', double: 'Double', dotted: 'Dotted', dashed: 'Dashed', wavy: 'Wavy' };

/** A new status's id from its label: lower-case letters, digits and _, never a built-in's or a taken one. */
function newId(label: string, set: StatusSet): string {
  const base =
    label
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 36) || 'status';
  let id = base;
  for (let n = 2; isBuiltinStatus(id) || set.some((s) => s.id === id) || !STATUS_ID_PATTERN.test(id); n++) id = `${base}_${n}`;
  return id;
}

/**
 * The newsroom's statuses, in Publishing settings: rename and restyle the
 * built-in ones (label, colour, underline, icon, the rating's name), and
 * add statuses of its own, each with whether it counts as resolved and
 * its ClaimReview rating, if any. The built-ins keep what they mean (ids,
 * resolved, rating values): files that use them keep their meaning. A set
 * is checked by the same rules a file's is (`statusSetProblems`) before it
 * goes up.
 *
 * @fires {CustomEvent<{ statuses: StatusInfo[] }>} fc-desk-rules - the changed set
 */
@customElement('fc-status-editor')
export class FcStatusEditor extends LitElement {
  static override styles = [
    tokens,
    host,
    controls,
    css`
      /* A grid item of the settings: as narrow as the sidebar, whatever the labels' length. */
      :host {
        min-width: 0;
      }
      ul {
        list-style: none;
        margin: 0.3rem 0;
        padding: 0;
        display: grid;
        gap: 0.25rem;
      }
      li {
        display: flex;
        align-items: center;
        gap: 0.4rem;
      }
      .sample {
        flex: 1;
        min-width: 0;
        font-family: var(--fc-serif);
        padding: 0 0.3rem;
        border-radius: 2px;
        text-decoration-line: underline;
        text-decoration-thickness: 2px;
        text-underline-offset: 0.2em;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .sample .icon {
        font-family: var(--fc-font);
        font-weight: 700;
        margin-right: 0.25rem;
      }
      .what {
        font-size: 0.72rem;
        color: var(--fc-muted);
        white-space: nowrap;
      }
      form {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        gap: 0.35rem 0.5rem;
        border: 1px solid var(--fc-line);
        border-radius: 6px;
        padding: 0.5rem;
        margin: 0.3rem 0;
      }
      label {
        display: grid;
        gap: 0.15rem;
        font-weight: 600;
        color: var(--fc-muted);
        font-size: 0.76rem;
      }
      label.check {
        display: flex;
        align-items: center;
        gap: 0.3rem;
        grid-column: 1 / -1;
      }
      form input:not([type='checkbox']),
      form select {
        width: 100%;
        min-width: 0;
      }
      input[type='color'] {
        height: 2rem;
        padding: 0.1rem;
      }
      .wide {
        grid-column: 1 / -1;
      }
      .actions {
        grid-column: 1 / -1;
        display: flex;
        gap: 0.3rem;
        flex-wrap: wrap;
      }
      .error {
        grid-column: 1 / -1;
        color: var(--fc-danger);
        font-size: 0.78rem;
        margin: 0;
        padding-left: 1rem;
      }
    `,
  ];

  /** The statuses in effect. */
  @property({ attribute: false }) statuses: StatusSet = DEFAULT_STATUSES;

  @state() private draft: Draft | null = null;
  @state() private problems: string[] = [];

  override render() {
    return html`<ul aria-label="Statuses">
        ${this.statuses.map(
          (s) => html`<li>
            <span class="sample" ${cssProps({ background: statusTint(s), 'text-decoration-style': s.line, 'text-decoration-color': s.colour })}
              ><span class="icon" ${cssProps({ color: s.colour })} aria-hidden="true">${s.icon}</span>${s.label}</span
            >
            <span class="what" title=${s.rating ? `ClaimReview: ${s.rating.alternateName}${s.rating.ratingValue ? `, ${s.rating.ratingValue} of 5` : ''}` : 'Never published'}
              >${s.resolved ? 'resolved' : 'open'}${s.rating?.ratingValue ? ` · ${s.rating.ratingValue}/5` : ''}</span
            >
            <button class="link" aria-label="Edit ${s.label}" @click=${() => this.edit(s)}>Edit</button>
          </li>`,
        )}
      </ul>
      ${this.draft ? this.renderForm(this.draft) : html`<button @click=${this.add}>Add a status</button>`}`;
  }

  private renderForm(d: Draft) {
    const builtin = d.id !== null && isBuiltinStatus(d.id);
    const was = builtin ? DEFAULT_STATUSES.find((s) => s.id === d.id)! : null;
    // The draft as it is now, not as it was drawn: two fields can change before the next render.
    const set = (patch: Partial<Draft>) => (this.draft = { ...this.draft!, ...patch });
    const text = (key: 'label' | 'icon' | 'rating') => (e: Event) => set({ [key]: (e.target as HTMLInputElement).value });
    return html`<form aria-label=${d.id ? `Edit ${d.label}` : 'New status'} @submit=${this.save}>
      <label>Label <input name="label" required .value=${d.label} @input=${text('label')} /></label>
      <label>Icon <input name="icon" maxlength="2" required .value=${d.icon} @input=${text('icon')} /></label>
      <label>Colour <input name="colour" type="color" .value=${d.colour} @input=${(e: Event) => set({ colour: (e.target as HTMLInputElement).value })} /></label>
      <label
        >Underline
        <select name="line" @change=${(e: Event) => set({ line: (e.target as HTMLSelectElement).value as StatusLine })}>
          ${STATUS_LINES.map((l) => html`<option value=${l} ?selected=${l === d.line}>${LINE_NAMES[l]}</option>`)}
        </select></label
      >
      <label class="check"
        ><input type="checkbox" name="resolved" .checked=${d.resolved} ?disabled=${builtin} @change=${(e: Event) => set({ resolved: (e.target as HTMLInputElement).checked })} /> Counts as
        resolved</label
      >
      <label
        >ClaimReview rating
        <input
          name="rating"
          placeholder=${was && !was.rating ? 'never published' : 'none'}
          ?disabled=${!!was && !was.rating}
          .value=${d.rating}
          @input=${text('rating')}
      /></label>
      <label
        >Rating value
        <select name="value" ?disabled=${builtin || !d.rating.trim()} @change=${(e: Event) => set({ value: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${d.value === ''}>none</option>
          ${['1', '2', '3', '4', '5'].map((v) => html`<option value=${v} ?selected=${v === d.value}>${v} of 5</option>`)}
        </select></label
      >
      ${this.problems.length ? html`<ul class="error wide" role="alert">${this.problems.map((p) => html`<li>${p}</li>`)}</ul>` : nothing}
      <div class="actions">
        <button type="submit" class="primary">Save status</button>
        <button type="button" @click=${() => this.close()}>Cancel</button>
        ${d.id && !builtin ? html`<button type="button" class="danger" @click=${() => this.removeStatus(d.id!)}>Remove</button>` : nothing}
      </div>
    </form>`;
  }

  private edit(s: StatusInfo) {
    this.problems = [];
    this.draft = {
      id: s.id,
      label: s.label,
      icon: s.icon,
      colour: /^#[0-9a-f]{6}$/i.test(s.colour) ? s.colour : '#5b6472',
      line: s.line,
      resolved: s.resolved,
      rating: s.rating?.alternateName ?? '',
      value: s.rating?.ratingValue === undefined ? '' : String(s.rating.ratingValue),
    };
  }

  private add() {
    this.problems = [];
    this.draft = { id: null, label: '', icon: '●', colour: '#37474f', line: 'solid', resolved: false, rating: '', value: '' };
  }

  private close() {
    this.draft = null;
    this.problems = [];
  }

  private save(e: SubmitEvent) {
    e.preventDefault();
    const d = this.draft!;
    const id = d.id ?? newId(d.label, this.statuses);
    const before = this.statuses.find((s) => s.id === id);
    const next: StatusInfo = {
      id,
      label: d.label.trim(),
      icon: d.icon.trim(),
      colour: d.colour,
      line: d.line,
      resolved: d.resolved,
      description: before?.description ?? '',
    };
    // A changed colour gets a tint of its own; an unchanged one keeps the designed tint.
    if (before?.tint && before.colour === d.colour) next.tint = before.tint;
    if (d.rating.trim()) next.rating = { alternateName: d.rating.trim(), ...(d.value ? { ratingValue: Number(d.value) } : {}) };
    const list = before ? this.statuses.map((s) => (s.id === id ? next : s)) : [...this.statuses, next];
    this.submit(list);
  }

  private removeStatus(id: string) {
    this.submit(this.statuses.filter((s) => s.id !== id));
  }

  /** Checks the whole set as a file's would be checked; sends it up when nothing is wrong. */
  private submit(list: StatusInfo[]) {
    const problems = statusSetProblems(list);
    if (problems.length) {
      this.problems = problems.map((p) => {
        const at = /^\[(\d+)\]\.?(.*)$/.exec(p.path);
        const who = at ? (list[Number(at[1])]?.label ?? '') : '';
        return `${who ? `${who}${at?.[2] ? ` (${at[2]})` : ''}: ` : ''}${p.problem}`;
      });
      return;
    }
    emit(this, 'fc-desk-rules', { statuses: list });
    this.close();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-status-editor': FcStatusEditor;
  }
}
