import { formatPartialDate } from '../values/partial-date.ts';
import { builder } from './builder.ts';
import { CountryRef } from './country.ts';
import { OrganisationRef } from './organisation.ts';
import { PersonRef } from './person.ts';
import { SpeakerKindEnum, SpeechActEnum } from './enums.ts';
import { StatementFilter, StatementOrderBy, statementOrder, statementWhere } from './statement-filter.ts';

export const Speaker = builder.unionType('Speaker', {
  types: [PersonRef, OrganisationRef, CountryRef],
  // Rows carry no type tag; their columns tell them apart.
  resolveType: (value) => ('nameEn' in value ? 'Country' : 'kind' in value ? 'Organisation' : 'Person'),
});

const Evidence = builder.objectRef<{ text: string; start: number; end: number }>('Evidence').implement({
  description: 'The sentence of the article body that proves a statement: body.slice(start, end).',
  fields: (t) => ({
    text: t.exposeString('text'),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
  }),
});

export const StatementRef = builder.prismaNode('Statement', {
  id: { field: 'id' },
  // node(id) answers null for an ID that names nothing.
  nullable: true,
  fields: (t) => ({
    speaker: t.field({
      type: Speaker,
      nullable: true,
      description: 'The resolved speaker; null for collectives and roles ("Hai bên", "các nước ASEAN").',
      select: { speakerPerson: true, speakerOrganisation: true, speakerCountry: true },
      resolve: (s) => s.speakerPerson ?? s.speakerOrganisation ?? s.speakerCountry,
    }),
    speakerKind: t.expose('speakerKind', { type: SpeakerKindEnum }),
    speakerLabel: t.exposeString('speakerLabel'),
    verb: t.exposeString('verb'),
    act: t.expose('act', { type: SpeechActEnum }),
    content: t.exposeString('content'),
    isDirectQuote: t.exposeBoolean('isDirectQuote'),
    saidOn: t.field({
      type: 'PartialDate',
      nullable: true,
      select: { saidOn: true },
      resolve: (s) => formatPartialDate(s.saidOn, 'DAY'),
    }),
    meeting: t.relation('meeting', { nullable: true }),
    article: t.relation('article'),
    evidence: t.field({
      type: Evidence,
      select: { evidenceStart: true, evidenceEnd: true, article: { select: { body: true } } },
      resolve: (s) => ({
        text: s.article.body.slice(s.evidenceStart, s.evidenceEnd),
        start: s.evidenceStart,
        end: s.evidenceEnd,
      }),
    }),
  }),
});

builder.queryField('statements', (t) =>
  t.prismaConnection(
    {
    type: 'Statement',
    cursor: 'id',
    args: { filter: t.arg({ type: StatementFilter }), orderBy: t.arg({ type: StatementOrderBy }) },
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.statement.findMany({ ...query, where: statementWhere(args.filter), orderBy: statementOrder(args.orderBy) }),
    totalCount: (_parent, args, ctx) => ctx.prisma.statement.count({ where: statementWhere(args.filter) }),
  },
    { name: 'StatementConnection' },
    { name: 'StatementEdge' },
  ),
);
