// ESLint for the whole repository: `npm run lint` (with lit-analyzer and
// prettier --check). The plugins come from tools/lint/, which has its own
// TypeScript 6.0 for typescript-eslint's type information (see
// tools/lint/README.md): tsc itself stays TypeScript 7.
import { defineConfig, globalIgnores, js, tseslint, lit, wc, globals } from './tools/lint/index.js';

export default defineConfig([
  // Declaration files (scripts/serve.d.mts types a JavaScript module for the server) hold no code to lint.
  globalIgnores(['dist/', '.scratch/', 'bench/tmp/', 'test/fixtures/', 'custom-elements.json', '**/*.d.mts']),
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // Each file is typed by its nearest tsconfig.json: the root one (src/,
      // components/, test/), bench/tsconfig.json, and server/ needs its own.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Every chai `equal` is typed `Promise<Assertion>` by @open-wc/semantic-dom-diff (for its async `.dom.equal`,
      // which the tests do not use), so each plain `expect(x).to.equal(y)` looked like a floating promise.
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', package: 'chai', name: 'Equal' }] }],
      // A type guard such as isUuid(v): v is string narrows a string that fails it to `never`; the message prints it.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNever: true }],
      // Rejecting with the error a catch received passes it on unchanged.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
      // As tsc's noUnused* checks: a leading underscore marks a name kept on purpose, and
      // `const { doc, ...rest } = x` is how the code leaves a property out.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // `let { state, id } = tag(...)` then `state = ...`: const for one name and let for the other would need two statements.
      'prefer-const': ['error', { destructuring: 'all' }],
      // The code means the control characters it matches: NUL in pasted text, ANSI colours in test output, controls in URLs.
      'no-control-regex': 'off',
    },
  },
  // No type information for plain JavaScript (scripts, Node tests, configs): no tsconfig includes it.
  { files: ['**/*.{js,mjs,cjs}'], extends: [tseslint.configs.disableTypeChecked] },

  // Lit and custom elements wherever templates or elements are written.
  {
    files: ['**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    rules: {
      // Beyond the presets, each with no finding today: mistakes that break an element silently.
      'lit/lifecycle-super': 'error',
      'lit/no-classfield-shadowing': 'error',
      'lit/no-native-attributes': 'error',
      'lit/no-value-attribute': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/prefer-nothing': 'error',
      // STYLE.md: one element per file, named for its tag (fc-editor.ts holds <fc-editor>, class FcEditor).
      'wc/max-elements-per-file': 'error',
      'wc/file-name-matches-element': 'error',
      'wc/tag-name-matches-class': 'error',
      // LitElement always defines connectedCallback and disconnectedCallback; the guard is for bare HTMLElement.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['components/**/*.ts'],
    rules: {
      // Lit calls an `@event=${this.onX}` listener with the element as `this` (it passes the host to
      // addEventListener): that is every finding of this rule in the elements.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // chai's property assertions (`expect(x).to.exist`, `.that.is.not.empty`) are expression statements.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },

  // Where the code runs.
  { files: ['src/**/*.ts', 'components/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'], languageOptions: { globals: globals.browser } },
  { files: ['**/*.{js,mjs,cjs}', 'server/**/*.ts'], languageOptions: { globals: globals.node } },
  // Node scripts that drive a page: the functions they give page.evaluate() run in the browser.
  { files: ['test/e2e/**/*.mjs', 'test/server/**/*.mjs', 'scripts/{bench,drive,screenshot,screenshot-signoff,shoot}.mjs'], languageOptions: { globals: globals.browser } },
]);
