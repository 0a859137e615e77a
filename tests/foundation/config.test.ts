import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('configuration', () => {
  it('defaults to the embedded database in ./data/pglite on port 4000', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ kind: 'pglite', dataDir: './data/pglite' });
    expect(config.PORT).toBe(4000);
  });

  it('selects in-memory PGlite and PostgreSQL from DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'pglite:memory' }).database).toEqual({ kind: 'pglite', dataDir: null });
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@h/db' }).database).toEqual({ kind: 'postgres', url: 'postgresql://u@h/db' });
  });

  it.each([
    ['PORT', 'eighty', /PORT="eighty": accepts a TCP port number/],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL="mysql:\/\/x": accepts postgresql:\/\/…, pglite:memory/],
    ['GRAPHIQL', 'maybe', /GRAPHIQL="maybe"/],
    ['DIPLOGRAPH_API_KEY', 'short', /DIPLOGRAPH_API_KEY="short": accepts a key of at least 16 characters/],
  ])('rejects %s=%s naming the variable and what it accepts', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});
