// Statements made at no meeting, known by the shape of their sentence: a letter, a communiqué, a
// video post or an interview ("Trong thư chúc mừng gửi ngày 8/1, …", "Trả lời phỏng vấn trước
// chuyến đi, …"); a news outlet's report ("Đài DW đưa tin …"); a ministry's notice of what is
// still to come ("Bộ Ngoại giao thông báo Thủ tướng sẽ thăm …"). News puts these beside the
// meeting it reports, and they were not said there.
import type { SpeakerKindName } from './statement-subject.ts';

/** A written or recorded medium, or an interview, opening the sentence. */
const MEDIUM_OPENING = /^\s*(?:Trong|Qua|Tại)\s+(?:bức\s+|lá\s+|bản\s+|đoạn\s+|cuộc\s+|buổi\s+)?(?:thư|điện|thông điệp|thông cáo|tuyên bố|video|bài viết|bài đăng|bài trả lời phỏng vấn|trả lời phỏng vấn|phỏng vấn)(?=[\s,]|$)/iu;

/** Answering the press ahead of (or away from) a visit: "Trả lời phỏng vấn …", "Trả lời báo chí trước chuyến thăm, …". */
const INTERVIEW_OPENING = /^\s*(?:Trả lời phỏng vấn|Trả lời (?:báo chí|câu hỏi|phóng viên)[^,]{0,80}?\s(?:trước|trước thềm|trước khi)\s)/iu;

/** A news outlet as the speaker: "Báo Straits Times", "Đài Deutsche Welle", "Hãng tin này". */
const MEDIA_SPEAKER = /^\s*(?:báo(?!\s+cáo)|tờ|đài|hãng tin|hãng thông tấn|kênh|tạp chí|trang tin|truyền thông)(?=[\s,]|$)/iu;

/** Verbs that report news rather than speak at an event. */
const REPORT_VERB = /^(?:đưa tin|loan tin|dẫn lời)$/iu;

/** Verbs that announce ("cho biết" is not one: "Phía Nhật Bản cho biết sẽ …" is said at talks). */
const NOTICE_VERB = /^(?:thông báo|công bố|loan báo)$/iu;

/** What is still to come: "sẽ", "dự kiến", "sắp". */
const FUTURE = /(?:^|\s)(?:sẽ|dự kiến|sắp)\s/iu;

export interface SaidInSentence {
  speakerKind: SpeakerKindName;
  speakerLabel: string;
  verb: string;
  content: string;
}

/**
 * Why the statements of a sentence were made at no meeting, by the sentence's shape and theirs:
 * "record" (a letter, an interview, a news report: at no meeting, whatever the article reports) or
 * "notice" (a ministry announcing what is to come: not said at the talks the article reports, though
 * a conference announced in advance is what such notices describe); null when neither.
 */
export function saidAtNoMeeting(sentence: string, statements: readonly SaidInSentence[]): 'record' | 'notice' | null {
  if (MEDIUM_OPENING.test(sentence) || INTERVIEW_OPENING.test(sentence)) return 'record';
  if (statements.some((s) => MEDIA_SPEAKER.test(s.speakerLabel) || REPORT_VERB.test(s.verb.trim()))) return 'record';
  return statements.some(isNotice) ? 'notice' : null;
}

/** An organisation's announcement of what is still to come (a country, "Phía Nhật Bản", speaks at talks). */
function isNotice(s: SaidInSentence): boolean {
  return s.speakerKind === 'ORGANISATION' && NOTICE_VERB.test(s.verb.trim()) && FUTURE.test(s.content);
}
