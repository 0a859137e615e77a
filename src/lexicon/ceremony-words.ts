// Words of ceremonies and press events held at a visit or on their own: "lễ ký kết …", "lễ tiễn …",
// "lễ công bố …", "gặp gỡ báo chí". Words only; src/ingest/ceremonies.ts decides what they name.

/** What a ceremony does, after "lễ" ("lễ ký, trao đổi các văn kiện"), longest first. */
export const CEREMONY_VERBS = ['ký kết', 'ký, trao đổi', 'ký và trao đổi', 'ký và trao', 'ký', 'trao đổi', 'trao', 'tiễn', 'công bố', 'mở ký', 'kỷ niệm'];

/** Ceremonies that need an object to be one event ("Lễ kỷ niệm 70 năm …"); bare, they point back. */
export const CEREMONY_NEEDS_OBJECT = ['kỷ niệm', 'công bố', 'trao đổi', 'trao'];

/**
 * A press event by its noun ("cùng gặp gỡ báo chí", "cuộc họp báo quốc tế"). A bare "cuộc họp báo" is
 * no event of its own: it is held on the side of the meeting it reports on.
 */
export const PRESS_EVENT = /(?<![\p{L}])((?:[Cc]uộc |[Bb]uổi )?(?:[Gg]ặp gỡ|[Gg]ặp) báo chí|(?:[Cc]uộc|[Bb]uổi) họp báo quốc tế)(?![\p{L}])/gu;

/** Lower-case words that end a ceremony's object: what follows says when, where or by whom it was held. */
export const CEREMONY_OBJECT_STOPS = new Set(
  ('diễn do tại ở sau trước được đã sẽ với giữa ngày sáng chiều tối trưa theo khi cho nhằm để trong vào cùng là của ' +
    'hôm nay này đó kéo bên nhân lúc qua cũng vừa đang có thì mà nên').split(' '),
);

/**
 * A sentence that makes a ceremony part of the talk before it: its leaders witness it ("hai Thủ
 * tướng chứng kiến lễ ký kết"), or it comes after the talk ("Tại lễ ký kết diễn ra sau hội đàm").
 */
export const WITNESSED_AFTER_TALK = /chứng kiến|(?:sau|kết thúc)\s+(?:cuộc\s+)?(?:hội đàm|hội kiến)|(?<![\p{L}])hai (?:nhà lãnh đạo|nguyên thủ|bên|\p{Lu})/u;

/** An event named in quotation marks: "sự kiện \"Huy động tài chính …\"". Group 1 the name. */
export const QUOTED_EVENT = /(?<![\p{L}])[Ss]ự kiện\s+["“]([^"”\n]{3,120})["”]/gu;

/** A named programme someone holds: "chương trình Xuân Quê hương 2026 do Đại sứ quán tổ chức". Group 1 the name. */
export const HELD_PROGRAMME = /(?<![\p{L}])[Cc]hương trình\s+(\p{Lu}[^,.;:()"“”\n]{2,60}?)\s+do\s+[^,.;:\n]{2,80}?\s+tổ chức(?![\p{L}])/gu;

/** The opening or closing meeting of a body: "dự cuộc họp khai mạc Hội đồng X". Group 1 the head as written. */
export const OPENING_MEETING = /(?<![\p{L}])([Cc]uộc họp (?:khai mạc|bế mạc)|[Pp]hiên họp (?:khai mạc|bế mạc))\s+(?=\p{Lu})/gu;
