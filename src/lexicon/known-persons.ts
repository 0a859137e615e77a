// Well-known people whose names Vietnamese text renders differently from international usage:
// Sino-Vietnamese readings of Chinese names ("Vương Nghị" is Wang Yi), Vietnamese phonetic
// spellings of Russian ones. When the text names one of them, the other forms become aliases, so
// search and merging find the person under any of them. Names only; no facts about the people.
export const KNOWN_NAME_FORMS: readonly (readonly string[])[] = [
  ['Vương Nghị', 'Wang Yi'],
  ['Tập Cận Bình', 'Xi Jinping'],
  ['Lý Cường', 'Li Qiang'],
  ['Lý Khắc Cường', 'Li Keqiang'],
  ['Tần Cương', 'Qin Gang'],
  ['Hồ Cẩm Đào', 'Hu Jintao'],
  ['Ôn Gia Bảo', 'Wen Jiabao'],
  ['Triệu Lạc Tế', 'Zhao Leji'],
  ['Vương Hỗ Ninh', 'Wang Huning'],
  ['Hàn Chính', 'Han Zheng'],
  ['Đinh Tiết Tường', 'Ding Xuexiang'],
  ['Dương Khiết Trì', 'Yang Jiechi'],
  ['Vương Văn Đào', 'Wang Wentao'],
  ['Đổng Quân', 'Dong Jun'],
  ['Ngụy Phượng Hòa', 'Wei Fenghe'],
  ['Sergey Lavrov', 'Sergei Lavrov', 'Xéc-gây Láp-rốp'],
  ['Vladimir Putin', 'Vla-đi-mia Pu-tin'],
  ['Mikhail Mishustin', 'Mi-khai-in Mi-su-xtin'],
];
