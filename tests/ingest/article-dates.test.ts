// How an article dates itself (date line, dateline) and the events it tells of (relative days, the
// narration's day, the year). Example sentences are our own, not the development corpus'.
import { describe, expect, it } from 'vitest';
import { findHeader } from '../../src/ingest/article-header.ts';
import { findDates } from '../../src/ingest/dates.ts';
import { dateLineDate, readDateline } from '../../src/ingest/dateline.ts';
import { extractDocument } from '../../src/ingest/pipeline.ts';
import { datelineYear, publishedDate } from '../../src/ingest/published-date.ts';
import { relativeDates } from '../../src/ingest/relative-dates.ts';

describe('date lines', () => {
  it.each([
    ['05/03/2024 09:12 | Thế giới | Minh Châu', { day: 5, month: 3, year: 2024 }],
    ['Chủ nhật, 6/4/2025 - 21:40', { day: 6, month: 4, year: 2025 }],
    ['Thứ Hai, 12/05/2025 | 07:00 GMT+7 | Lan Hương (từ Paris)', { day: 12, month: 5, year: 2025 }],
    ['18/10/2019 16:45 GMT+7', { day: 18, month: 10, year: 2019 }],
    ['Cập nhật: 02/01/2024 08:30', { day: 2, month: 1, year: 2024 }],
    ['2024-07-19 10:05', { day: 19, month: 7, year: 2024 }],
  ])('%s', (line, date) => expect(dateLineDate(line)).toEqual(date));

  it.each([
    'Ngày 9/6/2024 lúc 15:00, Thủ tướng tiếp Bộ trưởng Thương mại Peru tại Trụ sở Chính phủ.',
    'Ngày 9/6/2024, Thủ tướng tiếp Bộ trưởng Thương mại Peru.',
    'Thủ tướng tiếp Bộ trưởng Thương mại Peru',
    '32/13/2024 10:00',
    '30/02/2024 10:00',
  ])('not a date line: %s', (line) => expect(dateLineDate(line)).toBeNull());
});

describe('datelines', () => {
  it('reads place, day and agency, and how much of the line they take', () => {
    const line = 'CẦN THƠ, 21/4 (TTXVN) - Sáng nay, đoàn đại biểu Campuchia thăm thành phố.';
    const d = readDateline(line)!;
    expect(d).toMatchObject({ place: 'CẦN THƠ', date: { day: 21, month: 4 }, agency: 'TTXVN' });
    expect(line.slice(d.length)).toBe('Sáng nay, đoàn đại biểu Campuchia thăm thành phố.');
  });

  it.each([
    ['Huế (Chinhphu.vn) - Chiều 3/3, Phó Thủ tướng làm việc với tỉnh.', { place: 'Huế', agency: 'Chinhphu.vn', date: null }],
    ['(VOV) - Tối qua, hai nước giao lưu văn nghệ.', { place: null, agency: 'VOV', date: null }],
    ['PARIS, 8/11/2023 - Hội nghị khai mạc.', { place: 'PARIS', date: { day: 8, month: 11, year: 2023 } }],
  ])('%s', (line, shape) => expect(readDateline(line)).toMatchObject(shape));

  it.each([
    'Việt Nam - Hàn Quốc nhất trí nâng kim ngạch thương mại.',
    'ASEAN - Nhật Bản ký kết thỏa thuận mới.',
    'Thủ tướng Phạm Minh Chính (phải) - người chủ trì cuộc họp - phát biểu.',
    'Ảnh (Ảnh: Quang Hòa) - tư liệu.',
  ])('not a dateline: %s', (line) => expect(readDateline(line)).toBeNull());
});

describe('the year of a dateline', () => {
  it('is the year the reported events lead up to, not an anniversary recalled on the same day', () => {
    const text = 'Lễ kỷ niệm Quốc khánh (2/9/1945 - 2/9/2025) diễn ra tối 1/9. Hồi tháng 8/2025, hai bên đã ký kết.';
    expect(datelineYear({ day: 2, month: 9 }, findDates(text))).toBe(2025);
  });

  it('follows the events into the next year', () => {
    const text = 'Trước đó, ngày 28/12/2023, hai Bộ trưởng đã điện đàm. Năm 2024 là năm hữu nghị.';
    expect(publishedDate({ day: 4, month: 1 }, text)).toEqual({ day: 4, month: 1, year: 2024 });
  });

  it('stays unknown when the article names no year', () => {
    expect(publishedDate({ day: 4, month: 1 }, 'Sáng nay, hai bên hội đàm.')).toEqual({ day: 4, month: 1 });
  });
});

describe('relative days', () => {
  const day = { day: 1, month: 3, year: 2024 };
  const read = (text: string) => relativeDates(text, day).map((d) => [d.text, d.from]);

  it('reads the day against the article\'s', () => {
    expect(read('Tối qua, đoàn đến Hà Nội. Hôm nay, hai bên hội đàm; chiều mai đoàn rời Việt Nam.')).toEqual([
      ['Tối qua', { day: 29, month: 2, year: 2024 }],
      ['Hôm nay', { day: 1, month: 3, year: 2024 }],
      ['chiều mai', { day: 2, month: 3, year: 2024 }],
    ]);
  });

  it('leaves a written date to dates.ts, and figures of speech alone', () => {
    expect(read('Hôm qua (28/2), Thủ tướng tiếp Đại sứ.')).toEqual([]);
    expect(read('Các thế hệ hôm nay và mai sau ghi nhớ điều đó; ngày nay quan hệ hai nước phát triển.')).toEqual([]);
  });

  it('needs the article\'s day', () => expect(relativeDates('Hôm qua, hai bên hội đàm.', null)).toEqual([]));
});

describe('written dates', () => {
  it('drops a date restated in another time zone', () => {
    expect(findDates('Ngày 3/5 (giờ địa phương, tức rạng sáng 4/5 giờ Hà Nội), hai bên hội đàm.').map((d) => d.text)).toEqual(['3/5']);
  });

  it('marks where a span starts', () => {
    expect(findDates('Quan hệ phát triển kể từ ngày 12/7/1995.')[0]).toMatchObject({ since: true });
  });
});

describe('page headers', () => {
  it('finds the headline above the date line, past menus and tickers', () => {
    const lines = ['Trang chủ › Thế giới › Châu Á', 'Nóng: Bão số 3 • Giá xăng', 'Việt Nam và Chile ký hiệp định', '07/08/2024 10:00 | Đối ngoại', 'Sáng 7/8, hai bên ký kết.'];
    expect(findHeader(lines)).toEqual({ title: 2, dateLine: { index: 3, date: { day: 7, month: 8, year: 2024 } } });
  });

  it('finds the headline below a date line that comes first', () => {
    expect(findHeader(['Thứ Năm, 8/8/2024 - 09:00', 'Thủ tướng tiếp Đại sứ Chile', 'Sáng 8/8, Thủ tướng tiếp Đại sứ.']).title).toBe(1);
  });
});

describe('dates from the narration', () => {
  const page = [
    'Phó Thủ tướng làm việc với Bộ trưởng Nông nghiệp Chile',
    'SANTIAGO, 10/10 - Sáng 9/10/2024 (giờ địa phương), Phó Thủ tướng Trần Lưu Quang làm việc với Bộ trưởng Nông nghiệp Chile Esteban Valenzuela.',
    'Phó Thủ tướng Trần Lưu Quang đề nghị hai bên sớm mở cửa thị trường cho trái cây của nhau.',
    'Trước đó, ngày 3/5/2024, hai Bộ trưởng đã gặp nhau tại Hà Nội.',
    'Chile là đối tác thương mại lớn của Việt Nam tại Mỹ Latinh.',
    'Cũng trong chuyến thăm, Phó Thủ tướng Trần Lưu Quang khẳng định Việt Nam coi trọng quan hệ với Chile.',
  ].join('\n');

  it('gives the article its day from the dateline, with the year of its events', async () => {
    const { segmented } = extractDocument(page);
    expect(segmented.articles[0]!.published).toEqual({ day: 10, month: 10, year: 2024 });
  });

  it('dates a statement by the day its paragraph or the one before is at, else by the lead paragraph\'s day', () => {
    const { graph } = extractDocument(page);
    const said = graph.statements.map((s) => [s.verb, s.saidOn]);
    expect(said).toContainEqual(['đề nghị', { day: 9, month: 10, year: 2024 }]);
    expect(said).toContainEqual(['khẳng định', { day: 9, month: 10, year: 2024 }]);
  });
});
