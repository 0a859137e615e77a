// Meeting mentions in one text field, classified against the series registry. Forms: a head and a
// name ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54 (AMM-54)"), acronym forms ("AMM 53",
// "COP26"), several ordinals at once ("lần thứ 38 và 39" → two meetings), Roman numerals ("khóa
// XIV"), informal meetings ("cuộc gặp giữa ACW với …"), and regular sessions ("phiên thường kỳ
// tháng 10/2021").
import { FORMAT_WORDS, MEETING_HEADS, MEETING_MODIFIERS, MEETING_SERIES, type MeetingLevelName, type MeetingSeriesEntry } from '../lexicon/meeting-series.ts';
import { COUNTRIES } from '../lexicon/countries.ts';
import { MINISTRIES, ORGANISATION_HEADS, ORGANISATIONS } from '../lexicon/organisations.ts';
import { BoundedCache } from '../cache/bounded-cache.ts';
import { fold } from './fold-cache.ts';
import { gazetteer } from './gazetteer.ts';
import { isAllCaps, tokenize, type Token } from './tokens.ts';

export interface MeetingMention {
  start: number;
  end: number;
  text: string;
  /** Display name (canonical when the series is known). */
  name: string;
  series: string | null;
  partner: string | null;
  ordinal: number | null;
  /** A year written in the name ("APEC 2021", "tháng 10/2021"). */
  nameYear: number | null;
  acronym: string | null;
  level: MeetingLevelName;
  format: 'VIRTUAL' | 'IN_PERSON' | 'HYBRID' | null;
  /** Folded core used for keys of meetings outside the registry. */
  core: string;
  informal: boolean;
}

const ORDINAL_WORDS: Record<string, number> = {
  nhất: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
};
const ROMAN = /^(?=[MDCLXVI])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;

export function romanToInt(s: string): number | null {
  if (!ROMAN.test(s)) return null;
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]!]!;
    const b = v[s[i + 1] ?? ''] ?? 0;
    n += a < b ? -a : a;
  }
  return n;
}

const HEADS = MEETING_HEADS.map((h) => tokenize(h).map((t) => t.lower)).sort((a, b) => b.length - a.length);
const MODIFIERS = MEETING_MODIFIERS.map((m) => tokenize(m).map((t) => t.lower)).sort((a, b) => b.length - a.length);
const ACRONYM_SERIES = new Map<string, MeetingSeriesEntry>();
for (const s of MEETING_SERIES) for (const a of s.acronyms ?? []) if (!a.includes(' ')) ACRONYM_SERIES.set(a, s);
/** Partners of "ASEAN - {p}" meetings: countries and organisations by folded name. */
const PARTNERS = new Map<string, string>();
for (const c of COUNTRIES) for (const a of [c.name, ...c.aliases, ...(c.contextual ?? [])]) PARTNERS.set(fold(a), c.code);
for (const o of ORGANISATIONS) for (const a of [o.name, ...(o.aliases ?? []), ...(o.acronym ? [o.acronym] : [])]) PARTNERS.set(fold(a), o.acronym ?? fold(o.name));

const COMPILED = MEETING_SERIES.map((s) => ({
  series: s,
  patterns: s.patterns.map((p) => {
    const parts = p.split('{p}');
    return { exact: parts.length === 1 ? p : null, parts };
  }),
}));

function matchWords(tokens: Token[], j: number, words: string[]): boolean {
  return words.every((w, k) => tokens[j + k]?.lower === w);
}

const FORMAT_RES = Object.keys(FORMAT_WORDS).map((w) => new RegExp(`\\b${fold(w)}\\b`, 'g'));
const coreCache = new BoundedCache<string, string>('ingest_meeting_core', 5_000, 500_000, (name, core) => name.length + core.length);

/** The folded core of a name: no "(…)", format words, ordinals, years or dates. */
export function meetingCore(name: string): string {
  return coreCache.memo(name, computeCore);
}

function computeCore(name: string): string {
  let f = fold(name).replace(/\([^)]{0,40}\)/g, ' ').replace(/([a-z]{2,})(\d)/g, '$1 $2');
  for (const re of FORMAT_RES) f = f.replace(re, ' ');
  f = f
    .replace(/\blan thu [\w ,]{0,30}?(?=$| (?!va\b)[a-z]{2,})/g, ' ')
    .replace(/\b(khoa|lan) [ivxlc]+\b/g, ' ')
    .replace(/\bthang \d{1,2}\/\d{4}\b/g, ' ')
    .replace(/\bthu (?=\d)/g, ' ')
    .replace(/\s*\+\s*3\b/g, 'plusthree')
    .replace(/\b\d+\b/g, ' ')
    .replace(/plusthree/g, '+3')
    .replace(/\s*[-–]\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^-\s*|\s*-$/g, '');
  return f;
}

export function classifySeries(name: string): { series: MeetingSeriesEntry; partner: string | null } | null {
  const core = meetingCore(name);
  for (const { series, patterns } of COMPILED) {
    for (const p of patterns) {
      if (p.exact !== null) {
        if (core === p.exact) return { series, partner: null };
        continue;
      }
      const [before, after] = [p.parts[0]!, p.parts.slice(1).join('{p}')];
      if (!core.startsWith(before) || !core.endsWith(p.parts.at(-1)!)) continue;
      const middle = core.slice(before.length, core.length - p.parts.at(-1)!.length).trim();
      if (p.parts.length === 2) {
        const code = PARTNERS.get(middle);
        if (code) return { series, partner: code };
      } else {
        const [a, b] = middle.split(' - ');
        const ca = a && PARTNERS.get(a.trim());
        const cb = b && PARTNERS.get(b.trim());
        if (ca && cb) return { series, partner: [ca, cb].sort().join('-') };
      }
      void after;
    }
  }
  return null;
}

function levelOf(core: string, series: MeetingSeriesEntry | null): MeetingLevelName {
  if (series) return series.level;
  if (/cap cao|thuong dinh/.test(core)) return 'SUMMIT';
  if (/bo truong|ngoai truong/.test(core)) return 'MINISTERIAL';
  if (/quan chuc cao cap|\bsom\b/.test(core)) return 'SENIOR_OFFICIALS';
  if (/dai su/.test(core)) return 'AMBASSADORS';
  return 'OTHER';
}

function formatOf(text: string): MeetingMention['format'] {
  const f = fold(text);
  if (/ket hop/.test(f)) return 'HYBRID';
  if (/truc tuyen/.test(f)) return 'VIRTUAL';
  if (/truc tiep/.test(f)) return 'IN_PERSON';
  return null;
}

/** Ordinals after "lần thứ": "38 và 39", "44, 45", "mười". */
function readOrdinals(text: string, tokens: Token[], j: number): { values: number[]; next: number } {
  const values: number[] = [];
  let k = j;
  const one = (t: Token | undefined) => (t ? (t.numeric ? Number(t.text) : (ORDINAL_WORDS[t.lower] ?? romanToInt(t.text))) : null);
  const v = one(tokens[k]);
  if (v === null || v === undefined) return { values, next: j };
  values.push(v);
  k += 1;
  while (tokens[k]) {
    const g = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (g === ', ' && tokens[k]!.numeric) {
      values.push(Number(tokens[k]!.text));
      k += 1;
    } else if (g === ' ' && tokens[k]!.lower === 'và' && tokens[k + 1]?.numeric) {
      values.push(Number(tokens[k + 1]!.text));
      k += 2;
    } else break;
  }
  return { values, next: k };
}

function build(text: string, start: number, end: number, ordinals: number[], nameYear: number | null, informal: boolean): MeetingMention[] {
  const surface = text.slice(start, end);
  const cls = informal ? null : classifySeries(surface);
  const core = meetingCore(surface);
  const acronymMatch = surface.match(/\(([A-Z][A-Za-z]{1,10}(?:[ -]\d{1,3})?)\)/);
  const list = ordinals.length ? ordinals : [null];
  return list.map((ordinal) => {
    let name = surface.replace(/^(\p{Ll})/u, (c) => c.toUpperCase());
    if (cls && cls.series.key !== 'BILATERAL-FMM') {
      const partnerName = cls.partner ? partnerSurface(surface) : '';
      name = cls.series.name.replace('{p}', partnerName || (cls.partner ?? ''));
      if (ordinal !== null) name += ` lần thứ ${ordinal}`;
    } else if (ordinals.length > 1) {
      name = name.replace(/lần thứ .*$/u, `lần thứ ${ordinal}`);
    }
    return {
      start, end, text: surface, name, series: cls?.series.key ?? null, partner: cls?.partner ?? null, ordinal,
      nameYear, acronym: acronymMatch?.[1] ?? cls?.series.acronyms?.[0] ?? null, level: levelOf(core, cls?.series ?? null),
      format: formatOf(surface), core, informal,
    };
  });
}

/** "ASEAN - Liên minh châu Âu (EU)" → "Liên minh châu Âu": the partner as written. */
function partnerSurface(surface: string): string {
  const m = surface.replace(/\([^)]{0,40}\)/g, '').match(/ASEAN\s*[-–]\s*(.+?)\s*(?:lần thứ.*)?$/u);
  if (m) return m[1]!.trim();
  const pair = surface.match(/([\p{Lu}][\p{L} ]{1,30}?)\s*[-–]\s*([\p{Lu}][\p{L} ]{1,30})$/u);
  return pair ? `${pair[1]} - ${pair[2]}` : '';
}

const INFORMAL_HEADS = [
  'cuộc họp', 'cuộc gặp', 'cuộc hội đàm', 'cuộc thảo luận', 'cuộc điện đàm', 'cuộc tiếp xúc', 'cuộc gặp gỡ', 'cuộc trao đổi',
  'họp', 'đối thoại',
].map((h) => h.split(' ')).sort((a, b) => b.length - a.length);
const INFORMAL_LINKS = [['chung', 'với'], ['giữa'], ['với'], ['của'], ['về']];
const INFORMAL_MODS = ['nội', 'bộ', 'làm', 'việc', 'đặc', 'biệt', 'trực', 'tuyến', 'song', 'phương', 'cấp', 'cao', 'hẹp'];
const INFORMAL_CONNECTORS = new Set(['và', 'với', 'của', 'giữa', 'các', 'chung']);
const MINISTRY_TOKENS = MINISTRIES.map((m) => tokenize(m).map((t) => t.lower)).sort((a, b) => b.length - a.length);
const PLURAL = new Set(['các', 'những', 'nhiều', 'một', 'loạt', 'số']);

const LINK_WORDS = new Set(['tại', 'ở', 'và', 'với', 'của', 'giữa', 'về', 'do', 'cho', 'từ', 'đến', 'trong', 'theo', 'sau', 'trước', 'là', 'khi', 'tới', 'vào', 'nhằm', 'để', 'lần', 'thứ', 'khóa', 'khoá', 'tháng', 'năm', 'ngày']);
const ORG_HEAD_TOKENS = ORGANISATION_HEADS.map((h) => tokenize(h).map((t) => t.lower));
const NAME_WORDS = new Set(
  ('ban hỗn hợp về tác song phương liên kinh tế thương mại khoa học kỹ thuật công nghệ chung đa quốc phòng an ninh văn ' +
    'hóa giáo dục hữu nghị chiến lược đối ngoại toàn diện thường niên hàng hải biển').split(' '),
);
const FIRST_WORDS = new Set([...HEADS.map((h) => h[0]!), ...INFORMAL_HEADS.map((h) => h[0]!), 'phiên']);

function headAt(tokens: Token[], i: number): number {
  const t = tokens[i]!;
  for (const h of HEADS) if (matchWords(tokens, i, h)) return (t.upper || h.length > 1) ? h.length : 0;
  return 0;
}

export function findMeetings(text: string): MeetingMention[] {
  const tokens = tokenize(text);
  const out: MeetingMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // Most words can start nothing here: skip them cheaply.
    if (!FIRST_WORDS.has(t.lower) && !(t.upper && ACRONYM_SERIES.has(t.text.replace(/\d+$/, '')))) {
      i += 1;
      continue;
    }
    const prev = tokens[i - 1];
    const plural = prev && PLURAL.has(prev.lower) && text.slice(prev.end, t.start) === ' ';
    const h = headAt(tokens, i);
    if (h && plural) {
      i += h;
      continue;
    }
    const pluralInformal = plural && INFORMAL_HEADS.find((w) => matchWords(tokens, i, w));
    if (pluralInformal) {
      i += pluralInformal.length;
      continue;
    }
    const weakHead = h > 0 && (t.lower === 'diễn' || t.lower === 'đối');
    if (h) {
      let j = i + h;
      let distinctive = 0;
      // "Diễn đàn Khu vực ASEAN (ARF) lần thứ 31": an organisation's name opens the meeting's name.
      const orgAtHead = gazetteer.match(text, tokens, i, ['org']);
      if (orgAtHead && orgAtHead.to > j) {
        j = orgAtHead.to;
        distinctive = 1;
      }
      let ordinals: number[] = [];
      let nameYear: number | null = null;
      let lastEnd = orgAtHead && orgAtHead.to === j ? orgAtHead.end : tokens[j - 1]!.end;
      let steps = 0;
      while (j < tokens.length && steps++ < 30) {
        const g = text.slice(lastEnd, tokens[j]!.start);
        const tok = tokens[j]!;
        if (g.includes('(')) {
          // "(AMM-54)", "(EAS)", "(PMC)": an acronym group belongs to the name.
          const close = text.indexOf(')', lastEnd);
          const inner = close > 0 ? text.slice(lastEnd, close + 1).trim() : '';
          if (/^\([A-Z][A-Za-z0-9 +-]{0,20}\)$/.test(inner)) {
            const innerOrd = inner.match(/(\d{1,3})\)$/);
            if (innerOrd && ordinals.length === 0) ordinals = [Number(innerOrd[1])];
            lastEnd = close + 1;
            while (j < tokens.length && tokens[j]!.start < close) j += 1;
            continue;
          }
          break;
        }
        if (!/^[\s\-–+]*$/.test(g) || g.length > 3) break;
        if (matchWords(tokens, j, ['lần', 'thứ'])) {
          const r = readOrdinals(text, tokens, j + 2);
          if (r.values.length === 0) break;
          ordinals = r.values;
          j = r.next;
          lastEnd = tokens[j - 1]!.end;
          continue;
        }
        if (tok.lower === 'thứ' && tokens[j + 1]?.numeric && ordinals.length === 0) {
          ordinals = [Number(tokens[j + 1]!.text)];
          j += 2;
          lastEnd = tokens[j - 1]!.end;
          continue;
        }
        if ((tok.lower === 'khóa' || tok.lower === 'khoá' || tok.lower === 'lần') && tokens[j + 1] && romanToInt(tokens[j + 1]!.text)) {
          if (ordinals.length === 0) ordinals = [romanToInt(tokens[j + 1]!.text)!];
          j += 2;
          lastEnd = tokens[j - 1]!.end;
          continue;
        }
        if (tok.lower === 'tháng' && tokens[j + 1]?.numeric && tokens[j + 2]?.numeric && tokens[j + 2]!.text.length === 4) {
          nameYear = Number(tokens[j + 2]!.text);
          j += 3;
          lastEnd = tokens[j - 1]!.end;
          continue;
        }
        const m = gazetteer.match(text, tokens, j, ['org', 'country', 'region', 'city']);
        if (m && m.entry.kind !== 'city') {
          distinctive += 1;
          j = m.to;
          lastEnd = m.end;
          continue;
        }
        if (tok.numeric) {
          const n = Number(tok.text);
          if (tok.text.length === 4 && n >= 1945 && n <= 2100) nameYear = n;
          else if (distinctive > 0 && tok.text.length <= 3 && ordinals.length === 0) ordinals = [n];
          else break;
          j += 1;
          lastEnd = tok.end;
          continue;
        }
        if (tok.upper) {
          // A title inside a meeting name: "Hội nghị Bộ trưởng Ngoại giao".
          const title = gazetteer.match(text, tokens, j, ['title']);
          if (title) {
            j = title.to;
            lastEnd = title.end;
            continue;
          }
        }
        // Lower-case words of a body's name ("Ủy ban hỗn hợp về hợp tác song phương").
        if (distinctive > 0 && !tok.upper && NAME_WORDS.has(tok.lower) && text.slice(lastEnd, tok.start) === ' ') {
          j += 1;
          lastEnd = tok.end;
          continue;
        }
        // An organisation head inside the name: "Hội nghị thường niên Diễn đàn Kinh tế Thế giới".
        const orgHead = tok.upper ? ORG_HEAD_TOKENS.find((w) => w.length > 1 && matchWords(tokens, j, w)) : undefined;
        if (orgHead) {
          j += orgHead.length;
          lastEnd = tokens[j - 1]!.end;
          distinctive += 1;
          continue;
        }
        // Vietnamese capitalises a word's first syllable only: "Kinh tế Thế giới (WEF)".
        const prevTok = tokens[j - 1]!;
        const nextTok = tokens[j + 1];
        if (!tok.upper && prevTok.upper && distinctive > 0 && !LINK_WORDS.has(tok.lower) && text.slice(prevTok.end, tok.start) === ' ') {
          const after = text.slice(tok.end, nextTok?.start ?? tok.end);
          if ((nextTok?.upper && after === ' ') || /^\s*\(/.test(after)) {
            j += 1;
            lastEnd = tok.end;
            continue;
          }
        }
        const mod = MODIFIERS.find((w) => matchWords(tokens, j, w));
        if (mod) {
          j += mod.length;
          lastEnd = tokens[j - 1]!.end;
          continue;
        }
        if (tok.upper) {
          if (tok.lower === 'tại' || tok.lower === 'ở') break;
          const combined = /^[A-Z]+\d+$/.test(tok.text); // COP26
          if (combined && ordinals.length === 0) ordinals = [Number(tok.text.replace(/^\D+/, ''))];
          distinctive += 1;
          j += 1;
          lastEnd = tok.end;
          continue;
        }
        break;
      }
      // "Diễn đàn Khu vực ASEAN (ARF)" is the organisation; with a number or a year it is a meeting.
      // "Đại hội đồng Liên hợp quốc thông qua …": the organ itself, not one of its sessions.
      const onlyOrganisation = orgAtHead !== null && orgAtHead.end >= lastEnd && ordinals.length === 0 && nameYear === null;
      const accepted = !onlyOrganisation && (!weakHead || ordinals.length > 0 || nameYear !== null);
      if (accepted && (distinctive > 0 || ordinals.length > 0) && lastEnd > t.start) {
        // "Hội nghị Ngoại giao" needs a number or a registry series to be a meeting.
        const ms = build(text, t.start, lastEnd, ordinals, nameYear, false);
        const coreWords = ms[0]!.core.split(' ').length;
        if (ms[0]!.series || ((ordinals.length || nameYear) && coreWords >= 3) || (distinctive > 0 && coreWords >= 4)) out.push(...ms);
        i = j;
        continue;
      }
      if (!weakHead) {
        i += h;
        continue;
      }
    }
    // Acronym forms: "AMM 53", "AMM-54", "COP26", "AIPA 41".
    const combined = t.text.match(/^([A-Z]{2,5})(\d{1,3})$/);
    const series = ACRONYM_SERIES.get(combined ? combined[1]! : t.text);
    if (series && (combined || (tokens[i + 1]?.numeric && /^[ -]$/.test(text.slice(t.end, tokens[i + 1]!.start))))) {
      const numTok = combined ? null : tokens[i + 1]!;
      const n = Number(combined ? combined[2] : numTok!.text);
      const end = combined ? t.end : numTok!.end;
      const isYear = n >= 1945;
      if (!isYear || series.key.startsWith('APEC')) {
        const label = text.slice(t.start, end);
        out.push({
          start: t.start, end, text: label, name: isYear ? `${series.name} ${n}` : `${series.name} lần thứ ${n}`, series: series.key,
          partner: null, ordinal: isYear ? null : n, nameYear: isYear ? n : null, acronym: label, level: series.level, format: null,
          core: meetingCore(series.name), informal: false,
        });
      }
      i += combined ? 1 : 2;
      continue;
    }
    // Informal meetings: "cuộc gặp giữa ACW với …", "họp AMM chung với …", "đối thoại với AICHR".
    const ih = !(prev?.numeric && text.slice(prev.end, t.start) === ' ') ? INFORMAL_HEADS.find((w) => matchWords(tokens, i, w)) : undefined;
    if (ih && !(ih.length === 1 && tokens[i + 1]?.lower === 'báo')) {
      let j = i + ih.length;
      while (tokens[j] && INFORMAL_MODS.includes(tokens[j]!.lower) && text.slice(tokens[j - 1]!.end, tokens[j]!.start) === ' ') j += 1;
      if (tokens[j] && isAllCaps(tokens[j]!)) j += 1;
      const link = INFORMAL_LINKS.find((w) => matchWords(tokens, j, w));
      if (link && (link[0] !== 'về' || t.upper)) {
        let k = j + link.length;
        let end = tokens[k - 1]!.end;
        let words = 0;
        let topic = link[0] === 'về';
        while (tokens[k] && words < 22) {
          const g = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
          if (g.includes('(')) {
            const close = text.indexOf(')', tokens[k - 1]!.end);
            if (close > 0 && /^\s*\([A-Z][A-Za-z0-9 -]{0,15}\)$/.test(text.slice(tokens[k - 1]!.end, close + 1))) {
              end = close + 1;
            }
            break;
          }
          if (!/^[\s\-–]*$/.test(g) || g.length > 3) break;
          if (tokens[k]!.lower === 'và' && (tokens[k + 1]?.lower === 'cuộc' || tokens[k + 1]?.lower === 'các' || tokens[k + 1]?.lower === 'họp')) break;
          const tk = tokens[k]!;
          const ent = gazetteer.match(text, tokens, k, ['org', 'country', 'region', 'title', 'city']);
          const ministry = tk.text === 'Bộ' ? MINISTRY_TOKENS.find((m) => matchWords(tokens, k + 1, m)) : undefined;
          let next = k + 1;
          if (ent) next = ent.to;
          else if (ministry) next = k + 1 + ministry.length;
          else if (tk.lower === 'về') topic = true;
          else if (!tk.upper && !topic && !INFORMAL_CONNECTORS.has(tk.lower)) break;
          if (['đã', 'sẽ', 'đang', 'được', 'diễn', 'nhằm', 'để', 'vào', 'trong'].includes(tk.lower)) break;
          end = tokens[next - 1]!.end;
          words += next - k;
          k = next;
        }
        if (words >= 1) {
          out.push(...build(text, t.start, end, [], null, true));
          i = k;
          continue;
        }
      }
    }
    // Regular sessions: "(Chính phủ) họp phiên thường kỳ tháng 10/2021".
    if (t.lower === 'phiên' && (matchWords(tokens, i + 1, ['thường', 'kỳ']) || matchWords(tokens, i + 1, ['họp', 'thường', 'kỳ']))) {
      let j = i + (tokens[i + 1]!.lower === 'họp' ? 4 : 3);
      let year: number | null = null;
      let month: number | null = null;
      if (tokens[j]?.lower === 'tháng' && tokens[j + 1]?.numeric) {
        month = Number(tokens[j + 1]!.text);
        if (tokens[j + 2]?.numeric && tokens[j + 2]!.text.length === 4) {
          year = Number(tokens[j + 2]!.text);
          j += 3;
        } else j += 2;
      }
      const owner = [tokens[i - 2], tokens[i - 3]].some((x) => x?.text === 'Chính') ? 'Chính phủ ' : '';
      const end = tokens[j - 1]!.end;
      const label = `Phiên họp ${owner}thường kỳ${month ? ` tháng ${month}${year ? `/${year}` : ''}` : ''}`;
      out.push({
        start: t.start, end, text: text.slice(t.start, end), name: label, series: owner ? 'VN-GOV-REGULAR-SESSION' : null, partner: null,
        ordinal: null, nameYear: year, acronym: null, level: 'OTHER', format: null, core: fold(label), informal: false,
      });
      i = j;
      continue;
    }
    i += 1;
  }
  return out;
}

export { MEETING_SERIES };
