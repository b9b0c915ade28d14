import { html, type TemplateResult } from 'lit';
import type { HistoryEntry } from '../src/claims/record.js';
import type { StatusSet } from '../src/claims/status.js';
import { formatTime } from './format.js';
import { statusOf } from './statuses.js';

/** One entry of a claim's history as the panel lists it: what happened, then who and when. */
export function historyText(h: HistoryEntry, set: StatusSet): TemplateResult {
  const who = html`<span class="who">${h.by || 'Someone'} · ${formatTime(h.at)}</span>`;
  const label = (id: string) => statusOf(id, set).label;
  switch (h.event) {
    case 'text-changed':
      return html`Text changed: “${h.oldText}” → “${h.newText}” ${who}`;
    case 'orphaned':
      return html`Text deleted; claim orphaned ${who}`;
    case 'reattached':
      return html`Re-attached${h.newText ? html` to “${h.newText}”` : ''} ${who}`;
    case 'confirmed':
      return html`Confirmed still ${label(h.status)} after the text changed ${who}`;
    case 'assigned':
      return h.newText ? html`Assigned to <strong>${h.newText}</strong>${h.oldText ? ` (was ${h.oldText})` : ''} ${who}` : html`Unassigned (was ${h.oldText}) ${who}`;
    case 'query-asked':
      return html`Asked the writer: “${h.newText}” ${who}`;
    case 'query-answered':
      return html`Query answered: “${h.newText}” ${who}`;
    case 'query-withdrawn':
      return html`Query withdrawn${h.oldText ? html`: “${h.oldText}”` : ''} ${who}`;
    case 'second-check':
      return html`Second check: ${label(h.status)} confirmed ${who}`;
    case 'merge-conflict':
      return html`Edited on both sides; the other version was ${label(h.status)}${h.newText ? html` with the note “${h.newText}”` : ''} ${who}`;
    case 'adopted-other-version':
      return html`Took the other version: ${label(h.status)} ${who}`;
    case 'imported':
      return html`Imported as ${label(h.status)} ${who}`;
    case undefined:
      return h.from ? html`${label(h.from)} → <strong>${label(h.status)}</strong> ${who}` : html`Tagged as ${label(h.status)} ${who}`;
    default:
      return html`${h.event} ${who}`;
  }
}
