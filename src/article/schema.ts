import { Schema, type NodeSpec, type MarkSpec } from 'prosemirror-model';

/**
 * The article schema: headings and paragraphs of inline text, with line
 * breaks, emphasis and links. It is deliberately small: HTML is parsed
 * through it, so anything it does not name (scripts, styles, iframes,
 * images, unknown elements, event-handler attributes) cannot survive.
 */
const nodes: Record<string, NodeSpec> = {
  doc: { content: 'block+' },
  paragraph: {
    group: 'block',
    content: 'inline*',
    parseDOM: [{ tag: 'p' }, { tag: 'blockquote' }, { tag: 'li' }, { tag: 'pre', preserveWhitespace: 'full' }],
    toDOM: () => ['p', 0],
  },
  heading: {
    group: 'block',
    content: 'inline*',
    attrs: { level: { default: 1, validate: 'number' } },
    defining: true,
    parseDOM: [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}`, attrs: { level: Math.min(level, 3) } })),
    toDOM: (node) => [`h${node.attrs['level']}`, 0],
  },
  text: { group: 'inline' },
  hard_break: {
    group: 'inline',
    inline: true,
    selectable: false,
    // A line break inside a paragraph counts as one "\n" of plain text.
    leafText: () => '\n',
    parseDOM: [{ tag: 'br' }],
    toDOM: () => ['br'],
  },
};

/** Only http(s) and mailto links are kept; `javascript:` and `data:` never reach the page. */
export function safeHref(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, 'https://invalid.example/');
    if (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:') {
      return url.host === 'invalid.example' ? null : url.href;
    }
  } catch {
    // An unparsable URL is dropped like a hostile one.
  }
  return null;
}

const marks: Record<string, MarkSpec> = {
  /**
   * Where a claim is: its words carry a `claim` mark with the claim's id
   * (and nothing else: status, note and sources live in the claim's record,
   * so a status change never rewrites the text). Claims may overlap
   * (`excludes: ''`), typing at a claim's edges stays outside it
   * (`inclusive: false`), and the mark travels with its words: through
   * undo, a cut and paste, a drag, and a collaborator's edits. It is the
   * outermost mark, so a claim across bold text or a link is one element.
   * It has no parse rule: files and pasted HTML from elsewhere never carry
   * claims (the editor's own clipboard parser adds one).
   */
  claim: {
    attrs: { id: { validate: 'string' } },
    excludes: '',
    inclusive: false,
    toDOM: (mark) => ['span', { 'data-claim': mark.attrs['id'] as string }, 0],
  },
  em: {
    parseDOM: [{ tag: 'i' }, { tag: 'em' }, { style: 'font-style=italic' }],
    toDOM: () => ['em', 0],
  },
  strong: {
    parseDOM: [{ tag: 'strong' }, { tag: 'b' }],
    toDOM: () => ['strong', 0],
  },
  link: {
    attrs: { href: { validate: 'string' } },
    inclusive: false,
    parseDOM: [
      {
        tag: 'a[href]',
        getAttrs: (dom) => {
          const href = safeHref(dom.getAttribute('href'));
          return href ? { href } : false;
        },
      },
    ],
    toDOM: (mark) => ['a', { href: safeHref(mark.attrs['href'] as string) ?? '#', rel: 'noopener noreferrer', target: '_blank' }, 0],
  },
};

export const articleSchema = new Schema({ nodes, marks });
