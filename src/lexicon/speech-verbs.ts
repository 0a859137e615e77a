// Speech verbs mapped to the SpeechAct enum. Longest match wins ("tái khẳng định" before "khẳng định").
export type SpeechActName =
  | 'ASSERT' | 'PROPOSE' | 'COMMIT' | 'SUPPORT' | 'WELCOME' | 'APPRECIATE' | 'AGREE' | 'CONCERN' | 'CALL' | 'INFORM' | 'OTHER';

export const SPEECH_VERBS: Record<string, SpeechActName> = {
  'khẳng định': 'ASSERT', 'tái khẳng định': 'ASSERT', 'nhấn mạnh': 'ASSERT', 'nêu rõ': 'ASSERT', 'cho rằng': 'ASSERT',
  'nhận định': 'ASSERT', 'chỉ rõ': 'ASSERT', 'nêu bật': 'ASSERT', 'tuyên bố': 'ASSERT', 'thừa nhận': 'ASSERT',
  'nhắc lại': 'ASSERT', 'tin tưởng': 'ASSERT', 'đánh giá': 'ASSERT', 'nói': 'ASSERT', 'lưu ý': 'ASSERT', 'khuyến cáo': 'CALL',
  'cho hay': 'INFORM', 'tin rằng': 'ASSERT', 'bày tỏ tin tưởng': 'ASSERT', 'bày tỏ vui mừng': 'WELCOME', 'hy vọng': 'OTHER',
  'bày tỏ hy vọng': 'OTHER', 'chia buồn': 'OTHER', 'lên án': 'CONCERN',
  'cho biết': 'INFORM', 'cho biết thêm': 'INFORM', 'thông báo': 'INFORM', 'cập nhật': 'INFORM', 'giới thiệu': 'INFORM',
  'thông tin': 'INFORM', 'nêu lên': 'INFORM',
  'đề nghị': 'PROPOSE', 'đề xuất': 'PROPOSE', 'kiến nghị': 'PROPOSE', 'khuyến nghị': 'PROPOSE', 'nhắc nhở': 'PROPOSE',
  'cam kết': 'COMMIT', 'ủng hộ': 'SUPPORT', 'tán thành': 'SUPPORT',
  'hoan nghênh': 'WELCOME', 'chúc mừng': 'WELCOME', 'chào mừng': 'WELCOME',
  'đánh giá cao': 'APPRECIATE', 'cảm ơn': 'APPRECIATE', 'ghi nhận': 'APPRECIATE', 'tỏ hài lòng': 'APPRECIATE',
  'bày tỏ hài lòng': 'APPRECIATE', 'ca ngợi': 'APPRECIATE', 'trân trọng': 'APPRECIATE',
  'nhất trí': 'AGREE', 'thống nhất': 'AGREE', 'đồng ý': 'AGREE', 'đồng tình': 'AGREE',
  'bày tỏ quan ngại': 'CONCERN', 'quan ngại': 'CONCERN', 'lo ngại': 'CONCERN', 'bày tỏ lo ngại': 'CONCERN',
  'kêu gọi': 'CALL', 'yêu cầu': 'CALL', 'hối thúc': 'CALL', 'cảnh báo': 'CALL',
  'bày tỏ': 'OTHER', 'mong muốn': 'OTHER', 'phản đối': 'OTHER', 'bác bỏ': 'OTHER',
};

/** Words between a subject and its verb that belong to neither ("đã", "cũng", "phát biểu"). */
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
