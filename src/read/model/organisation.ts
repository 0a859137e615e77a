// Organisations: how a list of them is ordered and filtered (the `organisations` root).
import type { Prisma } from '../../generated/prisma/client.ts';
import type { OrganisationKind } from '../../generated/prisma/enums.ts';
import { everyWord } from '../../values/text-filter.ts';
import { enumLiteral } from '../sql.ts';
import { everyWordSql, type FilterRules } from './filter.ts';
import { orderings } from './order.ts';

export const ORGANISATION_ORDER = orderings(
  {
    NAME_ASC: [{ column: 'folded' }, { column: 'id' }],
    NAME_DESC: [{ column: 'folded', desc: true }, { column: 'id', desc: true }],
    CREATED_AT_ASC: [{ column: 'createdAt' }, { column: 'id' }],
  },
  'NAME_ASC',
);

export interface OrganisationFilterInput {
  search?: string | null;
  kind?: OrganisationKind | null;
  countryCode?: string | null;
}

type Where = Prisma.OrganisationWhereInput;

export const ORGANISATION_FILTER: FilterRules<OrganisationFilterInput, Where> = {
  search: {
    prisma: (q) =>
      everyWord(q, (w): Where[] => [
        { folded: { contains: w } },
        { acronym: { equals: w, mode: 'insensitive' } },
        { aliases: { some: { folded: { contains: w } } } },
      ]) ?? {},
    sql: (q, s) =>
      everyWordSql(q, s, (like, word) => [
        `${s.row}.folded LIKE ${like}`,
        // An acronym matches whole, as Prisma's insensitive `equals` (ILIKE without wildcards).
        `${s.row}.acronym ILIKE ${word()}`,
        `EXISTS (SELECT 1 FROM "OrganisationAlias" a WHERE a."organisationId" = ${s.row}.id AND a.folded LIKE ${like})`,
      ]),
  },
  kind: { prisma: (kind) => ({ kind }), sql: (v, s) => `${s.row}.kind = ${enumLiteral(v)}` },
  countryCode: {
    prisma: (code) => ({ countryCode: code.toUpperCase() }),
    sql: (code, s) => `${s.row}."countryCode" = ${s.param(code.toUpperCase())}`,
  },
};
