// Folding makes "Bùi Thanh Sơn", "BUI THANH SON" and "bui  thanh son" compare equal: lower case,
// diacritics removed (đ→d, which Unicode does not decompose), whitespace collapsed. Search columns
// hold folded text so PostgreSQL and PGlite match the same way without depending on unaccent().
const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
