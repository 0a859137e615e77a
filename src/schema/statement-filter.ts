// The statement filter and ordering, shared by every statements connection (root, meeting,
// person, organisation, article) and by the statementAdded subscription.
import type { Prisma } from '../generated/prisma/client.ts';
import { prismaWhere } from '../read/model/filter.ts';
import { prismaOrder } from '../read/model/order.ts';
import { STATEMENT_FILTER, STATEMENT_ORDER, type StatementFilterInput } from '../read/model/statement.ts';
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
  values: STATEMENT_ORDER.values,
});

type Order = typeof StatementOrderBy.$inferType;

export function statementWhere(filter: StatementFilterInput | null | undefined): Prisma.StatementWhereInput {
  return prismaWhere(STATEMENT_FILTER, filter);
}

export function statementOrder(order: Order | null | undefined): Prisma.StatementOrderByWithRelationInput[] {
  return prismaOrder(STATEMENT_ORDER.of(order)) as Prisma.StatementOrderByWithRelationInput[];
}
