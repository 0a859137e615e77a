// Links between an article's meetings and what other sentences say of them: umbrellas ("trong khuôn
// khổ X"), chairs named in a later sentence ("Hội nghị này"), and the meeting each statement was made at.
import { CHAIR_BACKREF } from '../lexicon/meeting-roles.ts';
import { UMBRELLA_BEFORE, UMBRELLA_WORDS } from '../lexicon/meeting-context.ts';
import type { ArticleMeeting, ArticleStatement } from './article-extraction.ts';
import type { FieldPersonMention, RawStatement } from './extract-fields.ts';
import type { IndexedPerson, MeetingContext } from './extract-meeting.ts';
import type { Field, Sentence } from './sentences.ts';
import { LastAtOrBelow } from './span-index.ts';
import { isOpeningAddress, type StatementMeetingLookup } from './statement-meeting.ts';
import { saidAtNoMeeting } from './statement-no-meeting.ts';
import { mapPacked } from './packed.ts';

/**
 * Meetings by sentence index, and the last meeting of a paragraph before a sentence: looked up, not
 * filtered from every meeting per meeting or statement (quadratic on long pages).
 */
export interface MeetingLookup {
  meetingsBySentence: Map<number, number[]>;
  /** The last meeting (in list order) of the field's paragraph whose sentence comes before sentenceIndex. */
  lastMeetingBefore: (field: Field, paragraph: number, sentenceIndex: number) => number | undefined;
}

export function meetingLookup(meetings: readonly ArticleMeeting[]): MeetingLookup {
  const meetingsBySentence = new Map<number, number[]>();
  meetings.forEach((mt, k) => (meetingsBySentence.get(mt.sentence.index) ?? meetingsBySentence.set(mt.sentence.index, []).get(mt.sentence.index)!).push(k));
  const byParagraph = new Map<string, { key: number; position: number }[]>();
  meetings.forEach((mt, position) => {
    const key = `${mt.sentence.field}\u0000${mt.sentence.paragraph}`;
    (byParagraph.get(key) ?? byParagraph.set(key, []).get(key)!).push({ key: mt.sentence.index, position });
  });
  const lastInParagraph = new Map<string, LastAtOrBelow>();
  const lastMeetingBefore = (field: Field, paragraph: number, sentenceIndex: number) => {
    const key = `${field}\u0000${paragraph}`;
    const entries = byParagraph.get(key);
    if (!entries) return undefined;
    if (!lastInParagraph.has(key)) lastInParagraph.set(key, new LastAtOrBelow(entries));
    return lastInParagraph.get(key)!.query(sentenceIndex - 1);
  };
  return { meetingsBySentence, lastMeetingBefore };
}

/** Umbrella words earlier in the sentence, with no other meeting and no clause end between them and this meeting. */
function governedAtDistance(meetings: readonly ArticleMeeting[], mt: ArticleMeeting, text: string): boolean {
  const lead = text.slice(mt.sentence.start, mt.where.start);
  const last = [...lead.matchAll(UMBRELLA_WORDS)].at(-1);
  if (!last) return false;
  const from = mt.sentence.start + last.index! + last[0].length;
  if (mt.where.start - from > 200 || /[.;:]/.test(text.slice(from, mt.where.start))) return false;
  return !meetings.some((o) => o !== mt && o.sentence === mt.sentence && o.where.start >= from && o.where.start < mt.where.start);
}

/** "trong khuôn khổ X", "bên lề X": X is the umbrella of the other meetings of the sentence (or of the one before). */
export function linkUmbrellas(meetings: ArticleMeeting[], { meetingsBySentence }: MeetingLookup, fieldText: (field: Field) => string): void {
  meetings.forEach((mt, idx) => {
    const text = fieldText(mt.where.field);
    // Wide enough for the longest cue ("sự kiện tâm điểm của", "trong thời gian tham dự").
    const before = text.slice(Math.max(mt.sentence.start, mt.where.start - 40), mt.where.start);
    if (!UMBRELLA_BEFORE.test(before) && !governedAtDistance(meetings, mt, text)) return;
    const meetingsOf = (sentenceIndex: number) => mapPacked(meetingsBySentence.get(sentenceIndex) ?? [], (k) => ({ o: meetings[k]!, k }));
    // Not the umbrella named again, nor a meeting of its own series.
    const other = (o: ArticleMeeting) => o.mention.name !== mt.mention.name && (o.mention.series === null || o.mention.series !== mt.mention.series);
    let children = mapPacked(meetingsOf(mt.sentence.index).filter(({ o, k }) => k !== idx && o.sentence === mt.sentence && other(o)), ({ o }) => o);
    if (children.length === 0) {
      children = mapPacked(meetingsOf(mt.sentence.index - 1).filter(({ o }) => o.sentence.paragraph === mt.sentence.paragraph && o.sentence.field === mt.sentence.field && o.sentence.index === mt.sentence.index - 1), ({ o }) => o);
    }
    for (const c of children) c.parent = idx;
  });
}

/**
 * "X và Y đồng chủ trì Hội nghị này": the chair named in a later sentence that points back at the
 * meeting ("Hội nghị này", "cuộc họp") instead of naming it. The last meeting of the paragraph before it.
 */
export function linkChairBackrefs(meetings: ArticleMeeting[], sentences: readonly Sentence[], lookup: MeetingLookup, personsIn: (sentence: Sentence) => IndexedPerson[], personOf: Map<number, number>): void {
  const sentencesWithMeetings = new Set(meetings.map((mt) => mt.sentence));
  for (const sentence of sentences) {
    if (sentencesWithMeetings.has(sentence)) continue;
    const chairBack = CHAIR_BACKREF.exec(sentence.text);
    if (!chairBack) continue;
    const before = lookup.lastMeetingBefore(sentence.field, sentence.paragraph, sentence.index);
    const target = before === undefined ? undefined : meetings[before];
    if (!target || target.chairLabel) continue;
    const subjectEnd = sentence.start + chairBack[1]!.length;
    const chairs = personsIn(sentence)
      .filter(({ p }) => p.field === sentence.field && p.sentence === sentence.index && !p.nominal && p.end <= subjectEnd)
      .map(({ idx }) => personOf.get(idx))
      .filter((x): x is number => x !== undefined);
    if (chairs.length === 0) continue;
    target.chairLabel = chairBack[1]!.trim();
    target.chairPerson = chairs[0]!;
    target.participants = [...new Set([...target.participants, ...chairs])];
  }
}

/** Who said it and where, for statement linking: persons resolved, title-only references followed. */
export interface Speakers {
  personMentions: readonly FieldPersonMention[];
  personOf: Map<number, number>;
  resolveNominal: (idx: number) => number | null;
  keep: readonly boolean[];
}

/** Where the statement's content lies in its field ([-1, -1] when it is not written verbatim there). */
export function contentSpan(s: RawStatement, text: string): [number, number] {
  const at = s.content ? text.indexOf(s.content.slice(0, 40), s.evidenceStart) : -1;
  return at < 0 || at > s.evidenceEnd ? [-1, -1] : [at, at + s.content.length];
}

/** The sentences (by index) whose statements were made at no meeting (statement-no-meeting.ts). */
function sentencesAtNoMeeting(rawStatements: readonly RawStatement[], sentences: readonly Sentence[]): Map<number, 'record' | 'notice'> {
  const bySentence = new Map<number, RawStatement[]>();
  for (const s of rawStatements) (bySentence.get(s.sentenceIndex) ?? bySentence.set(s.sentenceIndex, []).get(s.sentenceIndex)!).push(s);
  const out = new Map<number, 'record' | 'notice'>();
  for (const [i, said] of bySentence) {
    const why = saidAtNoMeeting(sentences[i]!.text, said);
    if (why) out.set(i, why);
  }
  return out;
}

/** Statements: persons resolved, and the meeting each was made at (statement-meeting.ts), in article order. */
export function linkStatements(rawStatements: readonly RawStatement[], speakers: Speakers, meetings: StatementMeetingLookup, fieldText: (field: Field) => string, sentences: readonly Sentence[]): ArticleStatement[] {
  const atNoMeeting = sentencesAtNoMeeting(rawStatements, sentences);
  return mapPacked(rawStatements, (s) => {
    let person: number | null = null;
    let kind = s.speakerKind;
    if (s.personMention !== null) {
      const idx = s.personOffset + s.personMention;
      const pm = speakers.personMentions[idx]!;
      person = pm.nominal ? speakers.resolveNominal(idx) : (speakers.personOf.get(idx) ?? null);
      if (person !== null && !speakers.keep[person]) person = null;
      kind = person !== null ? 'PERSON' : pm.nominal ? 'ROLE' : 'PERSON';
    }
    const { personMention: _pm, personOffset: _po, ...rest } = s;
    const [contentStart, contentEnd] = contentSpan(s, fieldText(s.field));
    const meeting = meetings.meetingOf({
      sentenceIndex: s.sentenceIndex, contentStart, contentEnd, paragraph: `${s.field}\u0000${sentences[s.sentenceIndex]!.paragraph}`,
      speaker: person, atNoMeeting: atNoMeeting.get(s.sentenceIndex) ?? null, opening: isOpeningAddress(sentences[s.sentenceIndex]!.text),
    });
    return { ...rest, speakerKind: kind === 'PERSON' && person === null ? 'ROLE' : kind, person, meeting };
  });
}
