/**
 * Who is on a shared article, as each copy tells the others (Yjs
 * awareness; never stored): a name and a colour, the caret (y-prosemirror's
 * cursor field), and the claim open in the panel.
 */
export interface Presence {
  user: { name: string; colour: number };
  /** The claim this person has open, if any. */
  claim?: string | null;
}

/** How many colours people are told apart by (the editor's styles define one class per colour). */
export const PRESENCE_COLOURS = 8;

/** A colour for a person, the same on every screen: from their awareness client id. */
export function colourOf(clientId: number): number {
  return Math.abs(clientId) % PRESENCE_COLOURS;
}

/** One person on the article, as the header and the sidebar show them. */
export interface Person {
  clientId: number;
  name: string;
  colour: number;
  claim: string | null;
  /** This browser's own entry. */
  self: boolean;
}

/** Everyone on the article from the awareness states, this browser first, unnamed people called "Someone". */
export function peopleOf(states: ReadonlyMap<number, unknown>, self: number): Person[] {
  const out: Person[] = [];
  for (const [clientId, raw] of states) {
    const state = raw as Partial<Presence> | null;
    if (!state?.user) continue;
    out.push({ clientId, name: state.user.name || 'Someone', colour: state.user.colour ?? colourOf(clientId), claim: state.claim ?? null, self: clientId === self });
  }
  return out.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
}
