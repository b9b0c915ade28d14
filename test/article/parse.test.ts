import { expect } from '@open-wc/testing';
import { parseText, parseMarkdown, parseHTML, articleKindOf } from '../../src/article/parse.js';
import { docText } from '../../src/article/positions.js';

describe('article parsing', () => {
  it('reads the sample: first line is the title, blank lines separate paragraphs, text unchanged', async () => {
    const file = await (await fetch('/samples/kosovo-javelin.txt')).text();
    const { title, doc } = parseText(file);
    expect(title).to.equal('Kosovo to Deploy New US Anti-Tank Weapons as Serbia Bristles');
    expect(doc.firstChild!.type.name).to.equal('heading');
    expect(docText(doc)).to.equal(file.replace(/^\n+|\n+$/g, ''));
    expect(doc.childCount).to.equal(file.trim().split('\n\n').length);
  });

  it('normalises Windows line endings and keeps single newlines as line breaks', () => {
    const { doc } = parseText('Title\r\n\r\nLine one\r\nLine two\r\n');
    expect(docText(doc)).to.equal('Title\n\nLine one\nLine two');
  });

  it('reads Markdown headings, lists and inline marks', () => {
    const { title, doc } = parseMarkdown('# The headline\n\nSome **bold** and *em* and [a link](https://example.org).\n\n- one\n- two');
    expect(title).to.equal('The headline');
    expect(docText(doc)).to.equal('The headline\n\nSome bold and em and a link.\n\none\n\ntwo');
    let link = '';
    doc.descendants((n) => {
      const m = n.marks.find((mk) => mk.type.name === 'link');
      if (m) link = m.attrs['href'] as string;
    });
    expect(link).to.equal('https://example.org/');
  });

  it('takes the HTML title from <title>, else <h1>', () => {
    expect(parseHTML('<title>From title</title><h1>From h1</h1><p>x</p>').title).to.equal('From title');
    expect(parseHTML('<h1>From h1</h1><p>x</p>').title).to.equal('From h1');
  });

  it('drops scripts, styles, frames, objects, SVG and event handlers from HTML, and runs none of them', async () => {
    const w = window as unknown as { __canary?: number };
    w.__canary = 0;
    const hostile = `<title>T</title><style>p{color:red}</style><h1 onclick="window.__canary++">Head</h1>
      <p>Safe <b>text</b><script>window.__canary++</script><img src=x onerror="window.__canary++">
      <a href="javascript:window.__canary++">js link</a> <a href="https://example.org">ok</a></p>
      <iframe srcdoc="<script>parent.__canary++</script>">frame text</iframe><object data="x">obj</object>
      <svg><script>window.__canary++</script><text>svg text</text></svg><custom-el>kept words</custom-el>
      <div style="background:url(javascript:window.__canary++)">styled</div>`;
    const { doc } = parseHTML(hostile);
    const text = docText(doc);
    expect(text).to.not.match(/canary|color:red|frame text|svg text|obj/);
    expect(text).to.contain('Safe text');
    expect(text).to.contain('kept words');
    const hrefs: string[] = [];
    doc.descendants((n) => n.marks.forEach((m) => m.type.name === 'link' && hrefs.push(m.attrs['href'] as string)));
    expect(hrefs).to.deep.equal(['https://example.org/']);
    await new Promise((r) => setTimeout(r, 50));
    expect(w.__canary).to.equal(0);
  });

  it('knows article files by their extension', () => {
    expect(['a.txt', 'b.MD', 'c.html', 'd.htm', 'e.pdf'].map(articleKindOf)).to.deep.equal(['text', 'markdown', 'html', 'html', null]);
  });
});
