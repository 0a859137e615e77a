// What a person at a terminal reads instead of JSON (src/ops/pretty-log.ts).
import { describe, expect, it } from 'vitest';
import { prettyLine } from '../../src/ops/pretty-log.ts';

describe('pretty log lines', () => {
  it('turns a JSON line into time, level, message and the other fields', () => {
    const line = JSON.stringify({ level: 30, time: '2026-12-07T12:18:05.123Z', service: 'diplograph', msg: 'migrations: up to date', database: 'PGlite (./data/pglite)', applied: 0 });
    expect(prettyLine(line, false)).toBe('12:18:05 INFO  migrations: up to date  database="PGlite (./data/pglite)" applied=0\n');
  });

  it("prints an error's stack on the lines after it, and colours warnings and errors only when asked", () => {
    const line = JSON.stringify({ level: 50, time: '2026-12-07T12:18:05.123Z', msg: 'close failed', err: { message: 'boom', stack: 'Error: boom\n    at close (app.ts:1:1)' } });
    expect(prettyLine(line, false)).toBe('12:18:05 ERROR close failed\nError: boom\n    at close (app.ts:1:1)\n');
    expect(prettyLine(line, true)).toContain('\x1b[31mERROR\x1b[0m');
  });

  it('passes a line that is not JSON through unchanged', () => {
    expect(prettyLine('not json\n', false)).toBe('not json\n');
  });
});
