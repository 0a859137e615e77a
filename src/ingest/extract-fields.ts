// The first pass over an article: each field (title, body) split into sentences and scanned for
// organisations, countries, places, persons, meetings, dates and statements, each tagged with its field.
import { findDates, type DateMention } from './dates.ts';
import { findMeetings, type MeetingMention } from './meetings.ts';
import { findOrganisations, learnAcronyms, type CountryMention, type LearnedOrganisation, type OrganisationMention, type PlaceMention } from './organisations.ts';
import { findPersons, type PersonMention } from './persons.ts';
import type { SegmentedArticle } from './segment.ts';
import { sentenceStartingAtOrBefore } from './sentence-search.ts';
import { splitSentences, type Field, type Sentence } from './sentences.ts';
import { findStatements, type StatementMention } from './statements.ts';

export type FieldPersonMention = PersonMention & { field: Field; sentence: number };
export interface FieldMeetingMention {
  m: MeetingMention;
  field: Field;
  sentence: Sentence;
}
/** A statement whose personMention counts from personOffset in the article's person mentions. */
export type RawStatement = StatementMention & { field: Field; personOffset: number };

export interface ArticleScan {
  fields: { field: Field; text: string }[];
  learned: LearnedOrganisation[];
  sentences: Sentence[];
  personMentions: FieldPersonMention[];
  organisations: (OrganisationMention & { field: Field })[];
  countries: (CountryMention & { field: Field })[];
  places: (PlaceMention & { field: Field })[];
  meetingMentions: FieldMeetingMention[];
  dates: (DateMention & { field: Field })[];
  rawStatements: RawStatement[];
}

export function scanFields(article: SegmentedArticle, learnedFromDocument: LearnedOrganisation[]): ArticleScan {
  const fields: { field: Field; text: string }[] = [];
  if (article.title) fields.push({ field: 'TITLE', text: article.title });
  fields.push({ field: 'BODY', text: article.body });
  const own = fields.flatMap((f) => learnAcronyms(f.text)).filter((o) => !learnedFromDocument.some((l) => l.acronym === o.acronym && l.name === o.name));
  const learned = own.length ? [...learnedFromDocument, ...own] : learnedFromDocument;
  const scan: ArticleScan = { fields, learned, sentences: [], personMentions: [], organisations: [], countries: [], places: [], meetingMentions: [], dates: [], rawStatements: [] };
  for (const { field, text } of fields) scanField(scan, field, text);
  return scan;
}

function scanField(scan: ArticleScan, field: Field, text: string): void {
  const fs = splitSentences(field, text, scan.sentences.length);
  scan.sentences.push(...fs);
  const sentenceOf = (pos: number) => sentenceStartingAtOrBefore(fs, pos)!;
  const found = findOrganisations(text, scan.learned);
  const persons = findPersons(text);
  scan.organisations.push(...found.organisations.map((o) => ({ ...o, field })));
  scan.countries.push(...found.countries.map((c) => ({ ...c, field })));
  scan.places.push(...found.places.map((p) => ({ ...p, field })));
  const offset = scan.personMentions.length;
  scan.personMentions.push(...persons.map((p) => ({ ...p, field, sentence: sentenceOf(p.start).index })));
  for (const m of findMeetings(text)) scan.meetingMentions.push({ m, field, sentence: sentenceOf(m.start) });
  scan.dates.push(...findDates(text).map((d) => ({ ...d, field })));
  const st = findStatements(text, fs, { persons, organisations: found.organisations, countries: found.countries });
  scan.rawStatements.push(...st.map((s) => ({ ...s, field, personOffset: offset })));
}
