// Who chairs a meeting, who takes part in it, and the verbs that name a talk between two persons.
// Words only; src/ingest/extract-*.ts decide what they mean in a sentence.

/** The chair of the sentence's meeting: "dưới sự chủ trì của X" (group 1), "do X chủ trì" (group 2), X as written. */
export const CHAIR = /(?:(?:dưới|với) sự (?:đồng )?chủ trì của\s+([^,.;()]{2,80}?)(?=\s*(?:,|\.|;|$|\s(?:và|tại|theo|ngay|trong)\s))|(?<![\p{L}])do\s+([^,.;()]{2,80}?)\s+(?:đồng\s+)?chủ trì)/u;

/**
 * A sentence whose subject (group 1) "(đồng) chủ trì" a meeting named earlier: "X và Y đồng chủ trì
 * Hội nghị này". The meeting is pointed back at, not named.
 */
export const CHAIR_BACKREF = /^([^.;:!?]{2,200}?)\s+(?:cùng\s+)?(?:đồng chủ trì|chủ trì)\s+(?:Hội nghị|hội nghị|Cuộc họp|cuộc họp|Phiên họp|phiên họp)(?:\s+(?:này|trên|nói trên))?\s*[.,;]?\s*$/u;

/** A verb between a person and a meeting that makes the person a participant ("A tham dự Hội nghị X", "A khai mạc Hội nghị X"). */
export const PARTICIPATION = /(?:^|\s)(tham dự|dự|chủ trì|đồng chủ trì|dẫn đầu|phát biểu tại|nói tại|tham gia|cùng dự|khai mạc|bế mạc)(?=\s|$)/u;

/**
 * A verb that names a talk between two persons ("Bộ trưởng A đã hội đàm với Ngoại trưởng B"), with
 * the head of the name the talk is given and where its two parties are written:
 * BETWEEN: "A hội đàm với B" or "A và B hội đàm"; BEFORE_ONLY: "A và B trao đổi" only;
 * RECEIVES: "A tiếp B", both right next to the verb (a courtesy call, named "Cuộc tiếp B của A").
 */
export interface TalkVerb {
  verb: string;
  head: string;
  parties: 'BETWEEN' | 'BEFORE_ONLY' | 'RECEIVES';
  format: 'VIRTUAL' | null;
}

export const TALK_VERBS: readonly TalkVerb[] = [
  { verb: 'hội đàm trực tuyến', head: 'Hội đàm trực tuyến', parties: 'BETWEEN', format: 'VIRTUAL' },
  { verb: 'hội đàm', head: 'Hội đàm', parties: 'BETWEEN', format: null },
  { verb: 'điện đàm', head: 'Điện đàm', parties: 'BETWEEN', format: 'VIRTUAL' },
  { verb: 'hội kiến', head: 'Hội kiến', parties: 'BETWEEN', format: null },
  { verb: 'trao đổi trực tuyến', head: 'Cuộc trao đổi trực tuyến', parties: 'BETWEEN', format: 'VIRTUAL' },
  { verb: 'trao đổi', head: 'Cuộc trao đổi', parties: 'BEFORE_ONLY', format: null },
  { verb: 'gặp gỡ', head: 'Cuộc gặp gỡ', parties: 'BEFORE_ONLY', format: null },
  { verb: 'gặp', head: 'Cuộc gặp', parties: 'BETWEEN', format: null },
  { verb: 'làm việc', head: 'Buổi làm việc', parties: 'BETWEEN', format: null },
  { verb: 'chào xã giao', head: 'Cuộc chào xã giao', parties: 'BETWEEN', format: null },
  { verb: 'chào từ biệt', head: 'Cuộc chào từ biệt', parties: 'BETWEEN', format: null },
  { verb: 'tiếp xã giao', head: 'Cuộc tiếp', parties: 'RECEIVES', format: null },
  { verb: 'tiếp', head: 'Cuộc tiếp', parties: 'RECEIVES', format: null },
];

/**
 * A talk verb in running text: group 1 the verb, group 2 a following "với" (the second party after
 * it). Not inside a longer word ("trực tiếp", "tiếp tục", "gặp nhau" has no party and is dropped later).
 */
export const TALK = new RegExp(`(?<![\\p{L}])(${TALK_VERBS.map((t) => t.verb).join('|')})(\\s+với)?\\s`, 'gu');

/** The name of a talk found by its verb: its parties are named inside it. */
export const TALK_NAME = new RegExp(`^(${[...new Set(TALK_VERBS.map((t) => t.head))].join('|')}) `, 'u');

/**
 * The noun of a talk written without its parties ("Tại hội đàm, …", "hai Thủ tướng tiến hành hội
 * đàm", "Cuộc hội kiến kéo dài 30 phút"): it points back at the article's talk of that kind. Group 1 the noun.
 */
export const TALK_NOUN = /(?<![\p{L}])(hội đàm|hội kiến|điện đàm|(?<=cuộc )gặp(?! gỡ))(?![\p{L}])/giu;

/** Verbs whose talk is held face to face unless the text says otherwise. */
export const IN_PERSON_TALK_HEADS = ['Hội đàm', 'Hội kiến', 'Cuộc gặp', 'Cuộc gặp gỡ', 'Buổi làm việc', 'Cuộc chào xã giao', 'Cuộc chào từ biệt', 'Cuộc tiếp'];

/**
 * An organisation whose chair rotates among its members, written after the country holding it:
 * "…, Chủ tịch ASEAN năm 2021", "với tư cách nước giữ cương vị Chủ tịch ASEAN". Group 1 the
 * organisation, group 2 the year when written.
 */
export const ROTATING_CHAIR = /Chủ tịch (ASEAN|APEC|G20|G7|AIPA|BRICS|ASEM)(?:\s+(?:năm\s+)?(\d{4}))?/gu;
