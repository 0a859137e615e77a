// Statements: who said what. A speech verb from the lexicon; its subject is the clause before it (a
// person, a title resolved by coreference, an organisation or country, or a collective); its content
// is the clause after it, or the quotation in “…”. A verb inside another statement's content is not
// a new statement, so a name inside the content never becomes the speaker.
import { CONTRAST_START, EPITHET, GUEST, JOINED_BEFORE, JOINER_ONLY, JOINER_START, MEDIA_SUBJECT, ORGANISATION_ANAPHOR, SUBJECT_END } from '../lexicon/statement-words.ts';
import { fold } from '../text/fold.ts';
import type { Sentence } from './sentences.ts';
import { SpanIndex } from './span-index.ts';
import { accordingTo, ACCORDING_TO_LOWER } from './statement-according-to.ts';
import { clauseContent, cutPreviousContent } from './statement-content.ts';
import type { Clause, FieldMemory, Found, SentenceScan, StatementMention } from './statement-scan.ts';
import { guestReferent, isPronoun, organisationReferent, pronounReferent } from './statement-pronouns.ts';
import { leadingEntity, recognise, toMention, trimSubject, type FieldMentions, type Indexed, type Subject } from './statement-subject.ts';
import { speechVerbAt, verbAt, type SpeechVerb } from './statement-verbs.ts';
import { tokenize } from './tokens.ts';

export type { StatementMention } from './statement-scan.ts';
export type { FieldMentions, SpeakerKindName } from './statement-subject.ts';

const QUOTED_SENTENCE_BEFORE = /[.!?…]\s+[“"][^“”"]{3,}[”"],?\s*$/u;

/** The verb at token i and the clause before it, or null when this verb starts no statement. */
function clauseBefore(scan: SentenceScan, i: number, v: SpeechVerb): Clause | null {
  const { text, sentence, stoks, found } = scan;
  const vStart = stoks[i]!.start;
  const vEnd = stoks[i + v.toks.length - 1]!.end;
  if (vStart < scan.claimedUntil && scan.claimedUntil === sentence.end && found[0]?.verb === ACCORDING_TO_LOWER) return null;
  // Clause start: the last , ; : “ before the verb that is not inside a name.
  let cs = sentence.start;
  for (let p = vStart - 1; p >= sentence.start; p--) {
    if (/[,;:“”]/.test(text[p]!) && scan.covered[p] !== 1) {
      cs = p + 1;
      break;
    }
  }
  if (found.length === 0) return { vStart, vEnd, cs };
  // "…, còn phía Cuba mong muốn …": a new speaker in a contrasting clause; "… Việt. “…”, bà nói": a
  // quotation the sentence splitter kept with the sentence before.
  if (CONTRAST_START.test(text.slice(cs, vStart)) || QUOTED_SENTENCE_BEFORE.test(text.slice(sentence.start, cs))) return { vStart, vEnd, cs };
  const joinedBefore = JOINED_BEFORE.test(text.slice(Math.max(sentence.start, vStart - 16), vStart));
  if (joinedBefore && continuesContent(scan, vStart)) return null;
  const afterParticipial = found.length === 1 && found[0]!.evidenceStart === sentence.start && scan.participial;
  if (!joinedBefore && !afterParticipial && text.slice(cs - 1, cs) !== ';') return null;
  return { vStart, vEnd, cs: joinedBefore ? vStart : cs };
}

/**
 * A verb joined by "," or "và" that still belongs to the previous statement's content: after a
 * proposal a comma continues its list of actions ("đề nghị … tuân thủ, đề cao …"), and "và" past a
 * ";" joins a new clause of the content ("cho biết …; hai nước sẽ … và khuyến khích …").
 */
function continuesContent(scan: SentenceScan, vStart: number): boolean {
  const prev = scan.found.at(-1)!;
  const between = scan.text.slice(Math.max(scan.lastVerbEnd, prev.evidenceStart), vStart);
  if (/(đồng thời|;)\s*$/u.test(between)) return false;
  if (/,\s*$/.test(between)) return prev.act === 'PROPOSE' || prev.act === 'CALL';
  return /\svà\s*$/u.test(between) && between.includes(';');
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
  return { subj: mainClauseSubject(scan, c.cs), contentEnd: sentence.end };
}

/**
 * The subject of a verb in a later clause: the first clause of the sentence that is a subject
 * ("Nhà báo Ngụy Vi, một chuyên gia …, nhấn mạnh") or opens with one and its predicate ("Chủ tịch
 * nước X hội đàm với Y, đánh giá cao …"), after any clauses of time and place.
 */
function mainClauseSubject(scan: SentenceScan, until: number): Found {
  const { text, sentence, covered, m } = scan;
  let from = sentence.start;
  for (let p = sentence.start; p < until; p++) {
    if (!(text[p] === ',' || p === until - 1) || covered[p] === 1) continue;
    const [a, b] = trimSubject(text, from, text[p] === ',' ? p : p + 1);
    const subj = a < b ? recognise(text, a, b, m) ?? leadingEntity(text, a, b, m) : null;
    if (subj) return subj;
    from = p + 1;
  }
  return null;
}

/** A subject that names no one itself: "ông", "Vị khách", "Hãng tin này". */
export function anaphor(scan: SentenceScan, ss: number, se: number): Subject | null {
  const subject = scan.text.slice(ss, se);
  const f = fold(subject);
  if (isPronoun(subject)) return pronounReferent(scan, scan.memory);
  if (EPITHET.test(f) && f.split(' ').length <= 8) return epithetReferent(scan, ss, se);
  if (GUEST.test(f)) return guestReferent(scan, scan.memory, ss);
  if (ORGANISATION_ANAPHOR.test(f)) return organisationReferent(scan, scan.memory, ss, subject);
  return null;
}

/** "Vị khách gửi tới … và chúc mừng …": an anaphor opening the clause, followed by its own predicate. */
function leadingAnaphor(scan: SentenceScan, ss: number, se: number): Subject | null {
  const words = [...scan.text.slice(ss, se).matchAll(/\S+/gu)];
  for (let k = 1; k <= Math.min(3, words.length - 1); k++) {
    const next = words[k]![0];
    if (!/^\p{Ll}/u.test(next) || next === 'và') continue;
    const end = ss + words[k - 1]!.index! + words[k - 1]![0].length;
    const subj = anaphor(scan, ss, end);
    if (subj) return subj;
  }
  return null;
}

/** "nhà lãnh đạo Việt Nam nói": the person just spoken of, unless the epithet names another country. */
function epithetReferent(scan: SentenceScan, ss: number, se: number): Subject | null {
  const referent = pronounReferent(scan, scan.memory);
  const country = scan.m.countrySpans.within(ss, se).map((k) => scan.m.countries[k]!.code)[0];
  if (!referent || (country && referent.countryCode && referent.countryCode !== country)) return null;
  return { ...referent, label: scan.text.slice(ss, se) };
}

/** "báo Straits Times", "Đài Deutsche Welle (DW) ngày 23/1": an outlet outside the lexicon. */
function mediaSubject(subject: string): Subject | null {
  const media = MEDIA_SUBJECT.exec(subject);
  return media ? { kind: 'ORGANISATION', label: media[1]!.trim(), personMention: null, organisation: null, countryCode: null } : null;
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
  const opening = found.length === 0 ? leadingEntity(text, ss, se, scan.m) ?? leadingAnaphor(scan, ss, se) : null;
  const subj = anaphor(scan, ss, se) ?? recognise(text, ss, se, scan.m) ?? opening ?? mediaSubject(text.slice(ss, se));
  return { subj, contentEnd: sentence.end };
}

/** Records the statements of the speech verb at token i; returns whether it made any. */
function statementAt(scan: SentenceScan, i: number, v: SpeechVerb): boolean {
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
    const v = speechVerbAt(scan.text, scan.stoks, i, scan.sentence.start);
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
  const memory: FieldMemory = { previous: null, previousStatements: [] };
  for (const sentence of sentences) {
    while (cursor < all.length && all[cursor]!.start < sentence.start) cursor++;
    let stop = cursor;
    while (stop < all.length && all[stop]!.end <= sentence.end) stop++;
    const stoks = all.slice(cursor, stop);
    // Searched once per paragraph: once per sentence was quadratic in a paragraph's length.
    if (paragraphEnd < sentence.start) paragraphEnd = text.indexOf('\n', sentence.start) < 0 ? text.length : text.indexOf('\n', sentence.start);
    const found = sentenceStatements({ text, m, covered, sentence, stoks, paragraphEnd, memory, found: [], claimedUntil: -1, lastVerbEnd: -1, participial: false });
    out.push(...found);
    memory.previous = sentence;
    memory.previousStatements = found;
  }
  return out;
}
