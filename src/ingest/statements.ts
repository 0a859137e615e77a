// Statements: who said what. A speech verb from the lexicon; its subject is the clause before it (a
// person, a title resolved by coreference, an organisation or country, or a collective); its content
// is the clause after it, or the quotation in “…”. A verb inside another statement's content is not
// a new statement, so a name inside the content never becomes the speaker.
import { AUXILIARIES, COLLECTIVE_DETERMINERS, COLLECTIVE_HEADS, SPEECH_VERBS, type SpeechActName } from '../lexicon/speech-verbs.ts';
import { fold } from '../text/fold.ts';
import { TITLES } from '../lexicon/titles.ts';
import {
  ACCORDING_TO, AND, BOTH_SIDES, COLLECTIVE_SUBJECT_END, COURTESY_WORDS, JOINED_BEFORE, JOINER_ONLY, JOINER_START, LEADING_JOINERS,
  NOT_A_SOURCE, NOUN_FOLLOWERS, OF_BEFORE, PURPOSE_END, SUBJECT_END, THAT, TRAILING_JOINER,
} from '../lexicon/statement-words.ts';
import type { CountryMention, OrganisationMention } from './organisations.ts';
import type { PersonMention } from './persons.ts';
import type { Sentence } from './sentences.ts';
import { SpanIndex } from './span-index.ts';
import { tokenize, type Token } from './tokens.ts';

export type SpeakerKindName = 'PERSON' | 'ORGANISATION' | 'COUNTRY' | 'COLLECTIVE' | 'ROLE';

export interface StatementMention {
  speakerKind: SpeakerKindName;
  speakerLabel: string;
  /** Index into the field's person mentions (named, or nominal resolved later). */
  personMention: number | null;
  organisation: OrganisationMention | null;
  countryCode: string | null;
  verb: string;
  act: SpeechActName;
  content: string;
  direct: boolean;
  evidenceStart: number;
  evidenceEnd: number;
  sentenceIndex: number;
}

export interface FieldMentions {
  persons: PersonMention[];
  organisations: OrganisationMention[];
  countries: CountryMention[];
}

const VERBS = Object.entries(SPEECH_VERBS)
  .map(([verb, act]) => ({ verb, act, toks: verb.split(' ') }))
  .sort((a, b) => b.toks.length - a.toks.length);
const AUX = AUXILIARIES.map((a) => fold(a)).sort((a, b) => b.length - a.length);
const COLLECTIVE_DET = COLLECTIVE_DETERMINERS.map((d) => d.toLowerCase()).sort((a, b) => b.length - a.length);
const COLLECTIVE_HEAD = COLLECTIVE_HEADS.map((h) => fold(h));
const TITLE_START = new RegExp(`^(${TITLES.map((t) => t.title).sort((a, b) => b.length - a.length).join('|')})(\\s|$)`, 'iu');
const ACCORDING_TO_LOWER = ACCORDING_TO.toLowerCase();
/** Global, for replace() (which starts every call from 0). */
const AND_OR_COMMA = new RegExp(`${AND.source}|,`, 'g');

interface Subject {
  kind: SpeakerKindName;
  label: string;
  personMention: number | null;
  organisation: OrganisationMention | null;
  countryCode: string | null;
}

function toMention(s: Subject) {
  return { speakerKind: s.kind, speakerLabel: s.label, personMention: s.personMention, organisation: s.organisation, countryCode: s.countryCode };
}

const VERBS_BY_FIRST = new Map<string, typeof VERBS>();
for (const v of VERBS) VERBS_BY_FIRST.set(v.toks[0]!, [...(VERBS_BY_FIRST.get(v.toks[0]!) ?? []), v]);

function verbAt(tokens: Token[], i: number) {
  return VERBS_BY_FIRST.get(tokens[i]!.lower)?.find((v) => v.toks.every((w, k) => tokens[i + k]?.lower === w));
}

/** Removes joiners before and auxiliaries after a subject; returns the trimmed [start, end). */
function trimSubject(text: string, start: number, end: number): [number, number] {
  let s = text.slice(start, end);
  let changed = true;
  while (changed) {
    changed = false;
    const trimmed = s.replace(/^[\s,;:“”"'‘’)(.-]+|[\s,;:“”"'‘’(-]+$/gu, '');
    if (trimmed !== s) {
      start += s.indexOf(trimmed[0] ?? '') >= 0 ? s.indexOf(trimmed) : 0;
      s = trimmed;
      changed = true;
    }
    const f = fold(s);
    for (const j of LEADING_JOINERS) {
      if (f === j || f.startsWith(`${j} `)) {
        const cut = j.length + 1;
        start += Math.min(cut, s.length);
        s = s.slice(cut);
        changed = true;
        break;
      }
    }
    for (const a of AUX) {
      if (f === a || f.endsWith(` ${a}`)) {
        s = s.slice(0, Math.max(0, s.length - a.length)).trimEnd();
        changed = true;
        break;
      }
    }
  }
  return [start, start + s.length];
}

/** The field's mentions with their span indexes (built once per field, queried per clause). */
interface Indexed extends FieldMentions {
  personSpans: SpanIndex<PersonMention>;
  organisationSpans: SpanIndex<OrganisationMention>;
  countrySpans: SpanIndex<CountryMention>;
}

function recognise(text: string, start: number, end: number, m: Indexed): Subject | Subject[] | null {
  if (end <= start) return null;
  const label = text.slice(start, end);
  const f = fold(label);
  const words = f.split(' ');
  if (words.length > 40) return null;
  const personsIn = m.personSpans.within(start, end).map((idx) => ({ p: m.persons[idx]!, idx }));
  // Several named persons joined by "và": one statement each.
  if (personsIn.length >= 2 && personsIn.every(({ p }) => !p.nominal)) {
    const rest = fold(personsIn.reduce((acc, { p }) => acc.replace(text.slice(p.start, p.end), ' '), label)).replace(AND_OR_COMMA, ' ').trim();
    if (rest === '') return personsIn.map(({ p, idx }) => ({ kind: 'PERSON' as const, label: p.text, personMention: idx, organisation: null, countryCode: p.countryCode }));
  }
  if (words.length > 18) return null;
  const lower = label.toLowerCase();
  // "Lãnh đạo hai nước", "Ngoại trưởng hai bên": both sides speaking together.
  if (words.length <= 8 && BOTH_SIDES.test(f)) {
    return { kind: 'COLLECTIVE', label, personMention: null, organisation: null, countryCode: null };
  }
  if (COLLECTIVE_DET.some((d) => lower.startsWith(`${d} `)) || COLLECTIVE_HEAD.some((h) => f.includes(`cac ${h}`))) {
    // "Hai bên cũng trao đổi về … và nhấn mạnh": the collective ends before its first verb.
    const cut = label.search(COLLECTIVE_SUBJECT_END);
    return { kind: 'COLLECTIVE', label: cut > 0 ? label.slice(0, cut) : label, personMention: null, organisation: null, countryCode: null };
  }
  const last = personsIn.at(-1);
  if (last && last.p.end >= end - 1 && (last.p.start === start || COURTESY_WORDS.test(fold(text.slice(start, last.p.start)).trim()))) {
    return { kind: last.p.nominal ? 'ROLE' : 'PERSON', label, personMention: last.idx, organisation: null, countryCode: last.p.countryCode };
  }
  const orgsIn = m.organisationSpans.within(start, end).map((k) => m.organisations[k]!);
  const countriesIn = m.countrySpans.within(start, end).map((k) => m.countries[k]!);
  if (AND.test(f) && orgsIn.length + countriesIn.length + personsIn.length >= 2) {
    return { kind: 'COLLECTIVE', label, personMention: null, organisation: null, countryCode: null };
  }
  const org = orgsIn.at(-1);
  if (org && org.end >= end - 1 && (org.start === start || OF_BEFORE.test(fold(text.slice(start, org.start))))) {
    return { kind: 'ORGANISATION', label, personMention: null, organisation: org, countryCode: org.countryCode };
  }
  const country = countriesIn.at(-1);
  if (country && country.start === start && country.end >= end - 1) {
    return { kind: 'COUNTRY', label, personMention: null, organisation: null, countryCode: country.code };
  }
  // "Bộ Ngoại giao Thái Lan cũng sẽ tận dụng cơ hội này để nêu bật …": the entity opening the clause.
  if (PURPOSE_END.test(f) && words.length <= 14) {
    const first = [...personsIn.map(({ p, idx }) => ({ x: p as { start: number; end: number }, idx })), ...orgsIn.map((o) => ({ x: o, idx: -1 }))].find(({ x }) => x.start === start);
    if (first) return recognise(text, first.x.start, first.x.end, m);
  }
  return null;
}

/** The first quotation starting right at `from` (“…” or "…"), in the paragraph's text. */
function quoteAt(text: string, from: number, paragraphEnd: number): { start: number; end: number } | null {
  const open = text[from];
  const close = open === '“' ? '”' : open === '"' ? '"' : null;
  if (!close) return null;
  const end = text.indexOf(close, from + 1);
  if (end < 0 || end > paragraphEnd) return null;
  return { start: from + 1, end };
}

/** One sentence being read: its tokens, the statements found in it so far, and what they claimed. */
interface SentenceScan {
  text: string;
  m: Indexed;
  /** Positions covered by a name or an organisation: a comma there does not end a clause. */
  covered: Uint8Array;
  sentence: Sentence;
  stoks: Token[];
  paragraphEnd: number;
  found: StatementMention[];
  claimedUntil: number;
  lastVerbEnd: number;
  participial: boolean;
}

/** A speech verb and the start of the clause before it. */
interface Clause {
  vStart: number;
  vEnd: number;
  cs: number;
}

type Found = Subject | Subject[] | null;

/** "Theo tiến sỹ Takashi Hosoda, …" / "Theo Bộ Ngoại giao Thái Lan, …": the whole sentence is the content. */
function accordingTo(scan: SentenceScan): void {
  const { text, sentence, stoks } = scan;
  const theo = stoks.findIndex((t) => t.text === ACCORDING_TO || (t.lower === ACCORDING_TO_LOWER && /,\s*$/.test(text.slice(sentence.start, t.start))));
  if (theo < 0) return;
  const comma = text.indexOf(',', stoks[theo]!.end);
  if (!(comma > 0 && comma < sentence.end)) return;
  const [s, e] = trimSubject(text, stoks[theo]!.end, comma);
  const subj = NOT_A_SOURCE.test(fold(text.slice(s, e))) ? null : recognise(text, s, e, scan.m);
  // "Theo ông X, Thứ trưởng Ngoại giao, …": the appositive title is not the content.
  let from = comma + 1;
  const appositive = text.slice(from, Math.min(sentence.end, from + 90)).match(/^\s*(\p{Lu}[^,]{2,80}),/u);
  if (appositive && TITLE_START.test(appositive[1]!)) from += appositive[0].length;
  const content = text.slice(from, sentence.end).trim().replace(/[.…]+$/, '');
  // "Theo TTXVN, …" credits a news report, not a statement.
  if (subj && !Array.isArray(subj) && subj.organisation?.kind !== 'MEDIA' && content.split(' ').length >= 3) {
    scan.found.push({ ...toMention(subj), verb: ACCORDING_TO_LOWER, act: 'INFORM', content, direct: false, evidenceStart: sentence.start, evidenceEnd: sentence.end, sentenceIndex: sentence.index });
    scan.claimedUntil = sentence.end;
  }
}

/** The verb at token i and the clause before it, or null when this verb starts no statement. */
function clauseBefore(scan: SentenceScan, i: number, v: NonNullable<ReturnType<typeof verbAt>>): Clause | null {
  const { text, sentence, stoks, found } = scan;
  const vStart = stoks[i]!.start;
  const vEnd = stoks[i + v.toks.length - 1]!.end;
  const after = stoks[i + v.toks.length];
  if (after && NOUN_FOLLOWERS.has(fold(after.text)) && text.slice(vEnd, after.start) === ' ') return null;
  if (vStart < scan.claimedUntil && scan.claimedUntil === sentence.end && found[0]?.verb === ACCORDING_TO_LOWER) return null;
  // Clause start: the last , ; : “ before the verb that is not inside a name.
  let cs = sentence.start;
  for (let p = vStart - 1; p >= sentence.start; p--) {
    if (/[,;:“”]/.test(text[p]!) && scan.covered[p] !== 1) {
      cs = p + 1;
      break;
    }
  }
  const joinedBefore = JOINED_BEFORE.test(text.slice(Math.max(sentence.start, vStart - 16), vStart));
  const afterParticipial = found.length === 1 && found[0]!.evidenceStart === sentence.start && scan.participial;
  if (found.length > 0 && !joinedBefore && !afterParticipial && text.slice(cs - 1, cs) !== ';') return null;
  if (found.length > 0 && joinedBefore) cs = vStart;
  return { vStart, vEnd, cs };
}

/** "Khẳng định X, các Đại sứ … đã …": the subject of a sentence-opening verb follows the first comma. */
function subjectAfterOpening(scan: SentenceScan, c: Clause): { subj: Found; contentEnd: number } {
  const { text, sentence } = scan;
  const none = { subj: null, contentEnd: sentence.end };
  const comma = text.indexOf(',', c.vEnd);
  if (!(comma > 0 && comma < sentence.end)) return none;
  const rest = text.slice(comma + 1, sentence.end);
  const restToks = tokenize(rest);
  const nextVerb = restToks.findIndex((_, k) => verbAt(restToks, k));
  const auxStop = rest.search(SUBJECT_END);
  const verbStop = nextVerb >= 0 ? restToks[nextVerb]!.start : -1;
  const stop = auxStop >= 0 && (verbStop < 0 || auxStop < verbStop) ? auxStop : verbStop;
  if (stop <= 0) return none;
  const [a, b] = trimSubject(text, comma + 1, comma + 1 + stop);
  scan.participial = true;
  return { subj: recognise(text, a, b, scan.m), contentEnd: comma };
}

/** The speaker of a verb with no subject of its own in its clause. */
function implicitSubject(scan: SentenceScan, c: Clause): { subj: Found; contentEnd: number } {
  const { text, sentence, found } = scan;
  if (found.length > 0) {
    const prev = found.at(-1)!;
    const subj = { kind: prev.speakerKind, label: prev.speakerLabel, personMention: prev.personMention, organisation: prev.organisation, countryCode: prev.countryCode };
    return { subj, contentEnd: sentence.end };
  }
  if (c.vStart === scan.stoks[0]?.start) return subjectAfterOpening(scan, c);
  // "Nhà báo Ngụy Vi, một chuyên gia …, nhấn mạnh": the subject opens the sentence.
  const firstComma = text.indexOf(',', sentence.start);
  if (firstComma > 0 && firstComma < c.vStart) {
    const [a, b] = trimSubject(text, sentence.start, firstComma);
    return { subj: recognise(text, a, b, scan.m), contentEnd: sentence.end };
  }
  return { subj: null, contentEnd: sentence.end };
}

/** The clause's speaker and where its content may end; null when the verb belongs to earlier content. */
function clauseSubject(scan: SentenceScan, c: Clause): { subj: Found; contentEnd: number } | null {
  const { text, sentence, found } = scan;
  const raw = text.slice(c.cs, c.vStart);
  const joined = JOINER_ONLY.test(raw) || JOINER_START.test(raw) && fold(raw).split(' ').length <= 3;
  const [ss, se] = trimSubject(text, c.cs, c.vStart);
  // A verb right after an earlier verb's object is part of that content unless it is joined to it.
  if (scan.lastVerbEnd > c.cs && ss < scan.lastVerbEnd) return null;
  if (ss >= se || (joined && found.length > 0 && se - ss < 3)) return implicitSubject(scan, c);
  return { subj: recognise(text, ss, se, scan.m), contentEnd: sentence.end };
}

/** Content: a quotation right after the verb, else the rest of the clause, else a quotation before it. */
function clauseContent(scan: SentenceScan, c: Clause, contentEnd: number): { content: string; direct: boolean; evidenceEnd: number } | null {
  const { text, sentence, stoks } = scan;
  let cStart = c.vEnd;
  while (cStart < text.length && /[\s:,]/.test(text[cStart]!)) cStart++;
  if (fold(text.slice(cStart, cStart + THAT.length)) === THAT && /\s/.test(text[cStart + THAT.length] ?? '')) cStart += THAT.length + 1;
  let content: string;
  let direct = false;
  let evidenceEnd = sentence.end;
  const q = quoteAt(text, cStart, scan.paragraphEnd);
  if (q) {
    content = text.slice(q.start, q.end).trim();
    direct = true;
    evidenceEnd = q.end + 1;
  } else if (contentEnd < c.vStart || (c.vStart === stoks[0]?.start && contentEnd < sentence.end)) {
    content = text.slice(c.vEnd, contentEnd).trim();
  } else {
    content = text.slice(cStart, contentEnd).trim();
  }
  content = content.replace(/[.;,]+$/, '').trim();
  if (content.split(/\s+/).length < 2) {
    // "“…”, Bộ trưởng X nói.": the quotation comes before its speaker.
    const before = text.slice(sentence.start, c.cs).trimEnd();
    const quoted = before.match(/^[“"](.{3,}?)[”"][,.]?$/su);
    if (!quoted) return null;
    content = quoted[1]!.replace(/[.,]+$/, '').trim();
    direct = true;
  }
  return { content, direct, evidenceEnd };
}

/** The previous statement's content stops where this joined one starts. */
function cutPreviousContent(scan: SentenceScan, cs: number): void {
  const prev = scan.found.at(-1);
  if (!prev || prev.direct) return;
  const text = scan.text;
  const cut = text.slice(0, cs).lastIndexOf(prev.content.slice(0, 20));
  if (cut >= 0 && cs - 1 > cut) prev.content = text.slice(cut, Math.max(cut, cs - 1)).replace(TRAILING_JOINER, '').trim() || prev.content;
}

/** Records the statements of the speech verb at token i; returns whether it made any. */
function statementAt(scan: SentenceScan, i: number, v: NonNullable<ReturnType<typeof verbAt>>): boolean {
  const c = clauseBefore(scan, i, v);
  if (!c) return false;
  const who = clauseSubject(scan, c);
  if (!who?.subj) return false;
  const said = clauseContent(scan, c, who.contentEnd);
  if (!said) return false;
  cutPreviousContent(scan, c.cs);
  const { text, sentence } = scan;
  for (const s of Array.isArray(who.subj) ? who.subj : [who.subj]) {
    scan.found.push({ ...toMention(s), verb: text.slice(c.vStart, c.vEnd), act: v.act, content: said.content, direct: said.direct, evidenceStart: sentence.start, evidenceEnd: said.evidenceEnd, sentenceIndex: sentence.index });
  }
  scan.lastVerbEnd = c.vEnd;
  return true;
}

/** The statements of one sentence, in the order of their verbs. */
function sentenceStatements(scan: SentenceScan): StatementMention[] {
  accordingTo(scan);
  for (let i = 0; i < scan.stoks.length; i++) {
    const v = verbAt(scan.stoks, i);
    if (v && statementAt(scan, i, v)) i += v.toks.length - 1;
  }
  return scan.found;
}

export function findStatements(text: string, sentences: Sentence[], mentions: FieldMentions): StatementMention[] {
  const out: StatementMention[] = [];
  const m: Indexed = { ...mentions, personSpans: new SpanIndex(mentions.persons), organisationSpans: new SpanIndex(mentions.organisations), countrySpans: new SpanIndex(mentions.countries) };
  const covered = new Uint8Array(text.length + 1);
  for (const sp of [...m.persons, ...m.organisations]) covered.fill(1, sp.start + 1, sp.end);
  const all = tokenize(text);
  let cursor = 0;
  let paragraphEnd = -1;
  for (const sentence of sentences) {
    while (cursor < all.length && all[cursor]!.start < sentence.start) cursor++;
    let stop = cursor;
    while (stop < all.length && all[stop]!.end <= sentence.end) stop++;
    const stoks = all.slice(cursor, stop);
    // Searched once per paragraph: once per sentence was quadratic in a paragraph's length.
    if (paragraphEnd < sentence.start) paragraphEnd = text.indexOf('\n', sentence.start) < 0 ? text.length : text.indexOf('\n', sentence.start);
    out.push(...sentenceStatements({ text, m, covered, sentence, stoks, paragraphEnd, found: [], claimedUntil: -1, lastVerbEnd: -1, participial: false }));
  }
  return out;
}
