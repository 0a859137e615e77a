// Wraps a Prisma driver adapter so every SQL statement it sends is reported. Tests use it to count
// statements per request (an N+1 regression fails a test); it works the same for PGlite and pg.
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';

export type QueryListener = (sql: string) => void;

const OBSERVED_METHODS = new Set(['queryRaw', 'executeRaw', 'executeScript']);

function observe<T extends object>(target: T, listener: QueryListener): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== 'function') return value;
      if (OBSERVED_METHODS.has(String(property))) {
        return (query: { sql?: string } | string, ...rest: unknown[]) => {
          listener(typeof query === 'string' ? query : (query.sql ?? ''));
          return value.call(object, query, ...rest);
        };
      }
      if (property === 'startTransaction') {
        return async (...args: unknown[]) => observe(await value.apply(object, args), listener);
      }
      return value.bind(object);
    },
  });
}

export function observeAdapter<F extends SqlDriverAdapterFactory>(factory: F, listener: QueryListener): F {
  return new Proxy(factory, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (property === 'connect' && typeof value === 'function') {
        return async () => observe(await value.call(object), listener);
      }
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
}
