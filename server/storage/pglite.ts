// Embedded PostgreSQL (PGlite) in a folder. One process owns the folder:
// a second server on the same folder would corrupt it, so a lock file with
// the owner's pid keeps it out (a lock left by a dead process is taken over).
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database, SqlClient } from './database.js';

async function takeLock(file: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, String(process.pid), { flag: 'wx' });
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
    if (pid > 0 && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `Another server (pid ${pid}) is using the embedded database in ${file.replace(/\/[^/]+$/, '')}. ` +
          'PGlite serves one process only: stop that server, or give every server DATABASE_URL=postgres://… to share a PostgreSQL server.',
      );
    }
    await unlink(file).catch(() => {});
  }
  throw new Error(`Could not take the lock ${file}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Opens (creating it if needed) the embedded database under `dataDir`/pglite. */
export async function openPGlite(dataDir: string): Promise<Database> {
  const dir = join(dataDir, 'pglite');
  const lock = join(dataDir, 'pglite.lock');
  await mkdir(dataDir, { recursive: true });
  await takeLock(lock);
  let db;
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    db = await PGlite.create(dir);
  } catch (err) {
    await unlink(lock).catch(() => {});
    throw err;
  }
  const wrap = (client: { query: typeof db.query; exec: typeof db.exec }): SqlClient => ({
    query: async <R>(text: string, params?: unknown[]) => (await client.query<R>(text, params)).rows,
    exec: async (text: string) => {
      await client.exec(text);
    },
  });
  const pglite = db;
  return {
    description: `PGlite (embedded PostgreSQL) in ${dir}`,
    ...wrap(pglite),
    transaction: (fn) => pglite.transaction((tx) => fn(wrap(tx))),
    async close() {
      await pglite.close();
      await unlink(lock).catch(() => {});
    },
  };
}
