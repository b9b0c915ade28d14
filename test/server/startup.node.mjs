// Starting the team server: the team token it makes and keeps, the checks
// of its settings and teams file (each refusal names the problem), the
// pinned Hocuspocus version, and the app it serves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { startServer, failedStart, tempDir, connect, randomUUID } from './helpers.mjs';
import { cspFor } from '../../scripts/serve.mjs';
import { ROOT } from '../helpers/build.mjs';

test('without a token setting, the first start makes a token, keeps it in the data folder and prints it; the next start reuses it', async () => {
  const data = await tempDir();
  const first = await startServer({ FACTCHECK_DATA: data });
  const file = join(data, 'team-token');
  const token = (await readFile(file, 'utf8')).trim();
  assert.ok(token.length >= 32);
  assert.equal((await stat(file)).mode & 0o777, 0o600);
  assert.ok(first.output().includes(token), 'the new token is printed');
  const client = connect(first.wsUrl, randomUUID(), token);
  assert.equal(await client.authenticated, true);
  client.destroy();
  assert.equal((await first.stop()).code, 0);

  const second = await startServer({ FACTCHECK_DATA: data });
  assert.equal((await readFile(file, 'utf8')).trim(), token);
  assert.ok(!second.output().includes(token), 'a kept token is not printed again');
  assert.match(second.output(), /kept in .*team-token/);
  const again = connect(second.wsUrl, randomUUID(), token);
  assert.equal(await again.authenticated, true);
});

test('FACTCHECK_TEAM_TOKEN admits its holder and no one else', async () => {
  const token = `team-token-${randomUUID()}`;
  const server = await startServer({ FACTCHECK_TEAM_TOKEN: token });
  assert.ok(!server.output().includes(token), 'the token is not printed');
  assert.equal(await connect(server.wsUrl, randomUUID(), token).authenticated, true);
  assert.equal(await connect(server.wsUrl, randomUUID(), `${token}x`).denied, 'unauthorized');
});

/** Writes `content` to a teams file and starts a server on it; resolves to the refusal. */
async function teamsFileRefusal(content) {
  const file = join(await tempDir(), 'teams.json');
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  return failedStart({ FACTCHECK_TEAMS_FILE: file });
}

test('a bad teams file stops the start with a message naming the problem', async () => {
  const token = (n) => `token-${n}-0123456789abcdef`;
  const cases = [
    ['{ "teams": [', /not valid JSON/],
    [[], /must hold an object with a "teams" array/],
    [{ teams: [] }, /"teams" is empty/],
    [{ teams: ['metro'] }, /teams\[0\] must be an object/],
    [{ teams: [{ id: 'metro', name: 'Metro', token: 'short' }] }, /teams\[0\]\.token is 5 characters long; use at least 16/],
    [{ teams: [{ id: 'metro desk', name: 'Metro', token: token(1) }] }, /teams\[0\]\.id must be 1 to 64 letters/],
    [{ teams: [{ id: 'metro', token: token(1) }] }, /teams\[0\]\.name must be a non-empty string/],
    [
      {
        teams: [
          { id: 'metro', name: 'Metro', token: token(1) },
          { id: 'metro', name: 'Metro 2', token: token(2) },
        ],
      },
      /teams\[1\]\.id "metro" is used by an earlier team/,
    ],
    [
      {
        teams: [
          { id: 'metro', name: 'Metro', token: token(1) },
          { id: 'sports', name: 'Sports', token: token(1) },
        ],
      },
      /teams\[1\]\.token is the token of an earlier team/,
    ],
    [{ teams: [{ id: 'metro', name: 'Metro', token: token(1), admin: true }] }, /teams\[0\] has unknown field\(s\) "admin"/],
  ];
  for (const [content, message] of cases) {
    const { code, output } = await teamsFileRefusal(content);
    assert.equal(code, 1, output);
    assert.match(output, /^Configuration: /m);
    assert.match(output, message);
  }
  const missing = await failedStart({ FACTCHECK_TEAMS_FILE: '/nonexistent/teams.json' });
  assert.match(missing.output, /FACTCHECK_TEAMS_FILE: cannot read \/nonexistent\/teams\.json \(ENOENT\)/);
});

test('bad settings stop the start with a message naming the variable', async () => {
  const cases = [
    [{ FACTCHECK_TEAM_TOKEN: 'short' }, /FACTCHECK_TEAM_TOKEN is 5 characters long; use at least 16/],
    [{ FACTCHECK_TEAM_TOKEN: 'a-long-enough-token-1234', FACTCHECK_TEAMS_FILE: '/x.json' }, /not both/],
    [{ PORT: 'eighty' }, /PORT must be a whole number, not "eighty"/],
    [{ DATABASE_URL: 'mysql://localhost/db' }, /DATABASE_URL must start with postgres:\/\/ or postgresql:\/\//],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL must start with redis:\/\/ or rediss:\/\//],
    [{ FACTCHECK_ALLOWED_ORIGINS: 'https://a.example/path' }, /FACTCHECK_ALLOWED_ORIGINS: "https:\/\/a.example\/path" must be an origin only/],
    [{ FACTCHECK_MAX_MESSAGE_BYTES: '10' }, /FACTCHECK_MAX_MESSAGE_BYTES must be between 1024 and/],
  ];
  for (const [env, message] of cases) {
    const { code, output } = await failedStart(env);
    assert.equal(code, 1, output);
    assert.match(output, message);
  }
});

test('a second server on the same data folder is refused: PGlite serves one process', async () => {
  const data = await tempDir();
  await startServer({ FACTCHECK_DATA: data, FACTCHECK_TEAM_TOKEN: 'a-long-enough-token-1234' });
  const { code, output } = await failedStart({ FACTCHECK_DATA: data, FACTCHECK_TEAM_TOKEN: 'a-long-enough-token-1234' });
  assert.equal(code, 1);
  assert.match(output, /Another server \(pid \d+\) is using the embedded database .*DATABASE_URL/);
});

test('the pinned Hocuspocus version is installed and serves on this Node', async () => {
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  const require = createRequire(join(ROOT, 'package.json'));
  for (const name of ['@hocuspocus/server', '@hocuspocus/provider', '@hocuspocus/extension-database', '@hocuspocus/extension-redis']) {
    assert.match(pkg.dependencies[name], /^\d+\.\d+\.\d+$/, `${name} is pinned to an exact version`);
    const installed = JSON.parse(await readFile(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
    assert.equal(installed, pkg.dependencies[name], `${name} installed`);
  }
  assert.ok(require.resolve('@hocuspocus/server'));
  // Its engines field asks for Node 22; the project supports Node 20, so
  // this test is what shows that the pinned version works there.
  console.log(`# Hocuspocus ${pkg.dependencies['@hocuspocus/server']} on Node ${process.versions.node}`);
  const token = 'a-long-enough-token-1234';
  const server = await startServer({ FACTCHECK_TEAM_TOKEN: token });
  const client = connect(server.wsUrl, randomUUID(), token);
  await client.synced();
});

test('the app is served with the strict CSP (allowing ws: back to its own host), nosniff, no-cache, an icon, and 404s', async () => {
  const server = await startServer({ FACTCHECK_TEAM_TOKEN: 'a-long-enough-token-1234' });
  const page = await fetch(`${server.url}/`);
  assert.equal(page.status, 200);
  const csp = page.headers.get('content-security-policy');
  assert.equal(csp, cspFor(`127.0.0.1:${server.port}`));
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, new RegExp(`connect-src 'self' ws://127\\.0\\.0\\.1:${server.port} wss://127\\.0\\.0\\.1:${server.port};`));
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(page.headers.get('cache-control'), 'no-cache');
  assert.match(await page.text(), /<link rel="icon" href="favicon.svg"/);

  const ico = await fetch(`${server.url}/favicon.ico`);
  assert.equal(ico.status, 200);
  assert.equal(ico.headers.get('content-type'), 'image/x-icon');
  assert.deepEqual([...new Uint8Array(await ico.arrayBuffer()).slice(0, 4)], [0, 0, 1, 0]);
  const svg = await fetch(`${server.url}/favicon.svg`);
  assert.equal(svg.headers.get('content-type'), 'image/svg+xml');

  for (const path of ['/nope.js', '/server/main.js', '/server/', '/../package.json', '/api/nothing']) {
    const response = await fetch(`${server.url}${path}`);
    assert.equal(response.status, 404, path);
  }
});
