/**
 * A realistic article and claims for the format tests: astral characters
 * (emoji, a ZWJ sequence) before claims, notes with quotes, commas and
 * line breaks, sources with and without labels, an orphaned claim.
 */
import type { Article } from '../../src/article/article.js';
import type { ClaimRecord, StoredClaim } from '../../src/claims/record.js';
import { CodePointIndex } from '../../src/text/codepoints.js';

export const ARTICLE_TEXT = [
  'Kosovo to Deploy 🚓 Police Units Along the Northern Border',
  'PRISTINA — The government said on Tuesday that it would spend $75 million on new border posts 🛂 over the next three years, a figure the finance ministry later confirmed.',
  'Interior Minister Xhelal Sveçla said illegal crossings had "fallen by 40%" since January. Opposition leaders called the plan "a provocation", and said the money would be better spent on schools.',
  'According to the 2024 census, 1.6 million people live in Kosovo. Mr. Sveçla added that 👮‍♀️ 1,200 officers would be deployed, "more than ever before".',
].join('\n\n');

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: 'b5a1c7e2-3f4d-4e5a-9b6c-7d8e9f0a1b2c',
    title: 'Kosovo to Deploy Police Units Along the Northern Border',
    url: 'https://news.example.org/2026/01/kosovo-border',
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T11:30:00.000Z',
    text: ARTICLE_TEXT,
    ...overrides,
  };
}

const T0 = '2026-01-01T10:00:00.000Z';

/**
 * A claim on the `occurrence`-th appearance of `quote` in `text`, with its
 * offsets in code points and up to 32 code points of context either side.
 */
export function claimAt(text: string, quote: string, record: Partial<ClaimRecord> & { id: string }, occurrence = 0): StoredClaim {
  let unit = -1;
  for (let i = 0; i <= occurrence; i++) {
    unit = text.indexOf(quote, unit + 1);
    if (unit < 0) throw new RangeError(`"${quote}" is not in the text`);
  }
  const index = new CodePointIndex(text);
  const start = index.toCodePoint(unit);
  const end = index.toCodePoint(unit + quote.length);
  return {
    status: 'unchecked',
    note: '',
    sources: [],
    reviewer: 'Ana Reviewer',
    createdAt: T0,
    updatedAt: T0,
    history: [{ status: 'unchecked', at: T0, by: 'Ana Reviewer' }],
    changed: false,
    orphaned: false,
    ...record,
    start,
    end,
    quote,
    prefix: index.slice(Math.max(0, start - 32), start),
    suffix: index.slice(end, end + 32),
  };
}

/** The claims of the realistic article, deliberately not in document order. */
export function makeClaims(text = ARTICLE_TEXT): StoredClaim[] {
  return [
    claimAt(text, '1,200 officers', {
      id: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
      status: 'unverifiable',
      note: 'Ministry would not give a number.',
      updatedAt: '2026-01-01T10:40:00.000Z',
      history: [
        { status: 'unchecked', at: T0, by: 'Ana Reviewer' },
        { status: 'unverifiable', from: 'unchecked', at: '2026-01-01T10:40:00.000Z', by: 'Ana Reviewer' },
      ],
    }),
    claimAt(text, '$75 million', {
      id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      status: 'verified',
      note: 'Budget line 4.2, "Border infrastructure".',
      sources: [{ url: 'https://mf.rks-gov.example/budget-2026.pdf', label: 'Budget 2026, line 4.2' }, { url: 'https://www.example.com/press/1234' }],
      reviewer: 'Ana Reviewer',
      updatedAt: '2026-01-01T10:20:00.000Z',
      history: [
        { status: 'unchecked', at: T0, by: 'Ana Reviewer' },
        { status: 'in_progress', from: 'unchecked', at: '2026-01-01T10:10:00.000Z', by: 'Ana Reviewer' },
        { status: 'verified', from: 'in_progress', at: '2026-01-01T10:20:00.000Z', by: 'Ana Reviewer' },
      ],
    }),
    claimAt(text, 'fallen by 40%', {
      id: 'a3bb189e-8bf9-4888-9912-ace4e6543002',
      status: 'misleading',
      note: 'Down 40% from January\'s spike, but up 12%, year on year.\nSee "Monthly crossings", table 3.',
      sources: [{ url: 'https://stats.example.org/crossings?year=2025&month=1', label: 'Crossings, "monthly"' }],
      reviewer: 'Besa Checker',
      claimReviewed: 'Illegal border crossings into Kosovo have fallen by 40% since January.',
      updatedAt: '2026-01-01T10:30:00.000Z',
      history: [
        { status: 'unchecked', at: T0, by: 'Besa Checker' },
        { status: 'misleading', from: 'unchecked', at: '2026-01-01T10:30:00.000Z', by: 'Besa Checker' },
      ],
    }),
    claimAt(text, '1.6 million people live in Kosovo', {
      id: 'c56a4180-65aa-42ec-a945-5fd21dec0538',
      status: 'incorrect',
      note: '=HYPERLINK("http://evil.example","click") — the census says 1.59 million.',
      sources: [{ url: 'http://census.example.org/2024' }],
      changed: true,
      history: [
        { status: 'unchecked', at: T0, by: 'Ana Reviewer' },
        { status: 'incorrect', from: 'unchecked', at: '2026-01-01T10:50:00.000Z', by: 'Ana Reviewer' },
        { status: 'incorrect', at: '2026-01-01T11:00:00.000Z', by: 'Ana Reviewer', event: 'text-changed', oldText: '1.5 million', newText: '1.6 million' },
      ],
      updatedAt: '2026-01-01T11:00:00.000Z',
    }),
    claimAt(text, 'a provocation', { id: 'e0c1a2b3-c4d5-4e6f-8a9b-0c1d2e3f4a5b', reviewer: '' }),
    {
      // Orphaned: its words were deleted; it keeps its last known place.
      id: '9d2f8a61-5b7c-4e3d-a1f0-6c5b4a3d2e1f',
      status: 'needs_source',
      note: '',
      sources: [],
      reviewer: 'Besa Checker',
      createdAt: T0,
      updatedAt: '2026-01-01T11:10:00.000Z',
      history: [
        { status: 'unchecked', at: T0, by: 'Besa Checker' },
        { status: 'needs_source', from: 'unchecked', at: '2026-01-01T10:15:00.000Z', by: 'Besa Checker' },
        { status: 'needs_source', at: '2026-01-01T11:10:00.000Z', by: 'Besa Checker', event: 'orphaned' },
      ],
      changed: false,
      orphaned: true,
      start: 900,
      end: 927,
      quote: 'the largest operation since',
      prefix: 'officials described it as ',
      suffix: ' 2011.',
    },
  ];
}

/**
 * The realistic claims with the desk's version 2 fields: claimants, an
 * assignee, suggested wording, sources of other kinds, queries in every
 * state, a second check and the other version of a merge.
 */
export function makeDeskClaims(text = ARTICLE_TEXT): StoredClaim[] {
  const [officers, money, crossings, census, provocation, orphan] = makeClaims(text) as [StoredClaim, StoredClaim, StoredClaim, StoredClaim, StoredClaim, StoredClaim];
  return [
    { ...officers, claimant: 'Xhelal Sveçla', sources: [{ kind: 'call', who: 'Interior ministry press office', at: '2026-01-01', label: 'No figure given' }] },
    {
      ...money,
      claimant: 'Government of Kosovo',
      assignee: 'Besa Checker',
      sources: [...money.sources, { kind: 'interview', who: 'Ejup Maqedonci', at: '2026-01-01T09:30:00.000Z' }, { kind: 'document', label: 'Budget', url: 'https://mf.rks-gov.example/b.pdf' }],
      queries: [
        {
          id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
          to: 'Lee Writer',
          question: 'Over three years, or per year?',
          askedBy: 'Ana Reviewer',
          askedAt: '2026-01-01T10:05:00.000Z',
          state: 'answered',
          answer: 'Over three years.',
          answeredBy: 'Lee Writer',
          answeredAt: '2026-01-01T10:07:00.000Z',
        },
        { id: '2c5f39cb-3fb2-42e3-994f-1127e4ddb538', to: 'Lee Writer', question: 'Which ministry confirmed?', askedBy: 'Ana Reviewer', askedAt: '2026-01-01T10:06:00.000Z', state: 'withdrawn' },
      ],
    },
    { ...crossings, claimant: 'Xhelal Sveçla', suggestedFix: 'down 40% from January, up 12% on the year', secondCheck: { by: 'Ana Reviewer', at: '2026-01-01T10:35:00.000Z' } },
    {
      ...census,
      claimant: 'Mr. Sveçla',
      queries: [
        { id: '3d6a4adc-4ac3-43f4-8a50-2238f5eec649', to: 'Lee Writer', question: 'Where does 1.6 million come from?', askedBy: 'Ana Reviewer', askedAt: '2026-01-01T10:55:00.000Z', state: 'open' },
      ],
      otherVersion: { status: 'verified', note: 'Census table 1', by: 'Besa Checker', at: '2026-01-01T10:52:00.000Z' },
    },
    { ...provocation, status: 'corrected', suggestedFix: 'called the plan provocative' },
    orphan,
  ];
}
