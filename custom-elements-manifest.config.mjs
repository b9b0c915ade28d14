// The Custom Elements Manifest (`npm run manifest` writes custom-elements.json;
// test/manifest.node.mjs checks it is up to date). It is read from the
// elements' code and JSDoc: @fires, @csspart, @slot, and the doc comments of
// public properties and methods.
export default {
  globs: ['components/**/*.ts'],
  outdir: '.',
  // @customElement, @property (with its attribute name) and @state, and Lit's own lifecycle members left out.
  litelement: true,
  // package.json names the manifest itself ("customElements"); the analyzer would rewrite the whole file.
  packagejson: false,
};
