/**
 * The open article's statuses as the elements show them: the newsroom's
 * rules that come down as one property, a status looked up by id even when
 * the set no longer has it, and one shared stylesheet that gives a
 * newsroom's own statuses their colour, underline and icon.
 */
import { decorationLine } from './theme.js';
import { DEFAULT_SECOND_CHECK_FOR, DEFAULT_STATUSES, statusTint, type StatusId, type StatusInfo, type StatusSet } from '../src/claims/status.js';

/** The newsroom's rules that the panel, the list, the report and the sign-off read: its statuses and which need a second check. */
export interface DeskRules {
  statuses: StatusSet;
  secondCheckFor: readonly StatusId[];
  /** The statuses came with the article (from its file) rather than from the newsroom's settings. */
  ownStatuses?: boolean;
}

/** The rules of a newsroom that changed nothing. */
export const DEFAULT_RULES: DeskRules = Object.freeze({ statuses: DEFAULT_STATUSES, secondCheckFor: DEFAULT_SECOND_CHECK_FOR });

/**
 * Status `id` of `set`, or, for an id the set lacks (a newsroom's status
 * removed since a claim was given it), a grey stand-in named by the id:
 * the claim stays visible and counts as unresolved, never breaks the page.
 */
export function statusOf(id: StatusId, set: StatusSet = DEFAULT_STATUSES): StatusInfo {
  return set.find((s) => s.id === id) ?? { id, label: id, icon: '?', colour: '#5b6472', line: 'dotted', resolved: false, description: 'A status this newsroom no longer has' };
}

/**
 * Every element that shows statuses adopts this one sheet after its own
 * styles. The built-in statuses' look is in those styles already; the
 * sheet holds the rules of a newsroom's set, so replacing them restyles
 * every shadow root at once, without style attributes (which the app's
 * Content-Security-Policy forbids).
 */
export const statusSheet = new CSSStyleSheet();

let shown: StatusSet = DEFAULT_STATUSES;

/** A CSS string: the characters a string cannot hold as they are, escaped. */
function cssString(text: string): string {
  return `"${text.replace(/["\\\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

function rulesOf(s: StatusInfo): string {
  // Colours were checked when the set was made; a stored or imported one the browser cannot read falls back to grey.
  const strong = CSS.supports('color', s.colour) ? s.colour : '#5b6472';
  const tint = CSS.supports('background-color', statusTint(s)) ? statusTint(s) : '#eceef2';
  const is = `[data-status=${cssString(s.id)}]`;
  return `:host{--fc-${s.id}-tint:${tint};--fc-${s.id}-strong:${strong}}
.badge${is}{background:${tint};color:${strong}}
.fc-claim${is},.fc-report-claim${is}{background-color:${tint};text-decoration-line:${decorationLine(s.id)};text-decoration-style:${s.line};text-decoration-color:${strong}}
.fc-cue-end[data-cue-status=${cssString(s.id)}]::before{content:${cssString(s.icon)}/${cssString(`, ${s.label}`)};color:${strong}}
.ref${is}{color:${strong}}
`;
}

/** Draws `set`'s statuses everywhere (the built-ins need no rules of their own). */
export function showStatusSet(set: StatusSet): void {
  if (set === shown) return;
  shown = set;
  statusSheet.replaceSync(set === DEFAULT_STATUSES ? '' : set.map(rulesOf).join(''));
}
