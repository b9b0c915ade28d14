// The lint tools, for the root eslint.config.js. They are installed here,
// not in the root node_modules (see README.md in this folder), and Node
// resolves a bare import from the importing file's folder: so the root
// config imports them through this file.
export { defineConfig, globalIgnores } from 'eslint/config';
export { default as js } from '@eslint/js';
export { default as tseslint } from 'typescript-eslint';
export { default as lit } from 'eslint-plugin-lit';
export { default as wc } from 'eslint-plugin-wc';
export { default as globals } from 'globals';
