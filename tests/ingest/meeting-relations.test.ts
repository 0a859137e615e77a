// Meetings as events and their relations, on sentences written for these tests: talks found by
// their verb and named again without their parties, the statements said at them, their day, place,
// format, chairs and umbrellas.
import { describe, expect, it } from 'vitest';
import { graphOf } from '../helpers/extracted-graph.ts';

describe('talks found by their verb', () => {
  it('reads "A hội kiến B" without "với", and "A và B lần lượt tiếp C" as two receptions', () => {
    const { g, meeting, names } = graphOf(
      'Chiều 3/4/2024, tại Phủ Chủ tịch, Chủ tịch nước Đặng Minh Tâm hội kiến Tổng thống Chile Gabriel Boric. ' +
        'Cùng ngày, Tổng Bí thư Hoàng Văn Đức và Thủ tướng Phan Thanh Hải lần lượt tiếp Tổng thống Gabriel Boric.',
    );
    const call = g.meetings[meeting('Hội kiến')]!;
    expect(names(call.participants)).toEqual(['Đặng Minh Tâm', 'Gabriel Boric']);
    expect(call.city).toBe('Hà Nội');
    expect(call.format).toBe('IN_PERSON');
    const receptions = g.meetings.filter((m) => m.name.startsWith('Cuộc tiếp'));
    expect(receptions).toHaveLength(2);
    expect(receptions.map((m) => m.start && `${m.start.year}-${m.start.month}-${m.start.day}`)).toEqual(['2024-4-3', '2024-4-3']);
  });

  it('a phone call is held at a distance', () => {
    const { g, meeting } = graphOf('Ngày 8/5/2024, Bộ trưởng Ngoại giao Lê Hoàng Minh điện đàm với Ngoại trưởng Peru Javier González-Olaechea.');
    expect(g.meetings[meeting('Điện đàm')]!.format).toBe('VIRTUAL');
  });

  it('"tiếp" inside "trực tiếp" or "tiếp tục" is no reception', () => {
    const { g } = graphOf('Ngày 8/5/2024, Bộ trưởng Ngoại giao Lê Hoàng Minh trực tiếp Ngoại trưởng Peru Javier González-Olaechea tiếp tục trao đổi.');
    expect(g.meetings.filter((m) => m.name.startsWith('Cuộc tiếp'))).toHaveLength(0);
  });
});

describe('a talk named again', () => {
  const text = [
    'Thủ tướng Nguyễn Văn An hội đàm với Thủ tướng Thái Lan Srettha Thavisin',
    'BĂNG CỐC, 14/3 - Sáng 14/3/2024, Thủ tướng Thái Lan Srettha Thavisin chủ trì lễ đón Thủ tướng Nguyễn Văn An.',
    'Tiếp đó, hai Thủ tướng tiến hành hội đàm.',
    'Thủ tướng Srettha Thavisin khẳng định Thái Lan coi trọng quan hệ với Việt Nam.',
  ].join('\n');

  it('is the headline talk: one meeting, dated by the lead, placed by the dateline', () => {
    const { g } = graphOf(text);
    const talks = g.meetings.filter((m) => m.name.startsWith('Hội đàm'));
    expect(talks).toHaveLength(1);
    expect(talks[0]!.start).toMatchObject({ year: 2024, month: 3, day: 14 });
    expect(talks[0]!.city).toBe('Bangkok');
  });

  it('holds the statements of the paragraphs after it', () => {
    const { meeting, statementBy } = graphOf(text);
    expect(statementBy('Srettha').meeting).toBe(meeting('Hội đàm'));
  });
});

describe('a conference, its sessions, chairs and side meetings', () => {
  const text = [
    'Khai mạc Diễn đàn Hợp tác Mekong - Nhật Bản lần thứ 3',
    'Sáng 5/6/2024, tại Đà Nẵng, Diễn đàn Hợp tác Mekong - Nhật Bản lần thứ 3 đã khai mạc dưới sự đồng chủ trì của Bộ trưởng Ngoại giao Trần Quốc Bảo và Bộ trưởng Ngoại giao Nhật Bản Sakamoto Tetsushi.',
    'Tại phiên toàn thể, Bộ trưởng Trần Quốc Bảo nhấn mạnh hợp tác xanh là ưu tiên của khu vực.',
    'Bên lề Diễn đàn, Bộ trưởng Trần Quốc Bảo gặp Bộ trưởng Ngoại giao Lào Linkham Douangsavanh.',
  ].join('\n');

  it('keeps the ordinal and the whole name, and every co-chair', () => {
    const { g, meeting, names } = graphOf(text);
    const forum = g.meetings[meeting('Diễn đàn Hợp tác Mekong - Nhật Bản')]!;
    expect(forum.ordinal).toBe(3);
    expect(names(forum.chairs)).toEqual(['Trần Quốc Bảo', 'Sakamoto Tetsushi']);
    expect(forum.format).toBe('IN_PERSON');
  });

  it('a plenary and a side meeting are held within the conference', () => {
    const { g, meeting, statementBy } = graphOf(text);
    const forum = meeting('Diễn đàn Hợp tác Mekong - Nhật Bản lần thứ 3');
    const plenary = meeting('Phiên toàn thể');
    expect(g.meetings[plenary]!.parent).toBe(forum);
    expect(g.meetings[meeting('Cuộc gặp')]!.parent).toBe(forum);
    expect(statementBy('Trần Quốc Bảo').meeting).toBe(plenary);
  });
});

describe('a meeting in what was said', () => {
  it('is its topic, not where it was said', () => {
    const { meeting, statementBy } = graphOf(
      'Chiều 2/7/2024, Bộ trưởng Ngoại giao Lê Hoàng Minh hội đàm với Ngoại trưởng Peru Javier González-Olaechea. ' +
        'Bộ trưởng Lê Hoàng Minh đề nghị hai bên sớm tổ chức Kỳ họp lần thứ 5 Ủy ban hỗn hợp về hợp tác song phương.',
    );
    expect(statementBy('Lê Hoàng Minh').meeting).toBe(meeting('Hội đàm'));
    expect(meeting('Kỳ họp lần thứ 5 Ủy ban hỗn hợp')).toBeGreaterThanOrEqual(0);
  });
});
