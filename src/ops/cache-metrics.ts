// /metrics gauges for the process's bounded caches (src/cache/bounded-cache.ts): entries, weight
// (characters held) and lookups by result, read when Prometheus scrapes, so a cache that grows or
// stops hitting shows up there.
import { Counter, Gauge, type Registry } from 'prom-client';
import { cacheStats } from '../cache/bounded-cache.ts';

export function registerCacheMetrics(registry: Registry): void {
  new Gauge({
    name: 'diplograph_cache_entries',
    help: 'Entries held by each bounded in-process cache, and its bound (state: held, max).',
    labelNames: ['cache', 'state'],
    registers: [registry],
    collect() {
      for (const s of cacheStats()) {
        this.set({ cache: s.name, state: 'held' }, s.entries);
        this.set({ cache: s.name, state: 'max' }, s.maxEntries);
      }
    },
  });
  new Gauge({
    name: 'diplograph_cache_weight_chars',
    help: 'Characters held by each bounded in-process cache (keys and values), and its bound (state: held, max).',
    labelNames: ['cache', 'state'],
    registers: [registry],
    collect() {
      for (const s of cacheStats()) {
        this.set({ cache: s.name, state: 'held' }, s.weight);
        this.set({ cache: s.name, state: 'max' }, s.maxWeight);
      }
    },
  });
  new Counter({
    name: 'diplograph_cache_lookups_total',
    help: 'Lookups of each bounded in-process cache by result (hit, miss) since the process started.',
    labelNames: ['cache', 'result'],
    registers: [registry],
    collect() {
      this.reset();
      for (const s of cacheStats()) {
        this.inc({ cache: s.name, result: 'hit' }, s.hits);
        this.inc({ cache: s.name, result: 'miss' }, s.misses);
      }
    },
  });
  new Gauge({
    name: 'diplograph_cache_hit_ratio',
    help: 'Share of lookups answered from each bounded in-process cache since the process started.',
    labelNames: ['cache'],
    registers: [registry],
    collect() {
      for (const s of cacheStats()) this.set({ cache: s.name }, s.hits + s.misses === 0 ? 0 : s.hits / (s.hits + s.misses));
    },
  });
}
