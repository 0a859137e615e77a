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
   * Nodes a request can return, counted as GitHub's GraphQL API counts them: every connection's
   * page size multiplied by the page sizes of the connections above it, summed; `nodes(ids:)` counts
   * its ids, a plain list of objects 10. Fields of one node are bounded by `breadth`, not here.
   */
  complexity: 25_000,
  aliases: 30,
  tokens: 3_000,
  /** Request body, in bytes: a little over the largest document text (1 MiB) a mutation accepts. */
  bodyBytes: 2 * 1024 * 1024,
  /**
   * A response body, in bytes. A 10,100-node export (100 persons × 100 articles, 300-character
   * bodies) measured 4.7 MB; this leaves room for the same export of 3 KB articles.
   */
  responseBytes: 32 * 1024 * 1024,
  /** ingestDocument text, in UTF-8 bytes. */
  documentBytes: 1024 * 1024,
} as const;
