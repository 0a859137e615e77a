// Raw SQL on one session, whichever engine runs it (PostgreSQL, PGlite here or in a worker thread).

/** One session's worth of raw SQL: what migrations and test fixtures need. */
export interface SqlSession {
  /** Runs a script of one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}
