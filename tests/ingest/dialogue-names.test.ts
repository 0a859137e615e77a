// Meeting names with the level they are held at ("cấp Thứ trưởng") and the two sides of a numbered
// series ("giữa A và B lần thứ N"); a chair who is the subject of the sentence's first verb.
import { describe, expect, it } from 'vitest';
import { findMeetings } from '../../src/ingest/meetings.ts';
import { extractDocument } from '../../src/ingest/pipeline.ts';

describe('a meeting name with its level and sides', () => {
  it('keeps "cấp <title>" in the name', () => {
    expect(findMeetings('Hai bên tổ chức Đối thoại Quốc phòng chiến lược cấp Thứ trưởng lần thứ 4.').map((m) => m.name))
      .toEqual(['Đối thoại Quốc phòng chiến lược cấp Thứ trưởng lần thứ 4']);
  });

  it('keeps "giữa A và B" when the series number closes it', () => {
    expect(findMeetings('Hai bên tổ chức Đối thoại Chính sách giữa Bộ Ngoại giao Việt Nam và Bộ Ngoại giao Chile lần thứ 3.').map((m) => m.name))
      .toEqual(['Đối thoại Chính sách giữa Bộ Ngoại giao Việt Nam và Bộ Ngoại giao Chile lần thứ 3']);
  });

  it('leaves "giữa A và B" out without a number after it', () => {
    expect(findMeetings('Hội nghị Bộ trưởng Quốc phòng lần thứ 5 giữa Việt Nam và Lào diễn ra hôm nay.').map((m) => m.name))
      .toEqual(['Hội nghị Bộ trưởng Quốc phòng lần thứ 5']);
  });
});

describe('a chair who is the subject of the sentence', () => {
  it('chairs the meeting of the verb joined by "và cùng … chủ trì"', () => {
    const g = extractDocument('Ngày 4/6/2024, ông Pablo Rojas dẫn đoàn đại biểu Chile sang dự lễ kỷ niệm 50 năm quan hệ ngoại giao và cùng phía Việt Nam chủ trì Đối thoại Chính trị cấp Thứ trưởng lần thứ 3.').graph;
    const dialogue = g.meetings.find((m) => m.name.startsWith('Đối thoại'))!;
    expect(dialogue.chairs.map((p) => g.persons[p]!.name)).toEqual(['Pablo Rojas']);
  });
});
