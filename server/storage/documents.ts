// The shared articles: who owns each, its Yjs state and the title shown in
// the team's list. A document belongs to the team that first opened it;
// the name is global.
//
// Every write stores the whole state, so a slow writer must not replace a
// newer state: each row carries a version, and this process remembers the
// version its copy of a document grew from. When the row moved on (another
// server process wrote it), the stored state is merged in before writing,
// so nothing another process stored is ever overwritten.
import * as Y from 'yjs';
import type { Database } from './database.js';

/** One row of the team's list. */
export interface ArticleSummary {
  id: string;
  title: string;
  updatedAt: string | null;
}

const MAX_TITLE = 1000;

/** The article's title as the Y.Doc contract keeps it: `getMap('article').get('title')`. */
export function titleOf(doc: Y.Doc): string {
  const title = doc.getMap('article').get('title');
  return typeof title === 'string' ? title.slice(0, MAX_TITLE) : '';
}

const asBytes = (value: unknown): Uint8Array | null => (value instanceof Uint8Array && value.byteLength > 0 ? value : null);

/** Documents in a database (see the migrations for the table). */
export class DocumentStore {
  /** Owners never change, so they are looked up once. */
  private readonly owners = new Map<string, string>();
  /** Per loaded document, the row version its in-memory copy contains. */
  private readonly versions = new Map<string, number>();

  constructor(private readonly db: Database) {}

  /**
   * The team that owns `name`; a document nobody owns yet becomes
   * `teamId`'s. Two teams claiming a new name at once get the same answer.
   */
  async claim(name: string, teamId: string): Promise<string> {
    const known = this.owners.get(name);
    if (known !== undefined) return known;
    await this.db.query('INSERT INTO factcheck_documents (name, team_id) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [name, teamId]);
    const [row] = await this.db.query<{ team_id: string }>('SELECT team_id FROM factcheck_documents WHERE name = $1', [name]);
    if (!row) throw new Error(`The document ${name} vanished while being claimed`);
    // A bounded cache: a flood of names cannot grow it without end.
    if (this.owners.size >= 100_000) this.owners.clear();
    this.owners.set(name, row.team_id);
    return row.team_id;
  }

  /** The stored state of `name` (null when nothing was stored yet). */
  async load(name: string): Promise<Uint8Array | null> {
    const [row] = await this.db.query<{ state: unknown; version: string | number }>('SELECT state, version FROM factcheck_documents WHERE name = $1', [name]);
    this.versions.set(name, row ? Number(row.version) : 0);
    return row ? asBytes(row.state) : null;
  }

  /**
   * Writes `doc` (the live copy of `name`; `state` is its encoded state when
   * the caller has it already) with its title, merging in what another
   * process stored meanwhile.
   */
  async save(name: string, doc: Y.Doc, state: Uint8Array = Y.encodeStateAsUpdate(doc)): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [row] = await tx.query<{ version: string | number }>('SELECT version FROM factcheck_documents WHERE name = $1 FOR UPDATE', [name]);
      if (!row) throw new Error(`The document ${name} has no owner row; it cannot be stored`);
      const stored = Number(row.version);
      let title = titleOf(doc);
      let containsStored = true;
      if (this.versions.get(name) !== stored) {
        const [old] = await tx.query<{ state: unknown }>('SELECT state FROM factcheck_documents WHERE name = $1', [name]);
        const oldState = asBytes(old?.state);
        if (oldState) {
          const merged = new Y.Doc();
          Y.applyUpdate(merged, state);
          let grew = false;
          merged.on('update', () => (grew = true));
          Y.applyUpdate(merged, oldState);
          if (grew) {
            state = Y.encodeStateAsUpdate(merged);
            title = titleOf(merged);
            containsStored = false;
          }
          merged.destroy();
        }
      }
      await tx.query('UPDATE factcheck_documents SET state = $2, title = $3, version = $4, updated_at = now() WHERE name = $1', [
        name,
        Buffer.from(state.buffer, state.byteOffset, state.byteLength),
        title,
        stored + 1,
      ]);
      // After a merge the live copy still lacks what was merged in, so the
      // next write must merge again.
      if (containsStored) this.versions.set(name, stored + 1);
      else this.versions.delete(name);
    });
  }

  /** Forgets what was remembered about a document that left memory. */
  forget(name: string): void {
    this.versions.delete(name);
  }

  /** The team's stored articles, most recently changed first. */
  async list(teamId: string): Promise<ArticleSummary[]> {
    const rows = await this.db.query<{ name: string; title: string; updated_at: Date | string | null }>(
      'SELECT name, title, updated_at FROM factcheck_documents WHERE team_id = $1 AND state IS NOT NULL ORDER BY updated_at DESC NULLS LAST, name',
      [teamId],
    );
    return rows.map((r) => ({
      id: r.name,
      title: r.title,
      updatedAt: r.updated_at === null ? null : new Date(r.updated_at).toISOString(),
    }));
  }
}
