import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { STATUSES } from '../src/claims/status.js';
import { STATUS_STYLE, badge, host, tokens } from './theme.js';
import { cssProps } from './css-props.js';

/** What each highlight colour, underline and icon means. */
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

  override render() {
    return html`<dl aria-label="Status legend">
      ${STATUSES.map((s) => {
        const style = STATUS_STYLE[s.id]!;
        return html`<dt
            ${cssProps({
              background: style.tint,
              'text-decoration-style': style.line,
              'text-decoration-color': style.strong,
            })}
          >
            ${s.label}<span class="icon" ${cssProps({ color: style.strong })} aria-hidden="true">${s.icon}</span>
          </dt>
          <dd><strong>${s.resolved ? 'Verdict.' : 'Open.'}</strong> ${s.description}.</dd>`;
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
