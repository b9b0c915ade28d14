// A PostgreSQL server (DATABASE_URL), shared by every server process.
import pg from 'pg';
import type { Database, SqlClient } from './database.js';

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL';
  }
}

const wrap = (client: pg.Pool | pg.PoolClient): SqlClient => ({
  query: async <R>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as R[],
  exec: async (text: string) => {
    await client.query(text);
  },
});

/** Connects to `url`; fails at once, naming the server, when it cannot. */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection dropped by the server must not end the process; the
  // next query gets a fresh connection.
  pool.on('error', (err) => console.error(`PostgreSQL: an idle connection failed: ${err.message}`));
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end().catch(() => {});
    throw new Error(`Cannot connect to PostgreSQL at ${redactUrl(url)}: ${(err as Error).message}`, { cause: err });
  }
  return {
    description: `PostgreSQL at ${redactUrl(url)}`,
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
