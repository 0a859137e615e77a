// Ingestion: the mutation that runs the extraction pipeline, and the events it announces.
import { filter, pipe } from 'graphql-yoga';
import { z } from 'zod';
import { LIMITS } from '../api/limits.ts';
import type { DocumentIngestedEvent } from '../api/pubsub.ts';
import { ingestDocument, type IngestedArticle } from '../ingest/ingest-document.ts';
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

const createdArticleIds = (event: DocumentIngestedEvent) => event.result.articles.filter((a) => a.created).map((a) => a.id);

const IngestDocumentPayload = builder.objectRef<DocumentIngestedEvent>('IngestDocumentPayload').implement({
  description: 'What one ingestion created and what it matched to data already stored.',
  fields: (t) => ({
    documentId: t.int({ resolve: (e) => e.result.documentId }),
    source: t.exposeString('source'),
    created: t.boolean({ description: 'false when this exact text was ingested before.', resolve: (e) => e.result.created }),
    articles: t.field({ type: [IngestedArticleRef], resolve: (e) => e.result.articles }),
    statements: t.prismaField({
      type: ['Statement'],
      description: 'Statements extracted from the new articles.',
      resolve: (query, e, _args, ctx) =>
        ctx.prisma.statement.findMany({ ...query, where: { articleId: { in: createdArticleIds(e) } }, orderBy: { id: 'asc' } }),
    }),
    meetings: t.prismaField({
      type: ['Meeting'],
      description: 'Meetings the new articles mention, new or already known.',
      resolve: (query, e, _args, ctx) =>
        ctx.prisma.meeting.findMany({ ...query, where: { mentions: { some: { articleId: { in: createdArticleIds(e) } } } }, orderBy: { id: 'asc' } }),
    }),
    persons: t.prismaField({
      type: ['Person'],
      description: 'People the new articles mention, new or already known.',
      resolve: (query, e, _args, ctx) =>
        ctx.prisma.person.findMany({ ...query, where: { mentions: { some: { articleId: { in: createdArticleIds(e) } } } }, orderBy: { id: 'asc' } }),
    }),
    organisations: t.prismaField({
      type: ['Organisation'],
      description: 'Organisations the new articles mention, new or already known.',
      resolve: (query, e, _args, ctx) =>
        ctx.prisma.organisation.findMany({
          ...query,
          where: { mentions: { some: { articleId: { in: createdArticleIds(e) } } } },
          orderBy: { id: 'asc' },
        }),
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
      const result = await ingestDocument(ctx.prisma, { text: input.text, source, publishedAt });
      const event: DocumentIngestedEvent = { source, result };
      if (result.created) {
        ctx.runtime.invalidateReads();
        const statements = await ctx.prisma.statement.findMany({
          where: { articleId: { in: createdArticleIds(event) } },
          select: { id: true },
          orderBy: { id: 'asc' },
        });
        for (const s of statements) ctx.runtime.pubsub.publish('statementAdded', { statementId: s.id });
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
