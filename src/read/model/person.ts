// Persons: how a list of them is ordered and filtered (the `persons` root).
import type { Prisma } from '../../generated/prisma/client.ts';
import { filterId } from '../../values/global-id.ts';
import { everyWord } from '../../values/text-filter.ts';
import { everyWordSql, type FilterRules } from './filter.ts';
import { orderings } from './order.ts';

export const PERSON_ORDER = orderings(
  {
    NAME_ASC: [{ column: 'folded' }, { column: 'id' }],
    NAME_DESC: [{ column: 'folded', desc: true }, { column: 'id', desc: true }],
    CREATED_AT_ASC: [{ column: 'createdAt' }, { column: 'id' }],
  },
  'NAME_ASC',
);

export interface PersonFilterInput {
  search?: string | null;
  countryCode?: string | null;
  organisation?: string | null;
}

type Where = Prisma.PersonWhereInput;
const organisationId = (id: string) => filterId(id, 'Organisation', 'filter.organisation');

export const PERSON_FILTER: FilterRules<PersonFilterInput, Where> = {
  search: {
    prisma: (q) => everyWord(q, (w): Where[] => [{ folded: { contains: w } }, { aliases: { some: { folded: { contains: w } } } }]) ?? {},
    sql: (q, s) =>
      everyWordSql(q, s, (like) => [
        `${s.row}.folded LIKE ${like}`,
        `EXISTS (SELECT 1 FROM "PersonAlias" a WHERE a."personId" = ${s.row}.id AND a.folded LIKE ${like})`,
      ]),
  },
  countryCode: {
    prisma: (code) => ({ countryCode: code.toUpperCase() }),
    sql: (code, s) => `${s.row}."countryCode" = ${s.param(code.toUpperCase())}`,
  },
  organisation: {
    prisma: (id) => ({ roles: { some: { organisationId: organisationId(id) } } }),
    sql: (id, s) =>
      `EXISTS (SELECT 1 FROM "PersonRole" pr WHERE pr."personId" = ${s.row}.id AND pr."organisationId" = ${s.param(organisationId(id))}::int)`,
  },
};
