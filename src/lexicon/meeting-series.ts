// The registry of meeting series. `patterns` are folded cores of the Vietnamese name (format words,
// "(ACRONYM)" groups, ordinals and years removed); "{p}" stands for a partner country/organisation.
// `numbering`: ordinal n is held in year base + floor(n / divisor), for n in [from, to].
// `relatedTo`: the umbrella series whose "related meetings" this one is (PMCs are held at the AMM).
export type MeetingLevelName = 'SUMMIT' | 'MINISTERIAL' | 'SENIOR_OFFICIALS' | 'AMBASSADORS' | 'OTHER';

export interface NumberingRule {
  from?: number;
  to?: number;
  base: number;
  divisor?: number;
  multiplier?: number;
}

export interface MeetingSeriesEntry {
  key: string;
  name: string;
  acronyms?: string[];
  patterns: string[];
  level: MeetingLevelName;
  numbering?: NumberingRule[];
  relatedTo?: string;
  /** Held once a year: mentions of the series without a year in one document are one meeting. */
  annual?: boolean;
  /** The name is kept as written (a pair of partners), not replaced by the series name. */
  keepsWrittenName?: boolean;
  /** A number after the acronym is the year ("APEC 2021"), not an ordinal, when it looks like one. */
  numberedByYear?: boolean;
  /**
   * Who chairs a meeting of the series when the text names nobody: the ASEAN chair of its year
   * (asean-chairs.ts), or the host country (APEC, G20, COP: the host holds the presidency).
   */
  chairedBy?: 'ASEAN' | 'HOST';
}

export const MEETING_SERIES: MeetingSeriesEntry[] = [
  {
    key: 'AMM', name: 'Hội nghị Bộ trưởng Ngoại giao ASEAN', acronyms: ['AMM'], level: 'MINISTERIAL', chairedBy: 'ASEAN', annual: true,
    patterns: ['hoi nghi bo truong ngoai giao asean', 'hoi nghi ngoai truong asean', 'hoi nghi amm', 'amm'],
    numbering: [{ base: 1967 }],
  },
  {
    key: 'AMM-RETREAT', name: 'Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN', acronyms: ['AMM Retreat'], level: 'MINISTERIAL', chairedBy: 'ASEAN', annual: true,
    patterns: ['hoi nghi hep bo truong ngoai giao asean', 'hoi nghi hep ngoai truong asean', 'hoi nghi amm retreat', 'amm retreat'],
  },
  {
    key: 'ASEAN-SUMMIT', name: 'Hội nghị Cấp cao ASEAN', level: 'SUMMIT', chairedBy: 'ASEAN',
    patterns: ['hoi nghi cap cao asean', 'hoi nghi thuong dinh asean', 'cap cao asean'],
    numbering: [{ from: 28, base: 2002, divisor: 2 }],
  },
  {
    key: 'EAS', name: 'Hội nghị Cấp cao Đông Á', acronyms: ['EAS'], level: 'SUMMIT', chairedBy: 'ASEAN', annual: true,
    patterns: ['hoi nghi cap cao dong a', 'hoi nghi thuong dinh dong a', 'hoi nghi eas'], numbering: [{ base: 2004 }],
  },
  {
    key: 'EAS-FMM', name: 'Hội nghị Bộ trưởng Ngoại giao Cấp cao Đông Á', acronyms: ['EAS FMM'], level: 'MINISTERIAL', chairedBy: 'ASEAN', annual: true, relatedTo: 'AMM',
    patterns: ['hoi nghi bo truong ngoai giao cap cao dong a', 'hoi nghi bo truong ngoai giao dong a', 'hoi nghi bo truong ngoai giao eas'],
    numbering: [{ base: 2010 }],
  },
  {
    key: 'APT-FMM', name: 'Hội nghị Bộ trưởng Ngoại giao ASEAN+3', level: 'MINISTERIAL', chairedBy: 'ASEAN', annual: true, relatedTo: 'AMM',
    patterns: ['hoi nghi bo truong ngoai giao asean+3', 'hoi nghi bo truong ngoai giao asean + 3', 'hoi nghi bo truong ngoai giao asean - 3'],
    numbering: [{ base: 1999 }],
  },
  {
    key: 'APT-SUMMIT', name: 'Hội nghị Cấp cao ASEAN+3', level: 'SUMMIT', chairedBy: 'ASEAN', annual: true,
    patterns: ['hoi nghi cap cao asean+3', 'hoi nghi cap cao asean + 3'],
  },
  {
    key: 'ARF', name: 'Diễn đàn Khu vực ASEAN', acronyms: ['ARF'], level: 'MINISTERIAL', chairedBy: 'ASEAN', annual: true, relatedTo: 'AMM',
    patterns: ['hoi nghi dien dan khu vuc asean', 'dien dan khu vuc asean', 'hoi nghi arf'], numbering: [{ base: 1993 }],
  },
  {
    key: 'PMC', name: 'Hội nghị Bộ trưởng Ngoại giao ASEAN - {p}', acronyms: ['PMC'], level: 'MINISTERIAL', annual: true, relatedTo: 'AMM',
    patterns: ['hoi nghi bo truong ngoai giao asean - {p}', 'hoi nghi sau hoi nghi bo truong ngoai giao asean voi {p}', 'hoi nghi ngoai truong asean - {p}'],
  },
  {
    key: 'SPECIAL-FMM', name: 'Hội nghị đặc biệt Bộ trưởng Ngoại giao ASEAN - {p}', level: 'MINISTERIAL',
    patterns: ['hoi nghi dac biet bo truong ngoai giao asean - {p}', 'hoi nghi bo truong ngoai giao dac biet asean - {p}'],
  },
  {
    key: 'SPECIAL-SUMMIT', name: 'Hội nghị Cấp cao đặc biệt ASEAN - {p}', level: 'SUMMIT', chairedBy: 'HOST',
    patterns: ['hoi nghi cap cao dac biet asean - {p}', 'hoi nghi thuong dinh dac biet asean - {p}', 'hoi nghi cap cao asean - {p} dac biet'],
  },
  {
    key: 'ASEAN-PARTNER-SUMMIT', name: 'Hội nghị Cấp cao ASEAN - {p}', level: 'SUMMIT', annual: true,
    patterns: ['hoi nghi cap cao asean - {p}', 'hoi nghi thuong dinh asean - {p}'],
  },
  {
    key: 'BILATERAL-FMM', name: 'Hội nghị Bộ trưởng Ngoại giao {p}', level: 'MINISTERIAL', keepsWrittenName: true,
    patterns: ['hoi nghi bo truong ngoai giao {p} - {p}'],
  },
  {
    key: 'APEC-AELM', name: 'Hội nghị Cấp cao APEC', acronyms: ['AELM'], level: 'SUMMIT', chairedBy: 'HOST', annual: true, relatedTo: 'APEC-WEEK', numberedByYear: true,
    patterns: ['hoi nghi cap cao apec', 'hoi nghi cap cao dien dan hop tac kinh te chau a - thai binh duong', 'hoi nghi cac nha lanh dao kinh te apec', 'hoi nghi thuong dinh apec'],
  },
  {
    key: 'APEC-WEEK', name: 'Tuần lễ Cấp cao APEC', level: 'SUMMIT', chairedBy: 'HOST', annual: true, numberedByYear: true,
    patterns: ['tuan le cap cao apec', 'tuan le cap cao dien dan hop tac kinh te chau a - thai binh duong'],
  },
  {
    key: 'APEC-MM', name: 'Hội nghị Bộ trưởng APEC', acronyms: ['AMM APEC'], level: 'MINISTERIAL', chairedBy: 'HOST', annual: true, relatedTo: 'APEC-WEEK', numberedByYear: true,
    patterns: ['hoi nghi bo truong apec', 'hoi nghi lien bo truong apec'],
  },
  {
    key: 'COP', name: 'Hội nghị COP', acronyms: ['COP'], level: 'SUMMIT', chairedBy: 'HOST', annual: true,
    patterns: ['hoi nghi cop', 'cop', 'hoi nghi lan thu cua cac ben tham gia cong uoc khung cua lien hop quoc ve bien doi khi hau', 'hoi nghi cac ben tham gia cong uoc khung cua lien hop quoc ve bien doi khi hau'],
    numbering: [{ to: 25, base: 1994 }, { from: 26, base: 1995 }],
  },
  {
    key: 'AIPA-GA', name: 'Đại hội đồng AIPA', acronyms: ['AIPA'], level: 'OTHER', chairedBy: 'HOST', annual: true,
    patterns: ['dai hoi dong aipa', 'dai hoi dong lien nghi vien asean', 'aipa'], numbering: [{ base: 1979 }],
  },
  {
    key: 'SEANWFZ', name: 'Hội nghị Ủy ban Hiệp ước Khu vực Đông Nam Á không có vũ khí hạt nhân', level: 'MINISTERIAL', chairedBy: 'ASEAN', annual: true, relatedTo: 'AMM',
    patterns: ['hoi nghi uy ban hiep uoc khu vuc dong nam a khong co vu khi hat nhan', 'hoi nghi uy ban seanwfz'],
  },
  {
    key: 'ACC', name: 'Hội nghị Hội đồng Điều phối ASEAN', level: 'MINISTERIAL', chairedBy: 'ASEAN', relatedTo: 'ASEAN-SUMMIT',
    patterns: ['hoi nghi hoi dong dieu phoi asean'],
  },
  {
    key: 'ADMM', name: 'Hội nghị Bộ trưởng Quốc phòng ASEAN', acronyms: ['ADMM'], level: 'MINISTERIAL', chairedBy: 'ASEAN', annual: true,
    patterns: ['hoi nghi bo truong quoc phong asean', 'hoi nghi admm'],
  },
  {
    key: 'SOM-ASEAN', name: 'Hội nghị Quan chức cao cấp ASEAN', acronyms: ['SOM ASEAN'], level: 'SENIOR_OFFICIALS', chairedBy: 'ASEAN',
    patterns: ['hoi nghi quan chuc cao cap asean', 'hoi nghi som asean'],
  },
  {
    key: 'UNGA', name: 'Khóa họp Đại hội đồng Liên hợp quốc', level: 'OTHER', annual: true,
    patterns: ['khoa hop dai hoi dong lien hop quoc', 'dai hoi dong lien hop quoc', 'khoa hop dai hoi dong lhq'], numbering: [{ base: 1945 }],
  },
  {
    key: 'G20-SUMMIT', name: 'Hội nghị Thượng đỉnh G20', level: 'SUMMIT', chairedBy: 'HOST', annual: true,
    patterns: ['hoi nghi thuong dinh g20', 'hoi nghi cap cao g20'],
  },
  {
    key: 'VN-DIPLOMATIC-CONFERENCE', name: 'Hội nghị Ngoại giao', level: 'OTHER',
    patterns: ['hoi nghi ngoai giao'],
  },
  {
    key: 'CPV-CONGRESS', name: 'Đại hội đại biểu toàn quốc Đảng Cộng sản Việt Nam', level: 'OTHER',
    patterns: ['dai hoi dai bieu toan quoc dang cong san viet nam', 'dai hoi dai bieu toan quoc cua dang cong san viet nam', 'dai hoi dang', 'dai hoi dang cong san viet nam'],
    numbering: [{ from: 4, base: 1956, multiplier: 5 }],
  },
  {
    key: 'VN-GOV-REGULAR-SESSION', name: 'Phiên họp Chính phủ thường kỳ', level: 'OTHER',
    patterns: ['phien hop chinh phu thuong ky'],
  },
];

/** Words of a meeting name that say how, not what: removed before matching a pattern. */
export const FORMAT_WORDS: Record<string, 'VIRTUAL' | 'IN_PERSON' | 'HYBRID'> = {
  'trực tuyến': 'VIRTUAL', 'trực tiếp': 'IN_PERSON', 'kết hợp trực tiếp và trực tuyến': 'HYBRID', 'kết hợp': 'HYBRID',
};

/**
 * Words of the sentence reporting a meeting that say how it was held. "kết hợp" alone is too loose
 * in a sentence ("kết hợp hài hòa"), so the hybrid form needs its full phrase there.
 */
export const SENTENCE_FORMAT_WORDS: Record<string, 'VIRTUAL' | 'IN_PERSON' | 'HYBRID'> = {
  'kết hợp trực tiếp và trực tuyến': 'HYBRID', 'hình thức kết hợp': 'HYBRID', 'trực tuyến': 'VIRTUAL', 'trực tiếp': 'IN_PERSON',
};

/** Lower-case words allowed between a meeting head and its name ("Hội nghị hẹp", "Hội nghị Cấp cao đặc biệt"). */
export const MEETING_MODIFIERS: string[] = [
  'cấp cao', 'hẹp', 'đặc biệt', 'trực tuyến', 'trực tiếp', 'thượng đỉnh', 'thường niên', 'bộ trưởng', 'ngoại giao',
  'quan chức cao cấp', 'cấp bộ trưởng', 'không chính thức', 'lần đầu tiên', 'toàn thể', 'mở rộng', 'các nhà lãnh đạo',
  'kinh tế', 'kết hợp', 'liên bộ trưởng', 'quốc phòng', 'thứ trưởng', 'lãnh đạo',
];

/** Heads that open a meeting's name. */
export const MEETING_HEADS: string[] = [
  'Hội nghị thượng đỉnh', 'Hội nghị', 'Tuần lễ cấp cao', 'Diễn đàn', 'Đối thoại', 'Đại hội đồng', 'Đại hội', 'Khóa họp', 'Kỳ họp', 'Phiên họp', 'Hội đàm',
];

/** The series of the government's monthly sessions ("phiên họp Chính phủ thường kỳ tháng 10"). */
export const GOVERNMENT_REGULAR_SESSION = 'VN-GOV-REGULAR-SESSION';
