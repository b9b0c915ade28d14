// Prettier (`npm run format` writes, `npm run lint` checks). The options are
// the ones that change the fewest lines of the code as it was written
// (single quotes, semicolons, trailing commas, two spaces, long lines);
// printWidth 200 measured best: 120 changes 3,951 lines, 160 1,863,
// 180 1,788, 200 1,733, 220 1,820.
/** @type {import('prettier').Config} */
export default {
  singleQuote: true,
  printWidth: 200,
  // Leave the CSS and HTML inside css`` and html`` templates as written: re-indenting them
  // would rewrite most template lines of the elements (1,135 more lines at this width).
  embeddedLanguageFormatting: 'off',
};
