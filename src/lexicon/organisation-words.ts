// Words around organisation and country mentions: what opens a ministry or an embassy, what ties a
// body to its country, and how a name the text defined hints at its kind. "Lower case" entries are
// compared with a token's lower-case form, "as written" ones with its text, "folded" ones with fold().
import type { OrganisationKindName } from './organisations.ts';

/** Words before a contextual country name that show it is the country ("nước", "tại", "với"); lower case. */
export const COUNTRY_CONTEXT_WORDS = new Set(['nước', 'quốc', 'tại', 'với', 'sang', 'thăm', 'giữa', 'của', 'phía', 'và']);

/** "tại/ở/của X" later in a clause: X is the country a generic body belongs to; lower case. */
export const COUNTRY_LINKS = ['tại', 'ở', 'của'];

/** The word that opens a ministry's name ("Bộ Ngoại giao"); as written. */
export const MINISTRY_HEAD = 'Bộ';

/** "Bộ trưởng" is a minister, not a ministry: the word after "bộ" that rules a ministry out; lower case. */
export const MINISTER_TAIL = 'trưởng';

/** "Đại sứ quán": the first word as written, the others lower case. */
export const EMBASSY_WORDS = ['Đại', 'sứ', 'quán'];

/** "Đại sứ quán Việt Nam tại Hoa Kỳ": the word before an embassy's host country; lower case. */
export const EMBASSY_HOST_LINK = 'tại';

/** "A và B": two coordinated bodies; as written, the whole gap between them. */
export const COORDINATED = /^\s+và\s+$/u;

/** The kind of an organisation the text defined ("Long name (ACR)"), guessed from its folded name; first match wins. */
export const KIND_BY_NAME: [RegExp, OrganisationKindName][] = [
  [/^bo /, 'MINISTRY'],
  [/^hoi (?!dong)/, 'NGO'],
  [/asean|lien hop quoc|quoc te|khu vuc|chau a|the gioi/, 'INTERGOVERNMENTAL'],
];

/**
 * Head nouns that open an organisation's name ("Hội Hữu nghị Việt - Lào", "hãng Pfizer", "Nghị
 * viện châu Âu"). `lower`: also written in lower case mid-sentence; `loose`: lower-case words may
 * follow the head itself ("Ủy ban nhân dân", "Ủy ban liên Chính phủ"); `country`: the country when
 * the text names none (a ministry is Việt Nam's unless the text says otherwise).
 */
export interface HeadNoun {
  head: string;
  kind: OrganisationKindName;
  lower?: boolean;
  loose?: boolean;
  country?: string;
  /** The head names a whole body by itself ("Quốc hội", "Hạ viện"): a name right after it is a person's. */
  complete?: boolean;
}

/** Place names that begin with a head noun ("Đài Loan", "Trường Sa"). */
export const PLACES_WITH_HEAD_NOUNS = ['Đài Loan', 'Trường Sa', 'Hội An', 'Sở Thú'];

export const ORGANISATION_HEAD_NOUNS: HeadNoun[] = [
  { head: 'Bộ', kind: 'MINISTRY', country: 'VN' },
  { head: 'Ủy ban', kind: 'OTHER', loose: true }, { head: 'Uỷ ban', kind: 'OTHER', loose: true }, { head: 'Ủy hội', kind: 'OTHER' },
  { head: 'Hội đồng', kind: 'OTHER' }, { head: 'Hội', kind: 'NGO' }, { head: 'Hiệp hội', kind: 'NGO' },
  { head: 'Liên hiệp', kind: 'NGO' }, { head: 'Liên đoàn', kind: 'NGO' }, { head: 'Liên minh', kind: 'OTHER', lower: true },
  { head: 'Viện', kind: 'OTHER' }, { head: 'Học viện', kind: 'OTHER' }, { head: 'Quỹ', kind: 'NGO' },
  { head: 'Ngân hàng', kind: 'COMPANY', lower: true }, { head: 'Tổ chức', kind: 'OTHER' }, { head: 'Đảng', kind: 'PARTY' },
  { head: 'Nghị viện', kind: 'LEGISLATURE', complete: true }, { head: 'Hạ viện', kind: 'LEGISLATURE', complete: true }, { head: 'Thượng viện', kind: 'LEGISLATURE', complete: true },
  { head: 'Quốc hội', kind: 'LEGISLATURE', complete: true }, { head: 'Chính phủ', kind: 'GOVERNMENT', complete: true },
  { head: 'hãng', kind: 'COMPANY', lower: true }, { head: 'hãng tin', kind: 'MEDIA', lower: true }, { head: 'hãng thông tấn', kind: 'MEDIA', lower: true },
  { head: 'Tập đoàn', kind: 'COMPANY', lower: true }, { head: 'Công ty', kind: 'COMPANY', lower: true },
  { head: 'Trung tâm', kind: 'OTHER' }, { head: 'Diễn đàn', kind: 'OTHER' }, { head: 'Văn phòng', kind: 'GOVERNMENT' },
  { head: 'Ban', kind: 'OTHER' }, { head: 'Cục', kind: 'GOVERNMENT' }, { head: 'Tổng cục', kind: 'GOVERNMENT' },
  { head: 'Trường', kind: 'OTHER' }, { head: 'Đại học', kind: 'OTHER' }, { head: 'Nhóm', kind: 'OTHER' }, { head: 'Khối', kind: 'OTHER' },
  { head: 'Phái đoàn', kind: 'GOVERNMENT' }, { head: 'Đài', kind: 'MEDIA', lower: true }, { head: 'báo', kind: 'MEDIA', lower: true },
  { head: 'báo điện tử', kind: 'MEDIA', lower: true }, { head: 'tờ', kind: 'MEDIA', lower: true }, { head: 'Tạp chí', kind: 'MEDIA', lower: true },
  { head: 'Thông tấn xã', kind: 'MEDIA' }, { head: 'Quân đội', kind: 'OTHER' }, { head: 'Cơ quan', kind: 'GOVERNMENT' },
  { head: 'Mặt trận', kind: 'OTHER' }, { head: 'Thành ủy', kind: 'PARTY' }, { head: 'Tỉnh ủy', kind: 'PARTY' }, { head: 'Quân ủy', kind: 'PARTY' },
  { head: 'Tòa án', kind: 'GOVERNMENT' }, { head: 'Sở', kind: 'GOVERNMENT' }, { head: 'Quốc vụ viện', kind: 'GOVERNMENT', complete: true },
];
