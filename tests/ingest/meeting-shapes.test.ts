// Meeting shapes on sentences written for these tests: a talk's year beside a recalled anniversary,
// a title that stands for the person named just before it, ceremonies after talks.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/pipeline.ts';

function graphOf(text: string) {
  const g = extractDocument(text).graph;
  const names = (ps: number[]) => ps.map((p) => g.persons[p]!.name);
  return { g, names };
}

describe('a talk dated by a dateline without a year', () => {
  it('is in the article\'s year, not the year of an anniversary range written on the same day', () => {
    const { g } = graphOf([
      'Bộ trưởng Trần Văn Bình điện đàm với Bộ trưởng Nội vụ Ba Lan Tomasz Siemoniak',
      'HÀ NỘI, 3/5 - Chiều hôm qua (2/5), Bộ trưởng Trần Văn Bình đã điện đàm với Bộ trưởng Nội vụ Ba Lan Tomasz Siemoniak.',
      'Bộ trưởng Trần Văn Bình cảm ơn ông Tomasz Siemoniak về lời chúc nhân kỷ niệm 70 năm Ngày truyền thống (2/5/1954 - 2/5/2024).',
      'Ông nhắc lại chuyến thăm Ba Lan của Chủ tịch nước tháng 9/2023 và cuộc gặp tại Vác-sa-va ngày 3/5/2023.',
    ].join('\n'));
    const call = g.meetings.find((m) => m.name.startsWith('Điện đàm'))!;
    expect(call.start).toMatchObject({ year: 2024, month: 5, day: 2 });
  });
});

describe('a talk whose two parties are one person', () => {
  it('is no talk: "Thủ tướng" after the Prime Minister\'s name is the same man', () => {
    const { g } = graphOf('Ngày 4/6/2024, Thủ tướng Lê Quang Vinh và Thủ tướng hội đàm trực tuyến.');
    expect(g.meetings.filter((m) => m.name.startsWith('Hội đàm'))).toHaveLength(0);
  });
});
