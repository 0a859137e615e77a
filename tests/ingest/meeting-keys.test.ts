// Meeting keys: a long name keeps its start and a hash of the whole, so two talks whose names share
// their first 80 letters keep two keys.
import { describe, expect, it } from 'vitest';
import { namedMeetingKey } from '../../src/ingest/meeting-keys.ts';

describe('namedMeetingKey', () => {
  it('keeps a short name whole', () => {
    expect(namedMeetingKey('Hội đàm giữa A và B', 2024)).toBe('M-hoi-dam-giua-a-va-b-2024');
  });

  it('tells apart long names with the same first 80 letters, and stays at 80 letters', () => {
    const start = 'Cuộc trao đổi trực tuyến giữa Bộ trưởng Ngoại giao Trần Văn Bình và Bộ trưởng Ngoại giao ';
    const a = namedMeetingKey(`${start}Peru Ana Cecilia Gervasi`, 2024);
    const b = namedMeetingKey(`${start}Chile Alberto van Klaveren`, 2024);
    expect(a).not.toBe(b);
    expect(a.slice(2, -5).length).toBeLessThanOrEqual(80);
    expect(namedMeetingKey(`${start}Peru Ana Cecilia Gervasi`, 2024)).toBe(a);
  });
});
