// Meeting mentions in one text field, classified against the series registry. Forms: a head and a
// name ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54 (AMM-54)"), acronym forms ("AMM 53",
// "COP26"), several ordinals at once ("lần thứ 38 và 39" → two meetings), Roman numerals ("khóa
// XIV"), informal meetings ("cuộc gặp giữa ACW với …"), and regular sessions ("phiên thường kỳ
// tháng 10/2021").
import { FORMAT_WORDS, GOVERNMENT_REGULAR_SESSION, MEETING_HEADS, MEETING_SERIES, type MeetingLevelName, type MeetingSeriesEntry } from '../lexicon/meeting-series.ts';
import * as W from '../lexicon/meeting-words.ts';
import { COUNTRIES } from '../lexicon/countries.ts';
import { MINISTRIES, ORGANISATIONS } from '../lexicon/organisations.ts';
import { BoundedCache } from '../cache/bounded-cache.ts';
import { fold } from '../text/fold.ts';
import { gazetteer } from './gazetteer.ts';
import { formatIn } from './meeting-format.ts';
import { readMeetingName } from './meeting-name.ts';
import { isAllCaps, matchWords, tokenize, type Token } from './tokens.ts';
import { mapPacked } from './packed.ts';

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

const HEADS = MEETING_HEADS.map((h) => tokenize(h).map((t) => t.lower)).sort((a, b) => b.length - a.length);
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

const formatOf = (text: string): MeetingMention['format'] => formatIn(text, FORMAT_WORDS);

function build(text: string, start: number, end: number, ordinals: number[], nameYear: number | null, informal: boolean): MeetingMention[] {
  const surface = text.slice(start, end);
  const cls = informal ? null : classifySeries(surface);
  const core = meetingCore(surface);
  const acronymMatch = surface.match(/\(([A-Z][A-Za-z]{1,10}(?:[ -]\d{1,3})?)\)/);
  const list = ordinals.length ? ordinals : [null];
  return mapPacked(list, (ordinal) => {
    let name = surface.replace(/^(\p{Ll})/u, (c) => c.toUpperCase());
    if (cls && !cls.series.keepsWrittenName) {
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

const INFORMAL_HEADS = W.INFORMAL_HEADS.map((h) => h.split(' ')).sort((a, b) => b.length - a.length);
const INFORMAL_LINKS = W.INFORMAL_LINKS.map((l) => l.split(' '));
const INFORMAL_MODS = W.INFORMAL_MODIFIER_WORDS;
const INFORMAL_CONNECTORS = new Set(W.INFORMAL_CONNECTORS);
const MINISTRY_TOKENS = MINISTRIES.map((m) => tokenize(m).map((t) => t.lower)).sort((a, b) => b.length - a.length);
const PLURAL = new Set(W.PLURAL_WORDS);
/** After "và", these open the next meeting, not another party ("… và cuộc gặp với …"). */
const INFORMAL_NEXT_HEADS = new Set(['cuộc', 'các', 'họp']);
/** Verbs and prepositions that end the parties of an informal meeting ("… đã thảo luận"). */
const INFORMAL_STOP_WORDS = new Set(['đã', 'sẽ', 'đang', 'được', 'diễn', 'nhằm', 'để', 'vào', 'trong']);

const NOT_A_MEETING_BEFORE = new RegExp(`(?:^|\\s)(?:${W.NOT_A_MEETING_BEFORE.join('|')})\\s+$`, 'iu');

const FIRST_WORDS = new Set([...HEADS.map((h) => h[0]!), ...INFORMAL_HEADS.map((h) => h[0]!), 'phiên']);

function headAt(tokens: Token[], i: number): number {
  const t = tokens[i]!;
  for (const h of HEADS) if (matchWords(tokens, i, h)) return (t.upper || h.length > 1) ? h.length : 0;
  return 0;
}

/** Meetings found from token i: the mentions and the token to go on from; null when none starts there. */
type Found = { mentions: MeetingMention[]; next: number } | null;

/** "các hội nghị", "những cuộc gặp": plural heads name no one meeting; their words are skipped. */
function pluralHead(text: string, tokens: Token[], i: number, h: number): Found {
  const prev = tokens[i - 1];
  if (!prev || !PLURAL.has(prev.lower) || text.slice(prev.end, tokens[i]!.start) !== ' ') return null;
  const length = h || INFORMAL_HEADS.find((w) => matchWords(tokens, i, w))?.length;
  return length ? { mentions: [], next: i + length } : null;
}

/**
 * A head and a name: "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54 (AMM-54)". The weak heads
 * ("Diễn đàn", "Đối thoại") need a number or a year, or they are left to the other forms.
 */
function headedMeeting(text: string, tokens: Token[], i: number, h: number): Found {
  const t = tokens[i]!;
  // "Trung tâm Hội nghị Quốc gia" is a building, "Chủ tịch Đại hội đồng Khóa 79" a title: no meeting.
  if (NOT_A_MEETING_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start))) return { mentions: [], next: i + h };
  const weakHead = t.lower === 'diễn' || t.lower === 'đối';
  const { j, lastEnd, ordinals, nameYear, distinctive, orgAtHead } = readMeetingName(text, tokens, i, h);
  // "Diễn đàn Khu vực ASEAN (ARF)" is the organisation; with a number or a year it is a meeting.
  // "Đại hội đồng Liên hợp quốc thông qua …": the organ itself, not one of its sessions.
  const onlyOrganisation = orgAtHead !== null && orgAtHead.end >= lastEnd && ordinals.length === 0 && nameYear === null;
  const accepted = !onlyOrganisation && (!weakHead || ordinals.length > 0 || nameYear !== null);
  if (accepted && (distinctive > 0 || ordinals.length > 0) && lastEnd > t.start) {
    // "Hội nghị Ngoại giao" needs a number or a registry series to be a meeting.
    const ms = build(text, t.start, lastEnd, ordinals, nameYear, false);
    const coreWords = ms[0]!.core.split(' ').length;
    const meeting = ms[0]!.series || ((ordinals.length || nameYear) && coreWords >= 3) || (distinctive > 0 && coreWords >= 4);
    return { mentions: meeting ? ms : [], next: j };
  }
  return weakHead ? null : { mentions: [], next: i + h };
}

/** Acronym forms: "AMM 53", "AMM-54", "COP26", "AIPA 41", "APEC 2021". */
function acronymMeeting(text: string, tokens: Token[], i: number): Found {
  const t = tokens[i]!;
  const combined = t.text.match(/^([A-Z]{2,5})(\d{1,3})$/);
  const series = ACRONYM_SERIES.get(combined ? combined[1]! : t.text);
  const numTok = combined ? null : tokens[i + 1];
  if (!series || (!combined && !(numTok?.numeric && /^[ -]$/.test(text.slice(t.end, numTok.start))))) return null;
  const n = Number(combined ? combined[2] : numTok!.text);
  const end = combined ? t.end : numTok!.end;
  const isYear = n >= 1945;
  const next = i + (combined ? 1 : 2);
  if (isYear && !series.numberedByYear) return { mentions: [], next };
  const label = text.slice(t.start, end);
  const mention: MeetingMention = {
    start: t.start, end, text: label, name: isYear ? `${series.name} ${n}` : `${series.name} lần thứ ${n}`, series: series.key,
    partner: null, ordinal: isYear ? null : n, nameYear: isYear ? n : null, acronym: label, level: series.level, format: null,
    core: meetingCore(series.name), informal: false,
  };
  return { mentions: [mention], next };
}

/** Where the parties of an informal meeting end: entities, ministries, capitalised words, a topic after "về". */
function informalParties(text: string, tokens: Token[], from: number, topicFirst: boolean): { end: number; next: number; words: number } {
  let k = from;
  let end = tokens[k - 1]!.end;
  let words = 0;
  let topic = topicFirst;
  while (tokens[k] && words < 22) {
    const g = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (g.includes('(')) {
      const close = text.indexOf(')', tokens[k - 1]!.end);
      if (close > 0 && /^\s*\([A-Z][A-Za-z0-9 -]{0,15}\)$/.test(text.slice(tokens[k - 1]!.end, close + 1))) end = close + 1;
      break;
    }
    if (!/^[\s\-–]*$/.test(g) || g.length > 3) break;
    if (tokens[k]!.lower === 'và' && INFORMAL_NEXT_HEADS.has(tokens[k + 1]?.lower ?? '')) break;
    const tk = tokens[k]!;
    const ent = gazetteer.match(text, tokens, k, ['org', 'country', 'region', 'title', 'city']);
    const ministry = tk.text === 'Bộ' ? MINISTRY_TOKENS.find((m) => matchWords(tokens, k + 1, m)) : undefined;
    let next = k + 1;
    if (ent) next = ent.to;
    else if (ministry) next = k + 1 + ministry.length;
    else if (tk.lower === 'về') topic = true;
    else if (!tk.upper && !topic && !INFORMAL_CONNECTORS.has(tk.lower)) break;
    if (INFORMAL_STOP_WORDS.has(tk.lower)) break;
    end = tokens[next - 1]!.end;
    words += next - k;
    k = next;
  }
  return { end, next: k, words };
}

/** Informal meetings: "cuộc gặp giữa ACW với …", "họp AMM chung với …", "đối thoại với AICHR". */
function informalMeeting(text: string, tokens: Token[], i: number): Found {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (prev?.numeric && text.slice(prev.end, t.start) === ' ') return null;
  const head = INFORMAL_HEADS.find((w) => matchWords(tokens, i, w));
  if (!head || (head.length === 1 && tokens[i + 1]?.lower === 'báo')) return null;
  let j = i + head.length;
  while (tokens[j] && INFORMAL_MODS.includes(tokens[j]!.lower) && text.slice(tokens[j - 1]!.end, tokens[j]!.start) === ' ') j += 1;
  if (tokens[j] && isAllCaps(tokens[j]!)) j += 1;
  const link = INFORMAL_LINKS.find((w) => matchWords(tokens, j, w));
  if (!link || (link[0] === 'về' && !t.upper)) return null;
  const parties = informalParties(text, tokens, j + link.length, link[0] === 'về');
  return parties.words >= 1 ? { mentions: build(text, t.start, parties.end, [], null, true), next: parties.next } : null;
}

/** A ministry holding the briefing, written before it: "Bộ Ngoại giao tổ chức họp báo". Group 1 the ministry. */
const BRIEFING_HOST_BEFORE = /(Bộ (?:\p{Lu}[\p{L}]*|[\p{Ll}]+)(?: [\p{L}]+){0,3}?)\s+(?:đã\s+)?tổ chức\s+(?:cuộc\s+|buổi\s+)?$/u;
/** Written after "họp báo" to say which one: "thường kỳ", "quốc tế", "của Bộ Ngoại giao". */
const BRIEFING_AFTER = /^(\s+(?:thường kỳ|quốc tế))?(\s+(?:của\s+)?Bộ Ngoại giao)?/u;

/**
 * A press briefing: "họp báo thường kỳ của Bộ Ngoại giao", "Bộ Ngoại giao tổ chức họp báo thường
 * kỳ". Named with its host when the text gives it, so briefings of different hosts stay apart.
 */
function pressBriefing(text: string, tokens: Token[], i: number): Found {
  const t = tokens[i]!;
  if (t.lower !== 'họp' || tokens[i + 1]?.lower !== 'báo') return null;
  const after = text.slice(tokens[i + 1]!.end).match(BRIEFING_AFTER)!;
  const end = tokens[i + 1]!.end + after[0].length;
  const host = after[2]?.replace(/^\s+(?:của\s+)?/u, '') ?? text.slice(Math.max(0, t.start - 60), t.start).match(BRIEFING_HOST_BEFORE)?.[1];
  // A press conference on the side of something else ("phát biểu tại cuộc họp báo") is no event of its own:
  // only a ministry's briefing, or a regular one, is.
  if (!host && !after[1]?.includes('thường kỳ')) return null;
  // "thường kỳ" stays out of the name: the headline's "Họp báo Bộ Ngoại giao" is the same briefing.
  const name = `Họp báo${host ? ` ${host}` : ''}`;
  let next = i + 2;
  while (tokens[next] && tokens[next]!.end <= end) next += 1;
  const mention: MeetingMention = {
    start: t.start, end, text: text.slice(t.start, end), name, series: null, partner: null, ordinal: null, nameYear: null, acronym: null,
    level: 'OTHER', format: null, core: fold(name), informal: true,
  };
  return { mentions: [mention], next };
}

/** Regular sessions: "(Chính phủ) họp phiên thường kỳ tháng 10/2021". */
function regularSession(text: string, tokens: Token[], i: number): Found {
  const t = tokens[i]!;
  if (t.lower !== 'phiên' || !(matchWords(tokens, i + 1, ['thường', 'kỳ']) || matchWords(tokens, i + 1, ['họp', 'thường', 'kỳ']))) return null;
  let j = i + (tokens[i + 1]!.lower === 'họp' ? 4 : 3);
  let year: number | null = null;
  let month: number | null = null;
  if (tokens[j]?.lower === 'tháng' && tokens[j + 1]?.numeric) {
    month = Number(tokens[j + 1]!.text);
    const y = tokens[j + 2];
    if (y?.numeric && y.text.length === 4) year = Number(y.text);
    j += year !== null ? 3 : 2;
  }
  const owner = [tokens[i - 2], tokens[i - 3]].some((x) => x?.text === 'Chính') ? 'Chính phủ ' : '';
  const end = tokens[j - 1]!.end;
  const label = `Phiên họp ${owner}thường kỳ${month ? ` tháng ${month}${year ? `/${year}` : ''}` : ''}`;
  const mention: MeetingMention = {
    start: t.start, end, text: text.slice(t.start, end), name: label, series: owner ? GOVERNMENT_REGULAR_SESSION : null, partner: null,
    ordinal: null, nameYear: year, acronym: null, level: 'OTHER', format: null, core: fold(label), informal: false,
  };
  return { mentions: [mention], next: j };
}

/** Most words can start no meeting: they are skipped without trying the forms. */
function canStart(t: Token): boolean {
  return FIRST_WORDS.has(t.lower) || (t.upper && ACRONYM_SERIES.has(t.text.replace(/\d+$/, '')));
}

function meetingsAt(text: string, tokens: Token[], i: number): Found {
  const h = headAt(tokens, i);
  return (
    pluralHead(text, tokens, i, h) ??
    (h ? headedMeeting(text, tokens, i, h) : null) ??
    acronymMeeting(text, tokens, i) ??
    pressBriefing(text, tokens, i) ??
    informalMeeting(text, tokens, i) ??
    regularSession(text, tokens, i)
  );
}

export function findMeetings(text: string): MeetingMention[] {
  const tokens = tokenize(text);
  const out: MeetingMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = canStart(tokens[i]!) ? meetingsAt(text, tokens, i) : null;
    if (!found) {
      i += 1;
      continue;
    }
    out.push(...found.mentions);
    i = found.next;
  }
  return out;
}

export { MEETING_SERIES };
