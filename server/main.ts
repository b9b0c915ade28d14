// `npm start`: the app, the API and the sync endpoint on one port. Reads
// its settings from the environment (config.ts), opens the storage, and on
// SIGTERM or SIGINT writes every open document before it exits.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { ConfigError, readConfig, type Config } from './config.js';
import { createHttpHandler } from './http.js';
import { checkRedis, redactRedisUrl, redisExtension } from './redis.js';
import type { Database } from './storage/database.js';
import { DocumentStore } from './storage/documents.js';
import { migrate } from './storage/migrations.js';
import { openPGlite } from './storage/pglite.js';
import { openPostgres } from './storage/postgres.js';
import { createSync, SYNC_PATH } from './sync.js';
import { loadTeams } from './teams.js';

function openDatabase(config: Config): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPGlite(config.dataDir);
}

async function main(): Promise<void> {
  const config = readConfig();
  const { teams, notice } = await loadTeams(config);
  if (config.redisUrl) await checkRedis(config.redisUrl);
  const db = await openDatabase(config);
  await migrate(db);
  const store = new DocumentStore(db);
  const sync = createSync({
    teams,
    store,
    redis: config.redisUrl ? redisExtension(config.redisUrl) : null,
    allowedOrigins: config.allowedOrigins,
    maxMessageBytes: config.maxMessageBytes,
    storeDelayMs: config.storeDelayMs,
  });
  const server = createServer(createHttpHandler({ staticDir: fileURLToPath(new URL('../', import.meta.url)), teams, store, allowedOrigins: config.allowedOrigins }));
  server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://x').pathname === SYNC_PATH) sync.handleUpgrade(req, socket, head);
    else socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
  console.log(notice);
  console.log(`Storage: ${db.description}${config.redisUrl ? `; joined to other servers through Redis at ${redactRedisUrl(config.redisUrl)}` : ''}`);
  console.log(`Factcheck Desk is running at http://${shownHost}:${port}/  (sync: ws://${shownHost}:${port}${SYNC_PATH}; Ctrl+C to stop)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: storing ${sync.documentCount()} open document(s), then stopping`);
    server.close();
    const unstored = await sync.stop(config.shutdownTimeoutMs);
    server.closeAllConnections();
    await db.close();
    if (unstored.length) console.error(`Stopped; ${unstored.length} document(s) may not have been stored: ${unstored.join(', ')}`);
    else console.log('Stopped; every document is stored.');
    process.exit(unstored.length ? 1 : 0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stop(signal));
}

// Hocuspocus runs some hooks without awaiting them (a Redis publish after a
// change, say); one that fails must not take every open document down
// with the process.
process.on('unhandledRejection', (reason) => console.error('Unhandled rejection (still serving):', reason));

main().catch((err: Error) => {
  console.error(err instanceof ConfigError ? `Configuration: ${err.message}` : `Cannot start: ${err.message}`);
  process.exit(1);
});
