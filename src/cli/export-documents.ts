// What `diplograph export` reads, one page of 100 nodes at a time, through the API itself: the
// export has exactly the API's shapes and global ids, and related nodes appear as their ids.
export const EXPORT_TYPES = ['articles', 'meetings', 'persons', 'organisations', 'statements'] as const;
export type ExportType = (typeof EXPORT_TYPES)[number];

const page = (field: string, selection: string) => `
  query Export($after: String) {
    page: ${field}(first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ${selection} } }
    }
  }`;

const country = 'country { code }';

export const EXPORT_DOCUMENTS: Record<ExportType, string> = {
  articles: page('articles', 'id title lede body source lineStart lineEnd publishedAt language'),
  meetings: page(
    'meetings',
    `id key name acronym aliases series ordinal level format startDate endDate city ${country}
     parent { id } organisations { id }
     chair { label person { id } organisation { id } country { code } }
     participants(first: 100) { edges { role node { id } } }`,
  ),
  persons: page('persons', `id name aliases ${country} roles { title organisation { id } country { code } article { id } }`),
  organisations: page('organisations', `id name acronym aliases kind ${country}`),
  statements: page(
    'statements',
    `id speakerKind speakerLabel verb act content isDirectQuote saidOn
     speaker { __typename ... on Person { id } ... on Organisation { id } ... on Country { code } }
     article { id } meeting { id } evidence { text start end }`,
  ),
};
