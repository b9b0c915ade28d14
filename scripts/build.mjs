// Builds a static dist/ that any static file server can serve (one
// minified module, the page, its stylesheet, its icon and the sample
// articles), and the team server in dist/server/ (`npm start` runs it).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, rm, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { minifyCssTemplatesPlugin } from './minify-css-templates.mjs';

const root = new URL('..', import.meta.url);
const dist = new URL('dist/', root);

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
const result = await build({
  entryPoints: { app: new URL('components/index.ts', root).pathname },
  outdir: dist.pathname,
  // What only some actions need (the detector, the report, merge and
  // backup) is split into chunks loaded on first use.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  tsconfig: new URL('tsconfig.json', root).pathname,
  conditions: ['production'],
  // The CSS of the elements' css`` templates is minified too.
  plugins: [minifyCssTemplatesPlugin],
  logLevel: 'warning',
});
await cp(new URL('index.html', root), new URL('index.html', dist));
await cp(new URL('app.css', root), new URL('app.css', dist));
await cp(new URL('favicon.svg', root), new URL('favicon.svg', dist));
await cp(new URL('favicon.ico', root), new URL('favicon.ico', dist));
await cp(new URL('samples/', root), new URL('samples/', dist), { recursive: true });
// The service worker: every file the app can load, so a reload without a
// network still opens it; versioned by their contents.
const precache = ['index.html', 'app.css', 'app.js', 'favicon.svg', 'favicon.ico'];
for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
  const file = new URL(`${entry.parentPath}/${entry.name}`, 'file://').pathname.slice(dist.pathname.length);
  if (entry.isFile() && ((file.startsWith('chunks/') && file.endsWith('.js')) || file.startsWith('samples/'))) precache.push(file);
}
precache.sort();
const version = createHash('sha256');
for (const file of precache) version.update(file).update(await readFile(new URL(file, dist)));
await build({
  entryPoints: [new URL('src/offline/service-worker.ts', root).pathname],
  outfile: new URL('sw.js', dist).pathname,
  bundle: true,
  format: 'iife',
  target: 'es2022',
  minify: true,
  tsconfig: new URL('tsconfig.json', root).pathname,
  define: { FC_PRECACHE: JSON.stringify(precache), FC_VERSION: JSON.stringify(version.digest('hex').slice(0, 16)) },
  logLevel: 'warning',
});
// The server: its own code in one module; the packages it uses stay in
// node_modules.
await build({
  entryPoints: { main: new URL('server/main.ts', root).pathname },
  outdir: new URL('server/', dist).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  tsconfig: new URL('server/tsconfig.json', root).pathname,
  logLevel: 'warning',
});
// Sizes: what a first visit loads (app.js and the chunks it imports
// statically), and every chunk together.
const outputs = result.metafile.outputs;
const gzip = {};
let jsBytes = 0;
let jsGzipBytes = 0;
for (const file of Object.keys(outputs).filter((f) => f.endsWith('.js'))) {
  const js = await readFile(new URL(file, root));
  gzip[file] = gzipSync(js, { level: 9 }).length;
  jsBytes += js.length;
  jsGzipBytes += gzip[file];
}
const startup = new Set();
const visit = (file) => {
  if (startup.has(file)) return;
  startup.add(file);
  for (const dep of outputs[file].imports) if (dep.kind === 'import-statement') visit(dep.path);
};
visit(Object.keys(outputs).find((f) => f.endsWith('/app.js')));
const appGzipBytes = [...startup].reduce((n, f) => n + gzip[f], 0);
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
await writeFile(new URL('build-info.json', dist), JSON.stringify({ builtAt: new Date().toISOString(), jsBytes, jsGzipBytes, appGzipBytes }, null, 2));
console.log(`dist/ built: app.js ${kb(appGzipBytes)} gzipped at start; all JavaScript ${kb(jsBytes)}, ${kb(jsGzipBytes)} gzipped`);
