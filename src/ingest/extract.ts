// Runs the pure stages on one article: sentences, dates, organisations and countries, persons,
// meetings, statements; then links them inside the article (short names and title-only references
// to the persons they mean, meetings to their dates, places, chairs and umbrellas).
import type { ArticleExtraction } from './article-extraction.ts';
import { addRelativeDates, dateMeetings, dateStatements } from './extract-dates.ts';
import type { ArticleScan } from './extract-fields.ts';
import { scanFields } from './extract-fields.ts';
import { contentSpan, linkChairBackrefs, linkStatements, linkUmbrellas, meetingLookup } from './extract-links.ts';
import { describeMeeting, meetingContext } from './extract-meeting.ts';
import { groupPersons, keptPersons } from './extract-persons.ts';
import { findBodyMeetings, placeBodyMeetings } from './body-meetings.ts';
import { addCeremonyGuests } from './ceremony-guests.ts';
import { attendCeremonies, findCeremonies, joinHeadlineCeremonies } from './ceremonies.ts';
import { fillDayYears, fillTalkDates } from './event-dates.ts';
import { EventDates } from './narration-dates.ts';
import { findTalks } from './extract-talks.ts';
import { findChairs } from './meeting-chairs.ts';
import { findTitledChairs } from './titled-chairs.ts';
import { findGroupChairs } from './grouped-chairs.ts';
import { linkOrgChairs } from './org-chairs.ts';
import { meetingAttendance } from './meeting-attendance.ts';
import { linkSessions } from './session-links.ts';
import { settleFormats, settlePlaces } from './meeting-defaults.ts';
import { headReferences } from './head-references.ts';
import { ordinalSessions } from './ordinal-sessions.ts';
import { findSubjectChairs } from './subject-chairs.ts';
import { carryParticipantsUp } from './umbrella-participants.ts';
import { joinShortForms } from './short-forms.ts';
import { talkReferences } from './talk-references.ts';
import type { LearnedOrganisation } from './organisations.ts';
import { samePerson } from './same-person.ts';
import { statementMeetings } from './statement-meeting.ts';
import type { SegmentedArticle } from './segment.ts';
import type { Field, Sentence } from './sentences.ts';
import { TitleReferences } from './title-references.ts';
import { mapPacked } from './packed.ts';

export type { ArticleExtraction, ArticleMeeting, ArticlePerson, ArticleStatement, Located } from './article-extraction.ts';
export { samePerson };

const byPosition = (a: { field: Field; m: { start: number } }, b: { field: Field; m: { start: number } }) => (a.field === b.field ? a.m.start - b.m.start : a.field === 'TITLE' ? -1 : 1);

function saidSpans(statements: ArticleScan['rawStatements'], fieldText: (field: Field) => string) {
  return statements.map((s) => {
    const [start, end] = contentSpan(s, fieldText(s.field));
    return { field: s.field, start, end };
  });
}

export function extractArticle(article: SegmentedArticle, learnedFromDocument: LearnedOrganisation[] = []): ArticleExtraction {
  const scan = scanFields(article, learnedFromDocument);
  addRelativeDates(scan, article.published);
  const { sentences, personMentions } = scan;
  const grouped = groupPersons(personMentions);
  const keep = keptPersons(grouped, personMentions);
  const { persons, personOf } = grouped;
  // Title-only references: the last person named with that title; nobody when two tie.
  const titleReferences = new TitleReferences(personMentions, personOf);

  const sentencesByField = new Map<Field, Sentence[]>();
  for (const x of sentences) (sentencesByField.get(x.field) ?? sentencesByField.set(x.field, []).get(x.field)!).push(x);
  const nameOf = (idx: number) => {
    const k = titleReferences.resolve(idx);
    return k === null ? null : persons[k]?.name ?? null;
  };
  scan.meetingMentions.push(...findTalks(scan.fields, personMentions, sentencesByField, sentences.at(-1)!, nameOf));
  scan.meetingMentions.sort(byPosition);
  joinShortForms(scan.meetingMentions);
  scan.meetingMentions.push(...talkReferences(scan.fields, scan.meetingMentions, personMentions, sentencesByField));
  scan.meetingMentions.push(...ordinalSessions(scan.fields, scan.meetingMentions, sentencesByField));
  const heads = headReferences(scan.fields, scan.meetingMentions, sentencesByField);
  scan.meetingMentions.push(...heads.found);
  const ceremonies = findCeremonies(scan.fields, scan.meetingMentions, sentencesByField);
  const bodyMeetings = findBodyMeetings(scan.fields, scan.organisations, sentencesByField);
  scan.meetingMentions.push(...ceremonies, ...bodyMeetings.flatMap((b) => b.mentions));
  scan.meetingMentions.sort(byPosition);

  // Meetings with their dates, places, format, chair and umbrella.
  const context = meetingContext(scan, sentencesByField, personOf, (idx) => titleReferences.resolve(idx));
  // Packed (packed.ts): a dozen stages read the meetings, and all were deoptimised at once whenever
  // extractArticle was (re)optimised and its .map() began returning a holey array (--trace-deopt).
  const meetings = mapPacked(scan.meetingMentions, (x) => describeMeeting(x, context));
  const ceremonyMentions = new Set(ceremonies.map((x) => x.m));
  const ceremonyMeetings = new Set(meetings.filter((mt) => ceremonyMentions.has(mt.mention)));
  attendCeremonies(meetings, ceremonyMeetings);
  joinHeadlineCeremonies(meetings, ceremonyMeetings);
  addCeremonyGuests(meetings, ceremonyMeetings, sentences, context.personsIn, personOf);
  placeBodyMeetings(meetings, bodyMeetings, context.placesIn);
  fillTalkDates(meetings, scan.dates, paragraphStarts(sentencesByField), article.published?.year);
  fillDayYears(meetings, scan.dates, article.published?.year);
  // Then every other meeting, and years, from the narration (extract-dates.ts).
  const eventDates = new EventDates(scan.dates, sentences, article.published);
  dateMeetings(meetings, sentences, eventDates, scan.dates);
  findChairs(meetings, context);
  findSubjectChairs(meetings, context);
  findTitledChairs(meetings, personMentions, personOf, context.fieldText);
  findGroupChairs(meetings, sentences, context, scan.organisations);
  linkOrgChairs(meetings, scan.fields, scan.countries);
  settlePlaces(meetings, context.fieldText, scan.dates, scan.fields.some((f) => f.field === 'BODY'), article.dateline, scan.places);
  settleFormats(meetings, mapPacked(scan.fields, (f) => f.text).join('\n'));
  const lookup = meetingLookup(meetings);
  linkUmbrellas(meetings, lookup, context.fieldText);
  linkSessions(meetings, heads.sessions, context.fieldText);
  linkChairBackrefs(meetings, sentences, lookup, context.personsIn, personOf);
  carryParticipantsUp(meetings);
  const speakers = { personMentions, personOf, resolveNominal: (idx: number) => titleReferences.resolve(idx), keep };

  return {
    sentences,
    persons: mapPacked(persons, (p, k) => (keep[k] ? p : { ...p, mentions: [] })),
    organisations: scan.organisations,
    countries: scan.countries,
    meetings,
    statements: dateStatements(
      linkStatements(scan.rawStatements, speakers, statementMeetings(meetings, context.fieldText, saidSpans(scan.rawStatements, context.fieldText), meetingAttendance(meetings, { mentions: personMentions, personOf })), context.fieldText, sentences),
      sentences, scan.dates, eventDates,
    ),
    dates: scan.dates,
    articleYears: scan.dates.flatMap((d) => [d.from.year, d.to?.year]).filter((y): y is number => y !== undefined),
    learned: scan.learned,
  };
}

/** Where each paragraph of a field starts (its first sentence), looked up per meeting in O(1). */
function paragraphStarts(sentencesByField: Map<Field, { paragraph: number; start: number }[]>): (field: string, paragraph: number) => number {
  const starts = new Map<string, number>();
  for (const [field, sentences] of sentencesByField) {
    for (const x of sentences) if (!starts.has(`${field}:${x.paragraph}`)) starts.set(`${field}:${x.paragraph}`, x.start);
  }
  return (field, paragraph) => starts.get(`${field}:${paragraph}`) ?? 0;
}
