// Folding makes "Bùi Thanh Sơn", "BUI THANH SON" and "bui  thanh son" compare equal: lower case,
// diacritics removed (đ→d, which Unicode does not decompose), whitespace collapsed. Search columns
// hold folded text so PostgreSQL and PGlite match the same way without depending on unaccent().
import { BoundedCache } from '../cache/bounded-cache.ts';

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

// The extraction stages fold the same names and phrases again and again: remembered, bounded by
// entries and by characters held (folded clauses can be a sentence long; one entry is at most a
// quarter of the weight, so an article body never empties it).
const cache = new BoundedCache<string, string>('ingest_fold', 20_000, 1_000_000, (text, folded) => text.length + folded.length);

export function fold(text: string): string {
  // get and set rather than memo(): a call through memo's shared compute argument is not inlined.
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const folded = foldText(text);
  cache.set(text, folded);
  return folded;
}
