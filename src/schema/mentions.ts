// Articles reached through Mention rows (a person, organisation or meeting is "in" an article when
// the article mentions it). One connection shape, used by Meeting, Person and Organisation.
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import type { Article } from '../generated/prisma/client.ts';
import { builder } from './builder.ts';
import { MentionKindEnum } from './enums.ts';

export const mentionedArticles = prismaConnectionHelpers(builder, 'Mention', {
  cursor: 'id',
  // Callers add distinct articleId: one edge per article, however often it mentions the entity.
  query: { orderBy: { id: 'asc' } },
  select: (nodeSelection) => ({ article: nodeSelection({ select: { id: true } }) }),
  // The nested selection loads every field the query asks for; the cast only widens the type.
  resolveNode: (mention) => mention.article as Article,
});

builder.prismaObject('Mention', {
  description: 'Where in an article an entity is named (offsets into the title or body).',
  fields: (t) => ({
    kind: t.expose('kind', { type: MentionKindEnum }),
    text: t.exposeString('text'),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    inTitle: t.boolean({ resolve: (m) => m.field === 'TITLE' }),
    article: t.relation('article'),
    person: t.relation('person', { nullable: true }),
    organisation: t.relation('organisation', { nullable: true }),
    country: t.relation('country', { nullable: true }),
    meeting: t.relation('meeting', { nullable: true }),
  }),
});
