import { expect } from '@open-wc/testing';
import { exportW3C, parseW3C, uuidV5, isUuid, type W3CImportedAnnotation } from '../../src/formats/index.js';
import type { W3CAnnotation, W3CAnnotationCollection } from '../../src/formats/w3c.js';
import { ARTICLE_TEXT, claimAt, makeArticle, makeClaims } from './fixtures.js';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The claims' annotations of an export, without the replies that follow them. */
function claimsIn(c: W3CAnnotationCollection): W3CAnnotation[] {
  return c.first!.items.filter((i): i is W3CAnnotation => i.motivation === 'assessing');
}

function annotationsOf(data: unknown, text = ARTICLE_TEXT): { annotations: W3CImportedAnnotation[]; skipped: string[] } {
  const result = parseW3C(data, text);
  if (!result.ok) throw new Error(`refused: ${result.errors.join('; ')}`);
  return result;
}

function errorsOf(data: unknown, text = ARTICLE_TEXT): string[] {
  const result = parseW3C(data, text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

describe('W3C export', () => {
  it('writes one AnnotationCollection with an embedded first page', () => {
    const c = exportW3C(makeArticle(), makeClaims(), { organisation: 'Desk News' });
    expect(c['@context']).to.equal(CONTEXT);
    expect(c.type).to.equal('AnnotationCollection');
    expect(c.id).to.match(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(c.label).to.equal(makeArticle().title);
    expect(c.total).to.equal(6);
    expect(c.creator).to.deep.equal({ type: 'Organization', name: 'Desk News' });
    expect(c.first).to.include({ type: 'AnnotationPage', startIndex: 0 });
    expect(c.first!.id)
      .to.match(/^urn:uuid:/)
      .and.not.equal(c.id);
    expect(claimsIn(c)).to.have.length(6);
  });

  it('gives the same ids on every export', () => {
    const a = exportW3C(makeArticle(), makeClaims(), {});
    const b = exportW3C(makeArticle(), makeClaims(), {});
    expect([a.id, a.first!.id, claimsIn(a).map((i) => i.id)]).to.deep.equal([b.id, b.first!.id, claimsIn(b).map((i) => i.id)]);
  });

  it('writes a claim as an assessing annotation with status, note and source bodies', () => {
    const item = claimsIn(exportW3C(makeArticle(), makeClaims(), { generator: 'Factcheck Desk 0.1' }))[0]!;
    const claim = makeClaims()[1]!; // $75 million
    expect(item).to.deep.equal({
      id: `urn:uuid:${claim.id}`,
      type: 'Annotation',
      motivation: 'assessing',
      created: claim.createdAt,
      modified: claim.updatedAt,
      creator: { type: 'Person', name: 'Ana Reviewer' },
      generator: { type: 'Software', name: 'Factcheck Desk 0.1' },
      body: [
        { type: 'TextualBody', purpose: 'assessing', value: 'verified', format: 'text/plain', label: 'Verified' },
        { type: 'TextualBody', purpose: 'commenting', value: 'Budget line 4.2, "Border infrastructure".', format: 'text/plain' },
        { type: 'SpecificResource', purpose: 'linking', source: { id: 'https://mf.rks-gov.example/budget-2026.pdf', label: 'Budget 2026, line 4.2' } },
        { type: 'SpecificResource', purpose: 'linking', source: { id: 'https://www.example.com/press/1234' } },
      ],
      target: {
        source: 'https://news.example.org/2026/01/kosovo-border',
        selector: [
          { type: 'TextQuoteSelector', exact: '$75 million', prefix: claim.prefix, suffix: claim.suffix },
          { type: 'TextPositionSelector', start: claim.start, end: claim.end },
        ],
      },
    });
  });

  it('puts annotations in document order with code-point positions', () => {
    const items = claimsIn(exportW3C(makeArticle(), makeClaims(), {}));
    const chars = [...ARTICLE_TEXT];
    let last = -1;
    for (const item of items.slice(0, -1)) {
      const [quote, position] = item.target.selector as unknown as [{ exact: string }, { start: number; end: number }];
      expect(chars.slice(position.start, position.end).join('')).to.equal(quote.exact);
      expect(position.start).to.be.greaterThan(last);
      last = position.start;
    }
  });

  it('targets urn:uuid:<article id> when the article has no URL', () => {
    const { url: _url, ...article } = makeArticle();
    expect(claimsIn(exportW3C(article, makeClaims(), {}))[0]!.target.source).to.equal(`urn:uuid:${article.id}`);
  });

  it('gives an orphaned claim only its last known quote', () => {
    const orphan = claimsIn(exportW3C(makeArticle(), makeClaims(), {})).at(-1)!;
    expect(orphan.target.selector).to.deep.equal([{ type: 'TextQuoteSelector', exact: 'the largest operation since', prefix: 'officials described it as ', suffix: ' 2011.' }]);
  });

  it('leaves out an empty note, an empty reviewer and the organisation when not given', () => {
    const c = exportW3C(makeArticle(), makeClaims(), {});
    const provocation = claimsIn(c).find((i) => i.target.selector[0]!.type === 'TextQuoteSelector' && (i.target.selector[0] as { exact: string }).exact === 'a provocation')!;
    expect(provocation.body).to.deep.equal([{ type: 'TextualBody', purpose: 'assessing', value: 'unchecked', format: 'text/plain', label: 'Unchecked' }]);
    expect(provocation).not.to.have.property('creator');
    expect(c).not.to.have.property('creator');
    expect(provocation.generator).to.deep.equal({ type: 'Software', name: 'Factcheck Desk' });
  });

  it('derives a stable urn:uuid for ids that are not UUIDs', () => {
    const text = 'The budget is $75 million.';
    const claim = claimAt(text, '$75 million', { id: 'claim-1' });
    const id = claimsIn(exportW3C(makeArticle({ text, id: 'article-1' }), [claim], {}))[0]!.id;
    expect(id).to.equal(`urn:uuid:${uuidV5('3f356d3f-fd2d-42c1-b808-2f22b5b707d2', 'claim-1')}`);
    expect(isUuid(id.slice('urn:uuid:'.length))).to.equal(true);
  });

  it('computes RFC 9562 version-5 UUIDs', () => {
    // Known values (Python's uuid.uuid5).
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).to.equal('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(uuidV5('6ba7b811-9dad-11d1-80b4-00c04fd430c8', 'https://example.com/é')).to.equal('20ecd233-a9e7-5067-a96f-fd6600ca3fda');
  });

  it('writes an empty collection without pages', () => {
    const c = exportW3C(makeArticle(), [], {});
    expect(c.total).to.equal(0);
    expect(c).not.to.have.property('first');
  });
});

describe('W3C import', () => {
  it('round-trips our export: quotes, positions, status, note, sources, reviewer, times, ids, the Re-check flag', () => {
    const claims = makeClaims();
    const data = JSON.parse(JSON.stringify(exportW3C(makeArticle(), claims, {}))) as unknown;
    const { annotations, skipped } = annotationsOf(data);
    expect(skipped).to.deep.equal([]);
    const byId = new Map(claims.map((c) => [c.id, c]));
    expect(annotations).to.have.length(6);
    for (const a of annotations) {
      const c = byId.get(a.id!)!;
      const expected: W3CImportedAnnotation = {
        id: c.id,
        quote: c.quote,
        prefix: c.prefix,
        suffix: c.suffix,
        status: c.status,
        note: c.note,
        sources: c.sources,
        reviewer: c.reviewer,
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
        source: 'https://news.example.org/2026/01/kosovo-border',
      };
      if (!c.orphaned) Object.assign(expected, { start: c.start, end: c.end });
      if (c.changed) expected.changed = true;
      expect(a).to.deep.equal(expected);
    }
  });

  it('reads a single annotation, a list, a page and a collection', () => {
    const item = { ...claimsIn(exportW3C(makeArticle(), makeClaims(), {}))[0]!, '@context': CONTEXT };
    expect(annotationsOf(item).annotations).to.have.length(1);
    expect(annotationsOf([item, item]).annotations).to.have.length(2);
    const { '@context': _c, ...bare } = item;
    expect(annotationsOf({ '@context': CONTEXT, type: 'AnnotationPage', items: [bare] }).annotations).to.have.length(1);
    expect(annotationsOf({ '@context': CONTEXT, type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [bare] } }).annotations).to.have.length(1);
  });

  it('reads Hypothesis JSON-LD: markdown note, tags ignored, acct: creator', () => {
    const hypothesis = {
      '@context': CONTEXT,
      type: 'Annotation',
      id: 'https://hypothes.is/a/Qm9yZGVy',
      created: '2026-01-02T08:00:00.123456+00:00',
      modified: '2026-01-02T09:00:00+00:00',
      creator: 'acct:dritan@hypothes.is',
      body: [
        { type: 'TextualBody', value: 'Check the **budget** table.', format: 'text/markdown' },
        { type: 'TextualBody', value: 'budget', purpose: 'tagging' },
      ],
      target: [
        {
          source: 'https://news.example.org/2026/01/kosovo-border',
          selector: [
            { type: 'XPathSelector', value: '/main/p[2]', refinedBy: { type: 'TextPositionSelector', start: 50, end: 61 } },
            { type: 'TextPositionSelector', start: 121, end: 132 },
            { type: 'TextQuoteSelector', exact: '$75 million', prefix: 'it would spend ', suffix: ' on new border' },
          ],
        },
      ],
    };
    expect(annotationsOf(hypothesis).annotations).to.deep.equal([
      {
        quote: '$75 million',
        prefix: 'it would spend ',
        suffix: ' on new border',
        start: 121,
        end: 132,
        status: 'unchecked',
        note: 'Check the **budget** table.',
        sources: [],
        reviewer: 'dritan@hypothes.is',
        createdAt: '2026-01-02T08:00:00.123Z',
        updatedAt: '2026-01-02T09:00:00.000Z',
        source: 'https://news.example.org/2026/01/kosovo-border',
      },
    ]);
  });

  it("reads Hypothesis's own export file", () => {
    const file = {
      export_date: '2026-01-03T10:00:00.000Z',
      export_userid: 'acct:dritan@hypothes.is',
      client_version: '1.1500.0',
      annotations: [
        {
          id: 'Qm9yZGVy',
          created: '2026-01-02T08:00:00.000Z',
          updated: '2026-01-02T09:00:00.000Z',
          user: 'acct:dritan@hypothes.is',
          uri: 'https://news.example.org/2026/01/kosovo-border',
          text: 'Which census?',
          tags: [],
          target: [{ source: 'https://news.example.org/2026/01/kosovo-border', selector: [{ type: 'TextQuoteSelector', exact: '2024 census', prefix: 'According to the ', suffix: ', 1.6' }] }],
        },
        { id: 'UGFnZU5vdGU', user: 'acct:dritan@hypothes.is', uri: 'https://news.example.org/x', text: 'A page note', target: [{ source: 'https://news.example.org/x' }] },
      ],
    };
    const { annotations, skipped } = annotationsOf(file);
    expect(annotations).to.have.length(1);
    expect(annotations[0]).to.include({ quote: '2024 census', note: 'Which census?', reviewer: 'dritan@hypothes.is', status: 'unchecked' });
    expect(skipped).to.deep.equal(['annotations[1] (UGFnZU5vdGU): it has no TextQuoteSelector, so there is no quote to find in the article']);
  });

  it('reads Recogito annotations: #uuid ids, targets without a source, creators on bodies', () => {
    const recogito = [
      {
        '@context': CONTEXT,
        id: '#a88b22d0-6106-4872-9435-c78b5e89fede',
        type: 'Annotation',
        body: [
          { type: 'TextualBody', value: 'Figure is from 2022.', purpose: 'commenting', creator: { id: 'https://recogito.example/u/besa', name: 'Besa Checker' }, created: '2026-01-02T10:00:00.000Z' },
          { type: 'TextualBody', value: 'Incorrect', purpose: 'assessing' },
        ],
        target: {
          selector: [
            { type: 'TextQuoteSelector', exact: '1.6 million people live in Kosovo' },
            { type: 'TextPositionSelector', start: 9999, end: 10010 },
          ],
        },
      },
    ];
    expect(annotationsOf(recogito).annotations).to.deep.equal([
      {
        id: 'a88b22d0-6106-4872-9435-c78b5e89fede',
        quote: '1.6 million people live in Kosovo',
        prefix: '',
        suffix: '',
        status: 'incorrect',
        note: 'Figure is from 2022.',
        sources: [],
        reviewer: 'Besa Checker',
      },
    ]);
  });

  it('keeps an assessment it does not know in the note, and status unchecked', () => {
    const a = {
      '@context': CONTEXT,
      type: 'Annotation',
      motivation: 'assessing',
      body: [{ type: 'TextualBody', purpose: 'assessing', value: 'Mostly false' }, 'https://factcheck.example/review/1'],
      target: { source: 'https://x.example', selector: { type: 'TextQuoteSelector', exact: 'a provocation' } },
    };
    expect(annotationsOf(a).annotations[0]).to.deep.include({
      status: 'unchecked',
      note: 'Assessment: Mostly false',
      sources: [{ url: 'https://factcheck.example/review/1' }],
    });
  });

  it('takes a status named by label or with other separators', () => {
    const body = (value: string) => ({
      '@context': CONTEXT,
      type: 'Annotation',
      body: { type: 'TextualBody', purpose: 'assessing', value },
      target: { source: 'https://x.example', selector: { type: 'TextQuoteSelector', exact: 'x' } },
    });
    expect(annotationsOf(body('Needs source')).annotations[0]!.status).to.equal('needs_source');
    expect(annotationsOf(body('in-progress')).annotations[0]!.status).to.equal('in_progress');
    expect(annotationsOf(body('MISLEADING')).annotations[0]!.status).to.equal('misleading');
  });

  it('drops sources that are not http(s) links', () => {
    const a = {
      '@context': CONTEXT,
      type: 'Annotation',
      body: [{ type: 'SpecificResource', purpose: 'linking', source: 'javascript:alert(1)' }, { id: 'ftp://files.example/x' }],
      target: { source: 'https://x.example', selector: { type: 'TextQuoteSelector', exact: 'x' } },
    };
    expect(annotationsOf(a).annotations[0]!.sources).to.deep.equal([]);
  });

  it('skips, with a reason, annotations it cannot place', () => {
    const { annotations, skipped } = annotationsOf([
      { '@context': CONTEXT, id: 'http://example.org/anno1', type: 'Annotation', body: 'http://example.org/post1', target: 'http://example.com/page1' },
      { '@context': CONTEXT, type: 'Annotation', target: { source: 'http://example.com/page1', selector: { type: 'TextQuoteSelector', exact: '' } } },
    ]);
    expect(annotations).to.deep.equal([]);
    expect(skipped).to.deep.equal([
      '[0] (http://example.org/anno1): it has no TextQuoteSelector, so there is no quote to find in the article',
      '[1]: its TextQuoteSelector quotes nothing (exact is empty)',
    ]);
  });

  it('says when a collection only links to its pages', () => {
    const result = annotationsOf({ '@context': CONTEXT, type: 'AnnotationCollection', id: 'http://example.org/c', total: 42023, first: 'http://example.org/page1' });
    expect(result).to.deep.equal({
      ok: true,
      annotations: [],
      skipped: ["The collection's annotations are not in this file: its first page is only a link (http://example.org/page1)"],
    });
  });

  it('refuses malformed annotations, naming each problem', () => {
    expect(errorsOf({})).to.deep.equal([
      'annotation: @context is missing: a Web Annotation names http://www.w3.org/ns/anno.jsonld',
      'annotation.type: missing; expected "Annotation"',
      'annotation.target: missing; every annotation has a target',
    ]);
    expect(errorsOf({ '@context': CONTEXT, type: 'Annotation', id: ['http://a.example/1', 'http://a.example/2'], target: 9 })).to.deep.equal([
      'annotation.id: has 2 values; an id is a single IRI',
      'annotation.target: expected a target (an IRI or an object), found 9',
    ]);
    expect(errorsOf({ '@context': 'fish', type: 'Annotation', target: 'http://x.example', body: { type: 'TextualBody' }, bodyValue: 'x' })).to.deep.equal([
      'annotation.@context: "fish" does not include the Web Annotation context http://www.w3.org/ns/anno.jsonld',
      'annotation: has both body and bodyValue; an annotation has one or the other',
      'annotation.body.value: missing; a TextualBody carries its text in value',
    ]);
  });

  it('names problems inside a collection by their path', () => {
    const collection = {
      '@context': CONTEXT,
      type: 'AnnotationCollection',
      total: -1,
      first: { type: 'AnnotationPage', items: [{ type: 'Annotation', created: 'yesterday', target: 'http://x.example' }, { type: 'Annotation' }] },
    };
    expect(errorsOf(collection)).to.deep.equal([
      'collection.total: expected a count (a whole number, 0 or more), found -1',
      'collection.first.items[0].created: "yesterday" is not an xsd:dateTime (such as 2026-01-01T12:00:00Z)',
      'collection.first.items[1].target: missing; every annotation has a target',
    ]);
    expect(errorsOf({ ...collection, '@context': 'http://schema.example/ctx' })).to.deep.equal([
      'collection.@context: "http://schema.example/ctx" does not include the Web Annotation context http://www.w3.org/ns/anno.jsonld',
    ]);
  });

  it('refuses our own export and ClaimReview files, saying what they are', () => {
    expect(errorsOf({ format: 'factcheck-annotations', version: 1 })).to.deep.equal(['This is a Factcheck Desk export, not a W3C Web Annotation file — use Import (Factcheck Desk JSON)']);
    expect(errorsOf({ '@context': 'https://schema.org', '@type': 'ClaimReview' })[0]).to.match(/^This looks like a schema\.org ClaimReview file/);
    expect(errorsOf(42)).to.deep.equal(['This is not a W3C Web Annotation file: it holds 42, not a JSON object or list']);
  });

  it('refuses hostile nesting without throwing', () => {
    let selector: Record<string, unknown> = { type: 'TextQuoteSelector', exact: 'x' };
    for (let i = 0; i < 10000; i++) selector = { type: 'XPathSelector', value: '/p', refinedBy: selector };
    const errors = errorsOf({ '@context': CONTEXT, type: 'Annotation', target: { source: 'https://x.example', selector } });
    expect(errors).to.deep.equal([
      'annotation.target.selector.refinedBy.refinedBy.refinedBy.refinedBy.refinedBy.refinedBy.refinedBy.refinedBy.refinedBy.refinedBy.refinedBy.refinedBy.refinedBy.refinedBy.refinedBy: is nested too deeply',
    ]);
  });

  it('drops emoji halves left at the ends of UTF-16 contexts, and skips a broken quote', () => {
    const json = JSON.stringify([
      { '@context': CONTEXT, type: 'Annotation', target: { source: 'https://x.example', selector: { type: 'TextQuoteSelector', exact: '1,200 officers', prefix: 'X', suffix: 'Y' } } },
      { '@context': CONTEXT, type: 'Annotation', target: { source: 'https://x.example', selector: { type: 'TextQuoteSelector', exact: 'Q' } } },
    ])
      .replace('"prefix":"X"', '"prefix":"\\udc6e\\u200d\\u2640\\ufe0f "')
      .replace('"suffix":"Y"', '"suffix":" would\\ud83d"')
      .replace('"exact":"Q"', '"exact":"\\ud83d officers"');
    const { annotations, skipped } = annotationsOf(JSON.parse(json));
    expect(annotations.map((a) => [a.prefix, a.suffix])).to.deep.equal([['\u200d\u2640\ufe0f ', ' would']]);
    expect(skipped).to.deep.equal(['[1]: its quote is not valid Unicode text (it holds half of a surrogate pair)']);
  });

  it('ignores __proto__ keys without polluting prototypes', () => {
    const data = JSON.parse(
      `{"@context":"${CONTEXT}","type":"Annotation","__proto__":{"polluted":true},"target":{"source":"https://x.example","selector":{"type":"TextQuoteSelector","exact":"x","__proto__":{"prefix":"evil"}}}}`,
    ) as unknown;
    expect(annotationsOf(data).annotations[0]).to.include({ quote: 'x', prefix: '' });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('keeps positions only when they lie inside the text', () => {
    const a = (start: number, end: number) => ({
      '@context': CONTEXT,
      type: 'Annotation',
      target: {
        source: 'https://x.example',
        selector: [
          { type: 'TextQuoteSelector', exact: 'x' },
          { type: 'TextPositionSelector', start, end },
        ],
      },
    });
    expect(annotationsOf(a(2, 5), 'abcdef').annotations[0]).to.include({ start: 2, end: 5 });
    expect(annotationsOf(a(2, 7), 'abcdef').annotations[0]).not.to.have.property('start');
    expect(annotationsOf(a(5, 5), 'abcdef').annotations[0]).not.to.have.property('start');
  });
});
