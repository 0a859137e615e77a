// Persons in one text field. A name follows a title ("Ngoại trưởng Nhật Bản Toshimitsu Motegi"),
// possibly through a qualifier (country, organisation, region, "phụ trách các vấn đề …") and an
// honorific ("Dato", "Samdech Techo", "Bà"), which is dropped. Vietnamese and Sino-Vietnamese names
// are also found without a title by their family name. A title with no name after it is a nominal
// mention ("Thủ tướng khẳng định"), resolved later by coreference.
import { VIETNAMESE_FAMILY_NAMES } from '../lexicon/family-names.ts';
import { QUALIFIER_WORDS, TITLE_CHAIN_WORDS } from '../lexicon/titles.ts';
import { gazetteer } from './gazetteer.ts';
import { isAllCaps, tokenize, type Token } from './tokens.ts';

export interface PersonMention {
  start: number;
  end: number;
  /** The whole phrase as written: title, qualifier, honorific and name. */
  text: string;
  /** The name alone; null for a nominal mention. */
  name: string | null;
  nameStart: number;
  nameEnd: number;
  /** Title(s) as written ("Phó Thủ tướng kiêm Bộ trưởng Ngoại giao"). */
  title: string | null;
  /** Title with its qualifier ("Ngoại trưởng Indonesia"). */
  role: string | null;
  honorific: string | null;
  countryCode: string | null;
  organisation: string | null;
  nominal: boolean;
}

const FAMILY = new Set(VIETNAMESE_FAMILY_NAMES.map((n) => n.toLowerCase()));
const QUALIFIERS = QUALIFIER_WORDS.map((q) => q.split(' ')).sort((a, b) => b.length - a.length);
/** Capitalised words that start sentences and phrases but never a name. */
const NOT_A_NAME = new Set(
  ('hội nghị đại bộ ủy uỷ tổng phó chủ thủ cộng quốc liên hiệp trung ban việt nhà sở tổ diễn lễ chính trụ văn khu trường viện ' +
    'ngày tuần dịp theo tại trong với sau trước các những đây điều đó nhân khi việc hai ba nhiều tuyên kế chương đoàn đảng ' +
    'hội đồng thông báo tin bài ảnh video infographic phiên kỳ khóa cuộc đối tham phát tiếp thăm từ đến vào năm tháng ' +
    'quan cùng để là có được không và nhưng này the của chiều sáng tối trưa hôm covid asean').split(' '),
);
/** Two-syllable common nouns whose first syllable, capitalised, looks like a given name. */
const COMMON_COMPOUNDS = new Set([
  'thanh niên', 'văn hóa', 'văn hoá', 'quốc gia', 'quốc tế', 'nhân dân', 'trung ương', 'chính phủ', 'công an', 'hữu nghị', 'phụ nữ',
  'đại học', 'thiếu niên', 'nhi đồng', 'hòa bình', 'an ninh', 'kinh tế', 'xã hội', 'dân tộc', 'tổ quốc', 'giải phóng', 'cách mạng',
  'thương mại', 'phát triển', 'hợp tác', 'liên minh', 'thể thao', 'du lịch', 'nghệ thuật', 'khoa học', 'công nghệ', 'ngoại giao',
]);
const PLACE_WORDS = new Set(['tỉnh', 'thành', 'phố', 'tp', 'quận', 'huyện', 'xã', 'phường', 'đường', 'sông', 'núi', 'làng', 'đảo', 'biển', 'vịnh', 'cầu', 'chùa', 'đền']);

function isNameToken(t: Token, first: boolean): boolean {
  if (!t.upper || t.numeric) return false;
  if (first && NOT_A_NAME.has(t.lower)) return false;
  if (isAllCaps(t) && (first || t.text.length > 3)) return false;
  return true;
}

/** Name tokens from i: capitalised words joined by spaces or hyphens ("Chung Eui-yong"). */
function readName(text: string, tokens: Token[], i: number): number {
  let j = i;
  while (j < tokens.length && j - i < 5) {
    const t = tokens[j]!;
    if (j > i) {
      const g = text.slice(tokens[j - 1]!.end, t.start);
      if (g === '-' && /\p{L}/u.test(t.text[0]!)) {
        j += 1;
        continue;
      }
      // A middle initial with its dot ("Joe R. Biden") continues a foreign name; Vietnamese names
      // have no initials, so "Nguyễn Văn A. Hôm sau" stays two sentences' worth.
      const initial = g === '. ' && j - 1 > i && /^\p{Lu}$/u.test(tokens[j - 1]!.text) && !FAMILY.has(tokens[i]!.lower);
      if (g !== ' ' && !initial) break;
      if (gazetteer.match(text, tokens, j, ['title', 'org'])) break;
    }
    if (!isNameToken(t, j === i)) break;
    j += 1;
  }
  return j;
}

function matchWords(tokens: Token[], j: number, words: string[]): boolean {
  return words.every((w, k) => tokens[j + k]?.lower === w);
}

export function findPersons(text: string): PersonMention[] {
  const tokens = tokenize(text);
  const out: PersonMention[] = [];
  const taken = new Set<number>();
  let i = 0;
  while (i < tokens.length) {
    const head = gazetteer.match(text, tokens, i, ['title', 'honorific']);
    if (!head) {
      i += 1;
      continue;
    }
    // "Đại sứ quán" is a building, not an ambassador.
    if (head.entry.kind === 'title' && tokens[head.to]?.lower === 'quán') {
      i = head.to + 1;
      continue;
    }
    let j = head.to;
    let titleEnd = head.end;
    let honorific: string | null = null;
    if (head.entry.kind === 'title') {
      // Chained titles: "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao", "Thứ trưởng Ngoại giao, Trưởng SOM".
      for (;;) {
        const g = text.slice(tokens[j - 1]!.end, tokens[j]?.start ?? text.length);
        const chain = TITLE_CHAIN_WORDS.find((w) => matchWords(tokens, j, w.split(' ')));
        const at = chain ? j + chain.split(' ').length : g.trim() === ',' ? j : -1;
        const next = at >= 0 ? gazetteer.match(text, tokens, at, ['title']) : null;
        if (!next) break;
        j = next.to;
        titleEnd = next.end;
      }
    } else {
      honorific = head.text;
    }
    const title = head.entry.kind === 'title' ? text.slice(head.start, titleEnd) : null;
    let countryCode = head.entry.kind === 'title' ? (head.entry.title.country ?? null) : null;
    let organisation: string | null = null;
    let nameStart = -1;
    let nameEnd = -1;
    let lastQualifierEnd = titleEnd;
    let steps = 0;
    while (j < tokens.length && steps++ < 20) {
      const g = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
      if (!/^[\s\-–]*$/.test(g) || g.length > 3) break;
      const m = gazetteer.match(text, tokens, j, ['country', 'org', 'region', 'city', 'honorific']);
      if (m) {
        if (m.entry.kind === 'honorific') honorific = m.text;
        else {
          if (m.entry.kind === 'country' && !countryCode) countryCode = m.entry.code;
          if (m.entry.kind === 'org' && !organisation) organisation = m.entry.org.name;
          if (m.entry.kind === 'org' && !countryCode && m.entry.org.country) countryCode = m.entry.org.country;
          lastQualifierEnd = m.end;
        }
        j = m.to;
        continue;
      }
      const t = tokens[j]!;
      if (t.text === 'Bộ' && tokens[j + 1]?.upper) {
        // "Bộ Ngoại giao" inside a qualifier: skip the ministry's words.
        j += 2;
        while (tokens[j] && !tokens[j]!.upper && text.slice(tokens[j - 1]!.end, tokens[j]!.start) === ' ' && /^(giao|phòng|an|tư|vụ|tế|chính)$/.test(tokens[j]!.lower)) j += 1;
        lastQualifierEnd = tokens[j - 1]!.end;
        continue;
      }
      if (isAllCaps(t) && !honorific) {
        lastQualifierEnd = t.end;
        j += 1;
        continue;
      }
      // A capitalised office word ("Cao ủy Thương mại EU") qualifies the title; it is not a name.
      const officeWords = QUALIFIERS.find((w) => w.length >= 2 && matchWords(tokens, j, w));
      if (t.upper && officeWords) {
        j += officeWords.length;
        lastQualifierEnd = tokens[j - 1]!.end;
        continue;
      }
      if (t.upper) {
        const end = readName(text, tokens, j);
        if (end > j) {
          nameStart = j;
          nameEnd = end;
        }
        break;
      }
      const q = QUALIFIERS.find((w) => matchWords(tokens, j, w));
      if (q && !(q[0] === 'và' && !gazetteer.match(text, tokens, j + 1, ['region']))) {
        j += q.length;
        continue;
      }
      break;
    }
    if (nameStart >= 0) {
      const name = text.slice(tokens[nameStart]!.start, tokens[nameEnd - 1]!.end);
      const start = head.start;
      const end = tokens[nameEnd - 1]!.end;
      const role = title ? text.slice(head.start, lastQualifierEnd).trim() : null;
      out.push({ start, end, text: text.slice(start, end), name, nameStart: tokens[nameStart]!.start, nameEnd: end, title, role, honorific, countryCode, organisation, nominal: false });
      for (let k = i; k < nameEnd; k++) taken.add(k);
      i = nameEnd;
    } else {
      if (title) {
        const end = lastQualifierEnd;
        out.push({ start: head.start, end, text: text.slice(head.start, end), name: null, nameStart: -1, nameEnd: -1, title, role: text.slice(head.start, end), honorific: null, countryCode, organisation, nominal: true });
      }
      i = Math.max(j, i + 1);
    }
  }
  // Vietnamese and Sino-Vietnamese names without a title: a family name and one to three given names.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (taken.has(k) || !t.upper || !FAMILY.has(t.lower)) continue;
    const prev = tokens[k - 1];
    if (prev && (PLACE_WORDS.has(prev.lower) || (prev.upper && text.slice(prev.end, t.start) === ' '))) continue;
    if (gazetteer.match(text, tokens, k, ['country', 'city', 'org', 'region', 'title'])) continue;
    let e = k + 1;
    while (e < tokens.length && e - k < 4 && tokens[e]!.upper && !isAllCaps(tokens[e]!) && text.slice(tokens[e - 1]!.end, tokens[e]!.start) === ' ' && !taken.has(e)) e += 1;
    if (e - k < 2 || e - k > 4) continue;
    // "Đoàn Thanh niên", "Hồ Văn hóa": the last word and the next one form a common noun.
    const nextTok = tokens[e];
    if (nextTok && !nextTok.upper && COMMON_COMPOUNDS.has(`${tokens[e - 1]!.lower} ${nextTok.lower}`)) continue;
    const start = t.start;
    const end = tokens[e - 1]!.end;
    out.push({ start, end, text: text.slice(start, end), name: text.slice(start, end), nameStart: start, nameEnd: end, title: null, role: null, honorific: null, countryCode: 'VN', organisation: null, nominal: false });
    for (let x = k; x < e; x++) taken.add(x);
    k = e - 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Vietnamese-looking name: starts with a family name, 2-4 one-syllable words. */
export function isVietnameseName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && FAMILY.has(words[0]!.toLowerCase());
}
