// The README's "Limits and guarantees" table states the values the code enforces.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { READINESS_TIMEOUT_MS } from '../../src/http/health.ts';
import { ARGUMENT_BOUNDS } from '../../src/http/argument-bounds.ts';
import { LIMITS } from '../../src/limits.ts';
import { FILTER_WORD_CHARS } from '../../src/values/text-filter.ts';
import { MAX_VARIABLE_NESTING } from '../../src/http/variable-nesting.ts';
import { POOL_TIMEOUTS } from '../../src/db/database.ts';
import { READ_STATEMENT_TIMEOUT_MS } from '../../src/db/statement-timeout.ts';
import { MAX_OPERATION_LABELS, MAX_OPERATION_NAME } from '../../src/ops/metrics.ts';
import { MAX_SENTENCE_CHARS } from '../../src/ingest/sentences.ts';
import { cacheStats } from '../../src/cache/bounded-cache.ts';
import '../../src/text/fold.ts';
import '../../src/ingest/tokens.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## Limits and guarantees'), readme.indexOf('\n## ', readme.indexOf('## Limits and guarantees') + 1));
const n = (value: number) => value.toLocaleString('en-US');
const cache = (name: string) => cacheStats().find((c) => c.name === name)!;

/** The table row whose first cell starts with `label`, and what its value cell must contain. */
const ROWS: [string, string][] = [
  ['request body', `(${n(LIMITS.bodyBytes)} bytes)`],
  ['ingested text', `(${n(LIMITS.documentBytes)} bytes)`],
  ['tokens', `| ${n(LIMITS.tokens)} |`],
  ['aliases', `| ${n(LIMITS.aliases)} |`],
  ['query depth', `| ${n(LIMITS.depth)} |`],
  ['fields selected', `| ${n(LIMITS.breadth)} |`],
  ['nodes a query could return', `| ${n(LIMITS.complexity)} |`],
  ['response body', `(${n(LIMITS.responseBytes)} bytes)`],
  ['`first` / `last`', `| ${n(LIMITS.pageSize)} |`],
  ['`search(query:)`', `| ${n(ARGUMENT_BOUNDS.chars['Query.search(query)']!)} characters |`],
  ['`snippet { marked', `| ${n(ARGUMENT_BOUNDS.chars['Snippet.marked(open)']!)} characters each |`],
  ['any other string argument', `| ${n(ARGUMENT_BOUNDS.defaultChars)} characters;`],
  ['items in a list argument', `| ${n(ARGUMENT_BOUNDS.listItems)} |`],
  ['list `filter: { search }`', `more than ${n(FILTER_WORD_CHARS)} characters is refused`],
  ['nesting of variables', `| ${MAX_VARIABLE_NESTING} levels |`],
  ['operation names as metric labels', `| ${MAX_OPERATION_LABELS} distinct names of at most ${MAX_OPERATION_NAME} characters`],
  ['database connect', `| ${POOL_TIMEOUTS.connectMs / 1000} s |`],
  ['pool wait', `| ${POOL_TIMEOUTS.acquireMs / 1000} s |`],
  ['`/readyz`', `| ${READINESS_TIMEOUT_MS / 1000} s |`],
  ['read statement', `| ${READ_STATEMENT_TIMEOUT_MS / 1000} s |`],
  ['sentence length', `| ${n(MAX_SENTENCE_CHARS)} characters |`],
  ['in-process memo caches', `\`ingest_fold\` ${n(cache('ingest_fold').maxEntries)} entries / ${n(cache('ingest_fold').maxWeight)} characters`],
  ['in-process memo caches', `tokens: one document's worth, ${n(cache('ingest_tokens').maxWeight)} characters`],
];

describe('README limits table', () => {
  it.each(ROWS)('%s: states the value in the code', (label, value) => {
    const row = section.split('\n').find((line) => line.startsWith(`| ${label}`));
    expect(row, `a row for ${label}`).toBeDefined();
    expect(row).toContain(value);
  });
});
