export { articleSchema, safeHref } from './schema.js';
export { TextMap, textMap, docText, BLOCK_SEPARATOR } from './positions.js';
export { parseText, parseMarkdown, parseHTML, parseArticle, docFromPlainText, articleKindOf, stripDangerousElements, type ParsedArticle, type ArticleFileKind } from './parse.js';
export { slugify, type Article, type ArticleMeta } from './article.js';
export { replaceChanged } from './diff.js';
