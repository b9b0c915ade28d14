import { css, unsafeCSS } from 'lit';
import { STATUSES, statusTint } from '../src/claims/status.js';

/**
 * The built-in statuses that share their underline's style with another
 * (Misleading's wavy line with Needs source's, Unverifiable's dashes with
 * Checking's, Corrected in copy's solid line with Verified's) are lined
 * above their words too: without colour, no two of the eight look alike.
 */
const OVERLINED: ReadonlySet<string> = new Set(['misleading', 'unverifiable', 'corrected']);

/** The CSS `text-decoration-line` of status `id`'s highlight: underlined, and overlined where `OVERLINED` says. */
export function decorationLine(id: string): string {
  return OVERLINED.has(id) ? 'underline overline' : 'underline';
}

/**
 * Status colours with a second cue each: an underline style and an icon,
 * so colour is never the only signal. Background tints are light enough
 * for 4.5:1 text contrast; the strong colours mark borders and icons.
 * They are the built-in statuses' own (`DEFAULT_STATUSES`), by id.
 */
export const STATUS_STYLE: Record<string, { tint: string; strong: string; line: string; lines: string }> = Object.fromEntries(
  STATUSES.map((s) => [s.id, { tint: statusTint(s), strong: s.colour, line: s.line, lines: decorationLine(s.id) }]),
);

/** Custom properties for every status: --fc-<id>-tint, --fc-<id>-strong. */
export const tokens = css`
  :host {
    --fc-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    --fc-serif: Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, 'DejaVu Serif', serif;
    --fc-ink: #1b1f24;
    --fc-muted: #5b6472;
    --fc-line: #d9dde3;
    --fc-bg: #f6f7f9;
    --fc-panel: #ffffff;
    --fc-accent: #0b5cad;
    --fc-danger: #b3261e;
    --fc-focus: 0 0 0 3px rgba(11, 92, 173, 0.35);
    ${unsafeCSS(STATUSES.map((s) => `--fc-${s.id}-tint: ${STATUS_STYLE[s.id]!.tint}; --fc-${s.id}-strong: ${STATUS_STYLE[s.id]!.strong};`).join('\n'))}
  }
`;

/** The host of every element of the interface: a block in its font and ink. */
export const host = css`
  :host {
    display: block;
    font-family: var(--fc-font);
    color: var(--fc-ink);
  }
`;

/** Buttons and fields shared by every element. */
export const controls = css`
  button {
    font: inherit;
    font-size: 0.875rem;
    color: var(--fc-ink);
    background: #fff;
    border: 1px solid var(--fc-line);
    border-radius: 6px;
    padding: 0.35rem 0.7rem;
    cursor: pointer;
    line-height: 1.3;
  }
  button:hover:not(:disabled) {
    background: #eef2f7;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button.primary {
    background: var(--fc-accent);
    border-color: var(--fc-accent);
    color: #fff;
    font-weight: 600;
  }
  button.primary:hover:not(:disabled) {
    background: #094d91;
  }
  button.danger {
    color: var(--fc-danger);
  }
  button.link {
    border: none;
    background: none;
    padding: 0.1rem 0.2rem;
    color: var(--fc-accent);
    text-decoration: underline;
  }
  input,
  select,
  textarea {
    font: inherit;
    font-size: 0.875rem;
    color: var(--fc-ink);
    border: 1px solid #b9c0ca;
    border-radius: 6px;
    padding: 0.35rem 0.5rem;
    background: #fff;
    box-sizing: border-box;
  }
  :is(button, input, select, textarea, a, [tabindex]):focus-visible {
    outline: 2px solid var(--fc-accent);
    outline-offset: 1px;
    box-shadow: var(--fc-focus);
  }
  /* Where the screen is narrow (or zoomed to 400%), every button is a target of at least 24 × 24 px (WCAG 2.5.8). */
  @media (max-width: 700px) {
    button {
      min-height: 24px;
      min-width: 24px;
    }
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  kbd {
    font: 0.75rem ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    border: 1px solid var(--fc-line);
    border-bottom-width: 2px;
    border-radius: 4px;
    padding: 0 0.3rem;
    background: #fff;
  }
`;

/** The status badge: icon plus label on the status colour. */
export const badge = css`
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    font-size: 0.75rem;
    font-weight: 600;
    border-radius: 999px;
    padding: 0.1rem 0.55rem 0.1rem 0.45rem;
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  ${unsafeCSS(STATUSES.map((s) => `.badge[data-status='${s.id}'] { background: var(--fc-${s.id}-tint); color: var(--fc-${s.id}-strong); }`).join('\n'))}
  .badge .icon {
    font-size: 0.8rem;
  }
  .recheck {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    font-size: 0.72rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.02em;
    color: #7a2e00;
    background: #ffe08a;
    border: 1px solid #c98a00;
    border-radius: 4px;
    padding: 0 0.35rem;
  }
`;

/** A collapsed section of the sidebar (<details>): small type, a quiet summary. */
export const disclosure = css`
  :host {
    font-size: 0.82rem;
  }
  summary {
    cursor: pointer;
    color: var(--fc-muted);
    font-weight: 600;
  }
`;

/** A setting in a collapsed section: its label above its field, a small hint under it. */
export const settingRows = css`
  .setting {
    display: grid;
    gap: 0.2rem;
    margin-top: 0.6rem;
  }
  label,
  .label {
    font-weight: 600;
    color: var(--fc-muted);
  }
  .hint {
    color: var(--fc-muted);
    font-size: 0.75rem;
  }
`;

/** The sidebar's headings and cards. */
export const cards = css`
  h2.section {
    font-size: 0.75rem;
    text-transform: uppercase;
    letter-spacing: 0.07em;
    color: var(--fc-muted);
    margin: 0 0 0.5rem;
  }
  .card {
    border: 1px solid var(--fc-line);
    border-radius: 8px;
    padding: 0.8rem;
    background: #fff;
  }
`;

/** The colours people on a shared article are told apart by (caret, selection, name): `.fc-peer-<n>` sets `--fc-peer`. */
export const PEER_COLOURS = ['#b3261e', '#1f5fbf', '#176b33', '#8a4b00', '#6a3d9a', '#0f6e6e', '#a3136a', '#4a5568'];

export const peerColours = css`
  ${unsafeCSS(PEER_COLOURS.map((c, i) => `.fc-peer-${i} { --fc-peer: ${c}; }`).join('\n'))}
`;
