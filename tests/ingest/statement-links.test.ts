// The meeting each statement was made at, and the umbrella of a meeting, on sentences written for
// these tests: background told before, topics said by another speaker, statements made at no
// meeting (a letter, a news report, a notice, a commentator), a speaker who brings the article back
// to an earlier meeting, an opening address; side meetings and sessions held within a conference.
import { describe, expect, it } from 'vitest';
import { graphOf } from '../helpers/extracted-graph.ts';

/** A full page: a headline, the lines given, and a closing line (a page of three lines or fewer is a teaser list). */
const page = (...lines: string[]) => ['Tin đối ngoại trong ngày', ...lines, 'Chuyến công tác diễn ra trong bối cảnh quan hệ hai nước phát triển tốt đẹp.'].join('\n');

const TALK = 'Chiều 4/6/2024, tại Trụ sở Chính phủ, Thủ tướng Đoàn Minh Khoa hội đàm với Thủ tướng Malaysia Anwar Ibrahim.';

describe('the event a statement was made at', () => {
  it('a meeting told as background ("Trước đó, …") does not hold the paragraphs after it', () => {
    const { said, meeting } = graphOf(page(
      TALK,
      'Trước đó, ngày 2/6, Thủ tướng Anwar Ibrahim đã điện đàm với Tổng thống Indonesia Prabowo Subianto.',
      'Thủ tướng Đoàn Minh Khoa khẳng định Việt Nam coi trọng quan hệ Đối tác chiến lược toàn diện với Malaysia.',
    ));
    expect(said('Đoàn Minh Khoa').meeting).toBe(meeting('Hội đàm'));
  });

  it('a meeting inside what another speaker of the sentence said is a topic, not where either spoke', () => {
    const { said, meeting } = graphOf(page(
      TALK,
      'Thủ tướng Đoàn Minh Khoa chào mừng Thủ tướng Anwar Ibrahim sang thăm, còn Thủ tướng Anwar Ibrahim chúc mừng Việt Nam tổ chức thành công Hội nghị Trung ương 10 khóa XIII.',
    ));
    expect(said('Đoàn Minh Khoa').meeting).toBe(meeting('Hội đàm'));
    expect(said('Anwar Ibrahim').meeting).toBe(meeting('Hội đàm'));
  });

  it('a day written without its year takes this year, not an anniversary\'s founding year', () => {
    const { g, meeting } = graphOf(page(
      'HÀ NỘI, 3/9 - Chiều hôm qua (2/9), Bộ trưởng Công Thương Lý Quốc Bảo điện đàm với Bộ trưởng Thương mại Chile Rodrigo Aguirre.',
      'Ông Rodrigo Aguirre chúc mừng Việt Nam kỷ niệm 80 năm Quốc khánh (2/9/1945 - 2/9/2025).',
    ));
    expect(g.meetings[meeting('Điện đàm')]!.start).toMatchObject({ year: 2025, month: 9, day: 2 });
  });

  it('a head alone ("hội nghị") points at the conference reported, not at one told as background', () => {
    const { said, meeting } = graphOf(page(
      'Ngày 12/11/2024, Thủ tướng Đoàn Minh Khoa dự Hội nghị lần thứ 29 các Bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu (COP29) tại Baku.',
      'Lần gần nhất Thủ tướng Đoàn Minh Khoa dự hội nghị khí hậu của Liên hợp quốc là COP28 tại Dubai.',
      'Những ngày cuối hội nghị, Chủ tịch COP29 Mukhtar Babayev kêu gọi các bên sớm đạt thỏa thuận về tài chính khí hậu.',
    ));
    expect(said('Mukhtar Babayev').meeting).toBe(meeting('lần thứ 29'));
  });

  it('an opening address was made at the conference\'s plenary when no opening ceremony is told of', () => {
    const { said, meeting } = graphOf(page(
      'Sáng 7/10/2024, Thủ tướng Lào Sonexay Siphandone khai mạc Hội nghị Cấp cao ASEAN lần thứ 44 tại Vientiane.',
      'Phát biểu khai mạc, Thủ tướng Sonexay Siphandone kêu gọi ASEAN tăng cường kết nối và tự cường.',
      'Tại phiên toàn thể, Thủ tướng Đoàn Minh Khoa đề nghị ASEAN giữ vững đoàn kết.',
    ));
    expect(said('Sonexay Siphandone').meeting).toBe(meeting('Phiên toàn thể'));
  });
});

describe('statements made at no meeting', () => {
  it('a letter, a news outlet\'s report and a ministry\'s notice of what is to come', () => {
    const { said } = graphOf(page(
      TALK,
      'Trong thư chúc mừng gửi ngày 1/6, Chủ tịch nước Trịnh Văn Hòa khẳng định quan hệ hai nước ngày càng bền chặt.',
      'Hôm 3/6, báo New Straits Times đưa tin Thủ tướng Việt Nam sẽ có chuyến thăm chính thức Malaysia.',
      'Bộ Ngoại giao Malaysia thông báo hai Thủ tướng sẽ chứng kiến lễ ký các văn kiện hợp tác.',
    ));
    expect(said('Trịnh Văn Hòa').meeting).toBeNull();
    expect(said('New Straits Times').meeting).toBeNull();
    expect(said('Bộ Ngoại giao Malaysia').meeting).toBeNull();
  });

  it('a commentator who took part in no meeting, and what he says in the sentences after', () => {
    const { said, meeting } = graphOf(page(
      TALK,
      'Thủ tướng Anwar Ibrahim cảm ơn sự đón tiếp trọng thị của Việt Nam.',
      'Giáo sư Carl Hoffmann, chuyên gia Đại học Quốc gia Singapore, nhận định chuyến thăm mở ra giai đoạn hợp tác mới.',
    ));
    expect(said('Anwar Ibrahim', 'cảm ơn').meeting).toBe(meeting('Hội đàm'));
    expect(said('Carl Hoffmann').meeting).toBeNull();
  });

  it('a side at the talks saying what it will do is no notice', () => {
    const { said, meeting } = graphOf(page(
      TALK,
      'Phía Malaysia cho biết sẽ tạo điều kiện cho hàng nông sản Việt Nam vào thị trường nước này.',
    ));
    expect(said('Malaysia').meeting).toBe(meeting('Hội đàm'));
  });

  it('a message sent to a meeting was read at it', () => {
    const { said, meeting } = graphOf(page(
      'Sáng 12/5/2024, Hội nghị Nghị sĩ nữ toàn cầu lần thứ 5 khai mạc tại Hà Nội.',
      'Trong thông điệp gửi tới lễ khai mạc, Chủ tịch nước Trịnh Văn Hòa mong các nữ nghị sĩ là cầu nối giữa nhân dân các nước.',
    ));
    expect(said('Trịnh Văn Hòa').meeting).toBe(meeting('Phiên khai mạc'));
  });
});

describe('a speaker who took part in an earlier meeting', () => {
  it('brings the article back to that meeting, for what follows too', () => {
    const { said, meeting } = graphOf(page(
      'Ngày 8/3/2024, tại Canberra, các Đại sứ ASEAN có cuộc gặp làm việc với Tổng thư ký ASEAN Kao Kim Hourn và cuộc họp nội bộ của Ủy ban ASEAN.',
      'Tại cuộc họp nội bộ của Ủy ban ASEAN, Đại sứ Hồ Thanh Bình chúc mừng Đại sứ quán Lào hoàn thành vai trò Chủ tịch Ủy ban.',
      'Tổng thư ký ASEAN Kao Kim Hourn nhấn mạnh ASEAN đang xây dựng Tầm nhìn sau 2025.',
      'Các Đại sứ và Tổng thư ký khẳng định quyết tâm xây dựng Cộng đồng ASEAN đoàn kết.',
    ));
    const workingMeeting = meeting('Tổng thư ký ASEAN Kao Kim Hourn');
    expect(said('Hồ Thanh Bình').meeting).toBe(meeting('nội bộ'));
    expect(said('Kao Kim Hourn').meeting).toBe(workingMeeting);
    expect(said('Các Đại sứ').meeting).toBe(workingMeeting);
  });
});

describe('the umbrella of a meeting', () => {
  it('"trong thời gian dự X": a side meeting while attending X', () => {
    const { g, meeting } = graphOf('Chiều 15/11/2024, trong thời gian dự Hội nghị Cấp cao APEC tại Lima, Thủ tướng Đoàn Minh Khoa gặp Thủ tướng Canada Justin Trudeau.');
    expect(g.meetings[meeting('Justin Trudeau')]!.parent).toBe(meeting('Hội nghị Cấp cao APEC'));
  });

  it('"…, sự kiện tâm điểm của X": the meeting named before is held within X', () => {
    const { g, meeting } = graphOf('Ngày 22/9/2024, Chủ tịch nước Trịnh Văn Hòa dự Hội nghị Thượng đỉnh Tương lai, sự kiện tâm điểm của Tuần lễ cấp cao Đại hội đồng Liên hợp quốc Khóa 79.');
    expect(g.meetings[meeting('Thượng đỉnh Tương lai')]!.parent).toBe(meeting('Tuần lễ cấp cao'));
  });

  it('a meeting the sentence calls another session of a conference is held within it', () => {
    const { g, meeting } = graphOf(page(
      'Sáng 10/5/2024, Hội nghị Cấp cao ASEAN lần thứ 44 khai mạc tại Vientiane.',
      'Ngoài phiên toàn thể và phiên họp hẹp, lãnh đạo ASEAN còn có các phiên đối thoại với đại diện Hội đồng Tư vấn Kinh doanh ASEAN (ABAC).',
    ));
    expect(g.meetings[meeting('Đối thoại với đại diện')]!.parent).toBe(meeting('Hội nghị Cấp cao ASEAN lần thứ 44'));
  });
});
