import { expect } from '@open-wc/testing';
import { anchorQuote, APPROXIMATE_THRESHOLD, describeQuote, type QuoteSelector } from '../../src/anchoring/index.js';
import { cpLength, cpSlice } from '../../src/text/index.js';

/** Code-point offset of the `occurrence`-th (overlapping) occurrence of `s` in `text`. */
function cpIndexOf(text: string, s: string, occurrence = 0): number {
  let at = -1;
  for (let n = 0; n <= occurrence; n++) {
    at = text.indexOf(s, at + 1);
    if (at < 0) throw new Error(`"${s}" occurs fewer than ${occurrence + 1} times in the test text`);
  }
  return cpLength(text.slice(0, at));
}

function where(text: string, s: string, occurrence = 0): { start: number; end: number } {
  const start = cpIndexOf(text, s, occurrence);
  return { start, end: start + cpLength(s) };
}

const hasLoneSurrogate = (s: string): boolean => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

interface Case {
  name: string;
  /** The text when the claim was described. */
  before: string;
  /** The claim, as the `occurrence`-th occurrence of this text in `before`. */
  quote: string;
  occurrence?: number;
  /** The revised text the claim is anchored in. */
  after: string;
  /** Selector fields to forget, to make the case depend on the others. */
  forget?: (keyof QuoteSelector)[];
  /** The text expected where the claim lands (its `foundOccurrence`-th copy in `after`), or null for an orphan. */
  found: string | null;
  foundOccurrence?: number;
  exact?: boolean;
}

const P = 'According to the ministry report, ';
const SAMPLE =
  'Defense Minister Ejup Maqedonci said he’s confident the delivery of Javelin anti-tank missiles ' +
  'and equipment will clear US Congress after the State Department approved the $75 million purchase on Jan. 11.';
const VOTES = 'The vote was close. '.repeat(8);
const ARMS = 'Kosovo will buy 246 Javelin missiles and 24 launch tubes from the United States, officials said.';
const RAID = 'Police said some 30 Serb militants stormed the monastery at dawn.';

const cases: Case[] = [
  {
    name: 'keeps a claim whose position still holds the quote',
    before: 'The minister said yes.',
    quote: 'said yes',
    after: 'The minister said yes.',
    found: 'said yes',
  },
  {
    name: 'tells repeated quotes apart by prefix',
    before: 'Alice said yes. Bob said yes.',
    quote: 'said yes',
    occurrence: 1,
    after: 'On Monday, Alice said yes. Bob said yes.',
    forget: ['start', 'end'],
    found: 'said yes',
    foundOccurrence: 1,
  },
  {
    name: 'tells repeated quotes apart by prefix, the first one too',
    before: 'Alice said yes. Bob said yes.',
    quote: 'said yes',
    after: 'On Monday, Alice said yes. Bob said yes.',
    forget: ['start', 'end'],
    found: 'said yes',
  },
  {
    name: 'tells repeated quotes apart by suffix when the prefixes are the same',
    before: `${P}the total was 5 units. ${P}the total was 6 units.`,
    quote: 'the total was',
    occurrence: 1,
    after: `Update. ${P}the total was 5 units. ${P}the total was 6 units.`,
    forget: ['start', 'end'],
    found: 'the total was',
    foundOccurrence: 1,
  },
  {
    name: 'tells repeated quotes apart by suffix, the first one too',
    before: `${P}the total was 5 units. ${P}the total was 6 units.`,
    quote: 'the total was',
    after: `Update. ${P}the total was 5 units. ${P}the total was 6 units.`,
    forget: ['start', 'end'],
    found: 'the total was',
  },
  {
    name: 'finds the second of two overlapping occurrences',
    before: 'bananas',
    quote: 'ana',
    occurrence: 1,
    after: 'bananas',
    forget: ['start', 'end'],
    found: 'ana',
    foundOccurrence: 1,
  },
  {
    name: 'finds the first of two overlapping occurrences',
    before: 'bananas',
    quote: 'ana',
    after: 'bananas',
    forget: ['start', 'end'],
    found: 'ana',
  },
  {
    name: 'finds a quote at the very start of the text after text is added before it',
    before: 'Kosovo will deploy anti-tank missiles.',
    quote: 'Kosovo will',
    after: 'BREAKING: Kosovo will deploy anti-tank missiles.',
    found: 'Kosovo will',
  },
  {
    name: 'finds a quote at the very end of the text after text is added before it',
    before: 'Maqedonci said in an interview on Monday.',
    quote: 'on Monday.',
    after: 'Earlier today: Maqedonci said in an interview on Monday.',
    found: 'on Monday.',
  },
  {
    name: 'finds a quote whose remembered prefix is longer than the text now before it',
    before: 'A long introduction that runs on and on. The deal is done.',
    quote: 'The deal is done',
    after: 'So. The deal is done.',
    found: 'The deal is done',
  },
  {
    name: 'counts emoji and combining marks before and inside the quote as code points',
    before: '👍🏽 Cafe\u0301 owners 🇽🇰 said prices rose 🎉 by 5%.',
    quote: 'owners 🇽🇰 said prices rose 🎉',
    after: '🎉🎉 👍🏽 Café and bistro owners 🇽🇰 said prices rose 🎉 by 5%.',
    found: 'owners 🇽🇰 said prices rose 🎉',
  },
  {
    name: 'finds a quote spanning two paragraphs',
    before: 'The first paragraph ends here.\n\nThe second one starts here.',
    quote: 'ends here.\n\nThe second',
    after: 'A new lead paragraph.\n\nThe first paragraph ends here.\n\nThe second one starts here.',
    found: 'ends here.\n\nThe second',
  },
  {
    name: 'still finds a quote exactly when only its context was edited',
    before: 'Officials said the budget rose by 5 percent last year, a record.',
    quote: 'the budget rose by 5 percent',
    after: 'Officials claimed that the budget rose by 5 percent in 2023, a record.',
    found: 'the budget rose by 5 percent',
  },
  {
    name: 'finds a quote whose own figure was edited, as not exact',
    before: SAMPLE,
    quote: '$75 million',
    after: SAMPLE.replace('$75 million', '$57 million'),
    found: '$57 million',
    exact: false,
  },
  {
    name: 'finds a longer quote whose own figure was edited, as not exact',
    before: SAMPLE,
    quote: 'approved the $75 million purchase',
    after: `New lead.\n\n${SAMPLE.replace('$75 million', '$57 million')}`,
    found: 'approved the $57 million purchase',
    exact: false,
  },
  {
    name: 'finds an edited quote without an emoji split in half',
    before: 'Fans cheered 🎉 loudly at the final whistle.',
    quote: 'cheered 🎉 loudly at the final',
    after: 'Fans cheered 🎊 loudly at the final whistle.',
    found: 'cheered 🎊 loudly at the final',
    exact: false,
  },
  // A changed character at a match's edge costs one edit whether it is
  // substituted or cut off; the match must keep it, and end on a whole word.
  {
    name: 'keeps a corrected last letter inside the match (missilez → missiles)',
    before: ARMS.replace('missiles', 'missilez'),
    quote: '246 Javelin missilez',
    after: ARMS,
    found: '246 Javelin missiles',
    exact: false,
  },
  {
    name: 'ends on a replaced last word, not inside it (tubes → units)',
    before: ARMS,
    quote: '246 Javelin missiles and 24 launch tubes',
    after: ARMS.replace('tubes', 'units'),
    found: '246 Javelin missiles and 24 launch units',
    exact: false,
  },
  {
    name: 'starts on a replaced first word, not inside it (some → about)',
    before: RAID,
    quote: 'some 30 Serb militants',
    after: RAID.replace('some', 'about'),
    found: 'about 30 Serb militants',
    exact: false,
  },
  {
    name: 'starts on a longer replaced first word, not inside it (some → nearly)',
    before: 'Officials said some 300 troops crossed the border overnight.',
    quote: 'some 300 troops crossed the border',
    after: 'Officials said nearly 300 troops crossed the border overnight.',
    found: 'nearly 300 troops crossed the border',
    exact: false,
  },
  {
    name: 'keeps a combining mark added to the last letter inside the match',
    before: 'Menu prices at the cafe rose sharply this spring.',
    quote: 'prices at the cafe',
    after: 'Menu prizes at the cafe\u0301 rose sharply this spring.',
    found: 'prizes at the cafe\u0301',
    exact: false,
  },
  {
    // After Hypothesis' "match ends at end of text and there is a non-empty
    // suffix": the remembered suffix is gone, so only the edges can tell.
    name: 'ends on an edited last word at the very end of the text, its suffix gone',
    before: 'The State Department approved the purchase on Jan. 11, officials said.',
    quote: 'approved the purchase on Jan. 11',
    after: 'The State Department approved the purchase on Jan. 12',
    found: 'approved the purchase on Jan. 12',
    exact: false,
  },
  {
    // After Apache Annotator's "dolor am": a quote that ends inside a word
    // keeps ending inside it.
    name: 'keeps a quote that ends inside a word ending inside it',
    before: 'lorem ipsum dolor amet yada yada',
    quote: 'ipsum dolor am',
    after: 'lorem ipsum dolour amet yada yada',
    found: 'ipsum dolour am',
    exact: false,
  },
  {
    name: 'orphans a quote that was replaced by other text, context intact',
    before: 'The deal also involves training for the Kosovo Security Force, he said.',
    quote: 'training for the Kosovo Security Force',
    after: 'The deal also involves new radar systems paid for by Germany, he said.',
    found: null,
  },
  {
    name: 'orphans a quote that was deleted along with its sentence',
    before: SAMPLE,
    quote: 'the delivery of Javelin anti-tank missiles',
    after: 'Defense Minister Ejup Maqedonci spoke on Monday.',
    found: null,
  },
  {
    name: 'breaks a tie between equally good contexts by nearness to the old position',
    before: VOTES,
    quote: 'vote was close',
    occurrence: 4,
    after: `So. ${VOTES}`,
    found: 'vote was close',
    foundOccurrence: 4,
  },
  {
    name: 'breaks the same tie the other way for another old position',
    before: VOTES,
    quote: 'vote was close',
    occurrence: 3,
    after: `So. ${VOTES}`,
    found: 'vote was close',
    foundOccurrence: 3,
  },
  {
    name: 'finds a quote whose old position lies beyond the shortened text',
    before: `${'Filler sentence. '.repeat(10)}The claim is here. ${'More filler. '.repeat(10)}`,
    quote: 'The claim is here.',
    after: 'The claim is here.',
    found: 'The claim is here.',
  },
];

describe('anchoring/anchorQuote', () => {
  for (const c of cases) {
    it(c.name, () => {
      const selector: QuoteSelector = (() => {
        const { start, end } = where(c.before, c.quote, c.occurrence);
        return describeQuote(c.before, start, end);
      })();
      for (const key of c.forget ?? []) delete selector[key];
      const result = anchorQuote(c.after, selector);
      if (c.found === null) {
        expect(result).to.equal(null);
        return;
      }
      const { start, end } = where(c.after, c.found, c.foundOccurrence);
      expect(result, 'anchored').to.not.equal(null);
      expect({ start: result!.start, end: result!.end }).to.deep.equal({ start, end });
      expect(cpSlice(c.after, result!.start, result!.end)).to.equal(c.found);
      if (c.exact === false) {
        expect(result!.exact).to.equal(false);
        expect(result!.score).to.be.above(APPROXIMATE_THRESHOLD).and.below(1);
        expect(hasLoneSurrogate(cpSlice(c.after, result!.start, result!.end))).to.equal(false);
      } else {
        expect(result).to.include({ exact: true, score: 1 });
      }
    });
  }

  it('returns null for an empty quote, which would match anywhere', () => {
    expect(anchorQuote('some text', { quote: '' })).to.equal(null);
    expect(anchorQuote('some text', describeQuote('some text', 4, 4))).to.equal(null);
  });

  it('finds an edited figure from the quote alone, without context or position', () => {
    const result = anchorQuote(SAMPLE.replace('$75 million', '$57 million'), { quote: '$75 million' });
    expect(result).to.deep.include({ ...where(SAMPLE, '$75 million'), exact: false });
    // Two edits in eleven units, and no context to weigh in.
    expect(result!.score).to.be.closeTo(9 / 11, 1e-12);
  });

  it('ends on the corrected word when only the quote is known', () => {
    const result = anchorQuote(ARMS, { quote: '246 Javelin missilez' });
    expect(result).to.deep.include({ ...where(ARMS, '246 Javelin missiles'), exact: false });
  });

  it('counts an emoji as one edit, so "smile" is found in "sm😊le", flagged', () => {
    const text = 'They sm😊le at the camera.';
    const result = anchorQuote(text, { quote: 'smile' });
    expect(result).to.deep.include({ ...where(text, 'sm😊le'), exact: false });
    // One edit in five code points; in UTF-16 units it would be two, 0.6.
    expect(result!.score).to.be.closeTo(0.8, 1e-12);
  });

  it('measures a quote with an emoji inside in code points', () => {
    const before = 'At the final whistle the fans cheered 🎉 loudly for their team.';
    const after = before.replace('🎉', '🎉🎉');
    const quote = 'fans cheered 🎉 loudly';
    const result = anchorQuote(after, describeQuote(before, cpIndexOf(before, quote), cpIndexOf(before, quote) + cpLength(quote)));
    expect(result).to.deep.include({ ...where(after, 'fans cheered 🎉🎉 loudly'), exact: false });
    // One edit in 21 code points (two in 22 units), context intact.
    expect(result!.score).to.be.closeTo(0.8 * (1 - 1 / 21) + 0.2, 1e-12);
  });

  it('applies the threshold to code points: two edits in eight are not above it', () => {
    // Nine UTF-16 units, eight code points: 2 / 9 edits would pass, 2 / 8 does not.
    expect(anchorQuote('😊 xbcdey', { quote: '😊 abcdef' })).to.equal(null);
    expect(anchorQuote('😊 xbcdef', { quote: '😊 abcdef' })).to.deep.include({ start: 0, end: 8, exact: false, score: 1 - 1 / 8 });
  });

  it('uses the quote length when only a start is remembered', () => {
    expect(anchorQuote('abc def', { quote: 'def', start: 4 })).to.deep.equal({ start: 4, end: 7, exact: true, score: 1 });
  });

  it('prefers an approximate match near the old position to a closer one far away', () => {
    const claim = 'the ministry approved the $75 million purchase';
    const filler = 'Unrelated filler text about the weather. '.repeat(80);
    const before = `Lead. ${claim} today. ${filler}Elsewhere the ministry approved the $75 millions purchase too.`;
    const after = before.replace(`${claim} today`, `${claim.replace('$75', '$57')} today`);
    const result = anchorQuote(after, describeQuote(before, 6, 6 + claim.length));
    expect(result).to.deep.include({ start: 6, end: 6 + claim.length, exact: false });
  });

  it('never reports exact for text that differs from the quote', () => {
    const result = anchorQuote('the $57 million deal', { quote: 'the $75 million deal', start: 0, end: 20 });
    expect(result).to.include({ exact: false });
  });

  it('throws a RangeError for selector offsets that are not code-point offsets', () => {
    expect(() => anchorQuote('abc', { quote: 'b', start: -1 })).to.throw(RangeError);
    expect(() => anchorQuote('abc', { quote: 'b', start: 1.5 })).to.throw(RangeError);
    expect(() => anchorQuote('abc', { quote: 'b', start: 2, end: 1 })).to.throw(RangeError, /after its end/);
  });

  it('exports a threshold strictly between 0 and 1', () => {
    expect(APPROXIMATE_THRESHOLD).to.be.above(0).and.below(1);
  });
});

describe('anchoring/anchorQuote never moves a claim silently', () => {
  it('does not keep a short quote at its old offset when other words now stand around it', () => {
    const before = 'Kosovo in 2008. Talks in Brussels.';
    const start = before.indexOf('in Brussels');
    const sel = describeQuote(before, start, start + 2);
    // 15 characters typed at the top bring the first "in" to the old offset.
    const after = `Breaking news: ${before}`;
    expect(after.slice(start, start + 2)).to.equal('in');
    const found = anchorQuote(after, sel)!;
    expect(found.exact).to.equal(true);
    expect(after.slice(found.start, found.end + 9)).to.equal('in Brussels');
  });

  it('does not report a deleted claim as exact on another occurrence in other surroundings', () => {
    const filler = ' Officials met again and again to talk about many other subjects of the day.'.repeat(80);
    const before = `Prices rose as Economy inflation hit records.${filler} Later, Economy inflation was a slogan on posters.`;
    const start = before.indexOf('Economy inflation');
    const sel = describeQuote(before, start, start + 'Economy inflation'.length);
    const after = before.replace('Prices rose as Economy inflation hit records.', 'Prices rose.');
    const found = anchorQuote(after, sel);
    expect(found === null || found.exact === false, JSON.stringify(found)).to.equal(true);
  });
});
