// What a root field's planner gives: the statement that answers it, and what runs around it.
import type { ReadContext } from './context.ts';

export interface RootPlan {
  sql: string;
  /** Runs before the statement and fills its later parameters (search's ranking). */
  before?: (ctx: ReadContext) => Promise<void>;
  /** Wraps the parsed JSON into what the field resolves to. */
  wrap?: (value: unknown) => unknown;
}
