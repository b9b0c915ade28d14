import { expect } from '@open-wc/testing';
import type { EditorState } from 'prosemirror-state';
import { textMap } from '../../src/article/positions.js';
import { claimsOf, claimRanges, setStatus } from '../../src/claims/index.js';
import { mulberry32, type Random } from '../helpers/prng.js';
import { stateFor, run, tag } from '../helpers/editor.js';

const WORDS = ['alpha ', 'the ', 'Kosovo ', '😀 ', 'e\u0301 ', '42 ', ', ', '.'];

/** Claims on the sample: every figure and date a checker would tag. */
const QUOTES = ['$75 million', 'Jan. 11', '2008', 'Sept. 24', 'some 30 Serb militants', 'four dead', '246 Javelin missiles', '24 launch units', '25 years'];

async function sampleState(): Promise<{ state: EditorState; ids: string[] }> {
  const text = await (await fetch('/samples/kosovo-javelin.txt')).text();
  let state = stateFor(text);
  const ids: string[] = [];
  for (const q of QUOTES) {
    const r = tag(state, q);
    state = run(r.state, setStatus(r.id, 'verified'));
    ids.push(r.id);
  }
  return { state, ids };
}

/** A position outside every claim (edges allowed: typing there is outside). */
function positionOutside(state: EditorState, rnd: Random): number {
  const ranges = claimRanges(state);
  for (;;) {
    const map = textMap(state.doc);
    const pos = map.toPos(rnd.int(0, map.length));
    if (ranges.every((r) => pos <= r.from || pos >= r.to)) return pos;
  }
}

describe('claims under generated edit sequences', () => {
  for (const seed of [1, 7, 42, 1234, 99991]) {
    it(`edits outside every claim never change one (seed ${seed})`, async () => {
      const rnd = mulberry32(seed);
      let { state, ids } = await sampleState();
      const quoteOf = (s: EditorState) => Object.fromEntries(claimRanges(s).map((r) => [r.id, s.doc.textBetween(r.from, r.to)]));
      const expected = quoteOf(state);
      for (let step = 0; step < 150; step++) {
        if (rnd.next() < 0.6) {
          state = state.apply(state.tr.insertText(rnd.pick(WORDS), positionOutside(state, rnd)));
        } else {
          // Delete a short range that touches no claim.
          const from = positionOutside(state, rnd);
          const to = Math.min(from + rnd.int(1, 6), state.doc.content.size - 1);
          const clear = claimRanges(state).every((r) => to <= r.from || from >= r.to);
          if (clear && to > from && state.doc.resolve(from).parent === state.doc.resolve(to).parent) state = state.apply(state.tr.delete(from, to));
        }
        const records = claimsOf(state).records;
        for (const id of ids) {
          const r = records.get(id)!;
          expect(r.changed || r.orphaned, `seed ${seed}, step ${step}: claim "${expected[id]}" was marked`).to.equal(false);
        }
        expect(quoteOf(state), `seed ${seed}, step ${step}`).to.deep.equal(expected);
      }
    });

    it(`edits inside claims mark them changed or orphaned, never leave them on other words unmarked (seed ${seed})`, async () => {
      const rnd = mulberry32(seed);
      let { state, ids } = await sampleState();
      const original = Object.fromEntries(claimRanges(state).map((r) => [r.id, state.doc.textBetween(r.from, r.to)]));
      for (let step = 0; step < 40; step++) {
        const ranges = claimRanges(state);
        if (!ranges.length) break;
        const target = rnd.pick(ranges);
        if (rnd.next() < 0.5) {
          const pos = rnd.int(target.from + 1, Math.max(target.from + 1, target.to - 1));
          if (pos < target.to) state = state.apply(state.tr.insertText(rnd.pick(WORDS), pos));
        } else {
          const from = rnd.int(target.from, target.to - 1);
          const to = rnd.int(from + 1, Math.min(target.to + 3, state.doc.resolve(from).end()));
          state = state.apply(state.tr.delete(from, to));
        }
        const records = claimsOf(state).records;
        const now = Object.fromEntries(claimRanges(state).map((r) => [r.id, state.doc.textBetween(r.from, r.to)]));
        for (const id of ids) {
          const r = records.get(id)!;
          if (r.orphaned) expect(now[id], `seed ${seed}: orphan still highlighted`).to.equal(undefined);
          else if (now[id] !== original[id]) expect(r.changed, `seed ${seed}, step ${step}: "${original[id]}" is now "${now[id]}" unmarked`).to.equal(true);
        }
      }
    });
  }
});
