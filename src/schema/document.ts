// Ingestion: the mutation that runs the extraction pipeline, and the events it announces.
import { filter, pipe } from 'graphql-yoga';
import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import type { DocumentIngestedEvent } from '../shared/pubsub.ts';
import { ingestDocument } from '../ingest/ingest-document.ts';
import type { IngestedArticle, IngestResult } from '../ingest/ingest-result.ts';
import type { EntityCounts } from '../ingest/persist/types.ts';
import { ArticleRef } from './article.ts';
import { builder } from './builder.ts';
import { InputValidationError } from './errors.ts';
import { StatementFilter, statementWhere } from './statement-filter.ts';

const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

const IngestDocumentInput = builder.inputType('IngestDocumentInput', {
  fields: (t) => ({
    text: t.string({
      required: true,
      description: `The raw text: one article or a page of them; at most ${LIMITS.documentBytes} bytes of UTF-8.`,
      validate: z
        .string()
        .refine((v) => v.trim().length > 0, 'must not be empty')
        .refine((v) => utf8Bytes(v) <= LIMITS.documentBytes, `must be at most ${LIMITS.documentBytes} bytes (1 MiB) of UTF-8`),
    }),
    source: t.string({
      required: true,
      description: 'Where the text came from: a file name or URL.',
      validate: z.string().trim().min(1, 'must not be empty').max(2048, 'must be at most 2048 characters'),
    }),
    publishedAt: t.string({
      description: 'ISO 8601 date or timestamp ("2021-08-04" or "2021-08-04T10:00:00Z").',
      validate: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'must be an ISO 8601 date or timestamp')
        .refine((v) => !Number.isNaN(new Date(v).getTime()), 'must be a real date')
        .nullish(),
    }),
  }),
});

const IngestedArticleRef = builder.objectRef<IngestedArticle>('IngestedArticle').implement({
  fields: (t) => ({
    created: t.exposeBoolean('created', { description: 'false when the same article text was already stored.' }),
    lineStart: t.exposeInt('lineStart'),
    lineEnd: t.exposeInt('lineEnd'),
    article: t.field({ type: ArticleRef, resolve: (a, _args, ctx) => ctx.loaders.article.load(a.id).then((row) => row!) }),
  }),
});

const EntityCountsRef = builder.objectRef<EntityCounts>('IngestEntityCounts').implement({
  description: 'How many entities the text named: new ones created, and ones matched to stored entities (merged).',
  fields: (t) => ({
    created: t.exposeInt('created'),
    merged: t.exposeInt('merged'),
  }),
});

const IngestCounts = builder.objectRef<IngestResult>('IngestCounts').implement({
  fields: (t) => ({
    persons: t.field({ type: EntityCountsRef, resolve: (r) => r.persons }),
    organisations: t.field({ type: EntityCountsRef, resolve: (r) => r.organisations }),
    meetings: t.field({ type: EntityCountsRef, resolve: (r) => r.meetings }),
    statementsCreated: t.int({ resolve: (r) => r.statements.created }),
    mentionsCreated: t.int({ resolve: (r) => r.mentions.created }),
  }),
});

/** Rows by id, in the order the pipeline reported them. */
const inOrder = <T extends { id: number }>(ids: number[], rows: T[]) => {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
};

const IngestDocumentPayload = builder.objectRef<DocumentIngestedEvent>('IngestDocumentPayload').implement({
  description: 'What one ingestion created, and what it matched to data already stored.',
  fields: (t) => ({
    documentId: t.int({ resolve: (e) => e.result.documentId }),
    source: t.exposeString('source'),
    created: t.boolean({ description: 'false when this exact text was ingested before: nothing changed.', resolve: (e) => e.result.created }),
    articles: t.field({ type: [IngestedArticleRef], resolve: (e) => e.result.articles }),
    counts: t.field({ type: IngestCounts, resolve: (e) => e.result }),
    statements: t.prismaField({
      type: ['Statement'],
      description: 'The statements this ingestion created.',
      resolve: async (query, e, _args, ctx) =>
        inOrder(e.result.statements.ids, await ctx.prisma.statement.findMany({ ...query, where: { id: { in: e.result.statements.ids } } })),
    }),
    meetings: t.prismaField({
      type: ['Meeting'],
      description: 'Meetings the text named, new or matched to stored ones.',
      resolve: async (query, e, _args, ctx) =>
        inOrder(e.result.meetings.ids, await ctx.prisma.meeting.findMany({ ...query, where: { id: { in: e.result.meetings.ids } } })),
    }),
    persons: t.prismaField({
      type: ['Person'],
      description: 'People the text named, new or matched to stored ones.',
      resolve: async (query, e, _args, ctx) =>
        inOrder(e.result.persons.ids, await ctx.prisma.person.findMany({ ...query, where: { id: { in: e.result.persons.ids } } })),
    }),
    organisations: t.prismaField({
      type: ['Organisation'],
      description: 'Organisations the text named, new or matched to stored ones.',
      resolve: async (query, e, _args, ctx) =>
        inOrder(
          e.result.organisations.ids,
          await ctx.prisma.organisation.findMany({ ...query, where: { id: { in: e.result.organisations.ids } } }),
        ),
    }),
  }),
});

builder.mutationField('ingestDocument', (t) =>
  t.field({
    type: IngestDocumentPayload,
    description: 'Runs the extraction pipeline on a text and stores what it finds.',
    args: { input: t.arg({ type: IngestDocumentInput, required: true }) },
    errors: { types: [InputValidationError], directResult: true, union: { name: 'IngestDocumentResult' } },
    resolve: async (_root, { input }, ctx) => {
      const source = input.source.trim();
      const publishedAt = input.publishedAt ? new Date(input.publishedAt) : null;
      const document = { text: input.text, source, publishedAt };
      const result = await (ctx.services.ingest ? ctx.services.ingest(document) : ingestDocument(ctx.prisma, document));
      const event: DocumentIngestedEvent = { source, result };
      if (result.created) {
        ctx.runtime.invalidateReads();
        for (const statementId of result.statements.ids) ctx.runtime.pubsub.publish('statementAdded', { statementId });
      }
      ctx.runtime.pubsub.publish('documentIngested', event);
      return event;
    },
  }),
);

builder.subscriptionField('documentIngested', (t) =>
  t.field({
    type: IngestDocumentPayload,
    description: 'Every ingestion, as it completes.',
    subscribe: (_root, _args, ctx) => ctx.runtime.pubsub.subscribe('documentIngested'),
    resolve: (event) => event,
  }),
);

builder.subscriptionField('statementAdded', (t) =>
  t.prismaField({
    type: 'Statement',
    description: 'Each new statement that matches the filter.',
    args: { filter: t.arg({ type: StatementFilter }) },
    subscribe: (_root, args, ctx) => {
      const where = statementWhere(args.filter);
      return pipe(
        ctx.runtime.pubsub.subscribe('statementAdded'),
        filter(async (e) => (await ctx.prisma.statement.count({ where: { AND: [{ id: e.statementId }, where] } })) > 0),
      );
    },
    resolve: (query, event, _args, ctx) => ctx.prisma.statement.findUniqueOrThrow({ ...query, where: { id: event.statementId } }),
  }),
);
