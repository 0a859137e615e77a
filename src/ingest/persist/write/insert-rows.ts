// The one way the writer inserts rows: one INSERT ... SELECT FROM unnest(...) per table and write.
import type { Tx } from '../types.ts';

/** A column of a bulk insert: its name, the array type its values are sent as, and a cast to the column's enum. */
export type Column = readonly [name: string, arrayType: string, values: unknown[], cast?: string];

/**
 * One parameter per column instead of one per value, which spares the client most of the per-row
 * work. Rows are inserted (and serial ids drawn) in the order given; the ids come back in that order.
 */
export async function insertRows(tx: Tx, table: string, columns: Column[], options: { skipDuplicates?: boolean; returning?: boolean } = {}): Promise<number[]> {
  if (columns[0]![2].length === 0) return [];
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const values = columns.map(([, , , cast], k) => `c${k}${cast ? `::"${cast}"` : ''}`).join(', ');
  const source = `unnest(${columns.map(([, type], k) => `$${k + 1}::${type}[]`).join(', ')}) WITH ORDINALITY AS v(${columns.map((_, k) => `c${k}`).join(', ')}, n)`;
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${values} FROM ${source} ORDER BY n${options.skipDuplicates ? ' ON CONFLICT DO NOTHING' : ''}`;
  const args = columns.map(([, , v]) => v);
  if (!options.returning) {
    await tx.$executeRawUnsafe(sql, ...args);
    return [];
  }
  const rows = await tx.$queryRawUnsafe<{ id: number }[]>(`${sql} RETURNING id`, ...args);
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

/** A date column's value: the day, in UTC. */
export const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Alias rows (owner id, alias, folded) of any entity kind. */
export function aliasColumns(owner: string, rows: { id: number; alias: string; folded: string }[]): Column[] {
  return [[owner, 'int', rows.map((r) => r.id)], ['alias', 'text', rows.map((r) => r.alias)], ['folded', 'text', rows.map((r) => r.folded)]];
}
