// Words around meeting mentions that are not meeting names themselves: heads of informal meetings,
// the words that link them to their partners, and the words a meeting's name may or may not hold.

/** Heads of informal meetings ("cuộc gặp giữa ACW với …"). */
export const INFORMAL_HEADS = [
  'cuộc họp', 'cuộc gặp', 'cuộc hội đàm', 'cuộc thảo luận', 'cuộc điện đàm', 'cuộc tiếp xúc', 'cuộc gặp gỡ', 'cuộc trao đổi',
  'họp', 'đối thoại',
];
/** Words that join an informal head to whom it was with ("chung với", "giữa"). */
export const INFORMAL_LINKS = ['chung với', 'giữa', 'với', 'của', 'về'];
/** Single words allowed between an informal head and its link ("cuộc họp trực tuyến với"). */
export const INFORMAL_MODIFIER_WORDS = ['nội', 'bộ', 'làm', 'việc', 'đặc', 'biệt', 'trực', 'tuyến', 'song', 'phương', 'cấp', 'cao', 'hẹp'];
/** Words that join the parties of an informal meeting. */
export const INFORMAL_CONNECTORS = ['và', 'với', 'của', 'giữa', 'các', 'chung'];
/** Words that make a head plural or indefinite ("các hội nghị"): not one meeting. */
export const PLURAL_WORDS = ['các', 'những', 'nhiều', 'một', 'loạt', 'số'];
/** Lower-case words that end a meeting name: what follows is about it, not part of it. */
export const LINK_WORDS = [
  'tại', 'ở', 'và', 'với', 'của', 'giữa', 'về', 'do', 'cho', 'từ', 'đến', 'trong', 'theo', 'sau', 'trước', 'là', 'khi', 'tới', 'vào',
  'nhằm', 'để', 'lần', 'thứ', 'khóa', 'khoá', 'tháng', 'năm', 'ngày',
];
/** Lower-case words a committee's or forum's name may hold ("Ủy ban hỗn hợp về hợp tác kinh tế"). */
export const NAME_WORDS = (
  'ban hỗn hợp về tác song phương liên kinh tế thương mại khoa học kỹ thuật công nghệ chung đa quốc phòng an ninh văn ' +
  'hóa giáo dục hữu nghị chiến lược đối ngoại toàn diện thường niên hàng hải biển'
).split(' ');

/** Words before a meeting head that make it a building or a body in a title, not a meeting ("Trung tâm Hội nghị Quốc gia", "Chủ tịch Đại hội đồng"). */
export const NOT_A_MEETING_BEFORE = ['trung tâm', 'cung', 'nhà', 'phòng', 'hội trường', 'chủ tịch', 'phó chủ tịch', 'thư ký', 'tổng thư ký'];

/**
 * Words that end a lower-case run after a capitalised word of a meeting's name: verbs and time
 * words that start what is said about the meeting ("Hội nghị ASEAN diễn ra …").
 */
export const NAME_RUN_STOPS = (
  'diễn được đã sẽ đang có là khai bế thông kết bắt nhằm cũng vừa mới thu quy tiếp gồm theo hôm sáng chiều tối trưa ngày năm ' +
  'tháng lần này đó nói trên sau trước khi do bởi vì nên mà thì cùng các những hai ba chính tổ kéo dành chủ đồng ra vào hồi dịp lúc qua tới nay tuần vừa'
).split(' ');
