// A talk's name gives a party written with an honorific and no title by the name alone.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/pipeline.ts';

describe('a talk party written with an honorific', () => {
  it('is named without the honorific', () => {
    const g = extractDocument([
      'Thủ tướng Campuchia thăm Việt Nam',
      'HÀ NỘI, 6/3/2024 - Chiều 6/3, Samdech Techo Sok Vanna hội kiến Chủ tịch nước Trần Minh Khoa tại Phủ Chủ tịch.',
    ].join('\n')).graph;
    const names = g.meetings.map((m) => m.name);
    expect(names).toContain('Hội kiến giữa Sok Vanna và Chủ tịch nước Trần Minh Khoa');
  });
});
