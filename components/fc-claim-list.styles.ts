import { css } from 'lit';
import { statusSheet } from './statuses.js';
import { badge, controls, host, tokens } from './theme.js';

/** The sidebar's claim list: progress, counts, filter, the entries and their tags. */
export const claimListStyles = [
  tokens,
  host,
  controls,
  badge,
  css`
      .peers {
        font-size: 0.72rem;
        font-weight: 600;
        color: #4b2a82;
        background: #efe7fb;
        border-radius: 4px;
        padding: 0 0.35rem;
      }
      .progress {
        margin-bottom: 0.75rem;
      }
      .progress-line {
        font-size: 0.95rem;
        font-weight: 600;
        margin: 0 0 0.35rem;
      }
      .progress-line .extra {
        font-weight: 400;
        color: var(--fc-muted);
        font-size: 0.82rem;
      }
      .bar {
        display: flex;
        height: 8px;
        border-radius: 4px;
        overflow: hidden;
        background: var(--fc-line);
      }
      .bar span {
        display: block;
        height: 100%;
      }
      .filter {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        margin: 0.5rem 0;
      }
      .filter label {
        font-size: 0.78rem;
        font-weight: 600;
        color: var(--fc-muted);
      }
      .filter select {
        flex: 1;
      }
      h3 {
        font-size: 0.78rem;
        text-transform: uppercase;
        letter-spacing: 0.06em;
        color: var(--fc-muted);
        margin: 0.75rem 0 0.35rem;
      }
      [role='listbox'] {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      [role='option'] {
        margin-bottom: 0.3rem;
        content-visibility: auto;
        contain-intrinsic-size: auto 4.5rem;
        border: 1px solid var(--fc-line);
        border-left-width: 4px;
        border-radius: 6px;
        padding: 0.45rem 0.55rem;
        background: #fff;
        cursor: pointer;
        display: grid;
        gap: 0.25rem;
        /* Shift+click chooses entries; it must not select their text as well. */
        user-select: none;
      }
      [role='option']:hover {
        background: #f3f6fa;
      }
      [role='option'][aria-selected='true'],
      [role='option'].open {
        background: #eaf2fc;
        border-color: var(--fc-accent);
      }
      /* A chosen entry is marked by a tick, not by its colour alone. */
      [role='option'].chosen {
        background: #dcebff;
        box-shadow: inset 0 0 0 1px var(--fc-accent);
      }
      [role='option'].chosen .quote::before {
        content: '✓ ' / '';
        color: var(--fc-accent);
        font-family: var(--fc-font);
        font-weight: 700;
      }
      .tag {
        font-size: 0.72rem;
        font-weight: 600;
        border: 1px solid #c9ced6;
        border-radius: 4px;
        padding: 0 0.35rem;
        color: var(--fc-ink);
        background: #f4f5f7;
      }
      .tag.query {
        border-color: #c98a00;
        background: #fff4d6;
        color: #5c3b00;
      }
      .assignee {
        font-size: 0.76rem;
        color: var(--fc-muted);
        margin-left: auto;
      }
      .fix strong {
        color: var(--fc-ink);
        font-weight: 600;
      }
      .copy {
        width: 100%;
        margin-bottom: 0.25rem;
      }
      .problems-first {
        display: flex;
        align-items: center;
        gap: 0.35rem;
        font-size: 0.8rem;
        color: var(--fc-muted);
        margin-bottom: 0.4rem;
      }
      [role='option']:focus-visible {
        outline: 2px solid var(--fc-accent);
        outline-offset: 1px;
      }
      .quote {
        font-family: var(--fc-serif);
        font-size: 0.92rem;
        line-height: 1.35;
        overflow-wrap: anywhere;
      }
      .meta {
        display: flex;
        gap: 0.35rem;
        align-items: center;
        flex-wrap: wrap;
      }
      .note {
        font-size: 0.78rem;
        color: var(--fc-muted);
        overflow-wrap: anywhere;
      }
      button.more {
        margin-top: 0.4rem;
        width: 100%;
      }
      .empty {
        font-size: 0.85rem;
        color: var(--fc-muted);
        padding: 0.5rem 0;
        line-height: 1.45;
      }
    `,
  statusSheet,
];
