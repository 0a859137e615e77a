// Words around speech verbs that decide who spoke and where the content starts and stops. Lists
// and patterns marked "folded" are matched against fold()ed text (no diacritics, lower case);
// the others against the text as written.

/** Joiners trimmed from the start of a subject ("và", "đồng thời", "trong đó"); folded. */
export const LEADING_JOINERS = ['va', 'dong thoi', 'nhung', 'trong do', 'con', 'sau do', 'truoc do', 'ngoai ra', 'trong khi do', 'trong khi'];

/** A clause opening with a contrast ("…, còn phía Cuba mong muốn …"): a new speaker, not the previous one's content; as written. */
export const CONTRAST_START = /^\s*(còn|trong khi đó|trong khi|trái lại|ngược lại)\s/u;

/** Third-person pronouns that stand for a person named earlier ("Ông nhấn mạnh", "bà nói"); folded. */
export const PRONOUNS = new Set(['ong', 'ba', 'ngai', 'ong ay', 'ba ay', 'ong ta', 'ba ta']);

/** Words before a country or organisation that still make it the speaker ("phía Cuba", "phía Hoa Kỳ"); folded. */
export const SIDE_WORDS = /^(phia|ben|chinh phu|nha nuoc)$/;

/** Words right after a verb that show it is used as a noun ("các quan điểm và đánh giá trên tinh thần"); folded. */
export const NOUN_FOLLOWERS = new Set(['tren', 'cua', 'nay', 'do', 'noi', 'va', 'nhu', 'la', 'duoc']);

/** Openings of "Theo X, …" that credit a plan, a rule or a report, not a speaker ("Theo kế hoạch"); folded. */
export const NOT_A_SOURCE = /^(phong vien|ke hoach|thong tin|nguon|bao|du kien|quy dinh|do|nhu|luat)/;

/** The word that introduces a "Theo X, …" attribution, as written at a sentence's start. */
export const ACCORDING_TO = 'Theo';

/** "Lãnh đạo hai nước", "Ngoại trưởng hai bên": both (or all) sides speaking together; folded. */
export const BOTH_SIDES = /\b(hai|ba|cac) (nuoc|ben|quoc gia)\b/;

/** Auxiliaries where a collective subject ends ("Hai bên cũng trao đổi …"); as written. */
export const COLLECTIVE_SUBJECT_END = /\s(cũng|đã|sẽ|đều|vẫn|đang|cùng)\s/u;

/** Courtesy words allowed before a person's name in a subject ("ông", "bà", "ngài"); folded. */
export const COURTESY_WORDS = /^(ong|ba|ngai)$/;

/** "và" between entities: a subject naming several of them is a collective; folded. */
export const AND = /\bva\b/;

/** "X của Y": an organisation owned by what precedes it still speaks as the organisation; folded. */
export const OF_BEFORE = / cua$/;

/** A clause ending in "để" or "nhằm": its subject is the entity opening it; folded. */
export const PURPOSE_END = / (de|nham)$/;

/** What just before a verb joins it to the sentence's previous statement (", đồng thời", " và"); as written. */
export const JOINED_BEFORE = /(\svà|,\s*đồng thời|;\s*đồng thời|,\s*trong đó|,)\s*$/u;

/** A clause before a verb that is only a joiner: the verb shares the previous speaker; as written. */
export const JOINER_ONLY = /^\s*(và|đồng thời|trong đó|,)?\s*$/u;

/** A clause before a verb that opens with a joiner ("và Bộ trưởng …"); as written. */
export const JOINER_START = /^\s*(và|đồng thời)\s/u;

/** Auxiliaries where a subject after an opening participle ends ("Khẳng định X, các Đại sứ … đã …"); as written. */
export const SUBJECT_END = /\s(đã|sẽ|cũng|đều|vẫn)\s/u;

/** "rằng" ("that") right after a verb, before its content; folded. */
export const THAT = 'rang';

/** Joiners trimmed from the end of a statement's content cut short by the next one; as written. */
export const TRAILING_JOINER = /[\s,;]*(và|đồng thời)?[\s,;]*$/u;

/**
 * A news outlet named by its kind and a capitalised name, listed or not ("báo Straits Times",
 * "Đài Deutsche Welle (DW)", "hãng tin Reuters"); as written. A time after it ("ngày 23/1") is not part of it.
 */
export const MEDIA_SUBJECT = /^((?:tờ báo|tờ|báo|nhật báo|tạp chí|đài|hãng tin|hãng thông tấn|thông tấn xã|kênh|trang tin|trang)\s+\p{Lu}[^,;:]*?)(?:\s+(?:ngày|hôm|sáng|chiều|tối|trưa|đêm)\b.*)?$/iu;

/** "Hãng tin này", "cơ quan này": an organisation named just before; folded. */
export const ORGANISATION_ANAPHOR = /^(hang tin|hang thong tan|to bao|bao|dai|co quan|to chuc|bo|ban|uy ban) nay$/;

/**
 * Epithets that stand for the person the text was just about ("nhà lãnh đạo Việt Nam", "Người đứng
 * đầu Chính phủ Việt Nam", "vị Bộ trưởng"); folded. What follows the head may name a country.
 */
export const EPITHET = /^(nha lanh dao|vi lanh dao|nguoi dung dau|vi bo truong|vi thu tuong|vi nguyen thu|nguoi dong cap)\b/;

/** "Vị khách": the guest, the person received in the sentence before; folded. */
export const GUEST = /^(vi khach|nguoi khach|khach)$/;
