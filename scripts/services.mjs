// PostgreSQL and Redis for the server's tests and `npm run bench:sync`:
// where they are, whether they answer, and a fresh schema per run.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import Redis from 'ioredis';

export const PG_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

/**
 * A new schema in the PostgreSQL at PG_URL: resolves to `{ url, schema,
 * query, drop }`, where `url` is a DATABASE_URL whose connections use that
 * schema, or to `{ url: null, why }` when PostgreSQL does not answer.
 */
export async function freshSchema() {
  const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (err) {
    return { url: null, why: err.message };
  }
  const schema = `fc_test_${randomUUID().replace(/-/g, '')}`;
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    why: null,
    schema,
    query: (text, params) => admin.query(text, params),
    async drop() {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

/** Whether Redis answers at REDIS_URL. */
export async function redisReachable() {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 5000 });
  probe.on('error', () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}
