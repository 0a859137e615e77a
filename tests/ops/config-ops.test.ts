// The deployment settings are validated at start like every other setting.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('deployment configuration', () => {
  it('reads REDIS_URL and DATABASE_REPLICA_URLS', () => {
    const config = loadConfig({
      REDIS_URL: 'redis://127.0.0.1:6379/3',
      DATABASE_URL: 'postgresql://u@primary/db',
      DATABASE_REPLICA_URLS: 'postgresql://u@r1/db, postgresql://u@r2/db',
    });
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379/3');
    expect(config.DATABASE_REPLICA_URLS).toEqual(['postgresql://u@r1/db', 'postgresql://u@r2/db']);
  });

  it('keeps everything in-process and on the primary by default', () => {
    const config = loadConfig({});
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.DATABASE_REPLICA_URLS).toEqual([]);
  });

  it.each([
    ['REDIS_URL', 'localhost:6379', /REDIS_URL="localhost:6379": accepts redis:\/\//],
    ['DATABASE_REPLICA_URLS', 'postgresql://u@r1/db,mysql://r2', /DATABASE_REPLICA_URLS=.*accepts comma-separated postgresql/],
    ['SHUTDOWN_TIMEOUT_MS', '-1', /SHUTDOWN_TIMEOUT_MS/],
  ])('rejects %s=%s naming the variable', (name, value, message) => {
    expect(() => loadConfig({ DATABASE_URL: 'postgresql://u@h/db', [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'postgresql://u@h/db', [name]: value })).toThrow(message);
  });

  it('rejects replicas without a PostgreSQL primary', () => {
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgresql://u@r1/db' })).toThrow(/read replicas need DATABASE_URL=postgresql/);
  });
});
