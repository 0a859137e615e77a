// Words written just before or around a meeting's name that say when, where and within what it
// was held. Words only; src/ingest/extract-meeting.ts decides what they mean in a sentence.

/**
 * Written right before a meeting held within another one: "trong khuôn khổ X", "bên lề X", "trong
 * thời gian dự X" (a side meeting while attending X), "…, sự kiện tâm điểm của X" (the one named
 * before is held within X).
 */
export const UMBRELLA_BEFORE = /(trong khuôn khổ|bên lề|khuôn khổ|nhân dịp(?:\s+(?:dự|tham dự))?|trong thời gian (?:tham )?dự|(?:sự kiện|hoạt động) (?:tâm điểm|chính|trọng tâm|trung tâm) (?:của|trong))\s*(?:các\s+)?$/iu;

/**
 * The umbrella words anywhere before a meeting in its sentence: the meeting they govern is the
 * first written after them ("trong khuôn khổ Hội nghị lần thứ 28 các Bên … (COP28)": COP28).
 */
export const UMBRELLA_WORDS = /(?:trong khuôn khổ|bên lề|nhân dịp|trong thời gian (?:tham )?dự)/giu;

/** Written right before a meeting still to come ("chuẩn bị cho X"): a date before it is not its date. */
export const FUTURE_BEFORE = /(chuẩn bị|hướng tới|trước thềm|tiến tới)( cho)?( các)?\s*$/u;

/** Written right before the place a meeting was held: "tại thủ đô Hà Nội", "ở thành phố Đà Nẵng". */
export const PLACE_BEFORE = /(tại|ở)\s+([Tt]hủ đô\s+|[Tt]hành phố\s+|[Tt]hành phố biển\s+)?$/u;

/** "Thủ đô", "Thành phố" written before a city's name (part of some lexicon aliases: "Thủ đô Hà Nội"). */
export const CITY_WORD = /^(?:[Tt]hủ đô|[Tt]hành phố)\s+/u;

/** Where the reporter files from, not where the meeting is: "Theo phóng viên TTXVN tại Lào". */
export const REPORTER_AT = /phóng viên[^,.;]{0,25}\s(?:tại|ở)\s+$/u;

/** A city the lexicon does not know, written before its country: "tại Langkawi, Malaysia". Group 1 is the city. */
export const UNKNOWN_CITY_BEFORE = /(?:tại|ở)\s+((?:\p{Lu}[\p{L}.'-]*\s?){1,3}),\s*$/u;

/**
 * Buildings where talks and receptions are held, written without their city ("tại Trụ sở Chính
 * phủ", "tại Phủ Chủ tịch" in Hà Nội; "tại trụ sở Liên hợp quốc" in New York). A building named
 * with another country after it ("Nhà Quốc hội Singapore") is not one of these.
 */
export const CAPITAL_VENUES: { words: RegExp; city: string; countryCode: string }[] = [
  { words: /(?:tại|ở)\s+(?:Trụ sở Chính phủ|Phủ Chủ tịch|Trụ sở Trung ương Đảng|Nhà Quốc hội|Nhà khách Chính phủ|Trung tâm Hội nghị Quốc gia|Nhà Quốc hội Việt Nam|Phủ Chủ tịch Việt Nam)(?!\s+(?:\p{Lu}))/u, city: 'Hà Nội', countryCode: 'VN' },
  // The United Nations' headquarters, unless another seat is named ("trụ sở Liên hợp quốc tại Geneva").
  { words: /(?:tại|ở)\s+[Tt]rụ sở (?:Liên hợp quốc|LHQ)(?![\p{L}\s]*(?:tại|ở)\s)/u, city: 'New York', countryCode: 'US' },
];

/** A dateline at the start of an article's body: "SINGAPORE, 9/2 -", "HÀ NỘI, 3/11 (TTXVN) -". Group 1 the city as written. */
export const DATELINE_CITY = /^\s*([\p{Lu}][\p{Lu}\p{M} .'-]{1,30}?)\s*,\s*(?:ngày\s+)?\d{1,2}[/-]\d{1,2}/u;

/** Words that say a meeting was held at a distance: an article holding none reports meetings held in person. */
export const AT_A_DISTANCE = /trực tuyến|điện đàm|điện thoại|video|truyền hình|kết nối từ xa|hình thức kết hợp/iu;

/**
 * A sentence told as background ("Trước đó, ngày 15/9, …", "Lần gần nhất …", "Hai Bộ trưởng từng
 * hội đàm …"): its meetings are not the event the article goes on reporting.
 * Not "\b" after the opener: JavaScript's \b is ASCII-only, and "đó" ends in a letter it does not know.
 */
export const BACKGROUND_SENTENCE = /^\s*(?:Trước đó|Hồi|Lần gần nhất|Trước khi)(?=[\s,;:]|$)|\btừng\s/u;
