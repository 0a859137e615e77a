// Query shapes the compiler must answer exactly as the ordinary path does: every root field and
// every relation of the schema, with filters, orderings and paging. Variables $son, $meeting,
// $organisation and $article name stored nodes (every-shape.test.ts supplies them).
export interface Shape {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** SQL statements per request: 1, and one more for each search root (its ranking). */
  statements?: number;
  minLength?: number;
}

const STATEMENT = `id verb content speakerLabel speakerKind act isDirectQuote saidOn evidence { text start end }
  speaker { __typename ... on Person { id name } ... on Organisation { id name acronym } ... on Country { code name } }`;
const MEETING = `id key name acronym series ordinal level format city startDate endDate aliases country { code name nameEn }
  chair { label person { name } organisation { name } country { code } }`;
const PAGE = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

export const SHAPES: Shape[] = [
  {
    name: 'meetings → participants → statements (Q1)',
    query: `{ meetings(first: 20, orderBy: START_DATE_DESC) { ${PAGE} edges { cursor node { ${MEETING}
      participants(first: 20) { totalCount edges { role cursor node { id name country { code } statements(first: 5, orderBy: SAID_ON_DESC) { edges { node { id verb content saidOn } } } } } } } } } }`,
  },
  {
    name: 'persons → statements → meeting',
    query: `{ persons(first: 20) { ${PAGE} edges { node { id name aliases country { code } statements(first: 5) { totalCount edges { node { ${STATEMENT} meeting { name key } } } } } } } }`,
  },
  {
    name: 'organisations → people → roles, meetings, statements',
    query: `{ organisations(first: 20, orderBy: NAME_DESC) { ${PAGE} edges { node { id name acronym aliases kind country { code }
      people { name roles { title organisation { name } country { code } article { id } } }
      meetings(first: 3) { totalCount edges { role node { key } } } statements(first: 2) { edges { node { content } } }
      articles(first: 2) { totalCount edges { cursor node { id } } } } } } }`,
  },
  {
    name: 'articles → statements → speaker, mentions, mentioned entities',
    query: `{ articles(first: 10, orderBy: PUBLISHED_AT_DESC) { ${PAGE} edges { node { id title lede source lineStart lineEnd publishedAt language
      mentions { kind text start end inTitle person { name } organisation { name } country { code } meeting { key } article { id } }
      meetings { key } persons { name } organisations { name }
      statements(first: 5, orderBy: CREATED_AT_DESC) { ${PAGE} edges { node { ${STATEMENT} article { id } } } } } } } }`,
  },
  {
    name: 'a meeting by key → children → statements, organisations, articles, parent',
    query: `query ($meeting: ID!) { node(id: $meeting) { __typename ... on Meeting { ${MEETING}
      parent { key } organisations { name } articles(first: 5) { ${PAGE} edges { cursor node { id title } } }
      children { key name parent { key } statements(first: 5, orderBy: SAID_ON_ASC) { edges { node { ${STATEMENT} } } } }
      statements(first: 10, filter: { act: PROPOSE }) { totalCount edges { node { content } } } } } }`,
  },
  {
    name: 'statements filtered by speaker and period, newest first (Q4)',
    query: `query ($son: ID!) { statements(first: 10, orderBy: SAID_ON_DESC, filter: { speaker: $son, saidFrom: "2015", saidTo: "2024-12" }) { ${PAGE} edges { node { ${STATEMENT} } } } }`,
  },
  {
    name: 'statements by every filter key',
    query: `query ($meeting: ID!, $article: ID!) {
      a: statements(first: 5, filter: { search: "ASEAN", directQuotesOnly: false }) { totalCount edges { node { id } } }
      b: statements(first: 5, filter: { withinMeeting: $meeting, acts: [ASSERT, PROPOSE, WELCOME] }) { totalCount edges { node { id act } } }
      c: statements(first: 5, filter: { meeting: $meeting, speakerCountry: "vn" }) { totalCount edges { node { id } } }
      d: statements(first: 5, filter: { article: $article, act: ASSERT }) { totalCount edges { node { id } } }
      e: statements(first: 5, filter: { acts: [] }) { totalCount edges { node { id } } } }`,
  },
  {
    name: 'meetings by every filter key',
    query: `query ($son: ID!, $organisation: ID!, $meeting: ID!) {
      a: meetings(first: 5, filter: { search: "asean nhat", from: "2020", to: "2024" }) { totalCount edges { node { key } } }
      b: meetings(first: 5, filter: { participant: $son, format: VIRTUAL }, orderBy: NAME_ASC) { totalCount edges { node { key } } }
      c: meetings(first: 5, filter: { organisation: $organisation, series: "AMM", ordinal: 54 }) { totalCount edges { node { key } } }
      d: meetings(first: 5, filter: { parent: $meeting, countryCode: "bn", city: "BANDAR SERI BEGAWAN" }, orderBy: KEY_ASC) { totalCount edges { node { key } } }
      e: meetings(first: 5, filter: { level: MINISTERIAL }, orderBy: CREATED_AT_ASC) { totalCount edges { node { key } } } }`,
  },
  {
    name: 'persons, organisations and articles by every filter key',
    query: `query ($organisation: ID!, $son: ID!, $meeting: ID!) {
      a: persons(first: 5, filter: { search: "son", countryCode: "vn" }, orderBy: NAME_DESC) { totalCount edges { node { name } } }
      b: persons(first: 5, filter: { organisation: $organisation }, orderBy: CREATED_AT_ASC) { totalCount edges { node { name } } }
      c: organisations(first: 5, filter: { search: "asean", countryCode: "id" }, orderBy: CREATED_AT_ASC) { totalCount edges { node { name } } }
      d: organisations(first: 5, filter: { kind: INTERGOVERNMENTAL }) { totalCount edges { node { name } } }
      e: articles(first: 5, filter: { search: "hoi nghi", mentionsPerson: $son }, orderBy: PUBLISHED_AT_ASC) { totalCount edges { node { id } } }
      f: articles(first: 5, filter: { mentionsOrganisation: $organisation, publishedFrom: "2000-01-01T00:00:00Z", publishedTo: "2030-01-01T00:00:00Z" }, orderBy: CREATED_AT_DESC) { totalCount edges { node { id } } }
      g: articles(first: 5, filter: { mentionsMeeting: $meeting, source: "fixture" }) { totalCount edges { node { id } } } }`,
    minLength: 20,
  },
  {
    name: 'nodes of mixed types',
    query: `query ($son: ID!, $meeting: ID!, $organisation: ID!, $article: ID!) { nodes(ids: [$son, $meeting, $organisation, $article]) { __typename id
      ... on Person { name meetings(first: 3) { edges { role node { key } } } articles(first: 2) { edges { node { id } } } }
      ... on Meeting { key participants(first: 3) { edges { node { name } } } }
      ... on Organisation { name people { name } }
      ... on Article { title statements(first: 2) { edges { node { content } } } } } }`,
  },
  {
    name: 'deep pagination: the page after a cursor, and the page before it',
    query: `{ meetings(first: 30, orderBy: NAME_ASC) { edges { cursor } }
      statements(first: 40, orderBy: CREATED_AT_ASC) { edges { cursor } } }`,
  },
  {
    name: 'totalCount only',
    query: `{ meetings { totalCount } statements { totalCount } persons { totalCount } organisations { totalCount } articles { totalCount } }`,
    minLength: 20,
  },
  {
    name: 'default page sizes, last without a cursor, and an empty page',
    query: `{ a: meetings { edges { node { key } } } b: statements(last: 3, orderBy: SAID_ON_DESC) { ${PAGE} edges { node { id saidOn } } }
      c: persons(first: 0) { ${PAGE} edges { node { id } } } }`,
  },
  {
    name: 'search, then the details of its hits',
    query: `{ a: search(query: "bui thanh son", first: 20) { __typename type score matchedText snippet { __typename text marked(open: "[", close: "]") highlights { start end } }
        node { __typename ... on Person { id name statements(first: 3) { totalCount edges { node { content meeting { key } } } } }
          ... on Statement { id content speaker { ... on Person { name } } } ... on Article { id title } ... on Meeting { key } ... on Organisation { name } } }
      b: search(query: "AMM 54", types: [MEETING, ARTICLE], first: 5) { type score snippet { marked } node { ... on Meeting { key children { key } } ... on Article { id } } }
      c: search(query: "zzqx") { score } }`,
    statements: 4,
  },
];
