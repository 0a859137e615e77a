// The two ways a news page dates itself. A date line is a short line of page chrome near the
// headline: "11/12/2023 19:42 | Đối ngoại | Thanh Tâm", "Thứ Tư, 20/8/2025 - 10:15",
// "24/05/2016 14:19 GMT+7", "Cập nhật: 09/02/2023 08:00". A dateline opens the first paragraph
// (or a teaser): "HÀ NỘI, 3/11 -", "SINGAPORE, 9/2 (TTXVN) -", "Hà Nội (TTXVN) -", "(VOV) -".
// Both are recognised by shape, never by a list of cities or outlets.
import type { PartialDate } from './dates.ts';
import { mapPacked } from './packed.ts';

const FULL_DATE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-])|(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/u;
const TIME = /\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:SA|CH|AM|PM)?/giu;
const ZONE = /\(?\s*(?:GMT|UTC)\s*[+-]?\s*\d{0,2}\s*\)?/giu;
/** Words a date line may hold before its date: a weekday, a label, a time. */
const BEFORE_DATE = /^(?:\s*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cập\s+nhật(?:\s+lúc)?|ngày\s+đăng|đăng\s+(?:lúc|ngày)|xuất\s+bản|thời\s+gian|published|updated|posted|ngày|lúc|\d{1,2}[:h]\d{2}(?:\s*(?:SA|CH|AM|PM))?)\s*[,:|\-–—]?)*\s*$/iu;
const SEPARATOR = /[|•·]/u;

function valid(d: PartialDate): PartialDate | null {
  if (d.month === undefined || d.month < 1 || d.month > 12) return null;
  if (d.day === undefined || d.day < 1 || d.day > 31) return null;
  if (d.year !== undefined && (d.year < 1900 || d.year > 2100)) return null;
  // "30/2/2024" is no day: the calendar would roll it into March.
  if (new Date(Date.UTC(d.year ?? 2000, d.month - 1, d.day)).getUTCDate() !== d.day) return null;
  return d;
}

/** The date of a date line, or null when the line is anything else (a sentence, a headline, a teaser). */
export function dateLineDate(line: string): PartialDate | null {
  if (line.length > 120) return null;
  const m = FULL_DATE.exec(line);
  if (!m || !BEFORE_DATE.test(line.slice(0, m.index))) return null;
  const rest = line.slice(m.index + m[0].length).replace(TIME, '').replace(ZONE, '');
  // After the date: a time, a zone, and short chrome between separators (section, author); no prose.
  const parts = mapPacked(rest.split(SEPARATOR), (p) => p.replace(/[\s,\-–—()]+/gu, ' ').trim());
  if (parts.length === 1 && parts[0] !== '') return null;
  if (parts.some((p) => p.split(' ').length > 6)) return null;
  const date = m[1] !== undefined ? { day: Number(m[1]), month: Number(m[3]), year: Number(m[4]) } : { year: Number(m[5]), month: Number(m[6]), day: Number(m[7]) };
  return valid(date);
}

export interface Dateline {
  /** The place written before the date, as written ("HÀ NỘI"); null when the dateline names none. */
  place: string | null;
  date: PartialDate | null;
  /** The news agency in parentheses ("TTXVN"), or the outlet before the dash ("VOV.VN"). */
  agency: string | null;
  /** Characters the dateline takes at the start of the line, the dash and following space included. */
  length: number;
}

// PLACE, d/m(/yyyy) (AGENCY) –   |   PLACE (AGENCY) –   |   (AGENCY) –   |   outlet.vn –
const PLACE = String.raw`\p{Lu}[\p{L}.'’]*(?:[ -]\p{Lu}[\p{L}.'’]*){0,3}`;
const DATELINE = new RegExp(
  String.raw`^(?:(${PLACE})\s*,\s*(?:ngày\s+)?(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}))?(?:\s*\(([^()\d]{2,30})\))?|(${PLACE})?\s*\(([^()\d]{2,30})\)|([\p{L}\d-]+\.(?:vn|com|net|org)))\s*[-–—]+\s*`,
  'u',
);

/** The dateline opening a paragraph, or null. A place alone before a dash ("Việt Nam - Lào") is not one: it needs a date or an agency. */
export function readDateline(line: string): Dateline | null {
  const m = DATELINE.exec(line);
  if (!m || m[0].length === line.length) return null;
  const agency = (m[5] ?? m[7] ?? m[8] ?? null)?.trim() ?? null;
  // "(Ảnh: …) -", "(giờ địa phương) -": words in parentheses that are not an agency's name.
  if (agency && !/^[\p{Lu}\d][\p{L}\d.+ -]*$/u.test(agency)) return null;
  if (agency && agency.split(/\s+/).length > 3) return null;
  const date = m[2] !== undefined ? valid({ day: Number(m[2]), month: Number(m[3]), year: m[4] ? Number(m[4]) : undefined }) : null;
  if (m[2] !== undefined && !date) return null;
  return { place: (m[1] ?? m[6])?.trim() || null, date, agency, length: m[0].length };
}
