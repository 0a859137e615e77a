import { apiError, ErrorCode } from '../errors/errors.ts';
import { highlight, markSnippet, type Snippet } from '../services/highlight.ts';
import { search, SEARCH_TYPES, type SearchHit } from '../services/search.ts';
import { fold } from '../text/fold.ts';
import { ArticleRef } from './article.ts';
import { builder } from './builder.ts';
import { MeetingRef } from './meeting.ts';
import { OrganisationRef } from './organisation.ts';
import { PersonRef } from './person.ts';
import { StatementRef } from './statement.ts';

const SearchTypeEnum = builder.enumType('SearchType', { values: SEARCH_TYPES });

const TYPENAME = { ARTICLE: 'Article', MEETING: 'Meeting', PERSON: 'Person', ORGANISATION: 'Organisation', STATEMENT: 'Statement' } as const;

type LoadedHit = SearchHit & { query: string };

const SearchResult = builder.unionType('SearchResult', {
  types: [ArticleRef, MeetingRef, PersonRef, OrganisationRef, StatementRef],
  resolveType: (value) =>
    'body' in value ? 'Article' : 'speakerKind' in value ? 'Statement' : 'key' in value ? 'Meeting' : 'kind' in value ? 'Organisation' : 'Person',
});

const TextRange = builder.objectRef<{ start: number; end: number }>('TextRange').implement({
  fields: (t) => ({ start: t.exposeInt('start'), end: t.exposeInt('end') }),
});

const SnippetRef = builder.objectRef<Snippet>('Snippet').implement({
  description: 'An excerpt around the matched words; `highlights` are offsets into `text`.',
  fields: (t) => ({
    text: t.exposeString('text'),
    highlights: t.field({ type: [TextRange], resolve: (s) => s.highlights }),
    marked: t.string({
      description: 'The excerpt with every highlight wrapped in `open` … `close` (not HTML-escaped).',
      args: { open: t.arg.string({ defaultValue: '<mark>' }), close: t.arg.string({ defaultValue: '</mark>' }) },
      resolve: (s, args) => markSnippet(s, args.open ?? '<mark>', args.close ?? '</mark>'),
    }),
  }),
});

const SearchHitRef = builder.objectRef<LoadedHit>('SearchHit').implement({
  fields: (t) => ({
    type: t.field({ type: SearchTypeEnum, resolve: (hit) => hit.type }),
    score: t.float({ description: 'From 0 to 1: 1 is an exact name, 0.95 the query as whole words of a name.', resolve: (hit) => hit.score }),
    matchedText: t.string({ description: 'The name, alias, key or text that matched.', resolve: (hit) => hit.text }),
    snippet: t.field({ type: SnippetRef, resolve: (hit) => highlight(hit.text, hit.query) }),
    node: t.field({
      type: SearchResult,
      // Hits of one type are loaded together: one `IN (…)` query per type.
      resolve: async (hit, _args, ctx) => {
        const loader = { ARTICLE: ctx.loaders.article, MEETING: ctx.loaders.meeting, PERSON: ctx.loaders.person,
          ORGANISATION: ctx.loaders.organisation, STATEMENT: ctx.loaders.statement }[hit.type];
        const node = await loader.load(hit.id);
        if (!node) throw new Error(`search hit ${TYPENAME[hit.type]}:${hit.id} vanished`);
        return node;
      },
    }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description: 'Ranked search over articles, meetings, people, organisations and statements; case, diacritics and aliases do not matter.',
    args: {
      query: t.arg.string({ required: true }),
      types: t.arg({ type: [SearchTypeEnum] }),
      first: t.arg.int({ defaultValue: 10 }),
    },
    resolve: async (_root, args, ctx) => {
      // Its length is bounded before execution (src/http/argument-bounds.ts).
      if (!fold(args.query)) throw apiError(ErrorCode.BAD_USER_INPUT, 'query: must not be empty', { field: 'query' });
      const hits = await search(ctx.prisma, args.query, args.types ?? SEARCH_TYPES, args.first ?? 10);
      return hits.map((hit) => ({ ...hit, query: args.query }));
    },
  }),
);
