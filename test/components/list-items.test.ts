import { expect } from '@open-wc/testing';
import { undo } from 'prosemirror-history';
import { textMap } from '../../src/article/positions.js';
import { claimsOf, claimRange, deleteClaim, setStatus, tagClaim } from '../../src/claims/index.js';
import { ListItems } from '../../components/list-items.js';
import { stateFor, select, run, insertAt } from '../helpers/editor.js';
import type { EditorState } from 'prosemirror-state';

/** A tiny seeded generator, so a failure can be replayed from the printed seed. */
function random(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s % n;
  };
}

const TEXT = [
  'Javelin deal',
  'The State Department approved the $75 million sale of 246 Javelin missiles and 24 launch units on Jan. 11.',
  'Officials said the missiles would arrive within 18 months, the largest order yet.',
  '“We are ready,” the minister said, adding that 3 percent of the budget goes to defence.',
].join('\n\n');

/** What the sidebar shows: ids, words, orphan flags and statuses in order. */
const shown = (items: ReturnType<ListItems['of']>) => items.map((i) => `${i.record.id}|${i.quote}|${i.record.orphaned}|${i.record.status}`);

/**
 * The same, with claims on exactly the same words in id order: the order
 * of such twins is arbitrary (typing can make two claims' words the same).
 */
function canonical(items: ReturnType<ListItems['of']>, state: EditorState): string[] {
  const key = (item: (typeof items)[number]) => {
    const range = claimRange(state, item.record.id);
    return range ? `${range.from}:${range.to}` : `orphan:${item.record.id}`;
  };
  const out: typeof items = [];
  for (let i = 0; i < items.length;) {
    let j = i + 1;
    while (j < items.length && key(items[j]!) === key(items[i]!)) j++;
    out.push(...items.slice(i, j).sort((a, b) => (a.record.id < b.record.id ? -1 : 1)));
    i = j;
  }
  return shown(out);
}

describe('sidebar entries kept between renders', () => {
  it('match a rebuild from scratch through random tagging, status changes, deletes, undo and typing', function () {
    this.timeout(120_000);
    const first = Date.now() % 100_000;
    for (let seed = first; seed < first + 20; seed++) walk(seed);
  });

  /** 300 random changes from a fresh article, comparing after most of them. */
  function walk(seed: number) {
    const rnd = random(seed);
    let state: EditorState = stateFor(TEXT);
    const kept = new ListItems();
    const length = textMap(state.doc).length;
    for (let step = 0; step < 300; step++) {
      const ids = [...claimsOf(state).records.keys()];
      const op = rnd(10);
      let next: EditorState;
      if (op < 4) {
        // Tag a few words somewhere: often next to or over other claims.
        const start = rnd(length - 12);
        next = run(select(state, start, start + 1 + rnd(10)), tagClaim());
      } else if (op < 6 && ids.length) next = run(state, setStatus(ids[rnd(ids.length)]!, (['verified', 'incorrect', 'in_progress'] as const)[rnd(3)]!));
      else if (op < 7 && ids.length) next = run(state, deleteClaim(ids[rnd(ids.length)]!));
      else if (op < 8) next = run(state, undo);
      else next = insertAt(state, rnd(textMap(state.doc).length), 'x');
      if (next === state) continue;
      kept.touch(claimsOf(next).touched);
      state = next;
      // Several transactions sometimes come between two renders.
      if (rnd(3) === 0) continue;
      expect(canonical(kept.of(state), state), `seed ${seed}, step ${step}`).to.deep.equal(canonical(new ListItems().of(state), state));
    }
  }

  it('inserts a newly tagged claim at its place without rebuilding the other entries', () => {
    let state = stateFor(TEXT);
    const kept = new ListItems();
    const text = textMap(state.doc).text;
    const at = (quote: string) => [...text.slice(0, text.indexOf(quote))].length;
    state = run(select(state, at('$75'), at('$75') + 11), tagClaim('a'));
    state = run(select(state, at('18 months'), at('18 months') + 9), tagClaim('c'));
    const before = kept.of(state);
    state = run(select(state, at('246'), at('246') + 20), tagClaim('b'));
    kept.touch(claimsOf(state).touched);
    const after = kept.of(state);
    expect(after.map((i) => i.quote)).to.deep.equal(['$75 million', '246 Javelin missiles', '18 months']);
    // The entries that did not change are the same objects: their rows are not drawn again.
    expect(after[0]).to.equal(before[0]);
    expect(after[2]).to.equal(before[1]);
  });
});
