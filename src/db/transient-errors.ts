// Errors that a retry of the whole transaction can cure: a concurrent writer won a race on a unique
// key, deleted a row we pointed at (a merge), or PostgreSQL broke a deadlock / serialization cycle.
const SQLSTATES = new Set(['23505', '23503', '40001', '40P01']);
const PRISMA_CODES = new Set(['P2002', 'P2003', 'P2034']);

function codesOf(error: unknown, depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 4) return [];
  const e = error as { code?: unknown; originalCode?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  const own = [e.code, e.originalCode].filter((c): c is string => typeof c === 'string');
  return [...own, ...codesOf(e.cause, depth + 1), ...codesOf(e.meta?.driverAdapterError, depth + 1)];
}

export function isTransientWriteConflict(error: unknown): boolean {
  return codesOf(error).some((code) => SQLSTATES.has(code) || PRISMA_CODES.has(code));
}

/** A short random pause that grows with the attempt, so racing writers do not collide again in step. */
export function backoff(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * (attempt + 1)));
}
