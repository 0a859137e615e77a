// Words around person names: capitalised words that never start a name, common nouns that look like
// given names, and place words before which a family name is a place's name.

/** Capitalised words that start sentences and phrases but never a name. */
export const NOT_A_NAME = (
  'hội nghị đại bộ ủy uỷ tổng phó chủ thủ cộng quốc liên hiệp trung ban việt nhà sở tổ diễn lễ chính trụ văn khu trường viện ' +
    'ngày tuần dịp theo tại trong với sau trước các những đây điều đó nhân khi việc hai ba nhiều tuyên kế chương đoàn đảng ' +
    'hội đồng thông báo tin bài ảnh video infographic phiên kỳ khóa cuộc đối tham phát tiếp thăm từ đến vào năm tháng ' +
    'quan cùng để là có được không và nhưng này the của chiều sáng tối trưa hôm covid asean').split(' ');
/** Two-syllable common nouns whose first syllable, capitalised, looks like a given name. */
export const COMMON_COMPOUNDS = [
  'thanh niên', 'văn hóa', 'văn hoá', 'quốc gia', 'quốc tế', 'nhân dân', 'trung ương', 'chính phủ', 'công an', 'hữu nghị', 'phụ nữ',
  'đại học', 'thiếu niên', 'nhi đồng', 'hòa bình', 'an ninh', 'kinh tế', 'xã hội', 'dân tộc', 'tổ quốc', 'giải phóng', 'cách mạng',
  'thương mại', 'phát triển', 'hợp tác', 'liên minh', 'thể thao', 'du lịch', 'nghệ thuật', 'khoa học', 'công nghệ', 'ngoại giao',
];
/** Words before which a family name is part of a place's name ("tỉnh Lâm Đồng"). */
export const PLACE_WORDS = ['tỉnh', 'thành', 'phố', 'tp', 'quận', 'huyện', 'xã', 'phường', 'đường', 'sông', 'núi', 'làng', 'đảo', 'biển', 'vịnh', 'cầu', 'chùa', 'đền'];

/**
 * Lower-case particles inside foreign names, between two capitalised parts ("Lula da Silva",
 * "Abdulla bin Touq Al Marri", "Ursula von der Leyen", "José Ortega y Gasset").
 */
export const NAME_PARTICLES = ['bin', 'bint', 'binti', 'ibn', 'al', 'el', 'da', 'de', 'dos', 'das', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'du', 'la', 'le', 'y', 'zu', 'af'];

/** Words before which a capitalised run is a place visited, not a person ("tham quan Văn Miếu"); lower case. */
export const VISIT_WORDS = ['tham quan', 'viếng', 'tại', 'ở'];

/**
 * Lower-case words that end a title's complement: what follows a name rather than continues an
 * office's name ("Thủ tướng Hun Sen khẳng định", "Bộ trưởng Hubertus Heil và …"). Speech verbs and
 * auxiliaries are added from their own lexicon.
 */
export const AFTER_NAME_WORDS = [
  'và', 'kiêm', 'cùng', 'với', 'là', 'được', 'bị', 'có', 'cho', 'để', 'thì', 'mà', 'rằng', 'nhưng', 'hay', 'hoặc', 'khi', 'sau', 'trước',
  'trong', 'nhân dịp', 'ngày', 'sáng', 'chiều', 'tối', 'trưa', 'hôm', 'vừa', 'từng', 'đang', 'nay', 'này', 'đó', 'ấy', 'ông', 'bà', 'hai', 'ba',
  'hội đàm', 'hội kiến', 'điện đàm', 'tiếp', 'gặp', 'thăm', 'dự', 'tham dự', 'chủ trì', 'đồng chủ trì', 'dẫn đầu', 'trao', 'ký', 'gửi',
  'đến', 'tới', 'sang', 'về', 'lên', 'nhận', 'trả lời', 'đón', 'tiễn', 'chúc', 'mong', 'hứa', 'khen ngợi', 'họp', 'làm việc', 'chào',
  'phát biểu', 'trao đổi', 'đưa tin', 'công bố', 'tổ chức', 'chứng kiến', 'chỉ đạo', 'lên đường', 'tặng',
  'cử', 'bổ nhiệm', 'đặt', 'dẫn', 'nêu', 'đánh giá', 'cảm ơn', 'chia sẻ', 'nhấn mạnh', 'yêu cầu', 'ký kết', 'thông qua', 'thảo luận', 'đi', 'rời', 'bắt đầu', 'kết thúc', 'mời', 'theo', 'do', 'của', 'tại', 'ở', 'từ', 'khẳng định',
];
