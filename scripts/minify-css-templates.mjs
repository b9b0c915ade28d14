// An esbuild plugin for the app's bundle: the CSS in the elements' css``
// templates loses its comments and indentation (esbuild keeps template
// literals as written). Only the template's text is touched, never its
// ${…} expressions, and never what is inside a CSS string ('…', "…").
import { readFile } from 'node:fs/promises';

/** The CSS text `css` with comments removed and whitespace collapsed, strings kept. */
export function minifyCss(css) {
  let out = '';
  for (let i = 0; i < css.length;) {
    const c = css[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      out += css.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && css[i + 1] === '*' && css.indexOf('*/', i + 2) >= 0) {
      i = css.indexOf('*/', i + 2) + 2;
      if (!/[\s{};,:>]$/.test(out)) out += ' ';
    } else if (/\s/.test(c)) {
      while (i < css.length && /\s/.test(css[i])) i++;
      // No space is needed next to braces, semicolons, commas, after a colon (not before: ".a :hover") or around ">".
      if (!/[{};,:>]$/.test(out) && !/^[{};,>)]/.test(css.slice(i, i + 1))) out += ' ';
    } else {
      if (/[{};,>)]/.test(c) && out.endsWith(' ')) out = out.slice(0, -1);
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * The source `code` with the text of each css`` template minified. Scans
 * JavaScript well enough for this code base: strings, comments, regular
 * expressions are not looked for (a backtick in one would confuse it, and
 * then the file is left as it was).
 */
export function minifyCssTemplates(code) {
  const parts = [];
  let at = 0;
  const re = /\bcss`/g;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    let i = m.index + 4;
    const pieces = [];
    let text = i;
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') i += 2;
      else if (code[i] === '$' && code[i + 1] === '{') {
        pieces.push([text, i]);
        i = skipExpression(code, i + 2);
        if (i < 0) return code;
        text = i;
      } else i++;
    }
    if (i >= code.length) return code;
    pieces.push([text, i]);
    for (const [a, b] of pieces) {
      parts.push(code.slice(at, a), minifyCss(code.slice(a, b)));
      at = b;
    }
    re.lastIndex = i + 1;
  }
  parts.push(code.slice(at));
  return parts.join('');
}

/** The index just after the `}` that closes an expression starting at `i`; -1 when the end is not found. */
function skipExpression(code, i) {
  let depth = 1;
  while (i < code.length) {
    const c = code[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
    else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      i = j;
    } else if (c === '`') {
      let j = i + 1;
      while (j < code.length && code[j] !== '`') {
        if (code[j] === '\\') j += 2;
        else if (code[j] === '$' && code[j + 1] === '{') {
          j = skipExpression(code, j + 2);
          if (j < 0) return -1;
        } else j++;
      }
      i = j;
    }
    i++;
  }
  return -1;
}

/** The plugin: the app's own .ts files (not node_modules) go through `minifyCssTemplates`. */
export const minifyCssTemplatesPlugin = {
  name: 'minify-css-templates',
  setup(build) {
    build.onLoad({ filter: /\/(components|src)\/.*\.ts$/ }, async (args) => {
      if (args.path.includes('/node_modules/')) return undefined;
      const code = await readFile(args.path, 'utf8');
      return { contents: code.includes('css`') ? minifyCssTemplates(code) : code, loader: 'ts' };
    });
  },
};
