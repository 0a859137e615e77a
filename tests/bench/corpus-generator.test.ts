// The benchmark corpus must be reproducible (same seed, same text: cached databases stay valid) and
// must give the extractor something to find (a corpus with no meetings or statements measures nothing).
import { describe, expect, it } from 'vitest';
import { extractSample } from '../helpers/corpus/extract-sample.ts';
import { generateArticle, generateCorpus } from '../helpers/corpus/generate.ts';

describe('bench corpus generator', () => {
  it('gives the same text for the same seed and index, and other text for another seed', () => {
    const a = [...generateCorpus(7, 30)].map((d) => d.text);
    const b = [...generateCorpus(7, 30)].map((d) => d.text);
    const c = [...generateCorpus(8, 30)].map((d) => d.text);
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
    expect(new Set(a).size).toBe(30);
    // Article i does not depend on the corpus size: the 1k corpus is a prefix of the 10k one.
    expect(generateArticle(7, 12).text).toBe(a[12]);
  });

  it('names a bounded delegation per meeting, so more articles do not mean ever more participants', () => {
    const byMeeting = new Map<string, Set<string>>();
    for (const a of generateCorpus(7, 5000)) {
      const set = byMeeting.get(a.meetingKey) ?? new Set<string>();
      for (const p of a.persons) set.add(p);
      byMeeting.set(a.meetingKey, set);
    }
    const sizes = [...byMeeting.values()].map((s) => s.size);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(10);
    // Well-covered meetings do reach their delegation's size (the bound is not trivially met).
    expect(sizes.filter((n) => n >= 8).length).toBeGreaterThan(10);
  });

  it('yields meetings, persons, participants and statements through the real extraction pipeline', () => {
    const counts = extractSample(7, 40);
    expect(counts.articles).toBe(40);
    expect(counts.meetings).toBeGreaterThanOrEqual(40);
    expect(counts.distinctMeetings).toBeGreaterThan(10);
    expect(counts.distinctPersons).toBeGreaterThan(40);
    expect(counts.statements).toBeGreaterThanOrEqual(80);
    expect(counts.statementsWithSpeaker).toBe(counts.statements);
    expect(counts.participants).toBeGreaterThanOrEqual(80);
  });
});
