// The statement filter and ordering, shared by every statements connection (root, meeting,
// person, organisation, article) and by the statementAdded subscription.
import { endOfPartialDate, parsePartialDate } from '../values/partial-date.ts';
import { filterId, tryDecodeId } from '../values/global-id.ts';
import { apiError, ErrorCode } from '../errors/errors.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { everyWord } from '../values/text-filter.ts';
import { builder } from './builder.ts';
import { SpeechActEnum } from './enums.ts';

export const StatementFilter = builder.inputType('StatementFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Words in the content or speaker label; case and diacritics are ignored.' }),
    speaker: t.id({ description: 'A Person or Organisation ID.' }),
    speakerCountry: t.string({ description: 'Statements made in the name of a country (ISO code).' }),
    meeting: t.id({ description: 'Statements made at exactly this meeting.' }),
    withinMeeting: t.id({ description: 'Statements made at this meeting or at any meeting held within it.' }),
    article: t.id(),
    act: t.field({ type: SpeechActEnum }),
    acts: t.field({ type: [SpeechActEnum] }),
    saidFrom: t.field({ type: 'PartialDate' }),
    saidTo: t.field({ type: 'PartialDate' }),
    directQuotesOnly: t.boolean(),
  }),
});

export const StatementOrderBy = builder.enumType('StatementOrderBy', {
  values: ['SAID_ON_ASC', 'SAID_ON_DESC', 'CREATED_AT_ASC', 'CREATED_AT_DESC'] as const,
});

type Filter = typeof StatementFilter.$inferInput;
type Order = typeof StatementOrderBy.$inferType;

export function statementWhere(filter: Filter | null | undefined): Prisma.StatementWhereInput {
  if (!filter) return {};
  const and: Prisma.StatementWhereInput[] = [];
  const words = everyWord(filter.search, (w): Prisma.StatementWhereInput[] => [{ searchText: { contains: w } }]);
  if (words) and.push(words);
  if (filter.speaker) {
    const person = tryDecodeId(filter.speaker, 'Person');
    const organisation = person === null ? tryDecodeId(filter.speaker, 'Organisation') : null;
    if (person === null && organisation === null) {
      throw apiError(ErrorCode.BAD_USER_INPUT, `filter.speaker: not a Person or Organisation ID: ${filter.speaker}`, {
        field: 'filter.speaker',
      });
    }
    and.push(person !== null ? { speakerPersonId: person } : { speakerOrganisationId: organisation });
  }
  if (filter.speakerCountry) and.push({ speakerCountryCode: filter.speakerCountry.toUpperCase() });
  if (filter.meeting) and.push({ meetingId: filterId(filter.meeting, 'Meeting', 'filter.meeting') });
  if (filter.withinMeeting) {
    const id = filterId(filter.withinMeeting, 'Meeting', 'filter.withinMeeting');
    and.push({ OR: [{ meetingId: id }, { meeting: { parentId: id } }] });
  }
  if (filter.article) and.push({ articleId: filterId(filter.article, 'Article', 'filter.article') });
  if (filter.act) and.push({ act: filter.act });
  if (filter.acts) and.push({ act: { in: filter.acts } });
  if (filter.saidFrom) and.push({ saidOn: { gte: parsePartialDate(filter.saidFrom)!.date } });
  if (filter.saidTo) and.push({ saidOn: { lte: endOfPartialDate(parsePartialDate(filter.saidTo)!) } });
  if (filter.directQuotesOnly) and.push({ isDirectQuote: true });
  return { AND: and };
}

const ORDER: Record<Order, Prisma.StatementOrderByWithRelationInput[]> = {
  SAID_ON_ASC: [{ saidOn: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
  SAID_ON_DESC: [{ saidOn: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
  CREATED_AT_ASC: [{ createdAt: 'asc' }, { id: 'asc' }],
  CREATED_AT_DESC: [{ createdAt: 'desc' }, { id: 'desc' }],
};

export function statementOrder(order: Order | null | undefined): Prisma.StatementOrderByWithRelationInput[] {
  return ORDER[order ?? 'SAID_ON_ASC'];
}
