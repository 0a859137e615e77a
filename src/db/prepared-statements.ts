// The read planner's statements are prepared once per connection: the driver names them here (the
// planner marks its SQL with PLANNED_SQL_TAG), every other statement stays unnamed.
import { createHash } from 'node:crypto';

/** Marks the planner's statements, so the driver prepares them (see plannedStatementName). */
export const PLANNED_SQL_TAG = '/* read-planner */ ';

// Each connection keeps every statement it prepared (with its plan, large for a nested read) until
// it closes; the SDK's documents need a handful of shapes, so a small bound costs nothing.
const MAX_PREPARED = 64;
const preparedNames = new Map<string, string>();

/**
 * PrismaPg's statementNameGenerator: a name (so pg prepares the statement once per connection and
 * PostgreSQL skips parsing and planning from then on) for the planner's statements only, and for
 * at most MAX_PREPARED distinct texts per process, since pg never deallocates a named statement.
 */
export function plannedStatementName(query: { sql: string }): string {
  // '' is pg's unnamed statement: parsed and planned every time, as without a generator.
  if (!query.sql.startsWith(PLANNED_SQL_TAG)) return '';
  let name = preparedNames.get(query.sql);
  if (name === undefined && preparedNames.size < MAX_PREPARED) {
    name = `rp_${createHash('sha256').update(query.sql).digest('hex').slice(0, 32)}`;
    preparedNames.set(query.sql, name);
  }
  return name ?? '';
}
