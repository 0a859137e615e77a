// What extraction gives for one article (src/ingest/extract.ts), with offsets into its fields; the
// resolve stage turns it into the article's graph.
import type { DateMention, PartialDate } from './dates.ts';
import type { MeetingMention } from './meetings.ts';
import type { CountryMention, LearnedOrganisation, OrganisationMention } from './organisations.ts';
import type { Field, Sentence } from './sentences.ts';
import type { StatementMention } from './statements.ts';

export interface Located {
  field: Field;
  start: number;
  end: number;
  text: string;
}

export interface ArticlePerson {
  name: string;
  aliases: string[];
  countryCode: string | null;
  roles: { title: string; countryCode: string | null; organisation: string | null }[];
  mentions: Located[];
}

export interface ArticleMeeting {
  mention: MeetingMention;
  where: Located;
  sentence: Sentence;
  date: { from: PartialDate; to?: PartialDate } | null;
  city: string | null;
  countryCode: string | null;
  format: 'VIRTUAL' | 'IN_PERSON' | 'HYBRID' | null;
  chairLabel: string | null;
  chairPerson: number | null;
  chairCountry: string | null;
  /** Every chair (co-chairs), the first being chairPerson. */
  chairs: number[];
  /** Index of the umbrella meeting in this article's meetings. */
  parent: number | null;
  participants: number[];
  sentenceYears: number[];
}

export interface ArticleStatement extends Omit<StatementMention, 'personMention'> {
  field: Field;
  person: number | null;
  meeting: number | null;
  /** The day its sentence tells of (src/ingest/extract-dates.ts); the meeting's start comes first when stored. */
  saidOn?: PartialDate | null;
}

export interface ArticleExtraction {
  sentences: Sentence[];
  persons: ArticlePerson[];
  organisations: (OrganisationMention & { field: Field })[];
  countries: (CountryMention & { field: Field })[];
  meetings: ArticleMeeting[];
  statements: ArticleStatement[];
  dates: (DateMention & { field: Field })[];
  /** Years written anywhere in the article, for dates that lack one. */
  articleYears: number[];
  learned: LearnedOrganisation[];
}
