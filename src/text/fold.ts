// Folding makes "Bùi Thanh Sơn", "BUI THANH SON" and "bui  thanh son" compare equal: lower case,
// diacritics removed (đ→d, which Unicode does not decompose), whitespace collapsed. Search columns
// hold folded text so PostgreSQL and PGlite match the same way without depending on unaccent().
const COMBINING_MARKS = /[\u0300-\u036f]/g;

function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

// The extraction stages fold the same names and phrases again and again; those short strings are
// remembered. Long texts (article bodies) are folded once each, so keeping them would only hold memory.
const MEMO_MAX_LENGTH = 120;
const MEMO_MAX_ENTRIES = 20_000;
const memo = new Map<string, string>();

export function fold(text: string): string {
  if (text.length > MEMO_MAX_LENGTH) return foldText(text);
  let f = memo.get(text);
  if (f === undefined) {
    f = foldText(text);
    if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
    memo.set(text, f);
  }
  return f;
}
