import { unsafeCSS, css } from 'lit';
import { STATUSES } from '../src/claims/status.js';
import { statusSheet } from './statuses.js';
import { STATUS_STYLE, badge, controls, host, tokens } from './theme.js';

/** The built-in statuses' highlight and number colours (the newsroom's own come with the status sheet). */
const markRules = STATUSES.map((s) => {
  const style = STATUS_STYLE[s.id]!;
  return `
  .fc-report-claim[data-status='${s.id}'] {
    background-color: ${style.tint};
    text-decoration-line: ${style.lines};
    text-decoration-style: ${style.line};
    text-decoration-color: ${style.strong};
  }
  .ref[data-status='${s.id}'] { color: ${style.strong}; }`;
}).join('\n');

/** The printable report's look: the article with numbered highlights, the table, and the print rules. */
export const reportStyles = [
  tokens,
  host,
  controls,
  badge,
  css`
      :host {
        background: var(--fc-panel);
      }
      .report {
        max-width: 64rem;
        margin: 0 auto;
        padding: 1.5rem 1.5rem 3rem;
      }
      .actions {
        display: flex;
        gap: 0.5rem;
        justify-content: flex-end;
        align-items: center;
        margin-bottom: 1rem;
      }
      .actions label {
        font-size: 0.85rem;
        margin-right: auto;
        display: flex;
        gap: 0.35rem;
        align-items: center;
      }
      .sign-off {
        font-weight: 600;
        margin: 0.5rem 0 0;
      }
      .sign-off.stale,
      .sign-off.none {
        color: #7a2e00;
      }
      .claimant,
      .fix {
        display: block;
        margin-top: 0.3rem;
        font-size: 0.8rem;
      }
      .claimant {
        font-family: var(--fc-font);
        color: var(--fc-muted);
      }
      .fix {
        font-style: normal;
      }
      .fix strong {
        font-weight: 700;
      }
      .flag {
        display: inline-flex;
        font-size: 0.72rem;
        font-weight: 600;
        border: 1px solid var(--fc-line);
        border-radius: 4px;
        padding: 0 0.35rem;
      }
      header {
        border-bottom: 2px solid var(--fc-ink);
        padding-bottom: 0.75rem;
        margin-bottom: 1.25rem;
      }
      .kicker {
        font-size: 0.78rem;
        text-transform: uppercase;
        letter-spacing: 0.06em;
        color: var(--fc-muted);
        margin: 0 0 0.25rem;
      }
      h1 {
        font-family: var(--fc-serif);
        font-size: 1.6rem;
        line-height: 1.25;
        margin: 0 0 0.5rem;
      }
      h2 {
        font-size: 1.05rem;
        margin: 1.75rem 0 0.6rem;
      }
      .meta {
        font-size: 0.85rem;
        color: var(--fc-muted);
        margin: 0.15rem 0;
        overflow-wrap: anywhere;
      }
      .progress {
        font-weight: 600;
        margin: 0.6rem 0 0.35rem;
      }
      ul.counts {
        list-style: none;
        display: flex;
        flex-wrap: wrap;
        gap: 0.35rem 0.5rem;
        padding: 0;
        margin: 0;
      }
      .count {
        font-variant-numeric: tabular-nums;
        font-size: 0.8rem;
        margin-left: 0.15rem;
      }
      .article {
        font-family: var(--fc-serif);
        font-size: 1.02rem;
        line-height: 1.65;
        overflow-wrap: anywhere;
      }
      .article p {
        margin: 0 0 0.9rem;
      }
      .fc-report-claim {
        color: inherit;
        border-radius: 2px;
        text-decoration-line: underline;
        text-decoration-thickness: 2px;
        text-underline-offset: 0.22em;
        text-decoration-skip-ink: none;
        box-decoration-break: clone;
        -webkit-box-decoration-break: clone;
      }
      /* Text under two claims: a thicker line says "more than one" without colour. */
      .fc-report-claim.overlap {
        text-decoration-thickness: 4px;
      }
      ${unsafeCSS(markRules)}
      .ref {
        font-family: var(--fc-font);
        font-size: 0.68em;
        font-weight: 700;
        line-height: 0;
        margin-left: 0.05em;
        white-space: nowrap;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font-size: 0.85rem;
      }
      caption {
        text-align: left;
        font-weight: 700;
        font-size: 1.05rem;
        padding-bottom: 0.5rem;
      }
      th,
      td {
        border: 1px solid var(--fc-line);
        padding: 0.4rem 0.5rem;
        text-align: left;
        vertical-align: top;
      }
      thead th {
        background: var(--fc-bg);
        font-size: 0.78rem;
      }
      tbody th {
        font-variant-numeric: tabular-nums;
        width: 2.2rem;
      }
      .quote {
        font-family: var(--fc-serif);
        overflow-wrap: anywhere;
        min-width: 8rem;
      }
      .note {
        min-width: 10rem;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .none {
        color: var(--fc-muted);
      }
      .flags {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        margin-top: 0.3rem;
      }
      .orphan-flag {
        display: inline-flex;
        font-size: 0.72rem;
        font-weight: 700;
        text-transform: uppercase;
        letter-spacing: 0.02em;
        color: #7f1d1d;
        background: #fdecea;
        border: 1px solid #e6a19c;
        border-radius: 4px;
        padding: 0 0.35rem;
      }
      .overlap-note {
        font-size: 0.75rem;
        color: var(--fc-muted);
      }
      td.sources {
        min-width: 12rem;
      }
      ul.sources {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 0.2rem;
      }
      ul.sources a,
      ul.sources .url {
        color: var(--fc-accent);
        overflow-wrap: anywhere;
        word-break: break-word;
      }

      @media print {
        :host {
          color: #000;
          background: #fff;
          font-size: 10.5pt;
        }
        .report {
          max-width: none;
          padding: 0;
        }
        .actions {
          display: none !important;
        }
        *,
        *::before,
        *::after {
          box-shadow: none !important;
          text-shadow: none !important;
        }
        .meta,
        .kicker,
        .none,
        .overlap-note,
        .ref,
        .badge,
        .recheck,
        .orphan-flag,
        a,
        ul.sources .url {
          color: #000 !important;
        }
        /* Backgrounds are often not printed: the underline style, the icon
           beside each number and the status labels carry the status. */
        .fc-report-claim {
          color: #000;
          -webkit-print-color-adjust: exact;
          print-color-adjust: exact;
        }
        .badge,
        .recheck,
        .orphan-flag {
          background: none !important;
          border-color: #000 !important;
        }
        thead th {
          background: none;
        }
        th,
        td {
          border-color: #000;
        }
        /* The URL is the link's text, so it is on paper too. */
        a {
          text-decoration: underline;
        }
        thead {
          display: table-header-group;
        }
        tr,
        .badge,
        li {
          break-inside: avoid;
          page-break-inside: avoid;
        }
        h1,
        h2,
        caption {
          break-after: avoid;
          page-break-after: avoid;
        }
        .article p {
          orphans: 3;
          widows: 3;
        }
      }
    `,
  statusSheet,
];
