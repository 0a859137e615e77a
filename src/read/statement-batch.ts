// Sending the planner's SQL. The root fields of one fully planned query share a statement: each
// root's statement becomes one column of a single row, so a query of several roots costs one round
// trip and one execution, not one per root (s10, two totalCounts, sent two).
import type { ReadContext } from './context.ts';
import { PLANNED_SQL_TAG } from '../db/prepared-statements.ts';
import { readerOf } from '../db/read-replicas.ts';

type Row = Record<string, string | null>;

/** The one row of a planned statement, prepared once per connection; past Prisma where the database allows. */
async function plannedRow(ctx: ReadContext, sql: string, params: unknown[]): Promise<Row | undefined> {
  const { readQuery } = ctx.services.db;
  const rows = readQuery ? await readQuery<Row>(PLANNED_SQL_TAG + sql, params) : await readerOf(ctx.prisma).$queryRawUnsafe<Row[]>(PLANNED_SQL_TAG + sql, ...params);
  return rows[0];
}

/** One planned statement's answer (column `j`). */
export async function runPlanned(ctx: ReadContext, sql: string, params: unknown[]): Promise<string | null> {
  return (await plannedRow(ctx, sql, params))?.j ?? null;
}

/** `$n` becomes `$(n + offset)`: the planner writes every value as a parameter, never `$` in a literal. */
const renumber = (sql: string, offset: number) => (offset ? sql.replace(/\$(\d+)/g, (_m, n: string) => `$${Number(n) + offset}`) : sql);

interface Pending {
  sql: string;
  params: unknown[];
  resolve(text: string | null): void;
  reject(error: unknown): void;
}

/**
 * Collects the statements of a query's planned roots and sends them together once every root has
 * added its own, or at the next turn of the event loop when one did not (it was not planned: the
 * query then takes the ordinary executor anyway). A root that adds later, after a step of its own
 * (search's ranking), holds the batch until it does, so how many statements a query costs does not
 * depend on timing.
 */
export class StatementBatch {
  private pending: Pending[] = [];
  private holds = 0;
  private scheduled = false;

  constructor(
    private readonly ctx: ReadContext,
    private readonly expected: number,
  ) {}

  /** For a root that will add its statement later: call the returned function once it has (or gave up). */
  hold(): () => void {
    this.holds += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds -= 1;
      this.schedule();
    };
  }

  add(sql: string, params: unknown[]): Promise<string | null> {
    return new Promise((resolve, reject) => {
      this.pending.push({ sql, params, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.pending.length === 0) return;
    if (this.pending.length === this.expected) return void this.flush();
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.holds === 0) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    try {
      if (batch.length === 1) return batch[0]!.resolve(await runPlanned(this.ctx, batch[0]!.sql, batch[0]!.params));
      const params: unknown[] = [];
      const columns = batch.map((b, i) => {
        const sql = renumber(b.sql, params.length);
        params.push(...b.params);
        return `(${sql}) AS j${i}`;
      });
      const row = await plannedRow(this.ctx, `SELECT ${columns.join(', ')}`, params);
      batch.forEach((b, i) => b.resolve(row?.[`j${i}`] ?? null));
    } catch (error) {
      for (const b of batch) b.reject(error);
    }
  }
}
