// The gold annotation's shape (tests/fixtures/gold/README.md) and the plain records the scorer takes.
// Gold fields that only one gold file carries (dev's meeting keys, cities, participants) are optional.

export interface GoldPerson { name: string; aliases: string[]; boilerplate?: boolean }
export interface GoldOrganisation { name: string; acronym: string | null; aliases: string[]; boilerplate?: boolean }

export interface GoldMeeting {
  /** Dev only; the seeds' references name the meeting's `name` instead. */
  key?: string;
  name: string;
  acronym?: string | null;
  ordinal: number | null;
  start: string | null;
  end?: string | null;
  location?: string | null;
  /** Dev only; the seeds' city comes from `location`. */
  city?: string | null;
  cityAliases?: string[];
  format?: string | null;
  chair?: string | null;
  partOf?: string | null;
  participants?: string[];
  boilerplate?: boolean;
  fromKnowledge?: boolean;
  fromKnowledgeFields?: string[];
  mentions?: { text: string }[];
}

export interface GoldStatement {
  speaker: string;
  speakerType: string;
  speakerAliases?: string[];
  verb: string;
  content: string;
  /** A meeting key (dev) or name (seeds); null for a statement made at no meeting. */
  meeting?: string | null;
  boilerplate?: boolean;
}

export interface GoldArticle {
  lines: [number, number];
  title: string | null;
  /** The day of the article's date line or dateline (ISO), where its text gives one. */
  publishedAt?: string | null;
  boilerplate?: boolean;
}

export interface GoldFile {
  documents?: { file: string; articles: GoldArticle[] }[];
  persons: GoldPerson[];
  organisations: GoldOrganisation[];
  meetings: GoldMeeting[];
  statements: GoldStatement[];
}

/** One chair as stored: a person, organisation or country by all its names, or the label as written. */
export interface ExtractedChair { kind: 'person' | 'organisation' | 'country' | 'label'; names: string[] }

export interface ExtractedPerson { name: string; aliases: string[] }
export interface ExtractedOrganisation { name: string; acronym: string | null; aliases: string[] }

// Relation fields are optional: a field the extractor does not give is absent, and scores as wrong.
export interface ExtractedMeeting {
  key?: string;
  name: string;
  aliases: string[];
  acronym?: string | null;
  ordinal: number | null;
  start: string | null;
  /** Each participant by its names (name and aliases). */
  participants?: string[][];
  /** Index of the parent meeting in Extracted.meetings. */
  parent?: number | null;
  city?: string | null;
  /** VIRTUAL, IN_PERSON, HYBRID or UNKNOWN. */
  format?: string | null;
  chairs?: ExtractedChair[];
}

export interface ExtractedStatement {
  speakerLabel: string;
  /** Names (with aliases) of the speaker person, when one is linked. */
  personNames: string[];
  /** Names, acronyms and aliases of the speaker organisation or country, when one is linked. */
  organisationNames: string[];
  verb: string;
  content: string;
  /** Index of the statement's meeting in Extracted.meetings. */
  meeting?: number | null;
  /** ISO day. */
  saidOn?: string | null;
}

export interface ExtractedArticle {
  /** The source file's base name, as the gold's documents[].file. */
  file: string;
  lineStart: number;
  lineEnd: number;
  title: string | null;
  /** ISO day, in Vietnam's time zone (the papers' own). */
  publishedAt: string | null;
}

export interface Extracted {
  persons: ExtractedPerson[];
  organisations: ExtractedOrganisation[];
  meetings: ExtractedMeeting[];
  statements: ExtractedStatement[];
  articles?: ExtractedArticle[];
}
