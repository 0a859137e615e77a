// The floor any GraphQL layer pays on top of: Q1 as one prepared SQL statement (json_agg + lateral
// joins, bench/raw-sql/q1.sql) behind a bare node:http handler with a pg Pool. It answers every POST
// with the Q1 response for `variables.first` (default 20); it parses no GraphQL.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import pg from 'pg';

const SQL = readFileSync(new URL('./q1.sql', import.meta.url), 'utf8');
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    try {
      const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString()) as { variables?: { first?: number } }) : {};
      const first = body.variables?.first ?? 20;
      // Named query: pg prepares it once per connection, as an ORM or PostGraphile would.
      const r = await pool.query<{ meetings: unknown }>({ name: 'q1', text: SQL, values: [first] });
      const out = JSON.stringify({ data: { meetings: r.rows[0]!.meetings } });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(out) });
      res.end(out);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
    }
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
