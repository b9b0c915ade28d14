import { DOMParser as PMDOMParser, type Node, type Mark } from 'prosemirror-model';
import { articleSchema, safeHref } from './schema.js';

/** A parsed article: its document and the title found in it. */
export interface ParsedArticle {
  title: string;
  doc: Node;
}

const schema = articleSchema;

function paragraphsFromText(block: string, marksFor?: (line: string) => Node[]): Node[] {
  const inline: Node[] = [];
  block.split('\n').forEach((line, i) => {
    if (i > 0) inline.push(schema.nodes['hard_break']!.create());
    if (marksFor) inline.push(...marksFor(line));
    else if (line) inline.push(schema.text(line));
  });
  return inline;
}

function splitBlocks(text: string): string[] {
  const normal = text.replace(/\r\n?/g, '\n').replace(/\u0000/g, '');
  // Paragraphs are separated by blank lines; a line of spaces is blank too.
  return normal
    .split(/\n[ \t]*\n[\n \t]*/)
    .map((b) => b.replace(/^\n+|\n+$/g, ''))
    .filter((b) => b.trim() !== '');
}

function emptyDoc(): Node {
  return schema.node('doc', null, [schema.node('paragraph')]);
}

/**
 * Plain text: paragraphs are separated by blank lines, a single newline is
 * a line break, and the first line is the title. A one-line first
 * paragraph becomes a heading; the plain text stays the file's text.
 */
export function parseText(text: string): ParsedArticle {
  const blocks = splitBlocks(text);
  if (blocks.length === 0) return { title: 'Untitled article', doc: emptyDoc() };
  const nodes = blocks.map((block, i) => {
    const type = i === 0 && !block.includes('\n') && block.length <= 200 ? 'heading' : 'paragraph';
    return schema.node(type, type === 'heading' ? { level: 1 } : null, paragraphsFromText(block));
  });
  return { title: titleFrom(blocks[0]!.split('\n')[0]!), doc: schema.node('doc', null, nodes) };
}

const INLINE_MD = /(\*\*|__)(.+?)\1|(\*|_)(.+?)\3|\[([^\]]+)\]\(([^)\s]+)\)/g;

function markdownInline(line: string): Node[] {
  const out: Node[] = [];
  let last = 0;
  const add = (text: string, marks: readonly Mark[] = []) => {
    if (text) out.push(schema.text(text, marks));
  };
  for (const m of line.matchAll(INLINE_MD)) {
    add(line.slice(last, m.index));
    if (m[2] !== undefined) add(m[2], [schema.marks['strong']!.create()]);
    else if (m[4] !== undefined) add(m[4], [schema.marks['em']!.create()]);
    else {
      const href = safeHref(m[6]);
      add(m[5]!, href ? [schema.marks['link']!.create({ href })] : []);
    }
    last = m.index + m[0].length;
  }
  add(line.slice(last));
  return out;
}

/**
 * A practical subset of Markdown: `#` headings, paragraphs, list items as
 * paragraphs, and inline emphasis, strong and links. The title is the
 * first heading, else the first line.
 */
export function parseMarkdown(text: string): ParsedArticle {
  const nodes: Node[] = [];
  let title = '';
  for (const block of splitBlocks(text)) {
    const lines = block.split('\n');
    const items: string[] = [];
    for (const line of lines) {
      const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
      const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
      if (heading) {
        if (items.length) nodes.push(schema.node('paragraph', null, paragraphsFromText(items.splice(0).join('\n'), markdownInline)));
        const level = Math.min(heading[1]!.length, 3);
        nodes.push(schema.node('heading', { level }, markdownInline(heading[2]!)));
        if (!title) title = nodes[nodes.length - 1]!.textContent;
      } else if (item) {
        if (items.length) nodes.push(schema.node('paragraph', null, paragraphsFromText(items.splice(0).join('\n'), markdownInline)));
        items.push(item[1]!);
      } else {
        items.push(line);
      }
    }
    if (items.length) nodes.push(schema.node('paragraph', null, paragraphsFromText(items.join('\n'), markdownInline)));
  }
  if (nodes.length === 0) return { title: 'Untitled article', doc: emptyDoc() };
  return { title: titleFrom(title || nodes[0]!.textContent.split('\n')[0]!), doc: schema.node('doc', null, nodes) };
}

/** Elements removed, with their content, before HTML reaches the schema's parser. */
const DROPPED = 'script,style,template,noscript,iframe,frame,frameset,object,embed,applet,svg,math,canvas,video,audio,link,meta,base,form,select,textarea,button,input';

/** Removes elements whose content must never become article text or run. */
export function stripDangerousElements(root: ParentNode): void {
  root.querySelectorAll(DROPPED).forEach((el) => el.remove());
}

/**
 * HTML goes through the ProseMirror schema's parser, so only headings,
 * paragraphs, line breaks, emphasis and safe links survive. It is parsed
 * into an inert document (`DOMParser`), where scripts do not run and
 * images do not load; dangerous elements are removed with their content.
 */
export function parseHTML(html: string): ParsedArticle {
  const dom = new globalThis.DOMParser().parseFromString(html, 'text/html');
  const docTitle = dom.querySelector('title')?.textContent?.trim() ?? '';
  stripDangerousElements(dom);
  const h1 = dom.body.querySelector('h1')?.textContent?.trim() ?? '';
  let doc = PMDOMParser.fromSchema(schema).parse(dom.body);
  // The parser can leave empty blocks (from empty <p> or stray wrappers);
  // they would add "\n\n" runs to the plain text for nothing.
  const blocks: Node[] = [];
  doc.forEach((block) => {
    if (block.textContent.trim() !== '') blocks.push(block);
  });
  doc = blocks.length ? schema.node('doc', null, blocks) : emptyDoc();
  const first = doc.firstChild?.textContent.split('\n')[0] ?? '';
  return { title: titleFrom(docTitle || h1 || first), doc };
}

/** The kind of article file a name suggests. */
export type ArticleFileKind = 'text' | 'markdown' | 'html';

export function articleKindOf(name: string): ArticleFileKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'text') return 'text';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm') return 'html';
  return null;
}

/** Parses an article file's text by its kind. */
export function parseArticle(kind: ArticleFileKind, text: string): ParsedArticle {
  if (kind === 'html') return parseHTML(text);
  if (kind === 'markdown') return parseMarkdown(text);
  return parseText(text);
}

/**
 * The document whose plain text is exactly `text`: blocks split on "\n\n"
 * and nothing trimmed, so stored offsets stay valid. Used to rebuild an
 * article from an export; `parseText` is for files people write.
 */
export function docFromPlainText(text: string): Node {
  const blocks = text.split('\n\n');
  return schema.node(
    'doc',
    null,
    blocks.map((block, i) => {
      const heading = i === 0 && blocks.length > 1 && block !== '' && !block.includes('\n') && block.length <= 200;
      return schema.node(heading ? 'heading' : 'paragraph', heading ? { level: 1 } : null, paragraphsFromText(block));
    }),
  );
}

function titleFrom(line: string): string {
  const title = line.replace(/\s+/g, ' ').trim();
  if (!title) return 'Untitled article';
  return title.length > 160 ? `${title.slice(0, 157)}…` : title;
}
