// Speech verbs mapped to the SpeechAct enum. Longest match wins ("tái khẳng định" before "khẳng định").
export type SpeechActName =
  | 'ASSERT' | 'PROPOSE' | 'COMMIT' | 'SUPPORT' | 'WELCOME' | 'APPRECIATE' | 'AGREE' | 'CONCERN' | 'CALL' | 'INFORM' | 'OTHER';

export const SPEECH_VERBS: Record<string, SpeechActName> = {
  'khẳng định': 'ASSERT', 'tái khẳng định': 'ASSERT', 'nhấn mạnh': 'ASSERT', 'nêu rõ': 'ASSERT', 'cho rằng': 'ASSERT',
  'nhận định': 'ASSERT', 'chỉ rõ': 'ASSERT', 'nêu bật': 'ASSERT', 'tuyên bố': 'ASSERT', 'thừa nhận': 'ASSERT',
  'nhắc lại': 'ASSERT', 'tin tưởng': 'ASSERT', 'đánh giá': 'ASSERT', 'nói': 'ASSERT', 'lưu ý': 'ASSERT', 'khuyến cáo': 'CALL',
  'cho hay': 'INFORM', 'tin rằng': 'ASSERT', 'hy vọng': 'OTHER', 'hi vọng': 'OTHER', 'kỳ vọng': 'OTHER',
  'chia buồn': 'OTHER', 'lên án': 'CONCERN', 'coi': 'ASSERT', 'nêu': 'ASSERT', 'nhận xét': 'ASSERT', 'chỉ ra': 'ASSERT',
  'ôn lại': 'ASSERT', 'nhắc tới': 'ASSERT', 'nhắc đến': 'ASSERT', 'đề cao': 'ASSERT', 'phát biểu': 'ASSERT',
  'đưa tin': 'INFORM', 'chia sẻ': 'INFORM', 'mô tả': 'INFORM', 'báo cáo': 'INFORM', 'trả lời': 'INFORM', 'xác nhận': 'INFORM',
  'tiết lộ': 'INFORM', 'giải thích': 'INFORM', 'gợi ý': 'PROPOSE', 'mời': 'PROPOSE', 'hứa': 'COMMIT', 'cam đoan': 'COMMIT',
  'chúc': 'WELCOME', 'vui mừng': 'WELCOME', 'khen ngợi': 'APPRECIATE', 'biểu dương': 'APPRECIATE', 'tri ân': 'APPRECIATE',
  'cám ơn': 'APPRECIATE', 'hài lòng': 'APPRECIATE', 'mong': 'OTHER', 'mong đợi': 'OTHER', 'thúc giục': 'CALL',
  'khuyến khích': 'CALL', 'chỉ trích': 'CONCERN', 'cáo buộc': 'CONCERN', 'tố cáo': 'CONCERN', 'nói rõ': 'ASSERT',
  'nói thêm': 'INFORM', 'bình luận': 'ASSERT', 'phân tích': 'ASSERT', 'dự báo': 'ASSERT', 'đề cập': 'INFORM', 'phản bác': 'OTHER',
  'viết': 'ASSERT', 'nhắn nhủ': 'CALL',
  'cho biết': 'INFORM', 'cho biết thêm': 'INFORM', 'thông báo': 'INFORM', 'cập nhật': 'INFORM', 'giới thiệu': 'INFORM',
  'thông tin': 'INFORM', 'nêu lên': 'INFORM',
  'đề nghị': 'PROPOSE', 'đề xuất': 'PROPOSE', 'kiến nghị': 'PROPOSE', 'khuyến nghị': 'PROPOSE', 'nhắc nhở': 'PROPOSE',
  'cam kết': 'COMMIT', 'ủng hộ': 'SUPPORT', 'tán thành': 'SUPPORT',
  'hoan nghênh': 'WELCOME', 'chúc mừng': 'WELCOME', 'chào mừng': 'WELCOME',
  'đánh giá cao': 'APPRECIATE', 'cảm ơn': 'APPRECIATE', 'ghi nhận': 'APPRECIATE', 'tỏ hài lòng': 'APPRECIATE',
  'ca ngợi': 'APPRECIATE', 'trân trọng': 'APPRECIATE',
  'nhất trí': 'AGREE', 'thống nhất': 'AGREE', 'đồng ý': 'AGREE', 'đồng tình': 'AGREE',
  'quan ngại': 'CONCERN', 'lo ngại': 'CONCERN',
  'kêu gọi': 'CALL', 'yêu cầu': 'CALL', 'hối thúc': 'CALL', 'cảnh báo': 'CALL',
  'bày tỏ': 'OTHER', 'mong muốn': 'OTHER', 'phản đối': 'OTHER', 'bác bỏ': 'OTHER',
};

/** Words between a subject and its verb that belong to neither ("đã", "cũng", "phát biểu"). */
/**
 * Verbs whose content names a feeling or stance as a noun ("bày tỏ tin tưởng vào …"): the verb is
 * the verb alone, its act is that of the noun when the noun is itself a speech verb.
 */
export const STANCE_VERBS: string[] = ['bày tỏ'];

/**
 * Verbs that only report speech when their content follows as a quotation, after a colon or after
 * "rằng" ("phát biểu: “…”", "trả lời rằng …"); otherwise they name an act ("phát biểu tại hội nghị",
 * "trả lời phỏng vấn").
 */
export const QUOTE_ONLY_VERBS: string[] = ['phát biểu', 'trả lời', 'viết', 'phân tích', 'bình luận'];

/** Words right after a verb that make it part of another word ("nói chuyện", "coi trọng", "hứa hẹn"). */
export const COMPOUND_FOLLOWERS: Record<string, string[]> = {
  'nói': ['chuyện'], 'coi': ['trọng', 'thường', 'nhẹ', 'sóc'], 'hứa': ['hẹn'], 'mời': ['gọi'], 'nêu': ['gương'],
  'chia sẻ': ['kinh', 'các', 'những', 'thông'], 'mong': ['manh', 'chờ'], 'chúc': ['thọ', 'tết'], 'báo cáo': ['viên'], 'mô tả': ['công'],
};

/**
 * Words right before a verb that make it a noun ("lời cảm ơn", "bản tuyên bố", "sự ủng hộ") or its
 * subject the one spoken to ("được mời", "bị cáo buộc").
 */
export const NOUN_MARKERS: string[] = ['lời', 'bản', 'sự', 'việc', 'những', 'các', 'cuộc', 'bài', 'ra', 'đưa ra', 'bức', 'về', 'của', 'được', 'bị'];

/** Words right before a verb that make one noun with it ("khách mời", "thư mời"). */
export const COMPOUND_LEADERS: Record<string, string[]> = { 'mời': ['khách', 'thư', 'giấy'] };

/** Verbs of agreement: opening a sentence with "với" after them ("Nhất trí với đánh giá …, X cho biết") they frame the statement that follows. */
export const AGREEMENT_VERBS: string[] = ['nhất trí', 'đồng ý', 'đồng tình', 'thống nhất', 'tán thành'];

/** "thông báo cho nhau": a verb done to each other reports no statement. */
export const RECIPROCAL = /^\s*(cho|với)\s+nhau\b/u;

export const AUXILIARIES: string[] = [
  'đã', 'cũng', 'đều', 'sẽ', 'cùng', 'vẫn', 'tiếp tục', 'luôn', 'một lần nữa', 'phát biểu', 'trong đó', 'đồng thời',
  'thẳng thắn', 'mạnh mẽ', 'hoàn toàn', 'rất', 'đặc biệt', 'còn', 'lại', 'thì', 'trước đó', 'sau đó', 'khi đó', 'cũng đã',
];

/** Determiners that make a subject a collective ("các nước ASEAN", "Hai bên", "Nhiều nước"). */
export const COLLECTIVE_DETERMINERS: string[] = ['các', 'những', 'nhiều', 'hai', 'ba', 'cả hai', 'toàn thể', 'một số', 'đại diện các', 'lãnh đạo các'];

/** Heads of collective subjects. */
export const COLLECTIVE_HEADS: string[] = [
  'nước', 'bên', 'quốc gia', 'nhà lãnh đạo', 'lãnh đạo', 'đại biểu', 'nguồn tin', 'quan chức', 'thành viên', 'đối tác',
  'Bộ trưởng', 'bộ trưởng', 'Ngoại trưởng', 'ngoại trưởng', 'Đại sứ', 'đại sứ', 'Thủ tướng', 'nhà ngoại giao', 'chuyên gia',
  'học giả', 'phái đoàn', 'đoàn', 'nghị sĩ', 'doanh nghiệp', 'nền kinh tế', 'Trưởng đoàn', 'Đại biện', 'phía',
];
