// The process's memo caches stay within their bounds (entries and characters) whatever is ingested,
// count their hits, and show both in /metrics (issue 13, finding 9: memory that only grows).
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { inProcessStore } from '../../src/shared/response-cache.ts';
import { BoundedCache, cacheStats } from '../../src/cache/bounded-cache.ts';
import { registerCacheMetrics } from '../../src/ops/cache-metrics.ts';
import { personName } from './fuzz-text.ts';
import { runPipeline } from './pure-pipeline.ts';

describe('bounded caches', () => {
  it('evicts the oldest entries past the entry bound and the weight bound, and counts hits and misses', () => {
    const cache = new BoundedCache<string, string>('test_cache', 3, 100, (k, v) => k.length + v.length);
    for (const k of ['a', 'b', 'c', 'd']) cache.set(k, k.repeat(4));
    expect(cache.get('a')).toBeUndefined(); // the oldest, past 3 entries
    expect(cache.get('d')).toBe('dddd');
    cache.set('big', 'x'.repeat(20)); // 23 characters: kept (max entry weight 25)
    cache.set('huge', 'x'.repeat(30)); // 34 > 25: never kept
    expect(cache.get('huge')).toBeUndefined();
    for (let i = 0; i < 10; i++) cache.set(`k${i}`, 'y'.repeat(20));
    const stats = cache.stats();
    expect(stats.entries).toBeLessThanOrEqual(3);
    expect(stats.weight).toBeLessThanOrEqual(100);
    expect(stats.hits).toBe(1);
    expect(stats.misses).toBe(2);
    expect(cache.memo('m', () => 'computed')).toBe('computed');
    expect(cache.memo('m', () => 'again')).toBe('computed');
  });

  it('the ingest caches stay within their bounds after large and varied documents', () => {
    runPipeline(Array.from({ length: 40_000 }, (_, i) => personName(i)).join(', '));
    runPipeline(Array.from({ length: 3_000 }, (_, i) => `Bộ trưởng ${personName(i)} khẳng định hai bên nhất trí về Hội nghị ASEAN lần thứ ${i}.`).join('\n'));
    const ingest = cacheStats().filter((s) => s.name.startsWith('ingest_'));
    expect(ingest.map((s) => s.name).sort()).toEqual(['ingest_fold', 'ingest_learned_acronyms', 'ingest_meeting_core', 'ingest_name_tokens', 'ingest_tokens']);
    for (const s of ingest) {
      expect(s.entries, s.name).toBeLessThanOrEqual(s.maxEntries);
      expect(s.weight, s.name).toBeLessThanOrEqual(s.maxWeight);
    }
    const fold = ingest.find((s) => s.name === 'ingest_fold')!;
    expect(fold.hits).toBeGreaterThan(fold.misses);
  });

  it('shows entries, characters, lookups and hit ratio per cache in /metrics', async () => {
    new BoundedCache<string, string>('test_metrics', 10, 1000, (k) => k.length).memo('x', () => 'y');
    const registry = new Registry();
    registerCacheMetrics(registry);
    const text = await registry.metrics();
    expect(text).toContain('diplograph_cache_entries{cache="test_metrics",state="held"} 1');
    expect(text).toContain('diplograph_cache_entries{cache="test_metrics",state="max"} 10');
    expect(text).toContain('diplograph_cache_weight_chars{cache="test_metrics",state="max"} 1000');
    expect(text).toContain('diplograph_cache_lookups_total{cache="test_metrics",result="miss"} 1');
    expect(text).toMatch(/diplograph_cache_hit_ratio\{cache="ingest_fold"\} \d/);
  });

  it('counts the in-process response cache\'s hits and misses (its LRU holds at most 1,000 answers)', async () => {
    const { cache } = inProcessStore();
    const before = cacheStats().find((c) => c.name === 'response')!;
    expect(await cache.get('absent')).toBeFalsy();
    await cache.set('present', { data: { ok: true } }, [], 60_000);
    expect(await cache.get('present')).toEqual({ data: { ok: true } });
    const after = cacheStats().find((c) => c.name === 'response')!;
    expect([after.hits - before.hits, after.misses - before.misses, after.maxEntries]).toEqual([1, 1, 1000]);
  });
});
