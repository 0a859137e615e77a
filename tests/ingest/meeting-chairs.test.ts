// Who chairs a meeting and where it is held, on sentences written for these tests: the shapes of
// meeting-chairs.ts, titled-chairs.ts, grouped-chairs.ts, series-chairs.ts and inherit-chairs.ts, and
// the places of extract-meeting.ts and meeting-defaults.ts.
import { describe, expect, it } from 'vitest';
import { graphOf } from '../helpers/extracted-graph.ts';

describe('chairs named around the meeting', () => {
  it('reads a rotating office with its year before the name', () => {
    const { chairs } = graphOf('Sáng 26/10/2026, Tổng thống Philippines, Chủ tịch ASEAN 2026 Ferdinand Marcos chủ trì khai mạc Hội nghị Cấp cao ASEAN lần thứ 49 tại Manila.');
    expect(chairs('Cấp cao ASEAN')).toEqual(['Ferdinand Marcos']);
  });

  it('reads "Điều hành <meeting> là A"', () => {
    const { chairs } = graphOf('Chiều 4/3/2025, tại Đà Nẵng, Diễn đàn Thanh niên Mekong lần thứ 2 đã bế mạc. Điều hành phiên bế mạc là ông Somsak Chaiyaporn, đại biểu Thái Lan.');
    expect(chairs('Phiên bế mạc')).toEqual(['Somsak Chaiyaporn']);
  });

  it('reads every co-chair of a list, and co-chairs each with a title in apposition', () => {
    const list = graphOf('Lễ khai mạc Diễn đàn Nghị viện châu Á lần thứ 5 sáng 3/4/2025 do Chủ tịch Quốc hội Hoàng Văn Minh cùng Chủ tịch APPF Kenji Watanabe, Tổng Thư ký APPF Olga Petrova và Phó Chủ tịch APPF Ahmad Rizal đồng chủ trì.');
    expect(list.chairs('Diễn đàn Nghị viện châu Á')).toEqual(['Hoàng Văn Minh', 'Kenji Watanabe', 'Olga Petrova', 'Ahmad Rizal']);
    const apposed = graphOf('Ngày 5/6/2024, tại Hà Nội, Thượng tướng Trần Văn Bình, Thứ trưởng Bộ Quốc phòng, và ông Pavel Sergeyevich Orlov, Thứ trưởng Bộ Năng lượng Nga, đồng chủ trì Kỳ họp lần thứ 12 Ủy ban liên Chính phủ Việt - Nga về hợp tác năng lượng.');
    expect(apposed.chairs('Kỳ họp lần thứ 12')).toEqual(['Trần Văn Bình', 'Pavel Sergeyevich Orlov']);
  });

  it('gives the visitor, not the host who invited him, the meeting he "và đồng chủ trì"', () => {
    const { chairs } = graphOf('Chiều 2/5/2025, Tổng Bí thư Lê Quang Hưng tiếp Chủ tịch Quốc hội Lào Saysomphone Vongkham, người đang thăm chính thức Việt Nam theo lời mời của Chủ tịch Quốc hội Đỗ Thanh Tùng và đồng chủ trì Phiên họp lần thứ nhất Ủy ban hợp tác liên nghị viện Việt Nam - Lào.');
    expect(chairs('Phiên họp lần thứ nhất')).toEqual(['Saysomphone Vongkham']);
  });
});

describe('chairs by title, group, series and umbrella', () => {
  it('takes a person titled chair of the meeting, or of the body\'s numbered session', () => {
    const cop = graphOf('Hội nghị COP30 diễn ra tại Belém từ ngày 10/11/2025. Ngày 20/11, Chủ tịch COP30 Adnan Rahimov kêu gọi các bên đạt thỏa thuận.');
    expect(cop.chairs('COP')).toEqual(['Adnan Rahimov']);
    const unga = graphOf('Ngày 23/9/2025, Thủ tướng Lê Quang Hưng dự Khóa họp thứ 80 Đại hội đồng Liên hợp quốc. Chủ tịch Đại hội đồng Khóa 80 Annalena Baerbock nhấn mạnh vai trò của đối thoại.');
    expect(unga.chairs('Đại hội đồng Liên hợp quốc')).toEqual(['Annalena Baerbock']);
  });

  it('gives a session the chair of its conference', () => {
    const { chairs } = graphOf('Sáng 8/10/2025, Thủ tướng Malaysia Anwar Ibrahim chủ trì khai mạc Hội nghị Cấp cao ASEAN lần thứ 47 tại Kuala Lumpur. Tại phiên toàn thể Hội nghị Cấp cao ASEAN lần thứ 47, các nhà lãnh đạo thông qua Tuyên bố chung.');
    expect(chairs('Phiên toàn thể')).toEqual(['Anwar Ibrahim']);
  });

  it('gives the meetings listed after a group the group\'s chair and city', () => {
    const { chairs, meetingNamed } = graphOf('Đại sứ Trần Minh Khôi chủ trì các cuộc họp của Ủy ban ASEAN tại Canberra. Các cuộc họp gồm cuộc gặp với Bộ Ngoại giao Australia và cuộc gặp giữa ACC với Bộ Quốc phòng Australia.');
    expect(chairs('Bộ Ngoại giao Australia')).toEqual(['Trần Minh Khôi']);
    expect(meetingNamed('Bộ Quốc phòng Australia').city).toBe('Canberra');
  });

  it('takes the ASEAN chair of the year, or the host of an APEC week, when the text names no chair', () => {
    const amm = graphOf('Ngày 8/7/2025, Bộ trưởng Ngoại giao Lê Văn Tâm dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58.');
    expect(amm.meetingNamed('Bộ trưởng Ngoại giao ASEAN').chairCountry).toBe('MY');
    const apec = graphOf('Ngày 28/10/2025, Tuần lễ Cấp cao APEC 2025 chính thức bắt đầu tại Hàn Quốc.');
    expect(apec.meetingNamed('APEC').chairCountry).toBe('KR');
  });
});

describe('the city of a meeting', () => {
  it('reads "ở Thủ đô X", prefers a city to the reporter\'s country, and keeps the city as written', () => {
    const capital = graphOf('Ngày 3/2/2025, tại Trụ sở Ban Thư ký ASEAN ở Thủ đô Jakarta, Bộ trưởng Lê Văn Tâm dự Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN.');
    expect(capital.meetingNamed('hẹp').city).toBe('Jakarta');
    const written = graphOf('Theo phóng viên TTXVN tại Lào, ngày 10/7/2024, tại thủ đô Viêng Chăn, các Bộ trưởng đã dự Hội nghị Ủy ban Hiệp ước Khu vực Đông Nam Á không có vũ khí hạt nhân.');
    expect(written.meetingNamed('Hiệp ước').city).toBe('Viêng Chăn');
  });

  it('places a meeting at the UN headquarters in New York, and a lead talk where the lead puts the day', () => {
    const un = graphOf('Ngày 24/9/2025, tại trụ sở Liên hợp quốc, Chủ tịch nước Đặng Minh Tâm phát biểu tại Phiên thảo luận chung cấp cao Khóa họp thứ 80 Đại hội đồng Liên hợp quốc.');
    expect(un.meetingNamed('Phiên thảo luận chung').city).toBe('New York');
    const lead = graphOf([
      'Đại tướng Trần Văn Bình hội đàm với Bộ trưởng Quốc phòng Chile Maya Fernández',
      'Bộ trưởng Quốc phòng Chile Maya Fernández đã được Đại tướng Trần Văn Bình, Bộ trưởng Bộ Quốc phòng, đón chính thức tại trụ sở Bộ Quốc phòng ở Hà Nội chiều 3/4/2025, mở đầu chuyến thăm chính thức Việt Nam.',
      'Trước khi hội đàm, bà Maya Fernández ghi cảm tưởng vào Sổ vàng.',
      'Đại tướng Trần Văn Bình nhấn mạnh chuyến thăm mang ý nghĩa quan trọng.',
    ].join('\n'));
    expect(lead.meetingNamed('Hội đàm').city).toBe('Hà Nội');
  });
});

describe('a conference named after the chair of another meeting', () => {
  it('is not chaired by it, and keeps its own country over the building of the sentence', () => {
    const { g, meetingNamed, chairs } = graphOf('Chiều 24/11/2025, tại Trụ sở Chính phủ, Chính phủ họp phiên thường kỳ tháng 10/2025 dưới sự chủ trì của Thủ tướng Lê Quang Hưng ngay sau khi Thủ tướng kết thúc chuyến tham dự Hội nghị COP30, thăm làm việc tại Brazil.');
    expect(chairs('thường kỳ')).toEqual(['Lê Quang Hưng']);
    const cop = meetingNamed('COP');
    expect([cop.chairPerson, cop.chairLabel, cop.countryCode]).toEqual([null, null, 'BR']);
    expect(g.meetings.find((m) => m.name.includes('thường kỳ'))!.city).toBe('Hà Nội');
  });
});

describe('a body\'s meetings chaired as a group', () => {
  it('gives the group\'s chair and city to the body\'s meetings named later', () => {
    const { chairs, meetingNamed } = graphOf([
      'Ủy ban ASEAN tại Ottawa (ACO) họp phiên đầu tiên năm 2025',
      'Ngày 14/3/2025, Đại sứ Trần Minh Khôi chủ trì các cuộc họp của Ủy ban ASEAN tại Ottawa (ACO). Các cuộc họp gồm cuộc gặp với Bộ Ngoại giao Canada và cuộc gặp với Bộ Thương mại Canada.',
      'Tại cuộc họp nội bộ của ACO, các Đại sứ thống nhất kế hoạch hoạt động năm 2025.',
      'Đại sứ Trần Minh Khôi nhấn mạnh vai trò trung tâm của ASEAN.',
    ].join('\n'));
    expect(chairs('Bộ Ngoại giao Canada')).toEqual(['Trần Minh Khôi']);
    expect(chairs('nội bộ')).toEqual(['Trần Minh Khôi']);
    expect(meetingNamed('nội bộ').city).toBe('Ottawa');
  });
});
