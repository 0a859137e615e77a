// Every limit a request meets, in one place: the numbers the HTTP layer (http/limits.ts), the
// schema's cost model (schema/complexity.ts) and the read planner enforce, and the README lists.

export const LIMITS = {
  /** Largest `first` / `last` on any connection. */
  pageSize: 100,
  /** Page size assumed by the cost model when a connection gets neither `first` nor `last`. */
  defaultPageSize: 20,
  /** Nesting of selections (meetings → edges → node → participants … counts every level). */
  depth: 14,
  /** Total number of fields selected in one operation. */
  breadth: 300,
  /**
   * Cost: every field costs 1, multiplied by the page size of the connections above it. Sized so
   * the benchmark's nested question at 50 meetings (cost ~39,000; one SQL statement through the
   * read planner) is allowed, while ten times that is not.
   */
  complexity: 50_000,
  aliases: 30,
  tokens: 3_000,
  /** Request body, in bytes: a little over the largest document text (1 MiB) a mutation accepts. */
  bodyBytes: 2 * 1024 * 1024,
  /** ingestDocument text, in UTF-8 bytes. */
  documentBytes: 1024 * 1024,
} as const;
