// Organisations of the field, with acronyms and the names the Vietnamese press uses. `generic`
// entries ("Chính phủ", "Quốc hội") belong to a country given by the context (default Việt Nam).
export type OrganisationKindName =
  | 'INTERGOVERNMENTAL' | 'GOVERNMENT' | 'MINISTRY' | 'LEGISLATURE' | 'PARTY' | 'NGO' | 'MEDIA' | 'COMPANY' | 'OTHER';

export interface OrganisationEntry {
  name: string;
  acronym?: string;
  aliases?: string[];
  kind: OrganisationKindName;
  country?: string;
  generic?: boolean;
}

export const ORGANISATIONS: OrganisationEntry[] = [
  { name: 'Hiệp hội các quốc gia Đông Nam Á', acronym: 'ASEAN', aliases: ['Hiệp hội các Quốc gia Đông Nam Á'], kind: 'INTERGOVERNMENTAL' },
  { name: 'ASEAN+3', aliases: ['ASEAN + 3'], kind: 'INTERGOVERNMENTAL' },
  { name: 'Ban Thư ký ASEAN', aliases: ['Ban thư ký ASEAN'], kind: 'INTERGOVERNMENTAL' },
  { name: 'Diễn đàn Khu vực ASEAN', acronym: 'ARF', aliases: ['Diễn đàn khu vực ASEAN'], kind: 'INTERGOVERNMENTAL' },
  { name: 'Ủy ban liên Chính phủ ASEAN về nhân quyền', acronym: 'AICHR', aliases: ['Ủy ban liên chính phủ ASEAN về nhân quyền', 'Uỷ ban liên Chính phủ ASEAN về nhân quyền'], kind: 'INTERGOVERNMENTAL' },
  { name: 'Ủy ban ASEAN tại Washington D.C.', acronym: 'ACW', aliases: ['Ủy ban ASEAN tại Washington'], kind: 'INTERGOVERNMENTAL' },
  { name: 'Hội đồng Điều phối ASEAN', acronym: 'ACC', kind: 'INTERGOVERNMENTAL' },
  { name: 'Hội đồng Liên nghị viện ASEAN', acronym: 'AIPA', aliases: ['Đại hội đồng Liên nghị viện ASEAN'], kind: 'LEGISLATURE' },
  { name: 'Viện Nghiên cứu kinh tế Đông Á và ASEAN', acronym: 'ERIA', kind: 'INTERGOVERNMENTAL' },
  { name: 'Ủy ban Hiệp ước Khu vực Đông Nam Á không có vũ khí hạt nhân', acronym: 'SEANWFZ', kind: 'INTERGOVERNMENTAL' },
  { name: 'Quỹ ASEAN ứng phó COVID-19', aliases: ['Quỹ ASEAN ứng phó Covid-19', 'Quỹ ứng phó với dịch Covid-19 của ASEAN', 'Quỹ ứng phó COVID-19 của ASEAN'], kind: 'OTHER' },
  { name: 'Trung tâm ASEAN ứng phó các tình huống y tế công cộng khẩn cấp và Dịch bệnh truyền nhiễm mới nổi', acronym: 'ACPHEED', aliases: ['Trung tâm ASEAN ứng phó các tình huống y tế công cộng khẩn cấp'], kind: 'INTERGOVERNMENTAL' },
  { name: 'Diễn đàn Hợp tác kinh tế châu Á - Thái Bình Dương', acronym: 'APEC', aliases: ['Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương', 'Diễn đàn Hợp tác kinh tế châu Á-Thái Bình Dương'], kind: 'INTERGOVERNMENTAL' },
  { name: 'Liên minh châu Âu', acronym: 'EU', aliases: ['Liên hiệp châu Âu', 'Liên minh Châu Âu'], kind: 'INTERGOVERNMENTAL' },
  { name: 'Ủy ban châu Âu', acronym: 'EC', kind: 'INTERGOVERNMENTAL' },
  { name: 'Nghị viện châu Âu', kind: 'LEGISLATURE' },
  { name: 'Liên hợp quốc', acronym: 'LHQ', aliases: ['Liên Hợp Quốc', 'Liên hiệp quốc', 'LHQ'], kind: 'INTERGOVERNMENTAL' },
  { name: 'Hội đồng Bảo an Liên hợp quốc', aliases: ['Hội đồng Bảo an', 'HĐBA', 'Hội đồng Bảo an LHQ'], kind: 'INTERGOVERNMENTAL' },
  { name: 'Đại hội đồng Liên hợp quốc', aliases: ['Đại hội đồng LHQ'], kind: 'INTERGOVERNMENTAL' },
  { name: 'Hội đồng Nhân quyền Liên hợp quốc', aliases: ['Hội đồng Nhân quyền LHQ'], kind: 'INTERGOVERNMENTAL' },
  { name: 'Tổ chức Y tế Thế giới', acronym: 'WHO', kind: 'INTERGOVERNMENTAL' },
  { name: 'Tổ chức Thương mại Thế giới', acronym: 'WTO', kind: 'INTERGOVERNMENTAL' },
  { name: 'Quỹ Tiền tệ Quốc tế', acronym: 'IMF', kind: 'INTERGOVERNMENTAL' },
  { name: 'Ngân hàng Thế giới', acronym: 'WB', kind: 'INTERGOVERNMENTAL' },
  { name: 'Ngân hàng Phát triển châu Á', acronym: 'ADB', kind: 'INTERGOVERNMENTAL' },
  { name: 'Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc', acronym: 'UNESCO', kind: 'INTERGOVERNMENTAL' },
  { name: 'Quỹ Nhi đồng Liên hợp quốc', acronym: 'UNICEF', kind: 'INTERGOVERNMENTAL' },
  { name: 'Chương trình Phát triển Liên hợp quốc', acronym: 'UNDP', kind: 'INTERGOVERNMENTAL' },
  { name: 'Cơ quan Năng lượng nguyên tử Quốc tế', acronym: 'IAEA', kind: 'INTERGOVERNMENTAL' },
  { name: 'Tổ chức Hiệp ước Bắc Đại Tây Dương', acronym: 'NATO', kind: 'INTERGOVERNMENTAL' },
  { name: 'Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới', acronym: 'G20', kind: 'INTERGOVERNMENTAL' },
  { name: 'Nhóm các nước công nghiệp phát triển', acronym: 'G7', kind: 'INTERGOVERNMENTAL' },
  { name: 'BRICS', kind: 'INTERGOVERNMENTAL' },
  { name: 'Tổ chức Hợp tác Thượng Hải', acronym: 'SCO', kind: 'INTERGOVERNMENTAL' },
  { name: 'Ủy hội sông Mekong quốc tế', acronym: 'MRC', aliases: ['Ủy hội sông Mê Công quốc tế'], kind: 'INTERGOVERNMENTAL' },
  { name: 'Ủy ban Chữ thập đỏ Quốc tế', acronym: 'ICRC', kind: 'NGO' },
  { name: 'Hội chữ thập đỏ Myanmar', acronym: 'MRCS', aliases: ['Hội Chữ thập đỏ Myanmar', 'Hội chữ thập Đỏ Myanmar'], kind: 'NGO', country: 'MM' },
  { name: 'Hội Chữ thập đỏ Việt Nam', aliases: ['Hội chữ thập đỏ Việt Nam'], kind: 'NGO', country: 'VN' },
  { name: 'Đảng Cộng sản Việt Nam', aliases: ['ĐCSVN'], kind: 'PARTY', country: 'VN' },
  { name: 'Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam', aliases: ['Ban Chấp hành Trung ương Đảng', 'Trung ương Đảng'], kind: 'PARTY', country: 'VN' },
  { name: 'Bộ Chính trị', kind: 'PARTY', country: 'VN' },
  { name: 'Ban Bí thư', kind: 'PARTY', country: 'VN' },
  { name: 'Ban Đối ngoại Trung ương', kind: 'PARTY', country: 'VN' },
  { name: 'Đảng Cộng sản Trung Quốc', kind: 'PARTY', country: 'CN' },
  { name: 'Đảng Nhân dân Cách mạng Lào', kind: 'PARTY', country: 'LA' },
  { name: 'Mặt trận Tổ quốc Việt Nam', kind: 'OTHER', country: 'VN' },
  { name: 'Liên hiệp các tổ chức hữu nghị Việt Nam', acronym: 'VUFO', kind: 'NGO', country: 'VN' },
  { name: 'Học viện Ngoại giao', kind: 'OTHER', country: 'VN' },
  { name: 'Văn phòng Chủ tịch nước', kind: 'GOVERNMENT', country: 'VN' },
  { name: 'Nhà Trắng', kind: 'GOVERNMENT', country: 'US' },
  { name: 'Điện Kremlin', kind: 'GOVERNMENT', country: 'RU' },
  { name: 'Lầu Năm Góc', kind: 'MINISTRY', country: 'US' },
  { name: 'Quốc hội Mỹ', aliases: ['Quốc hội Hoa Kỳ'], kind: 'LEGISLATURE', country: 'US' },
  { name: 'Hội đồng An ninh quốc gia', aliases: ['Hội đồng An ninh Quốc gia'], kind: 'GOVERNMENT', generic: true },
  { name: 'Chính phủ', kind: 'GOVERNMENT', generic: true },
  { name: 'Quốc hội', kind: 'LEGISLATURE', generic: true },
  { name: 'Chính quyền', kind: 'GOVERNMENT', generic: true },
  { name: 'Chính phủ Hoàng gia', kind: 'GOVERNMENT', generic: true },
  { name: 'Nghị viện', kind: 'LEGISLATURE', generic: true },
  { name: 'Hạ viện', kind: 'LEGISLATURE', generic: true },
  { name: 'Thượng viện', kind: 'LEGISLATURE', generic: true },
  { name: 'Quốc vụ viện', kind: 'GOVERNMENT', generic: true },
  { name: 'Công an nhân dân', kind: 'OTHER', generic: true },
  { name: 'Quân đội nhân dân', kind: 'OTHER', generic: true },
  { name: 'Quân đội Hoàng gia', kind: 'OTHER', generic: true },
  { name: 'Thông tấn xã Việt Nam', acronym: 'TTXVN', kind: 'MEDIA', country: 'VN' },
  { name: 'Đài Tiếng nói Việt Nam', acronym: 'VOV', kind: 'MEDIA', country: 'VN' },
  { name: 'Đài Truyền hình Việt Nam', acronym: 'VTV', kind: 'MEDIA', country: 'VN' },
  { name: 'Báo Thế giới và Việt Nam', acronym: 'TGVN', kind: 'MEDIA', country: 'VN' },
  { name: 'Báo Nhân Dân', aliases: ['Báo Nhân dân'], kind: 'MEDIA', country: 'VN' },
  { name: 'Straits Times', aliases: ['The Straits Times', 'Tờ Straits Times'], kind: 'MEDIA', country: 'SG' },
  { name: 'Tân Hoa xã', kind: 'MEDIA', country: 'CN' },
  { name: 'Reuters', kind: 'MEDIA' },
  { name: 'Kyodo', kind: 'MEDIA', country: 'JP' },
];

/** Ministries: "Bộ Ngoại giao" alone is Việt Nam's; "Bộ Ngoại giao Thái Lan" is Thailand's. */
export const MINISTRIES: string[] = [
  'Ngoại giao', 'Quốc phòng', 'Công an', 'Công Thương', 'Tài chính', 'Kế hoạch và Đầu tư', 'Y tế', 'Nội vụ', 'Tư pháp',
  'Giáo dục và Đào tạo', 'Khoa học và Công nghệ', 'Văn hóa, Thể thao và Du lịch', 'Tài nguyên và Môi trường',
  'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và Môi trường', 'Lao động - Thương binh và Xã hội', 'Giao thông vận tải',
  'Xây dựng', 'Thông tin và Truyền thông', 'Thương mại', 'Kinh tế', 'Ngoại thương',
];

/** Heads that start an organisation's long name, used when learning "Long name (ACRONYM)". */
export const ORGANISATION_HEADS: string[] = [
  'Ủy ban', 'Uỷ ban', 'Hội đồng', 'Hiệp hội', 'Diễn đàn', 'Viện', 'Quỹ', 'Trung tâm', 'Tổ chức', 'Liên minh', 'Liên hiệp',
  'Hội', 'Ban', 'Cơ quan', 'Ngân hàng', 'Văn phòng', 'Học viện', 'Cục', 'Tổng cục', 'Liên đoàn', 'Mạng lưới', 'Quân đội',
  'Nhóm', 'Khối', 'Đảng', 'Quan hệ đối tác', 'Quan hệ Đối tác', 'Đài', 'Tập đoàn', 'Công ty',
];

/** Heads of things that are not organisations: a "(ACRONYM)" after them names a treaty or plan. */
export const NON_ORGANISATION_HEADS: string[] = [
  'Hiệp định', 'Hiệp ước', 'Tuyên bố', 'Kế hoạch', 'Khu vực', 'Chương trình', 'Sáng kiến', 'Công ước', 'Hội nghị', 'Chiến lược',
  'Tầm nhìn', 'Khuôn khổ', 'Quy tắc', 'Bộ Quy tắc', 'Thỏa thuận', 'Đối tác', 'Cộng đồng', 'Bộ trưởng', 'Đại hội',
];
