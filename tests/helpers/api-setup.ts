// One app per test file, on its own migrated database, with the fixture graph and a SQL recorder.
import { createTestApp, type TestApp } from './test-database.ts';
import { insertFixtureGraph, type FixtureGraph } from './fixture-graph.ts';
import { encodeGlobalID } from '@pothos/plugin-relay';

export const API_KEY = 'test-key-0123456789abcdef';
export const AUTH = { authorization: `Bearer ${API_KEY}` };

export interface ApiTestContext {
  app: TestApp;
  graph: FixtureGraph;
  /** Every SQL statement sent since the last reset. */
  sql: string[];
}

export async function setupApi(): Promise<ApiTestContext> {
  const sql: string[] = [];
  const app = await createTestApp({ onQuery: (statement) => sql.push(statement) });
  const graph = await insertFixtureGraph(app.services.db.prisma);
  sql.length = 0;
  return { app, graph, sql };
}

export const gid = (type: string, id: number) => encodeGlobalID(type, id);
