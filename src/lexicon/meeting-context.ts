// Words written just before or around a meeting's name that say when, where and within what it
// was held. Words only; src/ingest/extract-meeting.ts decides what they mean in a sentence.

/** Written right before a meeting held within another one: "trong khuôn khổ X", "bên lề X". */
export const UMBRELLA_BEFORE = /(trong khuôn khổ|bên lề|khuôn khổ)\s*$/iu;

/** Written right before a meeting still to come ("chuẩn bị cho X"): a date before it is not its date. */
export const FUTURE_BEFORE = /(chuẩn bị|hướng tới|trước thềm|tiến tới)( cho)?( các)?\s*$/u;

/** Written right before the place a meeting was held: "tại thủ đô Hà Nội", "ở thành phố Đà Nẵng". */
export const PLACE_BEFORE = /(tại|ở)\s+(thủ đô\s+|thành phố\s+|thành phố biển\s+)?$/u;

/** A city the lexicon does not know, written before its country: "tại Langkawi, Malaysia". Group 1 is the city. */
export const UNKNOWN_CITY_BEFORE = /(?:tại|ở)\s+((?:\p{Lu}[\p{L}.'-]*\s?){1,3}),\s*$/u;

/** "Cùng ngày" ("the same day"): the day of the latest full date written before the sentence. */
export const SAME_DAY = /(^|\s)[Cc]ùng ngày(\s|,|$)/u;
