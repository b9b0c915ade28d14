// Builds a static dist/ that any static file server can serve: one
// minified module, the page, its stylesheet and the sample articles.
import { build } from 'esbuild';
import { cp, mkdir, rm, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url);
const dist = new URL('dist/', root);

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
await build({
  entryPoints: [new URL('components/index.ts', root).pathname],
  outfile: new URL('app.js', dist).pathname,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  tsconfig: new URL('tsconfig.json', root).pathname,
  conditions: ['production'],
  logLevel: 'warning',
});
await cp(new URL('index.html', root), new URL('index.html', dist));
await cp(new URL('app.css', root), new URL('app.css', dist));
await cp(new URL('samples/', root), new URL('samples/', dist), { recursive: true });
const js = await readFile(new URL('app.js', dist));
const gz = gzipSync(js).length;
await writeFile(new URL('build-info.json', dist), JSON.stringify({ builtAt: new Date().toISOString(), jsBytes: js.length, jsGzipBytes: gz }, null, 2));
console.log(`dist/ built: app.js ${(js.length / 1024).toFixed(1)} kB, ${(gz / 1024).toFixed(1)} kB gzipped`);
