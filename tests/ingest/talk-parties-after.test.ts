// A bare talk noun whose parties are named after it in its sentence, when the article names no
// such talk with its parties.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/pipeline.ts';

describe('a bare talk noun with its parties after it', () => {
  it('is a talk between the two persons of different countries named after it', () => {
    const g = extractDocument('Phát biểu sau cuộc hội đàm chiều 3/3/2025 tại Hà Nội, Thủ tướng Lê Quang Vinh cho biết chuyến thăm của Tổng thống Chile Pablo Rojas mở ra giai đoạn mới.').graph;
    expect(g.meetings.map((m) => m.name)).toContain('Hội đàm giữa Thủ tướng Lê Quang Vinh và Tổng thống Chile Pablo Rojas');
  });

  it('is not read when one person only is named after it', () => {
    const g = extractDocument('Phát biểu sau cuộc hội đàm chiều 3/3/2025 tại Hà Nội, Thủ tướng Lê Quang Vinh cho biết quan hệ hai nước đang ở giai đoạn tốt đẹp.').graph;
    expect(g.meetings.some((m) => m.name.startsWith('Hội đàm giữa'))).toBe(false);
  });
});

describe('a bare "cuộc gặp"', () => {
  it('is a meeting between the two persons of different countries named before it in its paragraph', () => {
    const g = extractDocument('Ngày 4/6/2024, tại Hà Nội, Phó Thủ tướng Lê Quang Vinh đón Ngoại trưởng Chile Pablo Rojas; tại cuộc gặp, ông Rojas khẳng định Chile coi trọng quan hệ với Việt Nam.').graph;
    expect(g.meetings.map((m) => m.name)).toContain('Cuộc gặp giữa Phó Thủ tướng Lê Quang Vinh và Ngoại trưởng Chile Pablo Rojas');
  });
});
