// Recognises "the database cannot be reached" among the shapes an error takes on its way up:
// pg (socket errors, server shutdown codes, pool timeouts), @prisma/adapter-pg's DriverAdapterError
// and Prisma's own P10xx codes. Such a failure is the service's, not the client's, but it is
// expected and temporary, so clients get DATABASE_UNAVAILABLE (503) instead of a masked 500.

/** Node socket errors met when the server is down or the connection drops. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** PostgreSQL SQLSTATEs: connection exceptions (08…) and operator intervention (57P…). */
const SQLSTATE = /^(08\d{3}|08P01|57P0[1-4])$/;
/** Prisma: can't reach (P1001), timeout (P1002, P1008), closed (P1017), pool timeout (P2024). */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** Driver adapter error kinds (@prisma/driver-adapter-utils) that mean the same. */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'DatabaseDoesNotExist', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
/** pg's own wording for errors it raises without a code. */
const MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /Connection closed/i,
  /terminating connection due to administrator command/i,
  /the database system is (shutting down|starting up|in recovery mode)/i,
  /Can't reach database server/i,
  /Server has closed the connection/i,
];

function fieldsOf(error: object): { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown } {
  const e = error as Record<string, unknown>;
  const cause = e.cause as Record<string, unknown> | undefined;
  return {
    code: e.code,
    // DriverAdapterError keeps the adapter's classification in `cause`.
    kind: cause?.kind ?? e.kind,
    originalCode: cause?.originalCode ?? e.originalCode,
    message: e.message,
  };
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === 'object' && !seen.has(current); ) {
    seen.add(current);
    const { code, kind, originalCode, message } = fieldsOf(current);
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || SQLSTATE.test(code) || PRISMA_CODES.has(code))) return true;
    if (typeof originalCode === 'string' && (SOCKET_CODES.has(originalCode) || SQLSTATE.test(originalCode))) return true;
    if (typeof kind === 'string' && ADAPTER_KINDS.has(kind)) return true;
    if (typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message))) return true;
    const next = current as { cause?: unknown; originalError?: unknown; errors?: unknown[] };
    // AggregateError (pg connecting to several addresses) carries the socket errors in `errors`.
    current = next.cause ?? next.originalError ?? next.errors?.[0];
  }
  return false;
}
