// Schema checks that need ajv, run in Node: `node test/formats/conformance.node.mjs`.
//
// Why Node and not the browser suite: ajv, ajv-draft-04 and ajv-formats ship
// only CommonJS, and the dev server's nodeResolve does not convert CommonJS
// (the browser reports "does not provide an export named 'default'"). Adding
// @rollup/plugin-commonjs to web-test-runner.config.mjs would let these run
// in the browser too.
//
// Checks:
//  1. Every annotation of a realistic W3C export passes the 54 MUST
//     assertions of the W3C Web Annotation test suite (annotationMusts.test),
//     and the collection passes collectionMusts.test.
//  2. The harness itself: of the suite's samples/correct, the annotations
//     that use only the 2017 Recommendation pass (80 of 86; the other 6 use
//     List/Composite/Independents); every file in samples/incorrect fails.
//  3. Native exports validate against schema/factcheck-annotations.v2.schema.json,
//     version 1 files against the v1 schema, and broken ones do not (and
//     parseNative refuses them too).
import { build } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Ajv04 from 'ajv-draft-04';
import Ajv07 from 'ajv';
import addFormats from 'ajv-formats';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const suite = join(root, 'test', 'fixtures', 'w3c-web-annotation');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

// Bundle the TypeScript under test (and the test fixtures) for Node.
const tmp = mkdtempSync(join(tmpdir(), 'fc-formats-'));
const bundled = await build({
  stdin: {
    contents: "export * from './src/formats/index.ts'; export * from './test/formats/fixtures.ts'; export { customStatusSet } from './src/claims/status-set.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'silent',
});
const modulePath = join(tmp, 'formats.mjs');
writeFileSync(modulePath, bundled.outputFiles[0].text);
const formats = await import(pathToFileURL(modulePath).href);
rmSync(tmp, { recursive: true, force: true });

/** A validator for one of the suite's manifests: a list of compiled MUST schemas. */
function suiteValidator(manifest) {
  const ajv = new Ajv04({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(join(suite, 'definitions'))) ajv.addSchema(readJson(join(suite, 'definitions', file)));
  const assertions = readJson(join(suite, manifest)).assertions.map((path) => ({
    path,
    validate: ajv.compile(readJson(join(suite, path))),
  }));
  /** The failed assertions for `data`, each with the suite's own message. */
  return (data) => assertions.filter(({ validate }) => !validate(data)).map(({ path }) => `${path}: ${readJson(join(suite, path)).errorMessage ?? ''}`);
}

const annotationMusts = suiteValidator('annotations/annotationMusts.test');
const collectionMusts = suiteValidator('collections/collectionMusts.test');

/** The annotations in a sample file, each with the @context it inherits. */
function annotationsOf(data) {
  const withContext = (items, context) => items.map((a) => ({ '@context': context, ...a }));
  if (data.type === 'AnnotationCollection') return typeof data.first === 'object' ? withContext(data.first.items, data['@context']) : [];
  if (data.type === 'AnnotationPage') return withContext(data.items, data['@context']);
  return [data];
}

test('the manifest lists 54 MUST assertions', () => {
  assert.equal(readJson(join(suite, 'annotations/annotationMusts.test')).assertions.length, 54);
});

test('every annotation of a realistic W3C export passes all 54 MUST assertions', () => {
  const collection = formats.exportW3C(formats.makeArticle(), formats.makeClaims(), { organisation: 'Desk News', generator: 'Factcheck Desk 0.1' });
  assert.equal(collection.first.items.length, 6);
  for (const item of collection.first.items) {
    // Items inherit the collection's @context; the assertions need it on each.
    assert.deepEqual(annotationMusts({ '@context': collection['@context'], ...item }), [], item.id);
  }
});

test('an export with the desk workflow (Re-check tags, queries and answers as replies) passes all 54 MUST assertions', () => {
  const collection = formats.exportW3C(formats.makeArticle(), formats.makeDeskClaims(), { organisation: 'Desk News' });
  const replies = collection.first.items.filter((i) => i.motivation !== 'assessing');
  assert.deepEqual(
    replies.map((r) => r.motivation),
    ['questioning', 'replying', 'questioning', 'questioning'],
  );
  assert.ok(collection.first.items.some((i) => i.body.some((b) => b.purpose === 'tagging' && b.value === 'needs-recheck')));
  for (const item of collection.first.items) {
    assert.deepEqual(annotationMusts({ '@context': collection['@context'], ...item }), [], item.id);
  }
  assert.deepEqual(collectionMusts(collection), []);
});

test('an export of an article without a URL, reviewer or note also passes', () => {
  const { url, ...article } = formats.makeArticle();
  const claims = formats.makeClaims().map((c) => ({ ...c, reviewer: '', note: '', sources: [] }));
  const collection = formats.exportW3C(article, claims, {});
  for (const item of collection.first.items) {
    assert.deepEqual(annotationMusts({ '@context': collection['@context'], ...item }), [], item.id);
  }
});

test('the MUST assertions catch a broken export (the check is not vacuous)', () => {
  const collection = formats.exportW3C(formats.makeArticle(), formats.makeClaims(), {});
  const item = { '@context': collection['@context'], ...collection.first.items[0] };
  assert.deepEqual(annotationMusts(item), []);
  assert.notDeepEqual(annotationMusts({ ...item, id: 'not a uri' }), []);
  assert.notDeepEqual(annotationMusts({ ...item, created: 'yesterday' }), []);
  // A source as an External Web Resource may not carry a purpose: that is
  // why sources are exported as SpecificResources.
  const ewrSource = { id: 'https://example.com/report', purpose: 'linking' };
  assert.notDeepEqual(annotationMusts({ ...item, body: [...item.body, ewrSource] }), []);
  const { '@context': _context, ...noContext } = item;
  assert.notDeepEqual(annotationMusts(noContext), []);
});

test('the exported collection passes the collection MUST assertions', () => {
  const collection = formats.exportW3C(formats.makeArticle(), formats.makeClaims(), { organisation: 'Desk News' });
  assert.deepEqual(collectionMusts(collection), []);
  assert.deepEqual(collectionMusts(formats.exportW3C(formats.makeArticle(), [], {})), []);
});

test('harness: 80 of the 86 correct sample annotations pass every MUST', () => {
  const dir = join(suite, 'samples', 'correct');
  let total = 0;
  const failing = [];
  for (const file of readdirSync(dir)) {
    for (const a of annotationsOf(readJson(join(dir, file)))) {
      total++;
      if (annotationMusts(a).length > 0) failing.push(`${file} ${a.id}`);
    }
  }
  assert.equal(total, 86);
  assert.equal(failing.length, 6, failing.join('\n'));
});

test('harness: every incorrect sample fails', () => {
  const dir = join(suite, 'samples', 'incorrect');
  const files = readdirSync(dir);
  assert.equal(files.length, 39);
  for (const file of files) {
    let data;
    try {
      data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch {
      continue; // Not JSON at all (trailing commas, prose): refused before any schema.
    }
    assert.ok(annotationMusts(data).length > 0, `${file} passed`);
  }
});

const ajv07 = new Ajv07({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
addFormats(ajv07);
const validateV1 = ajv07.compile(readJson(join(root, 'schema', 'factcheck-annotations.v1.schema.json')));
const validateV2 = ajv07.compile(readJson(join(root, 'schema', 'factcheck-annotations.v2.schema.json')));
const T = '2026-01-01T12:00:00.000Z';

/** A version 1 file: what version 1 of the app wrote for the plain claims. */
const v1File = () => ({ ...JSON.parse(JSON.stringify(formats.exportNative(formats.makeArticle(), formats.makeClaims(), T))), version: 1 });
/** A version 2 file with every desk field: sign-off, statuses, claimants, queries, second check, other kinds of source. */
const v2File = () => {
  const statuses = formats.customStatusSet({ verified: { label: 'True' } }, [
    { id: 'half_true', label: 'Half true', icon: '½', colour: '#777700', line: 'dashed', resolved: true, rating: { alternateName: 'Half true', ratingValue: 3 }, description: 'Partly right' },
  ]);
  const article = { ...formats.makeArticle(), signOff: { by: 'Eda Editor', at: T, stale: true, staleSince: '2026-01-01T12:30:00.000Z' }, statuses };
  const claims = formats.makeDeskClaims();
  claims[0] = { ...claims[0], status: 'half_true' };
  return JSON.parse(JSON.stringify(formats.exportNative(article, claims, T)));
};

test('version 1 files validate against the v1 schema and still import', () => {
  const data = v1File();
  assert.ok(validateV1(data), JSON.stringify(validateV1.errors, null, 2));
  assert.equal(formats.parseNative(data).ok, true);
  const { url, ...article } = formats.makeArticle();
  assert.ok(validateV1({ ...JSON.parse(JSON.stringify(formats.exportNative(article, []))), version: 1 }), JSON.stringify(validateV1.errors));
});

test('native exports (version 2, every desk field) validate against the v2 schema', () => {
  const data = v2File();
  assert.equal(data.version, 2);
  assert.ok(validateV2(data), JSON.stringify(validateV2.errors, null, 2));
  assert.equal(formats.parseNative(data).ok, true, JSON.stringify(formats.parseNative(data).errors));
  const plain = JSON.parse(JSON.stringify(formats.exportNative(formats.makeArticle(), formats.makeClaims(), T)));
  assert.ok(validateV2(plain), JSON.stringify(validateV2.errors, null, 2));
});

test('the v1 schema refuses what parseNative refuses structurally in a version 1 file', () => {
  const broken = [
    (d) => {
      d.format = 'other';
    },
    (d) => {
      d.version = 3;
    },
    (d) => {
      d.claims[0].status = 'true-ish';
    },
    (d) => {
      d.claims[0].status = 'corrected';
    },
    (d) => {
      d.claims[0].sources[0].url = 'javascript:alert(1)';
    },
    (d) => {
      d.claims[0].start = -1;
    },
    (d) => {
      d.claims[0].start = 1.5;
    },
    (d) => {
      d.claims[0].createdAt = 'yesterday';
    },
    (d) => {
      d.claims[0].prefix = '👍'.repeat(33);
    },
    (d) => {
      d.claims[0].colour = 'red';
    },
    (d) => {
      d.claims[0].claimant = 'A version 2 field';
    },
    (d) => {
      delete d.claims[0].quote;
    },
    (d) => {
      d.article.url = 'file:///etc/passwd';
    },
  ];
  for (const mutate of broken) {
    const data = v1File();
    mutate(data);
    assert.equal(validateV1(data), false, mutate.toString());
    assert.equal(formats.parseNative(data).ok, false, mutate.toString());
  }
  // A prefix of 32 emoji is 32 code points (64 UTF-16 units): allowed by both.
  const data = v1File();
  data.claims[0].prefix = '👍'.repeat(32);
  assert.ok(validateV1(data));
});

test('the v2 schema refuses what parseNative refuses structurally in a version 2 file', () => {
  const broken = [
    (d) => {
      d.version = 3;
    },
    // Whether an id is one of the file's own statuses is a cross-reference
    // no schema states; without a set of its own, only the built-ins pass.
    (d) => {
      delete d.article.statuses;
      d.claims[0].status = 'half_true';
    },
    (d) => {
      d.claims[1].history[0].status = 'Nope!';
    },
    (d) => {
      d.claims[1].claimant = 42;
    },
    (d) => {
      d.claims[0].sources.push({ label: 'A web page without its address' });
    },
    (d) => {
      d.claims[0].sources.push({ kind: 'fax', who: 'x' });
    },
    (d) => {
      d.claims[0].sources.push({ kind: 'email', url: 'mailto:a@b.c' });
    },
    (d) => {
      d.claims[0].sources.push({ kind: 'call', at: 'last week' });
    },
    (d) => {
      d.claims[0].queries[0].state = 'pending';
    },
    (d) => {
      delete d.claims[0].queries[0].answer;
    },
    (d) => {
      d.claims[0].queries[1].answer = 'An answer to a withdrawn query';
    },
    (d) => {
      delete d.claims[0].queries[1].question;
    },
    (d) => {
      d.claims[0].queries[1].askedAt = 'soon';
    },
    (d) => {
      d.claims[1].secondCheck = { by: '', at: T };
    },
    (d) => {
      d.claims[1].secondCheck.when = T;
    },
    (d) => {
      d.claims[3].otherVersion.status = 'Made up';
    },
    (d) => {
      d.article.signOff.stale = 'yes';
    },
    (d) => {
      d.article.signOff = { by: 'Eda', at: T, stale: false, staleSince: T };
    },
    (d) => {
      d.article.statuses[8].line = 'zigzag';
    },
    (d) => {
      d.article.statuses[8].rating.ratingValue = 9;
    },
    (d) => {
      d.article.statuses.splice(0, 1);
    },
    (d) => {
      d.claims[0].colour = 'red';
    },
  ];
  for (const mutate of broken) {
    const data = v2File();
    mutate(data);
    assert.equal(validateV2(data), false, mutate.toString());
    assert.equal(formats.parseNative(data).ok, false, mutate.toString());
  }
});
