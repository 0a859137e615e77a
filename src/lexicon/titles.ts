// Titles and offices that introduce a person's name. Longest match wins, so compound titles
// ("Phó Thủ tướng kiêm Bộ trưởng Ngoại giao") are read whole; "kiêm" and commas chain titles.
// `country` is the office's country when the title itself implies it; `org` its organisation.
export interface TitleEntry {
  title: string;
  country?: string;
  org?: string;
  /** Also a given name ("Sultan Ahmed Al Jaber"): inside a complement it does not end the walk. */
  alsoName?: boolean;
  /** Only capitalised: written in lower case the word is a common one ("tăng trưởng" is growth). */
  cased?: boolean;
  /** A monarch's title: the one-word name after it is a whole name ("Quốc vương Salman"). */
  singleName?: boolean;
}

export const TITLES: TitleEntry[] = [
  { title: 'Tổng Bí thư' }, { title: 'Chủ tịch nước', country: 'VN' }, { title: 'Phó Chủ tịch nước', country: 'VN' },
  { title: 'Quyền Chủ tịch nước', country: 'VN' }, { title: 'Chủ tịch Quốc hội' }, { title: 'Phó Chủ tịch Quốc hội' },
  { title: 'Phó Chủ tịch Thường trực Quốc hội', country: 'VN' }, { title: 'Chủ tịch' }, { title: 'Phó Chủ tịch' },
  { title: 'Thủ tướng' }, { title: 'Phó Thủ tướng' }, { title: 'Phó Thủ tướng Thường trực' }, { title: 'Thủ tướng Chính phủ', country: 'VN' },
  { title: 'Tổng thống' }, { title: 'Phó Tổng thống' }, { title: 'Quốc vương', singleName: true }, { title: 'Nhà vua', singleName: true }, { title: 'Hoàng đế', singleName: true },
  { title: 'Nữ hoàng', singleName: true }, { title: 'Tiểu vương', singleName: true }, { title: 'Thái tử', singleName: true }, { title: 'Sultan', alsoName: true, singleName: true },
  { title: 'Bộ trưởng Ngoại giao' }, { title: 'Bộ trưởng Bộ Ngoại giao' }, { title: 'Bộ trưởng Quốc phòng' },
  { title: 'Bộ trưởng Bộ Quốc phòng' }, { title: 'Bộ trưởng Thương mại' }, { title: 'Bộ trưởng Bộ Công Thương' },
  { title: 'Bộ trưởng Công Thương' }, { title: 'Bộ trưởng Tài chính' }, { title: 'Bộ trưởng Bộ Tài chính' },
  { title: 'Bộ trưởng Kinh tế' }, { title: 'Bộ trưởng Y tế' }, { title: 'Bộ trưởng Bộ Y tế' }, { title: 'Bộ trưởng Nội vụ' },
  { title: 'Bộ trưởng Bộ Công an' }, { title: 'Bộ trưởng Công an' }, { title: 'Bộ trưởng Bộ Kế hoạch và Đầu tư' },
  { title: 'Bộ trưởng' }, { title: 'Ngoại trưởng' }, { title: 'Thứ trưởng Ngoại giao' }, { title: 'Thứ trưởng Thường trực Bộ Ngoại giao' },
  { title: 'Thứ trưởng Bộ Ngoại giao' }, { title: 'Thứ trưởng Thường trực' }, { title: 'Thứ trưởng' },
  { title: 'Trợ lý Ngoại trưởng' }, { title: 'Trợ lý Bộ trưởng' }, { title: 'Trợ lý' },
  { title: 'Tổng thư ký' }, { title: 'Phó Tổng thư ký' }, { title: 'Tổng Thư ký' },
  { title: 'Đại sứ' }, { title: 'Đại biện' }, { title: 'Tổng Lãnh sự' }, { title: 'Lãnh sự' }, { title: 'Đặc phái viên' },
  { title: 'Đặc sứ' }, { title: 'Người phát ngôn' }, { title: 'Người Phát ngôn' }, { title: 'Phát ngôn viên' },
  { title: 'Điều phối viên' }, { title: 'Cố vấn An ninh quốc gia' }, { title: 'Cố vấn' }, { title: 'Đại diện Thương mại' },
  { title: 'Đại diện cấp cao' }, { title: 'Đại diện thường trực' }, { title: 'Đại diện' }, { title: 'Trưởng đoàn' },
  { title: 'Trưởng SOM' }, { title: 'Trưởng Ban Đối ngoại Trung ương' }, { title: 'Trưởng ban' }, { title: 'Trưởng Ban' },
  { title: 'Giám đốc' }, { title: 'Tổng Giám đốc' }, { title: 'Phó Giám đốc' }, { title: 'Viện trưởng' }, { title: 'Chủ nhiệm' },
  { title: 'Ủy viên Bộ Chính trị' }, { title: 'Ủy viên Trung ương Đảng' }, { title: 'Bí thư Trung ương Đảng' }, { title: 'Bí thư' },
  { title: 'Thượng nghị sĩ' }, { title: 'Hạ nghị sĩ' }, { title: 'Nghị sĩ' }, { title: 'Chủ tịch Hạ viện' }, { title: 'Chủ tịch Thượng viện' },
  { title: 'Thống đốc' }, { title: 'Thị trưởng' }, { title: 'Tư lệnh' }, { title: 'Đại tướng' }, { title: 'Thượng tướng' },
  { title: 'Trung tướng' }, { title: 'Thiếu tướng' }, { title: 'Tiến sĩ' }, { title: 'Tiến sỹ' }, { title: 'Giáo sư' },
  { title: 'Phó Giáo sư' }, { title: 'PGS.TS' }, { title: 'GS.TS' }, { title: 'Nhà báo' }, { title: 'Nhà nghiên cứu' },
  { title: 'Chuyên gia' }, { title: 'Học giả' }, { title: 'Nhà ngoại giao' }, { title: 'Người đồng cấp' }, { title: 'Cao ủy' },
  { title: 'Ủy viên' }, { title: 'Quốc vụ khanh' }, { title: 'Phu nhân' }, { title: 'Phu quân' }, { title: 'Trưởng', cased: true }, { title: 'Phó Trưởng', cased: true },
  { title: 'Trưởng nhóm' }, { title: 'Phó Trưởng nhóm' }, { title: 'Đô đốc' }, { title: 'Phó Đô đốc' }, { title: 'Chuẩn Đô đốc' },
  { title: 'Đại tá' }, { title: 'Thượng tá' }, { title: 'Nguyên thủ' }, { title: 'Hoàng hậu', singleName: true }, { title: 'Giáo hoàng', singleName: true }, { title: 'Thủ hiến' },
  { title: 'Chủ tịch Thường trực' }, { title: 'Tổng Tư lệnh' }, { title: 'Phó Tổng Tư lệnh' }, { title: 'Tổng Tham mưu trưởng' },
  { title: 'Tham tán' }, { title: 'Tùy viên' }, { title: 'Bí thư thứ nhất' }, { title: 'Chánh án' }, { title: 'Thống đốc Ngân hàng Nhà nước', country: 'VN' }, { title: 'Chánh Văn phòng' }, { title: 'Phó Chánh Văn phòng' }, { title: 'Vụ trưởng' }, { title: 'Cục trưởng' },
];

/** Syllables that make a title's words the name of a building or a country ("Đại sứ quán", "Tiểu vương quốc"); lower case. */
export const TITLE_PLACE_SUFFIXES = ['quán', 'quốc'];

/** Words that chain two titles of one person ("Phó Thủ tướng kiêm Bộ trưởng Ngoại giao"). */
export const TITLE_CHAIN_WORDS = ['kiêm', 'và là'];

/** Lower-case words allowed inside a title's qualifier ("Trợ lý Ngoại trưởng Mỹ phụ trách các vấn đề Đông Á"). */
export const QUALIFIER_WORDS = [
  'của', 'phụ trách', 'các', 'vấn đề', 'khu vực', 'về', 'tại', 'và', 'thường trực', 'hàng đầu', 'đặc biệt', 'cấp cao',
  'bên cạnh', 'kinh tế', 'an ninh', 'quốc gia', 'tạm quyền', 'đặc mệnh toàn quyền', 'chính trị', 'đối ngoại',
  'thương mại', 'ngoại giao', 'quốc phòng', 'tài chính', 'công thương', 'an ninh quốc gia', 'thường trực', 'phụ trách',
];
