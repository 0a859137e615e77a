// Meeting shapes on sentences written for these tests: a talk's year beside a recalled anniversary,
// a title that stands for the person named just before it, ceremonies after talks.
import { describe, expect, it } from 'vitest';
import { graphOf } from '../helpers/extracted-graph.ts';

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

describe('ceremonies', () => {
  const visit = [
    'Chủ tịch nước Đặng Minh Tâm hội đàm với Tổng thống Chile Gabriel Boric',
    'Chiều 3/4/2024, tại Phủ Chủ tịch, Chủ tịch nước Đặng Minh Tâm hội đàm với Tổng thống Chile Gabriel Boric.',
    'Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ ký kết ba văn kiện hợp tác về nông nghiệp và cùng gặp gỡ báo chí.',
    'Tại cuộc gặp báo chí, Tổng thống Gabriel Boric cho biết Chile muốn mở rộng thương mại với Việt Nam.',
  ].join('\n');

  it('a signing witnessed after the talk: named as written, attended by the talk\'s parties, held within it', () => {
    const { g, names } = graphOf(visit);
    const signing = g.meetings.find((m) => m.name.startsWith('Lễ ký kết'))!;
    expect(signing.name).toBe('Lễ ký kết ba văn kiện hợp tác về nông nghiệp');
    expect(names(signing.participants)).toEqual(['Đặng Minh Tâm', 'Gabriel Boric']);
    expect(g.meetings[signing.parent!]!.name).toMatch(/^Hội đàm/);
    expect(signing.start).toMatchObject({ year: 2024, month: 4, day: 3 });
  });

  it('a press event named again is the same event', () => {
    const { g, names } = graphOf(visit);
    const press = g.meetings.filter((m) => /báo chí/.test(m.name));
    expect(press).toHaveLength(1);
    expect(names(press[0]!.participants)).toEqual(['Đặng Minh Tâm', 'Gabriel Boric']);
  });

  it('a ceremony named by its object ends at the acronym standing for it', () => {
    const { g } = graphOf('Ngày 5/12/2024, Thủ tướng Phan Thanh Hải phát biểu tại lễ công bố Chương trình chuyển đổi số quốc gia (NDTP) của Chính phủ Lào.');
    expect(g.meetings.map((m) => m.name)).toContain('Lễ công bố Chương trình chuyển đổi số quốc gia (NDTP)');
  });

  it('a ceremony still to come, and a bare press conference, are no events', () => {
    const { g } = graphOf(
      'Lễ trao Giải thưởng báo chí quốc gia sẽ được tổ chức vào ngày 21/6. Hai Bộ trưởng sẽ chứng kiến việc ký các thỏa thuận. ' +
        'Tại cuộc họp báo, Bộ trưởng Ngoại giao Lê Hoàng Minh cho biết hội nghị thành công.',
    );
    expect(g.meetings.map((m) => m.name)).toEqual([]);
  });
});

describe('a talk verb with a list of second parties', () => {
  it('is one talk per person listed, each with its own two parties, even where the names share their first 80 letters', () => {
    const { g, names } = graphOf(
      'Chiều 14/4/2024, Bộ trưởng Ngoại giao Trần Văn Bình trao đổi trực tuyến với Bộ trưởng Ngoại giao Peru Ana Cecilia Gervasi, ' +
        'Bộ trưởng Ngoại giao Chile Alberto van Klaveren và Bộ trưởng Ngoại giao Brazil Mauro Vieira.',
    );
    const talks = g.meetings.filter((m) => m.name.startsWith('Cuộc trao đổi trực tuyến'));
    expect(talks.map((m) => names(m.participants))).toEqual([
      ['Trần Văn Bình', 'Ana Cecilia Gervasi'],
      ['Trần Văn Bình', 'Alberto van Klaveren'],
      ['Trần Văn Bình', 'Mauro Vieira'],
    ]);
  });

  it('"A gặp B và C": two meetings', () => {
    const { g } = graphOf('Ngày 9/7/2024, Thủ tướng Phan Thanh Hải gặp Tổng thống Chile Gabriel Boric và Thủ tướng Canada Justin Trudeau.');
    expect(g.meetings.filter((m) => m.name.startsWith('Cuộc gặp')).map((m) => m.name)).toEqual([
      'Cuộc gặp giữa Thủ tướng Phan Thanh Hải và Tổng thống Chile Gabriel Boric',
      'Cuộc gặp giữa Thủ tướng Phan Thanh Hải và Thủ tướng Canada Justin Trudeau',
    ]);
  });
});

describe('a talk whose parties are written by title only', () => {
  it('has the persons the titles stand for as participants, on the day "tối hôm đó" points back at', () => {
    const { g, names } = graphOf([
      'Thủ tướng Phan Thanh Hải thăm chính thức Thái Lan',
      'Chiều 4/3/2024, Thủ tướng Phan Thanh Hải và Phu nhân Nguyễn Thị Lan đến Băng Cốc.',
      'Ngay tối hôm đó, Thủ tướng và Phu nhân đã có buổi gặp gỡ thân mật với cộng đồng người Việt Nam tại Thái Lan.',
      'Sáng 5/3/2024, Thủ tướng Phan Thanh Hải hội đàm với Thủ tướng Thái Lan Srettha Thavisin.',
    ].join('\n'));
    const meeting = g.meetings.find((m) => m.name.startsWith('Cuộc gặp gỡ'))!;
    expect(names(meeting.participants)).toEqual(['Phan Thanh Hải', 'Nguyễn Thị Lan']);
    expect(meeting.start).toMatchObject({ year: 2024, month: 3, day: 4 });
  });
});

describe('a ceremony that names the anniversary it marks', () => {
  it('is in the year it is held, not the year its name recalls', () => {
    const { g } = graphOf([
      'Đại sứ quán Việt Nam tại Anh kỷ niệm Quốc khánh',
      'Ngày 12/9 (giờ địa phương), tại London, Lễ kỷ niệm 79 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (2/9/1945 - 2/9/2024) đã diễn ra trang trọng.',
      'Năm 2024 đánh dấu nhiều bước tiến trong quan hệ hai nước, theo Đại sứ Nguyễn Văn Long.',
    ].join('\n'));
    const ceremony = g.meetings.find((m) => m.name.startsWith('Lễ kỷ niệm'))!;
    expect(ceremony.start).toMatchObject({ year: 2024, month: 9, day: 12 });
  });
});

describe('a talk named for persons of the sentences before it', () => {
  it('has them as participants, on the day the lead gives rather than the first day of the visit', () => {
    const { g, names } = graphOf([
      'Việt Nam và Chile nâng cấp quan hệ',
      'Tổng thống Cộng hòa Chile Gabriel Boric được Chủ tịch nước Đặng Minh Tâm đón chính thức tại Phủ Chủ tịch sáng 4/4/2024, trong chuyến thăm cấp Nhà nước từ ngày 3 đến 5/4. Kết thúc nghi lễ, hai nguyên thủ bước vào hội đàm.',
    ].join('\n'));
    const talk = g.meetings.find((m) => m.name.startsWith('Hội đàm'))!;
    expect(names(talk.participants).sort()).toEqual(['Gabriel Boric', 'Đặng Minh Tâm'].sort());
    expect(talk.start).toMatchObject({ year: 2024, month: 4, day: 4 });
  });
});

describe('a reception of a guest who holds two titles', () => {
  it('reads the guest after the titles written before the one the name carries', () => {
    const { g, names } = graphOf(
      'Chiều 2/10/2025, Tổng Bí thư Hoàng Văn Đức tiếp Chủ tịch Quốc hội Chính quyền nhân dân, Chủ tịch Hội đồng Nhà nước Cộng hòa Cuba Juan Esteban Pérez, người đang thăm Việt Nam.',
    );
    const reception = g.meetings.find((m) => m.name.startsWith('Cuộc tiếp'))!;
    expect(names(reception.participants)).toEqual(['Hoàng Văn Đức', 'Juan Esteban Pérez']);
  });

  it('not when the words before the comma are no title', () => {
    const { g } = graphOf('Chiều 2/10/2025, Tổng Bí thư Hoàng Văn Đức tiếp tục chương trình, Chủ tịch Hội đồng Nhà nước Cộng hòa Cuba Juan Esteban Pérez đến Hà Nội.');
    expect(g.meetings.filter((m) => m.name.startsWith('Cuộc tiếp'))).toHaveLength(0);
  });
});

describe('a ceremony\'s guests and its headline', () => {
  const page = [
    'Lễ kỷ niệm 79 năm Quốc khánh Việt Nam tại Paris',
    'Ngày 10/9 (giờ địa phương), Lễ kỷ niệm 79 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (2/9/1945 - 2/9/2024) đã diễn ra tại Paris.',
    'Tham dự buổi lễ có Bộ trưởng Bộ Tài chính Trần Văn Bình; Chủ tịch Thượng viện Pháp Gérard Larcher cùng khoảng 200 khách mời.',
    'Dự lễ đón có Đại sứ Nguyễn Thị Hoa.',
  ].join('\n');

  it('the body tells of the headline\'s ceremony: one meeting, the guests listed after it its participants', () => {
    const { g, names } = graphOf(page);
    const ceremonies = g.meetings.filter((m) => m.name.startsWith('Lễ kỷ niệm'));
    expect(ceremonies).toHaveLength(1);
    expect(names(ceremonies[0]!.participants)).toEqual(['Trần Văn Bình', 'Gérard Larcher']);
  });
});

describe('a conference of a body named for its member countries', () => {
  it('keeps "các quốc gia Đông Nam Á" in the name, and the person opening it takes part', () => {
    const { g, names } = graphOf('Sáng 8/10/2025, tại Kuala Lumpur, Chủ tịch Hạ viện Malaysia Johari Abdul khai mạc Đại hội đồng Liên nghị viện các quốc gia Đông Nam Á lần thứ 46 (AIPA-46).');
    const assembly = g.meetings.find((m) => m.ordinal === 46)!;
    expect(assembly.name).toContain('Liên nghị viện các quốc gia Đông Nam Á');
    expect(names(assembly.participants)).toEqual(['Johari Abdul']);
  });
});

describe('a council that meets', () => {
  it('"A và B cùng họp ngày …, lần lượt tại X và Y": two meetings, each in its own city', () => {
    const { g } = graphOf('Ngày 3/3/2025, Hội đồng Cộng đồng Chính trị - An ninh và Hội đồng Cộng đồng Kinh tế cùng họp ngày 3/3, lần lượt tại Hà Nội và Đà Nẵng.');
    const byName = Object.fromEntries(g.meetings.map((m) => [m.name, m.city]));
    expect(byName).toEqual({ 'Hội nghị Hội đồng Cộng đồng Chính trị - An ninh': 'Hà Nội', 'Hội nghị Hội đồng Cộng đồng Kinh tế': 'Đà Nẵng' });
  });

  it('not a session named on its own, nor a press conference', () => {
    const { g } = graphOf('Ủy ban Thường vụ Quốc hội họp phiên thứ 40. Hội đồng Bảo an họp báo sau đó.');
    expect(g.meetings.filter((m) => m.name.startsWith('Hội nghị Ủy ban') || m.name.startsWith('Hội nghị Hội đồng'))).toHaveLength(0);
  });
});

describe('named events', () => {
  it('an event named in quotation marks, and a programme someone holds, with the person speaking there', () => {
    const { g, names } = graphOf(
      'Ngày 5/2/2025, Bộ trưởng Trần Văn Bình chủ trì sự kiện "Kết nối đầu tư xanh Việt Nam - châu Âu" tại Brussels. ' +
        'Tối 8/2/2025, Đại sứ Việt Nam tại Pháp Nguyễn Thị Hoa nói tại chương trình Tết Cộng đồng 2025 do Đại sứ quán tổ chức ở Paris.',
    );
    expect(g.meetings.map((m) => m.name)).toEqual(expect.arrayContaining(['Sự kiện "Kết nối đầu tư xanh Việt Nam - châu Âu"', 'Chương trình Tết Cộng đồng 2025']));
    const programme = g.meetings.find((m) => m.name.startsWith('Chương trình'))!;
    expect(names(programme.participants)).toEqual(['Nguyễn Thị Hoa']);
    expect(programme.start).toMatchObject({ year: 2025, month: 2, day: 8 });
  });
});

describe('a party congress', () => {
  it('is its party\'s, and held where "tại Thủ đô X" says', () => {
    const { g } = graphOf('Từ ngày 5 đến 8/1/2026, Đại hội đại biểu toàn quốc lần thứ XI của Đảng Nhân dân Cách mạng Lào đã họp tại Thủ đô Vientiane.');
    const congress = g.meetings.find((m) => m.ordinal === 11)!;
    expect(congress.name).toBe('Đại hội đại biểu toàn quốc lần thứ XI của Đảng Nhân dân Cách mạng Lào');
    expect(congress.city).toBe('Vientiane');
  });
});

describe('the opening meeting of a body', () => {
  it('"dự cuộc họp khai mạc Hội đồng X": a meeting named to the comma, its attendee taking part', () => {
    const { g, names } = graphOf('Ngày 3/3/2026, tại Geneva, Thủ tướng Phan Thanh Hải dự cuộc họp khai mạc Hội đồng Nhân quyền về Biến đổi khí hậu, và phát biểu.');
    const opening = g.meetings.find((m) => m.name.startsWith('Cuộc họp khai mạc'))!;
    expect(opening.name).toBe('Cuộc họp khai mạc Hội đồng Nhân quyền về Biến đổi khí hậu');
    expect(names(opening.participants)).toEqual(['Phan Thanh Hải']);
  });
});
