// The schema, as numbered steps. Each step runs once, in order, in one
// transaction with its row in factcheck_migrations; servers starting
// together wait on an advisory lock, so a step never runs twice.
import type { Database } from './database.js';

interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every step, oldest first. Never edit a released step: add one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents',
    sql: `
      CREATE TABLE factcheck_documents (
        name text PRIMARY KEY,
        team_id text NOT NULL,
        state bytea,
        title text NOT NULL DEFAULT '',
        version bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz
      );
      CREATE INDEX factcheck_documents_team ON factcheck_documents (team_id, updated_at DESC);
    `,
  },
];

// Any fixed number: the key of the advisory lock that serialises migrations.
const LOCK_KEY = 4_871_203_655;

/** Brings the schema up to date; resolves to the versions it applied. */
export async function migrate(db: Database): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS factcheck_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM factcheck_migrations')).map((r) => Number(r.version)));
    const newest = Math.max(0, ...done);
    const latest = MIGRATIONS[MIGRATIONS.length - 1]!.version;
    if (newest > latest) {
      throw new Error(`The database has schema version ${newest}, newer than this server knows (${latest}); run a newer server`);
    }
    const applied: number[] = [];
    for (const step of MIGRATIONS) {
      if (done.has(step.version)) continue;
      await tx.exec(step.sql);
      await tx.query('INSERT INTO factcheck_migrations (version, name) VALUES ($1, $2)', [step.version, step.name]);
      applied.push(step.version);
    }
    return applied;
  });
}
