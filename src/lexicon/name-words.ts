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
