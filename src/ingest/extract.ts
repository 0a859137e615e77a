// Runs the pure stages on one article: sentences, dates, organisations and countries, persons,
// meetings, statements; then links them inside the article (short names and title-only references
// to the persons they mean, meetings to their dates, places, chairs and umbrellas).
import type { ArticleExtraction } from './article-extraction.ts';
import { EventDates } from './narration-dates.ts';
import { addRelativeDates, dateMeetings, dateStatements } from './extract-dates.ts';
import { scanFields } from './extract-fields.ts';
import { linkChairBackrefs, linkStatements, linkUmbrellas, meetingLookup } from './extract-links.ts';
import { describeMeeting, meetingContext } from './extract-meeting.ts';
import { groupPersons, keptPersons } from './extract-persons.ts';
import { findTalks } from './extract-talks.ts';
import type { LearnedOrganisation } from './organisations.ts';
import { samePerson } from './same-person.ts';
import type { SegmentedArticle } from './segment.ts';
import type { Field, Sentence } from './sentences.ts';
import { TitleReferences } from './title-references.ts';

export type { ArticleExtraction, ArticleMeeting, ArticlePerson, ArticleStatement, Located } from './article-extraction.ts';
export { samePerson };

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
  scan.meetingMentions.push(...findTalks(scan.fields, personMentions, sentencesByField, sentences.at(-1)!));
  scan.meetingMentions.sort((a, b) => (a.field === b.field ? a.m.start - b.m.start : a.field === 'TITLE' ? -1 : 1));

  // Meetings with their dates, places, format, chair and umbrella.
  const context = meetingContext(scan, sentencesByField, personOf);
  const meetings = scan.meetingMentions.map((x) => describeMeeting(x, context));
  const eventDates = new EventDates(scan.dates, sentences, article.published);
  dateMeetings(meetings, sentences, eventDates, scan.dates);
  const lookup = meetingLookup(meetings);
  linkUmbrellas(meetings, lookup, context.fieldText);
  linkChairBackrefs(meetings, sentences, lookup, context.personsIn, personOf);
  const speakers = { personMentions, personOf, resolveNominal: (idx: number) => titleReferences.resolve(idx), keep };

  return {
    sentences,
    persons: persons.map((p, k) => (keep[k] ? p : { ...p, mentions: [] })),
    organisations: scan.organisations,
    countries: scan.countries,
    meetings,
    statements: dateStatements(linkStatements(scan.rawStatements, sentences, speakers, lookup), sentences, scan.dates, eventDates),
    dates: scan.dates,
    articleYears: scan.dates.flatMap((d) => [d.from.year, d.to?.year]).filter((y): y is number => y !== undefined),
    learned: scan.learned,
  };
}
