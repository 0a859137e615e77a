/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ArticleFilter = {
  mentionsMeeting?: string | number | null | undefined;
  mentionsOrganisation?: string | number | null | undefined;
  mentionsPerson?: string | number | null | undefined;
  publishedFrom?: string | null | undefined;
  publishedTo?: string | null | undefined;
  /** Words in the title or body; case and diacritics are ignored. */
  search?: string | null | undefined;
  source?: string | null | undefined;
};

export type ArticleOrderBy =
  | 'CREATED_AT_ASC'
  | 'CREATED_AT_DESC'
  | 'PUBLISHED_AT_ASC'
  | 'PUBLISHED_AT_DESC';

export type IngestDocumentInput = {
  /** ISO 8601 date or timestamp ("2021-08-04" or "2021-08-04T10:00:00Z"). */
  publishedAt?: string | null | undefined;
  /** Where the text came from: a file name or URL. */
  source: string;
  /** The raw text: one article or a page of them; at most 1048576 bytes of UTF-8. */
  text: string;
};

export type MeetingFilter = {
  city?: string | null | undefined;
  countryCode?: string | null | undefined;
  format?: MeetingFormat | null | undefined;
  /** Meetings still running on or after this date. */
  from?: string | null | undefined;
  level?: MeetingLevel | null | undefined;
  ordinal?: number | null | undefined;
  /** An Organisation ID. */
  organisation?: string | number | null | undefined;
  /** Meetings held within this meeting. */
  parent?: string | number | null | undefined;
  /** A Person ID. */
  participant?: string | number | null | undefined;
  /** Name, key or alias; case and diacritics are ignored. */
  search?: string | null | undefined;
  /** e.g. "AMM", "ASEAN-SUMMIT". */
  series?: string | null | undefined;
  /** Meetings starting on or before this date (inclusive of the period). */
  to?: string | null | undefined;
};

export type MeetingFormat =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'UNKNOWN'
  | 'VIRTUAL';

export type MeetingLevel =
  | 'AMBASSADORS'
  | 'MINISTERIAL'
  | 'OTHER'
  | 'SENIOR_OFFICIALS'
  | 'SUMMIT';

export type MeetingOrderBy =
  | 'CREATED_AT_ASC'
  | 'KEY_ASC'
  | 'NAME_ASC'
  | 'START_DATE_ASC'
  | 'START_DATE_DESC';

export type MentionKind =
  | 'COUNTRY'
  | 'MEETING'
  | 'ORGANISATION'
  | 'PERSON';

export type MergeOrganisationsInput = {
  /** Organisations folded into the target and then deleted; their names become aliases. */
  sourceIds: Array<string | number>;
  /** The organisation that stays. */
  targetId: string | number;
};

export type MergePersonsInput = {
  /** People folded into the target and then deleted; their names become aliases. */
  sourceIds: Array<string | number>;
  /** The person that stays. */
  targetId: string | number;
};

export type OrganisationFilter = {
  countryCode?: string | null | undefined;
  kind?: OrganisationKind | null | undefined;
  /** Name, acronym or alias; case and diacritics are ignored. */
  search?: string | null | undefined;
};

export type OrganisationKind =
  | 'COMPANY'
  | 'GOVERNMENT'
  | 'INTERGOVERNMENTAL'
  | 'LEGISLATURE'
  | 'MEDIA'
  | 'MINISTRY'
  | 'NGO'
  | 'OTHER'
  | 'PARTY';

export type OrganisationOrderBy =
  | 'CREATED_AT_ASC'
  | 'NAME_ASC'
  | 'NAME_DESC';

export type PersonFilter = {
  countryCode?: string | null | undefined;
  /** People who held a role in this organisation. */
  organisation?: string | number | null | undefined;
  /** Name or alias; case and diacritics are ignored. */
  search?: string | null | undefined;
};

export type PersonOrderBy =
  | 'CREATED_AT_ASC'
  | 'NAME_ASC'
  | 'NAME_DESC';

export type SearchType =
  | 'ARTICLE'
  | 'MEETING'
  | 'ORGANISATION'
  | 'PERSON'
  | 'STATEMENT';

export type SpeakerKind =
  | 'COLLECTIVE'
  | 'COUNTRY'
  | 'ORGANISATION'
  | 'PERSON'
  | 'ROLE';

export type SpeechAct =
  | 'AGREE'
  | 'APPRECIATE'
  | 'ASSERT'
  | 'CALL'
  | 'COMMIT'
  | 'CONCERN'
  | 'INFORM'
  | 'OTHER'
  | 'PROPOSE'
  | 'SUPPORT'
  | 'WELCOME';

export type StatementFilter = {
  act?: SpeechAct | null | undefined;
  acts?: Array<SpeechAct> | null | undefined;
  article?: string | number | null | undefined;
  directQuotesOnly?: boolean | null | undefined;
  /** Statements made at exactly this meeting. */
  meeting?: string | number | null | undefined;
  saidFrom?: string | null | undefined;
  saidTo?: string | null | undefined;
  /** Words in the content or speaker label; case and diacritics are ignored. */
  search?: string | null | undefined;
  /** A Person or Organisation ID. */
  speaker?: string | number | null | undefined;
  /** Statements made in the name of a country (ISO code). */
  speakerCountry?: string | null | undefined;
  /** Statements made at this meeting or at any meeting held within it. */
  withinMeeting?: string | number | null | undefined;
};

export type StatementOrderBy =
  | 'CREATED_AT_ASC'
  | 'CREATED_AT_DESC'
  | 'SAID_ON_ASC'
  | 'SAID_ON_DESC';

/** Fields left out are unchanged; a nullable field set to null is cleared. */
export type UpdateMeetingInput = {
  city?: string | null | undefined;
  countryCode?: string | null | undefined;
  /** A PartialDate; not before startDate. */
  endDate?: string | null | undefined;
  format?: MeetingFormat | null | undefined;
  id: string | number;
  level?: MeetingLevel | null | undefined;
  name?: string | null | undefined;
  /** A PartialDate: "2021", "2021-08" or "2021-08-02". */
  startDate?: string | null | undefined;
};

export type ArticlesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ArticleFilter | null | undefined;
  orderBy?: ArticleOrderBy | null | undefined;
}>;


export type ArticlesQuery = { articles: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string | null, lede: string | null, source: string, publishedAt: string | null } }> } };

export type ArticleQueryVariables = Exact<{
  id: string | number;
  statementsFirst?: number | null | undefined;
}>;


export type ArticleQuery = { node:
    | { __typename: 'Article', body: string, lineStart: number, lineEnd: number, id: string, title: string | null, lede: string | null, source: string, publishedAt: string | null, meetings: Array<{ id: string, key: string, name: string, acronym: string | null, series: string | null, ordinal: number | null, level: MeetingLevel, startDate: import('../scalars.js').PartialDate | null, endDate: import('../scalars.js').PartialDate | null, format: MeetingFormat, city: string | null, country: { code: string, name: string, nameEn: string | null } | null }>, persons: Array<{ id: string, name: string, aliases: Array<string>, country: { code: string, name: string, nameEn: string | null } | null }>, organisations: Array<{ id: string, name: string, acronym: string | null, kind: OrganisationKind, country: { code: string, name: string, nameEn: string | null } | null }>, statements: { totalCount: number, edges: Array<{ node: { id: string, speakerKind: SpeakerKind, speakerLabel: string, verb: string, act: SpeechAct, content: string, isDirectQuote: boolean, saidOn: import('../scalars.js').PartialDate | null, speaker:
              | { __typename: 'Country', code: string, name: string }
              | { __typename: 'Organisation', id: string, name: string, acronym: string | null }
              | { __typename: 'Person', id: string, name: string }
             | null, meeting: { id: string, key: string, name: string } | null, article: { id: string, title: string | null, source: string }, evidence: { text: string, start: number, end: number } } }> }, mentions: Array<{ kind: MentionKind, text: string, start: number, end: number, inTitle: boolean }> }
    | { __typename: 'Meeting' }
    | { __typename: 'Organisation' }
    | { __typename: 'Person' }
    | { __typename: 'Statement' }
   | null };

export type PageInfoFieldsFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type CountryFieldsFragment = { code: string, name: string, nameEn: string | null };

export type PersonSummaryFragment = { id: string, name: string, aliases: Array<string>, country: { code: string, name: string, nameEn: string | null } | null };

export type OrganisationSummaryFragment = { id: string, name: string, acronym: string | null, kind: OrganisationKind, country: { code: string, name: string, nameEn: string | null } | null };

export type MeetingSummaryFragment = { id: string, key: string, name: string, acronym: string | null, series: string | null, ordinal: number | null, level: MeetingLevel, startDate: import('../scalars.js').PartialDate | null, endDate: import('../scalars.js').PartialDate | null, format: MeetingFormat, city: string | null, country: { code: string, name: string, nameEn: string | null } | null };

export type ArticleSummaryFragment = { id: string, title: string | null, lede: string | null, source: string, publishedAt: string | null };

export type StatementFieldsFragment = { id: string, speakerKind: SpeakerKind, speakerLabel: string, verb: string, act: SpeechAct, content: string, isDirectQuote: boolean, saidOn: import('../scalars.js').PartialDate | null, speaker:
    | { __typename: 'Country', code: string, name: string }
    | { __typename: 'Organisation', id: string, name: string, acronym: string | null }
    | { __typename: 'Person', id: string, name: string }
   | null, meeting: { id: string, key: string, name: string } | null, article: { id: string, title: string | null, source: string }, evidence: { text: string, start: number, end: number } };

type UserErrorFields_InputValidationError_Fragment = { __typename: 'InputValidationError', field: string, code: string, message: string, issues: Array<{ field: string, message: string, path: Array<string> }> };

type UserErrorFields_InvalidInputError_Fragment = { __typename: 'InvalidInputError', field: string, code: string, message: string };

type UserErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', field: string, id: string, code: string, message: string };

export type UserErrorFieldsFragment =
  | UserErrorFields_InputValidationError_Fragment
  | UserErrorFields_InvalidInputError_Fragment
  | UserErrorFields_NotFoundError_Fragment
;

export type MeetingsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: MeetingFilter | null | undefined;
  orderBy?: MeetingOrderBy | null | undefined;
}>;


export type MeetingsQuery = { meetings: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, key: string, name: string, acronym: string | null, series: string | null, ordinal: number | null, level: MeetingLevel, startDate: import('../scalars.js').PartialDate | null, endDate: import('../scalars.js').PartialDate | null, format: MeetingFormat, city: string | null, parent: { id: string, key: string, name: string } | null, country: { code: string, name: string, nameEn: string | null } | null } }> } };

export type MeetingQueryVariables = Exact<{
  id: string | number;
  participantsFirst?: number | null | undefined;
  statementsFirst?: number | null | undefined;
}>;


export type MeetingQuery = { node:
    | { __typename: 'Article' }
    | { __typename: 'Meeting', aliases: Array<string>, id: string, key: string, name: string, acronym: string | null, series: string | null, ordinal: number | null, level: MeetingLevel, startDate: import('../scalars.js').PartialDate | null, endDate: import('../scalars.js').PartialDate | null, format: MeetingFormat, city: string | null, chair: { label: string | null, person: { id: string, name: string, aliases: Array<string>, country: { code: string, name: string, nameEn: string | null } | null } | null, organisation: { id: string, name: string, acronym: string | null, kind: OrganisationKind, country: { code: string, name: string, nameEn: string | null } | null } | null, country: { code: string, name: string, nameEn: string | null } | null } | null, parent: { id: string, key: string, name: string, acronym: string | null, series: string | null, ordinal: number | null, level: MeetingLevel, startDate: import('../scalars.js').PartialDate | null, endDate: import('../scalars.js').PartialDate | null, format: MeetingFormat, city: string | null, country: { code: string, name: string, nameEn: string | null } | null } | null, children: Array<{ id: string, key: string, name: string, acronym: string | null, series: string | null, ordinal: number | null, level: MeetingLevel, startDate: import('../scalars.js').PartialDate | null, endDate: import('../scalars.js').PartialDate | null, format: MeetingFormat, city: string | null, country: { code: string, name: string, nameEn: string | null } | null }>, participants: { totalCount: number, edges: Array<{ role: string | null, node: { id: string, name: string, aliases: Array<string>, country: { code: string, name: string, nameEn: string | null } | null } }> }, organisations: Array<{ id: string, name: string, acronym: string | null, kind: OrganisationKind, country: { code: string, name: string, nameEn: string | null } | null }>, statements: { totalCount: number, edges: Array<{ node: { id: string, speakerKind: SpeakerKind, speakerLabel: string, verb: string, act: SpeechAct, content: string, isDirectQuote: boolean, saidOn: import('../scalars.js').PartialDate | null, speaker:
              | { __typename: 'Country', code: string, name: string }
              | { __typename: 'Organisation', id: string, name: string, acronym: string | null }
              | { __typename: 'Person', id: string, name: string }
             | null, meeting: { id: string, key: string, name: string } | null, article: { id: string, title: string | null, source: string }, evidence: { text: string, start: number, end: number } } }> }, articles: { totalCount: number, edges: Array<{ node: { id: string, title: string | null, lede: string | null, source: string, publishedAt: string | null } }> }, country: { code: string, name: string, nameEn: string | null } | null }
    | { __typename: 'Organisation' }
    | { __typename: 'Person' }
    | { __typename: 'Statement' }
   | null };

export type MeetingTimelineQueryVariables = Exact<{
  filter?: MeetingFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MeetingTimelineQuery = { meetings: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, key: string, name: string, acronym: string | null, series: string | null, ordinal: number | null, level: MeetingLevel, startDate: import('../scalars.js').PartialDate | null, endDate: import('../scalars.js').PartialDate | null, format: MeetingFormat, city: string | null, children: Array<{ id: string, key: string, name: string, acronym: string | null, series: string | null, ordinal: number | null, level: MeetingLevel, startDate: import('../scalars.js').PartialDate | null, endDate: import('../scalars.js').PartialDate | null, format: MeetingFormat, city: string | null, country: { code: string, name: string, nameEn: string | null } | null }>, country: { code: string, name: string, nameEn: string | null } | null } }> } };

export type IngestDocumentMutationVariables = Exact<{
  input: IngestDocumentInput;
}>;


export type IngestDocumentMutation = { ingestDocument:
    | { __typename: 'IngestDocumentPayload', documentId: number, created: boolean, source: string, articles: Array<{ created: boolean, lineStart: number, lineEnd: number, article: { id: string, title: string | null, lede: string | null, source: string, publishedAt: string | null } }>, meetings: Array<{ id: string, key: string, name: string, acronym: string | null, series: string | null, ordinal: number | null, level: MeetingLevel, startDate: import('../scalars.js').PartialDate | null, endDate: import('../scalars.js').PartialDate | null, format: MeetingFormat, city: string | null, country: { code: string, name: string, nameEn: string | null } | null }>, persons: Array<{ id: string, name: string, aliases: Array<string>, country: { code: string, name: string, nameEn: string | null } | null }>, organisations: Array<{ id: string, name: string, acronym: string | null, kind: OrganisationKind, country: { code: string, name: string, nameEn: string | null } | null }>, statements: Array<{ id: string, speakerKind: SpeakerKind, speakerLabel: string, verb: string, act: SpeechAct, content: string, isDirectQuote: boolean, saidOn: import('../scalars.js').PartialDate | null, speaker:
          | { __typename: 'Country', code: string, name: string }
          | { __typename: 'Organisation', id: string, name: string, acronym: string | null }
          | { __typename: 'Person', id: string, name: string }
         | null, meeting: { id: string, key: string, name: string } | null, article: { id: string, title: string | null, source: string }, evidence: { text: string, start: number, end: number } }> }
    | { __typename: 'InputValidationError', field: string, code: string, message: string, issues: Array<{ field: string, message: string, path: Array<string> }> }
   };

export type MergePersonsMutationVariables = Exact<{
  input: MergePersonsInput;
}>;


export type MergePersonsMutation = { mergePersons:
    | { __typename: 'InputValidationError', field: string, code: string, message: string, issues: Array<{ field: string, message: string, path: Array<string> }> }
    | { __typename: 'InvalidInputError', field: string, code: string, message: string }
    | { __typename: 'MergePersonsPayload', mergedIds: Array<string>, person: { id: string, name: string, aliases: Array<string>, country: { code: string, name: string, nameEn: string | null } | null } }
    | { __typename: 'NotFoundError', field: string, id: string, code: string, message: string }
   };

export type MergeOrganisationsMutationVariables = Exact<{
  input: MergeOrganisationsInput;
}>;


export type MergeOrganisationsMutation = { mergeOrganisations:
    | { __typename: 'InputValidationError', field: string, code: string, message: string, issues: Array<{ field: string, message: string, path: Array<string> }> }
    | { __typename: 'InvalidInputError', field: string, code: string, message: string }
    | { __typename: 'MergeOrganisationsPayload', mergedIds: Array<string>, organisation: { aliases: Array<string>, id: string, name: string, acronym: string | null, kind: OrganisationKind, country: { code: string, name: string, nameEn: string | null } | null } }
    | { __typename: 'NotFoundError', field: string, id: string, code: string, message: string }
   };

export type UpdateMeetingMutationVariables = Exact<{
  input: UpdateMeetingInput;
}>;


export type UpdateMeetingMutation = { updateMeeting:
    | { __typename: 'InputValidationError', field: string, code: string, message: string, issues: Array<{ field: string, message: string, path: Array<string> }> }
    | { __typename: 'InvalidInputError', field: string, code: string, message: string }
    | { __typename: 'NotFoundError', field: string, id: string, code: string, message: string }
    | { __typename: 'UpdateMeetingPayload', meeting: { id: string, key: string, name: string, acronym: string | null, series: string | null, ordinal: number | null, level: MeetingLevel, startDate: import('../scalars.js').PartialDate | null, endDate: import('../scalars.js').PartialDate | null, format: MeetingFormat, city: string | null, country: { code: string, name: string, nameEn: string | null } | null } }
   };

export type OrganisationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrganisationFilter | null | undefined;
  orderBy?: OrganisationOrderBy | null | undefined;
}>;


export type OrganisationsQuery = { organisations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, acronym: string | null, kind: OrganisationKind, country: { code: string, name: string, nameEn: string | null } | null } }> } };

export type OrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationQuery = { node:
    | { __typename: 'Article' }
    | { __typename: 'Meeting' }
    | { __typename: 'Organisation', aliases: Array<string>, id: string, name: string, acronym: string | null, kind: OrganisationKind, people: Array<{ id: string, name: string, aliases: Array<string>, country: { code: string, name: string, nameEn: string | null } | null }>, meetings: { totalCount: number, edges: Array<{ role: string | null, node: { id: string, key: string, name: string, acronym: string | null, series: string | null, ordinal: number | null, level: MeetingLevel, startDate: import('../scalars.js').PartialDate | null, endDate: import('../scalars.js').PartialDate | null, format: MeetingFormat, city: string | null, country: { code: string, name: string, nameEn: string | null } | null } }> }, statements: { totalCount: number, edges: Array<{ node: { id: string, speakerKind: SpeakerKind, speakerLabel: string, verb: string, act: SpeechAct, content: string, isDirectQuote: boolean, saidOn: import('../scalars.js').PartialDate | null, speaker:
              | { __typename: 'Country', code: string, name: string }
              | { __typename: 'Organisation', id: string, name: string, acronym: string | null }
              | { __typename: 'Person', id: string, name: string }
             | null, meeting: { id: string, key: string, name: string } | null, article: { id: string, title: string | null, source: string }, evidence: { text: string, start: number, end: number } } }> }, articles: { totalCount: number, edges: Array<{ node: { id: string, title: string | null, lede: string | null, source: string, publishedAt: string | null } }> }, country: { code: string, name: string, nameEn: string | null } | null }
    | { __typename: 'Person' }
    | { __typename: 'Statement' }
   | null };

export type PersonsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PersonFilter | null | undefined;
  orderBy?: PersonOrderBy | null | undefined;
}>;


export type PersonsQuery = { persons: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, aliases: Array<string>, country: { code: string, name: string, nameEn: string | null } | null } }> } };

export type PersonQueryVariables = Exact<{
  id: string | number;
  statementsFirst?: number | null | undefined;
  statementsAfter?: string | null | undefined;
  meetingsFirst?: number | null | undefined;
}>;


export type PersonQuery = { node:
    | { __typename: 'Article' }
    | { __typename: 'Meeting' }
    | { __typename: 'Organisation' }
    | { __typename: 'Person', id: string, name: string, aliases: Array<string>, roles: Array<{ title: string, organisation: { id: string, name: string, acronym: string | null, kind: OrganisationKind, country: { code: string, name: string, nameEn: string | null } | null } | null, country: { code: string, name: string, nameEn: string | null } | null }>, meetings: { totalCount: number, edges: Array<{ role: string | null, node: { id: string, key: string, name: string, acronym: string | null, series: string | null, ordinal: number | null, level: MeetingLevel, startDate: import('../scalars.js').PartialDate | null, endDate: import('../scalars.js').PartialDate | null, format: MeetingFormat, city: string | null, country: { code: string, name: string, nameEn: string | null } | null } }> }, statements: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, speakerKind: SpeakerKind, speakerLabel: string, verb: string, act: SpeechAct, content: string, isDirectQuote: boolean, saidOn: import('../scalars.js').PartialDate | null, speaker:
              | { __typename: 'Country', code: string, name: string }
              | { __typename: 'Organisation', id: string, name: string, acronym: string | null }
              | { __typename: 'Person', id: string, name: string }
             | null, meeting: { id: string, key: string, name: string } | null, article: { id: string, title: string | null, source: string }, evidence: { text: string, start: number, end: number } } }> }, articles: { totalCount: number, edges: Array<{ node: { id: string, title: string | null, lede: string | null, source: string, publishedAt: string | null } }> }, country: { code: string, name: string, nameEn: string | null } | null }
    | { __typename: 'Statement' }
   | null };

export type SearchQueryVariables = Exact<{
  query: string;
  types?: Array<SearchType> | SearchType | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ type: SearchType, score: number, matchedText: string, snippet: { text: string, marked: string, highlights: Array<{ start: number, end: number }> }, node:
      | { __typename: 'Article', id: string, title: string | null, lede: string | null, source: string, publishedAt: string | null }
      | { __typename: 'Meeting', id: string, key: string, name: string, acronym: string | null, series: string | null, ordinal: number | null, level: MeetingLevel, startDate: import('../scalars.js').PartialDate | null, endDate: import('../scalars.js').PartialDate | null, format: MeetingFormat, city: string | null, country: { code: string, name: string, nameEn: string | null } | null }
      | { __typename: 'Organisation', id: string, name: string, acronym: string | null, kind: OrganisationKind, country: { code: string, name: string, nameEn: string | null } | null }
      | { __typename: 'Person', id: string, name: string, aliases: Array<string>, country: { code: string, name: string, nameEn: string | null } | null }
      | { __typename: 'Statement', id: string, speakerKind: SpeakerKind, speakerLabel: string, verb: string, act: SpeechAct, content: string, isDirectQuote: boolean, saidOn: import('../scalars.js').PartialDate | null, speaker:
          | { __typename: 'Country', code: string, name: string }
          | { __typename: 'Organisation', id: string, name: string, acronym: string | null }
          | { __typename: 'Person', id: string, name: string }
         | null, meeting: { id: string, key: string, name: string } | null, article: { id: string, title: string | null, source: string }, evidence: { text: string, start: number, end: number } }
     }> };

export type StatementsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: StatementFilter | null | undefined;
  orderBy?: StatementOrderBy | null | undefined;
}>;


export type StatementsQuery = { statements: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, speakerKind: SpeakerKind, speakerLabel: string, verb: string, act: SpeechAct, content: string, isDirectQuote: boolean, saidOn: import('../scalars.js').PartialDate | null, speaker:
          | { __typename: 'Country', code: string, name: string }
          | { __typename: 'Organisation', id: string, name: string, acronym: string | null }
          | { __typename: 'Person', id: string, name: string }
         | null, meeting: { id: string, key: string, name: string } | null, article: { id: string, title: string | null, source: string }, evidence: { text: string, start: number, end: number } } }> } };

export type DocumentIngestedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DocumentIngestedSubscription = { documentIngested: { documentId: number, created: boolean, source: string, articles: Array<{ created: boolean, article: { id: string, title: string | null, lede: string | null, source: string, publishedAt: string | null } }> } };

export type StatementAddedSubscriptionVariables = Exact<{
  filter?: StatementFilter | null | undefined;
}>;


export type StatementAddedSubscription = { statementAdded: { id: string, speakerKind: SpeakerKind, speakerLabel: string, verb: string, act: SpeechAct, content: string, isDirectQuote: boolean, saidOn: import('../scalars.js').PartialDate | null, speaker:
      | { __typename: 'Country', code: string, name: string }
      | { __typename: 'Organisation', id: string, name: string, acronym: string | null }
      | { __typename: 'Person', id: string, name: string }
     | null, meeting: { id: string, key: string, name: string } | null, article: { id: string, title: string | null, source: string }, evidence: { text: string, start: number, end: number } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PageInfoFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `, {"fragmentName":"PageInfoFields"}) as unknown as TypedDocumentString<PageInfoFieldsFragment, unknown>;
export const CountryFieldsFragmentDoc = new TypedDocumentString(`
    fragment CountryFields on Country {
  code
  name
  nameEn
}
    `, {"fragmentName":"CountryFields"}) as unknown as TypedDocumentString<CountryFieldsFragment, unknown>;
export const PersonSummaryFragmentDoc = new TypedDocumentString(`
    fragment PersonSummary on Person {
  id
  name
  aliases
  country {
    ...CountryFields
  }
}
    fragment CountryFields on Country {
  code
  name
  nameEn
}`, {"fragmentName":"PersonSummary"}) as unknown as TypedDocumentString<PersonSummaryFragment, unknown>;
export const OrganisationSummaryFragmentDoc = new TypedDocumentString(`
    fragment OrganisationSummary on Organisation {
  id
  name
  acronym
  kind
  country {
    ...CountryFields
  }
}
    fragment CountryFields on Country {
  code
  name
  nameEn
}`, {"fragmentName":"OrganisationSummary"}) as unknown as TypedDocumentString<OrganisationSummaryFragment, unknown>;
export const MeetingSummaryFragmentDoc = new TypedDocumentString(`
    fragment MeetingSummary on Meeting {
  id
  key
  name
  acronym
  series
  ordinal
  level
  startDate
  endDate
  format
  city
  country {
    ...CountryFields
  }
}
    fragment CountryFields on Country {
  code
  name
  nameEn
}`, {"fragmentName":"MeetingSummary"}) as unknown as TypedDocumentString<MeetingSummaryFragment, unknown>;
export const ArticleSummaryFragmentDoc = new TypedDocumentString(`
    fragment ArticleSummary on Article {
  id
  title
  lede
  source
  publishedAt
}
    `, {"fragmentName":"ArticleSummary"}) as unknown as TypedDocumentString<ArticleSummaryFragment, unknown>;
export const StatementFieldsFragmentDoc = new TypedDocumentString(`
    fragment StatementFields on Statement {
  id
  speakerKind
  speakerLabel
  verb
  act
  content
  isDirectQuote
  saidOn
  speaker {
    __typename
    ... on Person {
      id
      name
    }
    ... on Organisation {
      id
      name
      acronym
    }
    ... on Country {
      code
      name
    }
  }
  meeting {
    id
    key
    name
  }
  article {
    id
    title
    source
  }
  evidence {
    text
    start
    end
  }
}
    `, {"fragmentName":"StatementFields"}) as unknown as TypedDocumentString<StatementFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  __typename
  code
  message
  ... on InputValidationError {
    field
    issues {
      field
      message
      path
    }
  }
  ... on InvalidInputError {
    field
  }
  ... on NotFoundError {
    field
    id
  }
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const ArticlesDocument = new TypedDocumentString(`
    query Articles($first: Int = 20, $after: String, $filter: ArticleFilter, $orderBy: ArticleOrderBy) {
  articles(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...ArticleSummary
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ArticleSummary on Article {
  id
  title
  lede
  source
  publishedAt
}`, {"hash":"sha256:e64e93673de65637c8f1609d7a5162e62d5b012c98124e86d0228f506820d07b"}) as unknown as TypedDocumentString<ArticlesQuery, ArticlesQueryVariables>;
export const ArticleDocument = new TypedDocumentString(`
    query Article($id: ID!, $statementsFirst: Int = 50) {
  node(id: $id) {
    __typename
    ... on Article {
      ...ArticleSummary
      body
      lineStart
      lineEnd
      meetings {
        ...MeetingSummary
      }
      persons {
        ...PersonSummary
      }
      organisations {
        ...OrganisationSummary
      }
      statements(first: $statementsFirst) {
        totalCount
        edges {
          node {
            ...StatementFields
          }
        }
      }
      mentions {
        kind
        text
        start
        end
        inTitle
      }
    }
  }
}
    fragment CountryFields on Country {
  code
  name
  nameEn
}
fragment PersonSummary on Person {
  id
  name
  aliases
  country {
    ...CountryFields
  }
}
fragment OrganisationSummary on Organisation {
  id
  name
  acronym
  kind
  country {
    ...CountryFields
  }
}
fragment MeetingSummary on Meeting {
  id
  key
  name
  acronym
  series
  ordinal
  level
  startDate
  endDate
  format
  city
  country {
    ...CountryFields
  }
}
fragment ArticleSummary on Article {
  id
  title
  lede
  source
  publishedAt
}
fragment StatementFields on Statement {
  id
  speakerKind
  speakerLabel
  verb
  act
  content
  isDirectQuote
  saidOn
  speaker {
    __typename
    ... on Person {
      id
      name
    }
    ... on Organisation {
      id
      name
      acronym
    }
    ... on Country {
      code
      name
    }
  }
  meeting {
    id
    key
    name
  }
  article {
    id
    title
    source
  }
  evidence {
    text
    start
    end
  }
}`, {"hash":"sha256:15a47139d7e4a15d5cadbedf6238a5fefb79deef475e8ce65104324a59362da1"}) as unknown as TypedDocumentString<ArticleQuery, ArticleQueryVariables>;
export const MeetingsDocument = new TypedDocumentString(`
    query Meetings($first: Int = 20, $after: String, $filter: MeetingFilter, $orderBy: MeetingOrderBy) {
  meetings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...MeetingSummary
        parent {
          id
          key
          name
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment CountryFields on Country {
  code
  name
  nameEn
}
fragment MeetingSummary on Meeting {
  id
  key
  name
  acronym
  series
  ordinal
  level
  startDate
  endDate
  format
  city
  country {
    ...CountryFields
  }
}`, {"hash":"sha256:e8c0b2d6863b4a103c8614bd1a715bbc8ac6d516879ba1ca293f46c89b19cc08"}) as unknown as TypedDocumentString<MeetingsQuery, MeetingsQueryVariables>;
export const MeetingDocument = new TypedDocumentString(`
    query Meeting($id: ID!, $participantsFirst: Int = 50, $statementsFirst: Int = 50) {
  node(id: $id) {
    __typename
    ... on Meeting {
      ...MeetingSummary
      aliases
      chair {
        label
        person {
          ...PersonSummary
        }
        organisation {
          ...OrganisationSummary
        }
        country {
          ...CountryFields
        }
      }
      parent {
        ...MeetingSummary
      }
      children {
        ...MeetingSummary
      }
      participants(first: $participantsFirst) {
        totalCount
        edges {
          role
          node {
            ...PersonSummary
          }
        }
      }
      organisations {
        ...OrganisationSummary
      }
      statements(first: $statementsFirst) {
        totalCount
        edges {
          node {
            ...StatementFields
          }
        }
      }
      articles(first: 20) {
        totalCount
        edges {
          node {
            ...ArticleSummary
          }
        }
      }
    }
  }
}
    fragment CountryFields on Country {
  code
  name
  nameEn
}
fragment PersonSummary on Person {
  id
  name
  aliases
  country {
    ...CountryFields
  }
}
fragment OrganisationSummary on Organisation {
  id
  name
  acronym
  kind
  country {
    ...CountryFields
  }
}
fragment MeetingSummary on Meeting {
  id
  key
  name
  acronym
  series
  ordinal
  level
  startDate
  endDate
  format
  city
  country {
    ...CountryFields
  }
}
fragment ArticleSummary on Article {
  id
  title
  lede
  source
  publishedAt
}
fragment StatementFields on Statement {
  id
  speakerKind
  speakerLabel
  verb
  act
  content
  isDirectQuote
  saidOn
  speaker {
    __typename
    ... on Person {
      id
      name
    }
    ... on Organisation {
      id
      name
      acronym
    }
    ... on Country {
      code
      name
    }
  }
  meeting {
    id
    key
    name
  }
  article {
    id
    title
    source
  }
  evidence {
    text
    start
    end
  }
}`, {"hash":"sha256:18b125bacef73e6d739d74a53d0a4c7fb044f3c64226f9fc1f459e8371cbb27e"}) as unknown as TypedDocumentString<MeetingQuery, MeetingQueryVariables>;
export const MeetingTimelineDocument = new TypedDocumentString(`
    query MeetingTimeline($filter: MeetingFilter, $first: Int = 100, $after: String) {
  meetings(first: $first, after: $after, filter: $filter, orderBy: START_DATE_ASC) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      node {
        ...MeetingSummary
        children {
          ...MeetingSummary
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment CountryFields on Country {
  code
  name
  nameEn
}
fragment MeetingSummary on Meeting {
  id
  key
  name
  acronym
  series
  ordinal
  level
  startDate
  endDate
  format
  city
  country {
    ...CountryFields
  }
}`, {"hash":"sha256:bec5fbde080773e5946687e692a219ba1dc421c1f429f28b253e990a32f3d01e"}) as unknown as TypedDocumentString<MeetingTimelineQuery, MeetingTimelineQueryVariables>;
export const IngestDocumentDocument = new TypedDocumentString(`
    mutation IngestDocument($input: IngestDocumentInput!) {
  ingestDocument(input: $input) {
    __typename
    ... on IngestDocumentPayload {
      documentId
      created
      source
      articles {
        created
        lineStart
        lineEnd
        article {
          ...ArticleSummary
        }
      }
      meetings {
        ...MeetingSummary
      }
      persons {
        ...PersonSummary
      }
      organisations {
        ...OrganisationSummary
      }
      statements {
        ...StatementFields
      }
    }
    ...UserErrorFields
  }
}
    fragment CountryFields on Country {
  code
  name
  nameEn
}
fragment PersonSummary on Person {
  id
  name
  aliases
  country {
    ...CountryFields
  }
}
fragment OrganisationSummary on Organisation {
  id
  name
  acronym
  kind
  country {
    ...CountryFields
  }
}
fragment MeetingSummary on Meeting {
  id
  key
  name
  acronym
  series
  ordinal
  level
  startDate
  endDate
  format
  city
  country {
    ...CountryFields
  }
}
fragment ArticleSummary on Article {
  id
  title
  lede
  source
  publishedAt
}
fragment StatementFields on Statement {
  id
  speakerKind
  speakerLabel
  verb
  act
  content
  isDirectQuote
  saidOn
  speaker {
    __typename
    ... on Person {
      id
      name
    }
    ... on Organisation {
      id
      name
      acronym
    }
    ... on Country {
      code
      name
    }
  }
  meeting {
    id
    key
    name
  }
  article {
    id
    title
    source
  }
  evidence {
    text
    start
    end
  }
}
fragment UserErrorFields on UserError {
  __typename
  code
  message
  ... on InputValidationError {
    field
    issues {
      field
      message
      path
    }
  }
  ... on InvalidInputError {
    field
  }
  ... on NotFoundError {
    field
    id
  }
}`, {"hash":"sha256:710d1d6a8287bec4392f42ee02b126e926d8c1480756b35c23905a5cb3c793a1"}) as unknown as TypedDocumentString<IngestDocumentMutation, IngestDocumentMutationVariables>;
export const MergePersonsDocument = new TypedDocumentString(`
    mutation MergePersons($input: MergePersonsInput!) {
  mergePersons(input: $input) {
    __typename
    ... on MergePersonsPayload {
      mergedIds
      person {
        ...PersonSummary
      }
    }
    ...UserErrorFields
  }
}
    fragment CountryFields on Country {
  code
  name
  nameEn
}
fragment PersonSummary on Person {
  id
  name
  aliases
  country {
    ...CountryFields
  }
}
fragment UserErrorFields on UserError {
  __typename
  code
  message
  ... on InputValidationError {
    field
    issues {
      field
      message
      path
    }
  }
  ... on InvalidInputError {
    field
  }
  ... on NotFoundError {
    field
    id
  }
}`, {"hash":"sha256:860511579c2c3cc1517bc9b78142ce238dd9b4c0900f25fb4f9610d61fa3d44e"}) as unknown as TypedDocumentString<MergePersonsMutation, MergePersonsMutationVariables>;
export const MergeOrganisationsDocument = new TypedDocumentString(`
    mutation MergeOrganisations($input: MergeOrganisationsInput!) {
  mergeOrganisations(input: $input) {
    __typename
    ... on MergeOrganisationsPayload {
      mergedIds
      organisation {
        ...OrganisationSummary
        aliases
      }
    }
    ...UserErrorFields
  }
}
    fragment CountryFields on Country {
  code
  name
  nameEn
}
fragment OrganisationSummary on Organisation {
  id
  name
  acronym
  kind
  country {
    ...CountryFields
  }
}
fragment UserErrorFields on UserError {
  __typename
  code
  message
  ... on InputValidationError {
    field
    issues {
      field
      message
      path
    }
  }
  ... on InvalidInputError {
    field
  }
  ... on NotFoundError {
    field
    id
  }
}`, {"hash":"sha256:e1ad9213d8914f595fed79df39143738532984b355e7217c6a6abf77b047260a"}) as unknown as TypedDocumentString<MergeOrganisationsMutation, MergeOrganisationsMutationVariables>;
export const UpdateMeetingDocument = new TypedDocumentString(`
    mutation UpdateMeeting($input: UpdateMeetingInput!) {
  updateMeeting(input: $input) {
    __typename
    ... on UpdateMeetingPayload {
      meeting {
        ...MeetingSummary
      }
    }
    ...UserErrorFields
  }
}
    fragment CountryFields on Country {
  code
  name
  nameEn
}
fragment MeetingSummary on Meeting {
  id
  key
  name
  acronym
  series
  ordinal
  level
  startDate
  endDate
  format
  city
  country {
    ...CountryFields
  }
}
fragment UserErrorFields on UserError {
  __typename
  code
  message
  ... on InputValidationError {
    field
    issues {
      field
      message
      path
    }
  }
  ... on InvalidInputError {
    field
  }
  ... on NotFoundError {
    field
    id
  }
}`, {"hash":"sha256:7aa8400b6654178ee0de3bdac779b671cde4152449b1864992e1b08ec34b276b"}) as unknown as TypedDocumentString<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const OrganisationsDocument = new TypedDocumentString(`
    query Organisations($first: Int = 20, $after: String, $filter: OrganisationFilter, $orderBy: OrganisationOrderBy) {
  organisations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...OrganisationSummary
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment CountryFields on Country {
  code
  name
  nameEn
}
fragment OrganisationSummary on Organisation {
  id
  name
  acronym
  kind
  country {
    ...CountryFields
  }
}`, {"hash":"sha256:b9427b466cf4cb3400aad3ed9104e937826197a9fd365ae74432aa9197accacd"}) as unknown as TypedDocumentString<OrganisationsQuery, OrganisationsQueryVariables>;
export const OrganisationDocument = new TypedDocumentString(`
    query Organisation($id: ID!) {
  node(id: $id) {
    __typename
    ... on Organisation {
      ...OrganisationSummary
      aliases
      people {
        ...PersonSummary
      }
      meetings(first: 50) {
        totalCount
        edges {
          role
          node {
            ...MeetingSummary
          }
        }
      }
      statements(first: 20) {
        totalCount
        edges {
          node {
            ...StatementFields
          }
        }
      }
      articles(first: 20) {
        totalCount
        edges {
          node {
            ...ArticleSummary
          }
        }
      }
    }
  }
}
    fragment CountryFields on Country {
  code
  name
  nameEn
}
fragment PersonSummary on Person {
  id
  name
  aliases
  country {
    ...CountryFields
  }
}
fragment OrganisationSummary on Organisation {
  id
  name
  acronym
  kind
  country {
    ...CountryFields
  }
}
fragment MeetingSummary on Meeting {
  id
  key
  name
  acronym
  series
  ordinal
  level
  startDate
  endDate
  format
  city
  country {
    ...CountryFields
  }
}
fragment ArticleSummary on Article {
  id
  title
  lede
  source
  publishedAt
}
fragment StatementFields on Statement {
  id
  speakerKind
  speakerLabel
  verb
  act
  content
  isDirectQuote
  saidOn
  speaker {
    __typename
    ... on Person {
      id
      name
    }
    ... on Organisation {
      id
      name
      acronym
    }
    ... on Country {
      code
      name
    }
  }
  meeting {
    id
    key
    name
  }
  article {
    id
    title
    source
  }
  evidence {
    text
    start
    end
  }
}`, {"hash":"sha256:00facb802c0596b89c1d79cb327608505ac16739f7502576e1d9bee42422fe95"}) as unknown as TypedDocumentString<OrganisationQuery, OrganisationQueryVariables>;
export const PersonsDocument = new TypedDocumentString(`
    query Persons($first: Int = 20, $after: String, $filter: PersonFilter, $orderBy: PersonOrderBy) {
  persons(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...PersonSummary
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment CountryFields on Country {
  code
  name
  nameEn
}
fragment PersonSummary on Person {
  id
  name
  aliases
  country {
    ...CountryFields
  }
}`, {"hash":"sha256:6bf594187201fc11c8a183624b7688cb46a1708f911883f56994a04df6f67fa5"}) as unknown as TypedDocumentString<PersonsQuery, PersonsQueryVariables>;
export const PersonDocument = new TypedDocumentString(`
    query Person($id: ID!, $statementsFirst: Int = 20, $statementsAfter: String, $meetingsFirst: Int = 20) {
  node(id: $id) {
    __typename
    ... on Person {
      ...PersonSummary
      roles {
        title
        organisation {
          ...OrganisationSummary
        }
        country {
          ...CountryFields
        }
      }
      meetings(first: $meetingsFirst) {
        totalCount
        edges {
          role
          node {
            ...MeetingSummary
          }
        }
      }
      statements(first: $statementsFirst, after: $statementsAfter) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        edges {
          node {
            ...StatementFields
          }
        }
      }
      articles(first: 20) {
        totalCount
        edges {
          node {
            ...ArticleSummary
          }
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment CountryFields on Country {
  code
  name
  nameEn
}
fragment PersonSummary on Person {
  id
  name
  aliases
  country {
    ...CountryFields
  }
}
fragment OrganisationSummary on Organisation {
  id
  name
  acronym
  kind
  country {
    ...CountryFields
  }
}
fragment MeetingSummary on Meeting {
  id
  key
  name
  acronym
  series
  ordinal
  level
  startDate
  endDate
  format
  city
  country {
    ...CountryFields
  }
}
fragment ArticleSummary on Article {
  id
  title
  lede
  source
  publishedAt
}
fragment StatementFields on Statement {
  id
  speakerKind
  speakerLabel
  verb
  act
  content
  isDirectQuote
  saidOn
  speaker {
    __typename
    ... on Person {
      id
      name
    }
    ... on Organisation {
      id
      name
      acronym
    }
    ... on Country {
      code
      name
    }
  }
  meeting {
    id
    key
    name
  }
  article {
    id
    title
    source
  }
  evidence {
    text
    start
    end
  }
}`, {"hash":"sha256:c90b2360d8af952219f971d87464b8cf0872525d88518b9bf7b132f6108a2c54"}) as unknown as TypedDocumentString<PersonQuery, PersonQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $types: [SearchType!], $first: Int = 10) {
  search(query: $query, types: $types, first: $first) {
    type
    score
    matchedText
    snippet {
      text
      marked
      highlights {
        start
        end
      }
    }
    node {
      __typename
      ... on Article {
        ...ArticleSummary
      }
      ... on Meeting {
        ...MeetingSummary
      }
      ... on Person {
        ...PersonSummary
      }
      ... on Organisation {
        ...OrganisationSummary
      }
      ... on Statement {
        ...StatementFields
      }
    }
  }
}
    fragment CountryFields on Country {
  code
  name
  nameEn
}
fragment PersonSummary on Person {
  id
  name
  aliases
  country {
    ...CountryFields
  }
}
fragment OrganisationSummary on Organisation {
  id
  name
  acronym
  kind
  country {
    ...CountryFields
  }
}
fragment MeetingSummary on Meeting {
  id
  key
  name
  acronym
  series
  ordinal
  level
  startDate
  endDate
  format
  city
  country {
    ...CountryFields
  }
}
fragment ArticleSummary on Article {
  id
  title
  lede
  source
  publishedAt
}
fragment StatementFields on Statement {
  id
  speakerKind
  speakerLabel
  verb
  act
  content
  isDirectQuote
  saidOn
  speaker {
    __typename
    ... on Person {
      id
      name
    }
    ... on Organisation {
      id
      name
      acronym
    }
    ... on Country {
      code
      name
    }
  }
  meeting {
    id
    key
    name
  }
  article {
    id
    title
    source
  }
  evidence {
    text
    start
    end
  }
}`, {"hash":"sha256:ba3c6fb7b989432900d46257bcc74007f3f5b88d847d49b5af1933b8edd2f9f3"}) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const StatementsDocument = new TypedDocumentString(`
    query Statements($first: Int = 20, $after: String, $last: Int, $before: String, $filter: StatementFilter, $orderBy: StatementOrderBy) {
  statements(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...StatementFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment StatementFields on Statement {
  id
  speakerKind
  speakerLabel
  verb
  act
  content
  isDirectQuote
  saidOn
  speaker {
    __typename
    ... on Person {
      id
      name
    }
    ... on Organisation {
      id
      name
      acronym
    }
    ... on Country {
      code
      name
    }
  }
  meeting {
    id
    key
    name
  }
  article {
    id
    title
    source
  }
  evidence {
    text
    start
    end
  }
}`, {"hash":"sha256:c01a67e4593641bd641a854355c6bf9bacfe36b38d113ff25fe1f5031457664a"}) as unknown as TypedDocumentString<StatementsQuery, StatementsQueryVariables>;
export const DocumentIngestedDocument = new TypedDocumentString(`
    subscription DocumentIngested {
  documentIngested {
    documentId
    created
    source
    articles {
      created
      article {
        ...ArticleSummary
      }
    }
  }
}
    fragment ArticleSummary on Article {
  id
  title
  lede
  source
  publishedAt
}`, {"hash":"sha256:8ca9643aaf54ed0de4f20f0d5f9845c77a294a36ae2ba6ddfc4867f8ae93f87f"}) as unknown as TypedDocumentString<DocumentIngestedSubscription, DocumentIngestedSubscriptionVariables>;
export const StatementAddedDocument = new TypedDocumentString(`
    subscription StatementAdded($filter: StatementFilter) {
  statementAdded(filter: $filter) {
    ...StatementFields
  }
}
    fragment StatementFields on Statement {
  id
  speakerKind
  speakerLabel
  verb
  act
  content
  isDirectQuote
  saidOn
  speaker {
    __typename
    ... on Person {
      id
      name
    }
    ... on Organisation {
      id
      name
      acronym
    }
    ... on Country {
      code
      name
    }
  }
  meeting {
    id
    key
    name
  }
  article {
    id
    title
    source
  }
  evidence {
    text
    start
    end
  }
}`, {"hash":"sha256:9365cd120cbafae341f6bc35eae6e52a1a8ec231529fa18e1dfc0064ce91db2f"}) as unknown as TypedDocumentString<StatementAddedSubscription, StatementAddedSubscriptionVariables>;