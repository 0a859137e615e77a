// Words that date an event against the article's own day or against the date just written. Words
// only; src/ingest/relative-dates.ts and src/ingest/narration-dates.ts decide what they mean.

/**
 * A day named against the article's day: "hôm qua", "chiều nay", "tối qua", "sáng mai", "hôm kia";
 * not "ngày nay" (nowadays) nor "những ngày qua" (lately).
 * Group 1 or 2 holds the word that says which day. A date in parentheses right after ("hôm qua
 * (2/11)") is the date itself, read by dates.ts.
 */
export const RELATIVE_DAY = /(?<!\p{L})(?:(?:ngày\s+)?hôm\s+(nay|qua|kia)|(?:sáng|trưa|chiều|tối|đêm)\s+(nay|qua|mai))(?!\p{L})(?!\s*\(\s*\d)/giu;

/** How many days from the article's day each word means. */
export const RELATIVE_OFFSET: Record<string, number> = { nay: 0, qua: -1, kia: -2, mai: 1 };

/** "Cùng ngày", "tối hôm đó", "ngay trong ngày": the day of the date written last before. */
export const SAME_DAY_AS_BEFORE = /(?<!\p{L})(?:cùng ngày|(?:ngày|hôm|sáng|trưa|chiều|tối) hôm đó|ngay trong ngày|trong cùng ngày)(?!\p{L})/iu;

/** Written before a meeting still to come or only proposed ("sẽ dự", "dự kiến", "chuẩn bị cho", "đề nghị sớm tổ chức"): no date is guessed for it. */
export const FUTURE_CONTEXT = /(?<!\p{L})(?:sẽ|dự kiến|kế hoạch|chuẩn bị|hướng tới|trước thềm|tiến tới|sắp|sớm|đề nghị|đề xuất)(?!\p{L})/iu;

/**
 * An event named again by its head noun alone ("hội nghị diễn ra từ ngày 9 đến 11/5"): group 1 is
 * the head, followed by a lower-case word, not by a name.
 */
export const EVENT_HEAD_REFERENCE = /(?<!\p{L})(hội nghị(?: thượng đỉnh| cấp cao)?|diễn đàn|kỳ họp|phiên họp|khóa họp|đại hội|đối thoại|tọa đàm|chuyến thăm)(?=\s+\p{Ll})/iu;
