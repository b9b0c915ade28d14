import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { DEFAULT_STATUSES, statusTint, type StatusSet } from '../src/claims/status.js';
import { badge, decorationLine, host, tokens } from './theme.js';
import { cssProps } from './css-props.js';

/** What each highlight colour, underline and icon means, for the newsroom's statuses. */
@customElement('fc-legend')
export class FcLegend extends LitElement {
  static override styles = [
    tokens,
    host,
    badge,
    css`
      :host {
        font-size: 0.8rem;
      }
      dl {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.3rem 0.6rem;
        margin: 0;
        align-items: baseline;
      }
      dt {
        font-family: var(--fc-serif);
        font-size: 0.9rem;
        padding: 0 0.3rem;
        border-radius: 2px;
        text-decoration-line: underline;
        text-decoration-thickness: 2px;
        text-underline-offset: 0.2em;
        white-space: nowrap;
      }
      dt .icon {
        font-family: var(--fc-font);
        font-size: 0.7rem;
        font-weight: 700;
        vertical-align: super;
      }
      dt.plain {
        text-decoration: none;
        padding: 0;
      }
      dd {
        margin: 0;
        color: var(--fc-muted);
      }
      dd strong {
        color: var(--fc-ink);
      }
    `,
  ];

  /** The statuses to explain, in order. */
  @property({ attribute: false }) statuses: StatusSet = DEFAULT_STATUSES;

  override render() {
    return html`<dl aria-label="Status legend">
      ${this.statuses.map((s) => {
        return html`<dt
            ${cssProps({
              background: statusTint(s),
              'text-decoration-line': decorationLine(s.id),
              'text-decoration-style': s.line,
              'text-decoration-color': s.colour,
            })}
          >
            ${s.label}<span class="icon" ${cssProps({ color: s.colour })} aria-hidden="true">${s.icon}</span>
          </dt>
          <dd><strong>${!s.resolved ? 'Open.' : s.rating ? 'Verdict.' : 'Resolved.'}</strong> ${s.description ? `${s.description}.` : ''}</dd>`;
      })}
      <dt class="plain"><span class="recheck">Re-check</span></dt>
      <dd>The words changed after the status was set.</dd>
    </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-legend': FcLegend;
  }
}
