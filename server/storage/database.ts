// What the document store needs from a database. Both backends, embedded
// PGlite and a PostgreSQL server, are real PostgreSQL, so the same SQL (and
// the same migrations) runs on either.

/** Statements on one connection. */
export interface SqlClient {
  /** One statement with $1… parameters; its rows. */
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  /** Several statements without parameters. */
  exec(text: string): Promise<void>;
}

/** A database: statements, transactions, and a close that writes everything out. */
export interface Database extends SqlClient {
  /** Where the data lives, for the console ("PGlite in ./data/pglite"). */
  readonly description: string;
  /** Runs `fn` in a transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
