import type { Random } from '../../helpers/prng.js';

// Words of a news report, plus a few that are astral (emoji, a flag, a
// skin-tone sequence) or carry combining marks, so code-point offsets and
// UTF-16 offsets part ways throughout a generated article.
const WORDS = (
  'the minister said on monday that government officials would review ' +
  'defense budget contract missiles army police border tensions talks ' +
  'agreement election vote parliament report percent million billion ' +
  'spokesperson statement according to sources analysts economy inflation ' +
  'rose fell by nearly about more than less since last year week ' +
  'president prime opposition party leader coalition reform court ruling ' +
  'investigation company shares market prices energy gas oil exports ' +
  'a an of in on at for with from into after before during and but or'
).split(' ');
const ODD_WORDS = ['café', 'cafe\u0301', 'naïve', 'nai\u0308ve', '👍', '🇽🇰', '👍🏽', '🎉', 'Zürich', '€12', '“quoted”'];

/** A sentence of `rng`-chosen words, capitalised, with a figure now and then. */
export function sentence(rng: Random, minWords = 6, maxWords = 22): string {
  const words: string[] = [];
  const n = rng.int(minWords, maxWords);
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    if (r < 0.03) words.push(rng.pick(ODD_WORDS));
    else if (r < 0.07) words.push(`$${rng.int(1, 999)} ${rng.pick(['million', 'billion'])}`);
    else if (r < 0.1) words.push(String(rng.int(1, 2030)));
    else words.push(rng.pick(WORDS));
  }
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + rng.pick(['.', '.', '.', '?', '!']);
}

/** An article of about `wordCount` words: paragraphs joined with "\n\n". */
export function generateArticle(rng: Random, wordCount: number): string {
  const paragraphs: string[] = [];
  let words = 0;
  while (words < wordCount) {
    const sentences: string[] = [];
    for (let i = rng.int(2, 6); i > 0; i--) {
      const s = sentence(rng);
      words += s.split(' ').length;
      sentences.push(s);
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

/** A short run of inserted text: words, punctuation, a paragraph break or an emoji. */
export function insertion(rng: Random): string {
  const r = rng.next();
  if (r < 0.1) return '\n\n';
  if (r < 0.2) return rng.pick(ODD_WORDS);
  const parts: string[] = [];
  for (let i = rng.int(1, 4); i > 0; i--) parts.push(rng.pick(WORDS));
  return rng.pick(['', ' ']) + parts.join(' ') + rng.pick(['', ' ', ', ', '. ']);
}
