// Vietnamese family names, and Chinese ones as read in Sino-Vietnamese ("Vương Nghị", "Tập Cận Bình").
// A capitalised run that starts with one of them and has 2-4 one-syllable tokens is read as a name.
export const VIETNAMESE_FAMILY_NAMES: string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Đào', 'Đoàn', 'Vương', 'Trịnh', 'Đinh', 'Lâm', 'Phùng', 'Mai', 'Tô', 'Trương', 'Tạ', 'Hà', 'Lương', 'Lưu', 'Cao',
  'Chu', 'Thái', 'Tống', 'Triệu', 'Quách', 'Kiều', 'Khổng', 'Lại', 'Lò', 'Mạc', 'Nghiêm', 'Ninh', 'Tôn', 'Thân', 'Văn',
  'Vi', 'Âu', 'Đàm', 'Giang', 'Hứa', 'Khúc', 'Kim', 'Lục', 'Mã', 'Ông', 'Quan', 'Tăng', 'Thạch', 'Ung', 'Ngụy', 'Tập',
  'Lục', 'Tưởng', 'Viên', 'Diệp', 'Doãn', 'Hầu', 'La', 'Bế', 'Nông', 'Sầm', 'Y', 'Châu', 'Từ',
];
