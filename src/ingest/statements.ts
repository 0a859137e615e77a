// Statements: who said what. A speech verb from the lexicon; its subject is the clause before it (a
// person, a title resolved by coreference, an organisation or country, or a collective); its content
// is the clause after it, or the quotation in “…”. A verb inside another statement's content is not
// a new statement, so a name inside the content never becomes the speaker.
import { AUXILIARIES, COLLECTIVE_DETERMINERS, COLLECTIVE_HEADS, SPEECH_VERBS, type SpeechActName } from '../lexicon/speech-verbs.ts';
import { fold } from '../text/fold.ts';
import { TITLES } from '../lexicon/titles.ts';
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
const LEADING_JOINERS = ['va', 'dong thoi', 'nhung', 'trong do', 'con', 'sau do', 'truoc do', 'ngoai ra'];
/** Words right after a verb that show it is used as a noun ("các quan điểm và đánh giá trên tinh thần"). */
const NOUN_FOLLOWERS = new Set(['tren', 'cua', 'nay', 'do', 'noi', 'va', 'nhu', 'la', 'duoc']);
const TITLE_START = new RegExp(`^(${TITLES.map((t) => t.title).sort((a, b) => b.length - a.length).join('|')})(\\s|$)`, 'iu');
const NOT_A_SOURCE = /^(phong vien|ke hoach|thong tin|nguon|bao|du kien|quy dinh|do|nhu|luat)/;

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
    const rest = fold(personsIn.reduce((acc, { p }) => acc.replace(text.slice(p.start, p.end), ' '), label)).replace(/\bva\b|,/g, ' ').trim();
    if (rest === '') return personsIn.map(({ p, idx }) => ({ kind: 'PERSON' as const, label: p.text, personMention: idx, organisation: null, countryCode: p.countryCode }));
  }
  if (words.length > 18) return null;
  const lower = label.toLowerCase();
  // "Lãnh đạo hai nước", "Ngoại trưởng hai bên": both sides speaking together.
  if (words.length <= 8 && /\b(hai|ba|cac) (nuoc|ben|quoc gia)\b/.test(f)) {
    return { kind: 'COLLECTIVE', label, personMention: null, organisation: null, countryCode: null };
  }
  if (COLLECTIVE_DET.some((d) => lower.startsWith(`${d} `)) || COLLECTIVE_HEAD.some((h) => f.includes(`cac ${h}`))) {
    // "Hai bên cũng trao đổi về … và nhấn mạnh": the collective ends before its first verb.
    const cut = label.search(/\s(cũng|đã|sẽ|đều|vẫn|đang|cùng)\s/u);
    return { kind: 'COLLECTIVE', label: cut > 0 ? label.slice(0, cut) : label, personMention: null, organisation: null, countryCode: null };
  }
  const last = personsIn.at(-1);
  if (last && last.p.end >= end - 1 && (last.p.start === start || /^(ong|ba|ngai)$/.test(fold(text.slice(start, last.p.start)).trim()))) {
    return { kind: last.p.nominal ? 'ROLE' : 'PERSON', label, personMention: last.idx, organisation: null, countryCode: last.p.countryCode };
  }
  const orgsIn = m.organisationSpans.within(start, end).map((k) => m.organisations[k]!);
  const countriesIn = m.countrySpans.within(start, end).map((k) => m.countries[k]!);
  if (/\bva\b/.test(f) && orgsIn.length + countriesIn.length + personsIn.length >= 2) {
    return { kind: 'COLLECTIVE', label, personMention: null, organisation: null, countryCode: null };
  }
  const org = orgsIn.at(-1);
  if (org && org.end >= end - 1 && (org.start === start || / cua$/.test(fold(text.slice(start, org.start))))) {
    return { kind: 'ORGANISATION', label, personMention: null, organisation: org, countryCode: org.countryCode };
  }
  const country = countriesIn.at(-1);
  if (country && country.start === start && country.end >= end - 1) {
    return { kind: 'COUNTRY', label, personMention: null, organisation: null, countryCode: country.code };
  }
  // "Bộ Ngoại giao Thái Lan cũng sẽ tận dụng cơ hội này để nêu bật …": the entity opening the clause.
  if (/ (de|nham)$/.test(f) && words.length <= 14) {
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

export function findStatements(text: string, sentences: Sentence[], mentions: FieldMentions): StatementMention[] {
  const out: StatementMention[] = [];
  const m: Indexed = { ...mentions, personSpans: new SpanIndex(mentions.persons), organisationSpans: new SpanIndex(mentions.organisations), countrySpans: new SpanIndex(mentions.countries) };
  const spans = [...m.persons, ...m.organisations];
  // Positions covered by a name or an organisation: a comma there does not end a clause.
  const covered = new Uint8Array(text.length + 1);
  for (const sp of spans) covered.fill(1, sp.start + 1, sp.end);
  const insideMention = (pos: number) => covered[pos] === 1;
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
    const inSentence: StatementMention[] = [];
    let claimedUntil = -1;
    let lastVerbEnd = -1;
    let participial = false;
    // "Theo tiến sỹ Takashi Hosoda, …" / "Theo Bộ Ngoại giao Thái Lan, …"
    const theo = stoks.findIndex((t) => t.text === 'Theo' || (t.lower === 'theo' && /,\s*$/.test(text.slice(sentence.start, t.start))));
    if (theo >= 0) {
      const comma = text.indexOf(',', stoks[theo]!.end);
      if (comma > 0 && comma < sentence.end) {
        const [s, e] = trimSubject(text, stoks[theo]!.end, comma);
        const subj = NOT_A_SOURCE.test(fold(text.slice(s, e))) ? null : recognise(text, s, e, m);
        // "Theo ông X, Thứ trưởng Ngoại giao, …": the appositive title is not the content.
        let from = comma + 1;
        const appositive = text.slice(from, Math.min(sentence.end, from + 90)).match(/^\s*(\p{Lu}[^,]{2,80}),/u);
        if (appositive && TITLE_START.test(appositive[1]!)) from += appositive[0].length;
        const content = text.slice(from, sentence.end).trim().replace(/[.…]+$/, '');
        // "Theo TTXVN, …" credits a news report, not a statement.
        if (subj && !Array.isArray(subj) && subj.organisation?.kind !== 'MEDIA' && content.split(' ').length >= 3) {
          inSentence.push({ ...toMention(subj), verb: 'theo', act: 'INFORM', content, direct: false, evidenceStart: sentence.start, evidenceEnd: sentence.end, sentenceIndex: sentence.index });
          claimedUntil = sentence.end;
        }
      }
    }
    for (let i = 0; i < stoks.length; i++) {
      const v = verbAt(stoks, i);
      if (!v) continue;
      const vStart = stoks[i]!.start;
      const vEnd = stoks[i + v.toks.length - 1]!.end;
      const after = stoks[i + v.toks.length];
      if (after && NOUN_FOLLOWERS.has(fold(after.text)) && text.slice(vEnd, after.start) === ' ') continue;
      if (vStart < claimedUntil && claimedUntil === sentence.end && inSentence[0]?.verb === 'theo') continue;
      // Clause start: the last , ; : “ before the verb that is not inside a name.
      let cs = sentence.start;
      for (let p = vStart - 1; p >= sentence.start; p--) {
        if (/[,;:“”]/.test(text[p]!) && !insideMention(p)) {
          cs = p + 1;
          break;
        }
      }
      const joinedBefore = /(\svà|,\s*đồng thời|;\s*đồng thời|,\s*trong đó|,)\s*$/u.test(text.slice(Math.max(sentence.start, vStart - 16), vStart));
      const afterParticipial = inSentence.length === 1 && inSentence[0]!.evidenceStart === sentence.start && participial;
      if (inSentence.length > 0 && !joinedBefore && !afterParticipial && text.slice(cs - 1, cs) !== ';') continue;
      if (inSentence.length > 0 && joinedBefore) cs = vStart;
      const raw = text.slice(cs, vStart);
      const joined = /^\s*(và|đồng thời|trong đó|,)?\s*$/u.test(raw) || /^\s*(và|đồng thời)\s/u.test(raw) && fold(raw).split(' ').length <= 3;
      let [ss, se] = trimSubject(text, cs, vStart);
      // A verb right after an earlier verb's object is part of that content unless it is joined to it.
      if (lastVerbEnd > cs && ss < lastVerbEnd) continue;
      let subj: Subject | Subject[] | null = null;
      let contentEnd = sentence.end;
      if (ss >= se || (joined && inSentence.length > 0 && se - ss < 3)) {
        if (inSentence.length > 0) {
          const prev = inSentence.at(-1)!;
          subj = { kind: prev.speakerKind, label: prev.speakerLabel, personMention: prev.personMention, organisation: prev.organisation, countryCode: prev.countryCode };
        } else if (vStart === stoks[0]?.start) {
          // "Khẳng định X, các Đại sứ … đã …": the subject follows the first comma.
          const comma = text.indexOf(',', vEnd);
          if (comma > 0 && comma < sentence.end) {
            const rest = text.slice(comma + 1, sentence.end);
            const restToks = tokenize(rest);
            const nextVerb = restToks.findIndex((_, k) => verbAt(restToks, k));
            const auxStop = rest.search(/\s(đã|sẽ|cũng|đều|vẫn)\s/u);
            const verbStop = nextVerb >= 0 ? restToks[nextVerb]!.start : -1;
            const stop = auxStop >= 0 && (verbStop < 0 || auxStop < verbStop) ? auxStop : verbStop;
            if (stop > 0) {
              const [a, b] = trimSubject(text, comma + 1, comma + 1 + stop);
              subj = recognise(text, a, b, m);
              contentEnd = comma;
              participial = true;
            } else {
              const later = [...rest.matchAll(/\S+/gu)];
              void later;
            }
          }
        } else {
          // "Nhà báo Ngụy Vi, một chuyên gia …, nhấn mạnh": the subject opens the sentence.
          const firstComma = text.indexOf(',', sentence.start);
          if (firstComma > 0 && firstComma < vStart) {
            const [a, b] = trimSubject(text, sentence.start, firstComma);
            subj = recognise(text, a, b, m);
          }
        }
      } else {
        subj = recognise(text, ss, se, m);
      }
      if (!subj) continue;
      // Content: a quotation right after the verb, else the rest of the clause.
      let cStart = vEnd;
      while (cStart < text.length && /[\s:,]/.test(text[cStart]!)) cStart++;
      if (fold(text.slice(cStart, cStart + 4)) === 'rang' && /\s/.test(text[cStart + 4] ?? '')) cStart += 5;
      let content: string;
      let direct = false;
      let evidenceEnd = sentence.end;
      const q = quoteAt(text, cStart, paragraphEnd);
      if (q) {
        content = text.slice(q.start, q.end).trim();
        direct = true;
        evidenceEnd = q.end + 1;
      } else if (contentEnd < vStart || contentEnd === sentence.end && vStart === stoks[0]?.start && contentEnd !== sentence.end) {
        content = text.slice(vEnd, contentEnd).trim();
      } else if (vStart === stoks[0]?.start && contentEnd < sentence.end) {
        content = text.slice(vEnd, contentEnd).trim();
      } else {
        content = text.slice(cStart, contentEnd).trim();
      }
      content = content.replace(/[.;,]+$/, '').trim();
      if (content.split(/\s+/).length < 2) {
        // "“…”, Bộ trưởng X nói.": the quotation comes before its speaker.
        const before = text.slice(sentence.start, cs).trimEnd();
        const quoted = before.match(/^[“"](.{3,}?)[”"][,.]?$/su);
        if (!quoted) continue;
        content = quoted[1]!.replace(/[.,]+$/, '').trim();
        direct = true;
      }
      // The previous statement's content stops where this joined one starts.
      if (inSentence.length > 0 && !inSentence.at(-1)!.direct) {
        const prev = inSentence.at(-1)!;
        const cut = text.slice(0, cs).lastIndexOf(prev.content.slice(0, 20));
        if (cut >= 0 && cs - 1 > cut) prev.content = text.slice(cut, Math.max(cut, cs - 1)).replace(/[\s,;]*(và|đồng thời)?[\s,;]*$/u, '').trim() || prev.content;
      }
      for (const s of Array.isArray(subj) ? subj : [subj]) {
        inSentence.push({ ...toMention(s), verb: text.slice(vStart, vEnd), act: v.act, content, direct, evidenceStart: sentence.start, evidenceEnd, sentenceIndex: sentence.index });
      }
      lastVerbEnd = vEnd;
      i += v.toks.length - 1;
    }
    out.push(...inSentence);
  }
  return out;
}
