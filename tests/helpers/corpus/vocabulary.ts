// Word banks of the synthetic corpus. Names of people, places, series, titles and verbs come from the
// project's lexicons (src/lexicon), so the extractor meets the same vocabulary as in real news;
// the banks here only add the connective prose the lexicons do not hold.
import { COUNTRIES } from '../../../src/lexicon/countries.ts';
import { VIETNAMESE_FAMILY_NAMES } from '../../../src/lexicon/family-names.ts';
import { MEETING_SERIES } from '../../../src/lexicon/meeting-series.ts';
import { CITIES } from '../../../src/lexicon/places.ts';
import { SPEECH_VERBS } from '../../../src/lexicon/speech-verbs.ts';
import { TITLES } from '../../../src/lexicon/titles.ts';

const known = new Set(TITLES.map((t) => t.title));
/** Only titles the lexicon knows, so the generator cannot drift from the extractor. */
function titles(list: string[]): string[] {
  const missing = list.filter((t) => !known.has(t));
  if (missing.length) throw new Error(`corpus titles missing from src/lexicon/titles.ts: ${missing.join(', ')}`);
  return list;
}

export const VN_TITLES = titles([
  'Bộ trưởng Ngoại giao', 'Thứ trưởng Ngoại giao', 'Thứ trưởng Thường trực Bộ Ngoại giao', 'Phó Thủ tướng', 'Thủ tướng',
  'Chủ tịch Quốc hội', 'Phó Chủ tịch Quốc hội', 'Đại sứ', 'Người phát ngôn', 'Trưởng SOM', 'Bộ trưởng Quốc phòng',
  'Bộ trưởng Công Thương', 'Trợ lý Bộ trưởng', 'Tổng Lãnh sự', 'Vụ trưởng',
]);
export const FOREIGN_TITLES = titles([
  'Ngoại trưởng', 'Bộ trưởng Ngoại giao', 'Thủ tướng', 'Tổng thống', 'Phó Tổng thống', 'Đại sứ', 'Thứ trưởng Ngoại giao',
  'Bộ trưởng Quốc phòng', 'Bộ trưởng Thương mại', 'Đặc phái viên', 'Trợ lý Ngoại trưởng',
]);

export const FAMILY_NAMES = [...new Set(VIETNAMESE_FAMILY_NAMES)].filter((n) => n.length > 1);
export const MIDDLE_NAMES = [
  'Văn', 'Thị', 'Thanh', 'Minh', 'Quốc', 'Hoàng', 'Đức', 'Hữu', 'Ngọc', 'Xuân', 'Thu', 'Kim', 'Hồng', 'Anh', 'Trọng',
  'Công', 'Bá', 'Đình', 'Mạnh', 'Tuấn', 'Phương', 'Hải', 'Quang', 'Việt',
];
export const GIVEN_NAMES = [
  'Sơn', 'Hùng', 'Dũng', 'Lan', 'Hà', 'Nam', 'Bình', 'Chính', 'Trung', 'Hiếu', 'Long', 'Phúc', 'Tâm', 'Thắng', 'Hương',
  'Giang', 'Hằng', 'Tuấn', 'Khánh', 'Quân', 'Vinh', 'Thảo', 'Yến', 'Cường', 'Hoa', 'Linh', 'Toàn', 'Thành', 'Huy',
  'Lâm', 'Nghĩa', 'Đạt', 'Duy', 'Hải', 'Tùng', 'Mai', 'Nhung', 'Trang', 'Vân', 'Khoa', 'Phong', 'Kiên', 'Lộc', 'Nhân',
];
export const FOREIGN_GIVEN = [
  'Retno', 'Sergey', 'Antony', 'Penny', 'Vivian', 'Melanie', 'Annalena', 'Catherine', 'Marise', 'Enrique', 'Prak',
  'Saleumxay', 'Theresa', 'Alan', 'Mohamad', 'Don', 'Winston', 'Jaishankar', 'Peter', 'Hakan', 'Radek', 'Sigrid',
  'Josep', 'Ivan', 'Kamal', 'Olga', 'Lucia', 'Mateo', 'Yoko', 'Hiroshi', 'Park', 'Cho', 'Rahul', 'Ahmed', 'Fatima',
  'Andrea', 'Stefan', 'Marta', 'Tomas', 'Elena',
];
export const FOREIGN_FAMILY = [
  'Marsudi', 'Kuznetsov', 'Walters', 'Harding', 'Balakrishnan', 'Joly', 'Baerbock', 'Colonna', 'Payne', 'Manalo',
  'Sokhonn', 'Kommasith', 'Lazaro', 'Hasan', 'Ramos', 'Moreno', 'Fischer', 'Novak', 'Larsen', 'Bakker', 'Rossi',
  'Silva', 'Kowalski', 'Petrov', 'Haddad', 'Suzuki', 'Tanaka', 'Mehta', 'Okafor', 'Costa', 'Dubois', 'Schmidt',
  'Jansen', 'Lindqvist', 'Andersen', 'Horvat', 'Duarte', 'Ortega', 'Nakamura', 'Sato',
];

export const FOREIGN_COUNTRIES = COUNTRIES.filter((c) => c.code !== 'VN');
export const VN = COUNTRIES.find((c) => c.code === 'VN')!;

export const CITIES_BY_COUNTRY = new Map<string, string[]>();
for (const c of CITIES) CITIES_BY_COUNTRY.set(c.countryCode, [...(CITIES_BY_COUNTRY.get(c.countryCode) ?? []), c.name]);
export const HOST_COUNTRIES = FOREIGN_COUNTRIES.filter((c) => CITIES_BY_COUNTRY.has(c.code)).concat(VN);

/** Series that take an ordinal ("lần thứ 56") and series named with their year; PMCs take a partner. */
export const NUMBERED_SERIES = MEETING_SERIES.filter((s) => s.numbering && !s.name.includes('{p}') && s.key !== 'CPV-CONGRESS');
export const YEARLY_SERIES = MEETING_SERIES.filter((s) => s.annual && !s.numbering && !s.name.includes('{p}'));
export const PARTNER_SERIES = MEETING_SERIES.filter((s) => s.key === 'PMC' || s.key === 'ASEAN-PARTNER-SUMMIT');
export const PARTNERS = ['Trung Quốc', 'Nhật Bản', 'Hàn Quốc', 'Ấn Độ', 'Australia', 'New Zealand', 'Canada', 'Nga', 'Hoa Kỳ', 'EU'];

export const VERBS = Object.keys(SPEECH_VERBS).filter((v) => !['nói', 'thông tin', 'tin tưởng', 'giới thiệu', 'cập nhật'].includes(v));

export const SUBJECTS = [
  'hai nước cần', 'các bên cần', 'ASEAN cần', 'Việt Nam sẵn sàng', 'các nước thành viên cần', 'hai bên sẽ', 'khu vực cần',
  'cộng đồng quốc tế cần', 'các đối tác cần', 'hai Bộ Ngoại giao sẽ',
];
export const ACTIONS = [
  'tăng cường hợp tác', 'thúc đẩy đối thoại', 'duy trì hòa bình, ổn định', 'đẩy mạnh kết nối', 'mở rộng thương mại',
  'tăng cường tin cậy chiến lược', 'phối hợp chặt chẽ', 'thúc đẩy đầu tư', 'hợp tác ứng phó biến đổi khí hậu',
  'bảo đảm an ninh lương thực', 'thúc đẩy chuyển đổi số', 'hợp tác phục hồi kinh tế', 'giải quyết hòa bình các tranh chấp',
];
export const SCOPES = [
  'trong lĩnh vực kinh tế, thương mại', 'ở khu vực và trên thế giới', 'trên cơ sở luật pháp quốc tế, trong đó có UNCLOS 1982',
  'tại các diễn đàn đa phương', 'trong khuôn khổ ASEAN', 'vì lợi ích của nhân dân hai nước', 'trong giai đoạn tới',
  'ở Biển Đông', 'trong lĩnh vực giáo dục, văn hóa', 'về năng lượng tái tạo', 'về y tế công cộng',
];
export const TOPICS = [
  'tình hình Biển Đông', 'hợp tác kinh tế', 'an ninh khu vực', 'biến đổi khí hậu', 'chuyển đổi số', 'an ninh lương thực',
  'hợp tác giáo dục', 'giao lưu nhân dân', 'kết nối hạ tầng', 'phục hồi sau đại dịch',
];
export const FORMATS = ['theo hình thức trực tiếp', 'theo hình thức trực tuyến', 'theo hình thức kết hợp trực tiếp và trực tuyến', ''];
export const DAY_PARTS = ['Ngày', 'Sáng', 'Chiều', 'Tối'];
