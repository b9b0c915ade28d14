import { expect } from '@open-wc/testing';
import { detectClaims, spansMatch, type DetectKind, type DetectedSpan } from '../../src/detect/index.js';

interface AnswerKey {
  _about: string;
  sample: string;
  spans: DetectedSpan[];
}

// Kinds whose every label must be found; attributions and superlatives are
// scored but not required (a source's verb of asserting varies too much).
const REQUIRED: readonly DetectKind[] = ['money', 'quantity', 'percentage', 'date', 'duration', 'quote'];

describe('detect: the Kosovo answer key', () => {
  let text = '';
  let key: AnswerKey;

  before(async () => {
    text = await (await fetch('/samples/kosovo-javelin.txt')).text();
    key = (await (await fetch('/test/fixtures/kosovo-javelin.answers.json')).json()) as AnswerKey;
  });

  it('has offsets that point at the labelled text', () => {
    expect(key._about).to.be.a('string');
    const cps = [...text];
    for (const s of key.spans) expect(cps.slice(s.start, s.end).join('')).to.equal(s.text);
  });

  it('finds every labelled figure, date, duration and quote', () => {
    const detected = detectClaims(text);
    const missed = key.spans
      .filter((l) => REQUIRED.includes(l.kind))
      .filter((l) => !detected.some((d) => spansMatch(d, l)))
      .map((l) => `${l.kind}: ${l.text}`);
    expect(missed).to.deep.equal([]);
  });

  it('is at least 90% precise', () => {
    const detected = detectClaims(text);
    const wrong = detected.filter((d) => !key.spans.some((l) => spansMatch(d, l)));
    expect(1 - wrong.length / detected.length, wrong.map((d) => d.text).join(' | ')).to.be.at.least(0.9);
  });
});
