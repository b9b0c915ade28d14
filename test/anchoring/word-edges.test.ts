import { expect } from '@open-wc/testing';
import { edgeAt, edgeBetween } from '../../src/anchoring/word-edges.js';

describe('anchoring/word-edges', () => {
  it('tells word starts, word ends, cuts inside a word and gaps apart', () => {
    const text = 'say 30 units.';
    expect(edgeAt(text, 0)).to.equal(1);
    expect(edgeAt(text, 3)).to.equal(2);
    expect(edgeAt(text, 4)).to.equal(1);
    expect(edgeAt(text, 5)).to.equal(3);
    expect(edgeAt(text, 12)).to.equal(2);
    expect(edgeAt(text, 13)).to.equal(0);
  });

  it('keeps a combining mark with its letter and reads astral letters whole', () => {
    expect(edgeAt('cafe\u0301 ', 4)).to.equal(3);
    expect(edgeAt('cafe\u0301 ', 5)).to.equal(2);
    // U+1D400 MATHEMATICAL BOLD CAPITAL A is a letter outside the BMP.
    expect(edgeAt('\u{1d400}b', 2)).to.equal(3);
    expect(edgeAt('😊b', 2)).to.equal(1);
  });

  it('gives the edge where two strings meet, empty ones counting as gaps', () => {
    expect(edgeBetween('some ', '30')).to.equal(1);
    expect(edgeBetween('dolor am', 'et')).to.equal(3);
    expect(edgeBetween('tubes', '')).to.equal(2);
    expect(edgeBetween('', '')).to.equal(0);
  });
});
