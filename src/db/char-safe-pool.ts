// @prisma/adapter-pg cannot map PostgreSQL's internal `"char"` type (oid 18), which the schema
// engine meets when it reads the catalogs ("Column type 'char' could not be deserialized"). This pool
// reports such columns as text. Only the schema engine (migration authoring, drift checks) uses it.
import pg from 'pg';

const CHAR_OID = 18;
const TEXT_OID = 25;

function patchResult<R>(result: R): R {
  const fields = (result as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
  for (const field of fields ?? []) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  return result;
}

function patchClient(client: pg.PoolClient): pg.PoolClient {
  const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
  (client as unknown as { query: unknown }).query = async (...args: unknown[]) => patchResult(await query(...args));
  return client;
}

export class CharSafePool extends pg.Pool {
  override query(...args: unknown[]): never {
    const query = super.query as unknown as (...a: unknown[]) => Promise<unknown> | undefined;
    if (typeof args.at(-1) === 'function') return query.apply(this, args) as never;
    return query.apply(this, args)!.then(patchResult) as never;
  }

  // pg's own query() calls connect(callback); only the promise form (what the adapter uses for
  // transactions) is wrapped.
  override connect(...args: unknown[]): never {
    const connect = super.connect as unknown as (...a: unknown[]) => Promise<pg.PoolClient> | undefined;
    if (args.length > 0) return connect.apply(this, args) as never;
    return connect.call(this)!.then(patchClient) as never;
  }
}
