// A reception written as an opening clause, its host named after the clause's comma.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/pipeline.ts';

describe('a reception opening its sentence', () => {
  it('is hosted by the person named after the clause', () => {
    const g = extractDocument('Tháng 5/2024, tiếp Ngoại trưởng Chile Pablo Rojas đang thăm chính thức Việt Nam, Thủ tướng Lê Quang Vinh đề nghị hai nước mở rộng thương mại.').graph;
    expect(g.meetings.map((m) => m.name)).toContain('Cuộc tiếp Ngoại trưởng Chile Pablo Rojas của Thủ tướng Lê Quang Vinh');
  });

  it('is not read when the clause has no person right after its comma', () => {
    const g = extractDocument('Tháng 5/2024, tiếp Ngoại trưởng Chile Pablo Rojas đang thăm chính thức Việt Nam, phía Việt Nam đề nghị mở rộng thương mại với Thủ tướng Lê Quang Vinh.').graph;
    expect(g.meetings.some((m) => m.name.startsWith('Cuộc tiếp'))).toBe(false);
  });
});
