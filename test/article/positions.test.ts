import { expect } from '@open-wc/testing';
import { articleSchema } from '../../src/article/schema.js';
import { TextMap, docText } from '../../src/article/positions.js';
import { parseText, docFromPlainText } from '../../src/article/parse.js';

const s = articleSchema;

/** Every code-point offset must survive offset → position → offset. */
function roundTrips(map: TextMap) {
  for (let offset = 0; offset <= map.length; offset++) {
    const pos = map.toPos(offset);
    const back = map.toOffset(pos);
    // Offsets inside a separator snap to the next block's start.
    const chars = [...map.text];
    const inSeparator = chars[offset - 1] === '\n' && chars[offset] === '\n' && back !== offset;
    if (!inSeparator) expect(back, `offset ${offset}`).to.equal(offset);
  }
}

describe('TextMap: ProseMirror positions ⇄ code-point offsets', () => {
  it('joins blocks with a blank line', () => {
    const doc = s.node('doc', null, [s.node('heading', { level: 1 }, [s.text('Title')]), s.node('paragraph', null, [s.text('Body.')])]);
    expect(docText(doc)).to.equal('Title\n\nBody.');
  });

  it('counts emoji as one code point each', () => {
    const { doc } = parseText('😀 Emoji 🇽🇰 flag\n\nThen $75 million.');
    const map = new TextMap(doc);
    const text = map.text;
    const start = [...text].indexOf('$');
    expect([...text].slice(start, start + 11).join('')).to.equal('$75 million');
    const pos = map.toPos(start);
    expect(doc.textBetween(pos, map.toPos(start + 11))).to.equal('$75 million');
    expect(map.toOffset(pos)).to.equal(start);
    roundTrips(map);
  });

  it('keeps combining marks as their own code points', () => {
    const { doc } = parseText('Cafe\u0301 owner said\n\nMaqedonci\u0308 said.');
    const map = new TextMap(doc);
    expect(map.length).to.equal([...map.text].length);
    roundTrips(map);
  });

  it('handles empty paragraphs and line breaks', () => {
    const doc = s.node('doc', null, [s.node('paragraph', null, [s.text('One'), s.node('hard_break'), s.text('two')]), s.node('paragraph'), s.node('paragraph', null, [s.text('Three')])]);
    const map = new TextMap(doc);
    expect(map.text).to.equal('One\ntwo\n\n\n\nThree');
    expect(doc.textBetween(map.toPos(11), map.toPos(16))).to.equal('Three');
    roundTrips(map);
  });

  it('refuses offsets outside the text with a RangeError', () => {
    const map = new TextMap(parseText('Short.').doc);
    expect(() => map.toPos(7)).to.throw(RangeError, /outside the article text/);
    expect(() => map.toPos(-1)).to.throw(RangeError);
  });

  it('rebuilds a document whose plain text is exactly the stored text', () => {
    for (const text of ['A\n\nB', 'A\n\n\nB', 'Only one', 'A\nB\n\n', '\n\nLead', '😀\n\n\u0301']) {
      expect(docText(docFromPlainText(text))).to.equal(text);
    }
  });
});
