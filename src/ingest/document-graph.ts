// The graph one document resolves to: its persons, organisations, countries, meetings and
// statements, each mention tagged with its article; indices point into the document's own lists.
import type { MeetingLevelName } from '../lexicon/meeting-series.ts';
import type { OrganisationKindName } from '../lexicon/organisations.ts';
import type { PartialDate } from './dates.ts';
import type { Located } from './extract.ts';
import type { StatementMention } from './statements.ts';

export interface Where extends Located {
  article: number;
}

export interface DocPerson {
  name: string;
  aliases: string[];
  countryCode: string | null;
  roles: { title: string; countryCode: string | null; organisation: string | null; article: number }[];
  mentions: Where[];
}

export interface DocOrganisation {
  name: string;
  acronym: string | null;
  kind: OrganisationKindName;
  countryCode: string | null;
  aliases: string[];
  mentions: Where[];
}

export interface DocMeeting {
  /** Key when the meeting is identified (series + ordinal or year); null: decided by persist. */
  key: string | null;
  /** Key prefix of the series (for yearless meetings merged with stored ones). */
  seriesPrefix: string | null;
  name: string;
  aliases: string[];
  series: string | null;
  ordinal: number | null;
  acronym: string | null;
  level: MeetingLevelName;
  start: PartialDate | null;
  end: PartialDate | null;
  format: 'VIRTUAL' | 'IN_PERSON' | 'HYBRID' | null;
  city: string | null;
  countryCode: string | null;
  chairLabel: string | null;
  chairPerson: number | null;
  chairCountry: string | null;
  /** Every chair (co-chairs) as persons of the document; stored as participants with the role "chair". */
  chairs: number[];
  parent: number | null;
  participants: number[];
  /** Organisations named inside the meeting's name ("ASEAN - Liên minh châu Âu", "cuộc gặp giữa ACW với …"). */
  organisations: number[];
  mentions: Where[];
}

/** A statement as extracted, with its speaker and meeting resolved to indices of this document. */
export interface DocStatement extends Omit<StatementMention, 'personMention' | 'organisation' | 'sentenceIndex'> {
  article: number;
  person: number | null;
  organisation: number | null;
  field: 'TITLE' | 'BODY';
  meeting: number | null;
  /** The day its sentence tells of, when the meeting gives none. */
  saidOn?: PartialDate | null;
}

export interface DocumentGraph {
  persons: DocPerson[];
  organisations: DocOrganisation[];
  countries: { code: string; mentions: Where[] }[];
  meetings: DocMeeting[];
  statements: DocStatement[];
}
