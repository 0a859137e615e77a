// A head and a number alone name that session of the series the article names with the same head.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/pipeline.ts';

const article = (...body: string[]) => extractDocument(['Kỳ họp thứ 12 Ủy ban hỗn hợp Việt Nam - Chile', ...body].join('\n')).graph;

describe('an earlier session named by head and number', () => {
  it('is that session of the article\'s series', () => {
    const g = article(
      'SANTIAGO, 5/6/2024 - Ngày 4/6, Kỳ họp thứ 12 Ủy ban hỗn hợp Việt Nam - Chile đã diễn ra tại Santiago. Kỳ họp lần thứ 9 được tổ chức tại Hà Nội từ ngày 3 đến 5/10/2018.',
    );
    const ninth = g.meetings.find((m) => m.ordinal === 9);
    expect(ninth?.name).toBe('Kỳ họp lần thứ 9 Ủy ban hỗn hợp Việt Nam - Chile');
  });

  it('is not read when a name follows the number', () => {
    const g = article(
      'SANTIAGO, 5/6/2024 - Ngày 4/6, Kỳ họp thứ 12 Ủy ban hỗn hợp Việt Nam - Chile đã diễn ra tại Santiago. Hai bên nhắc lại Kỳ họp thứ 3 Ủy ban liên Chính phủ Việt Nam - Peru.',
    );
    expect(g.meetings.some((m) => m.ordinal === 3 && m.name.includes('Chile'))).toBe(false);
  });
});
