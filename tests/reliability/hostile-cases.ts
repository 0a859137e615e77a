// The hostile requests, one row each: what is sent and what the client must get back. Sources:
// the OWASP GraphQL cheat sheet (depth, aliases, batching, fragment cycles, directive overloading,
// injection) and the HTTP mistakes real clients make (bad JSON, wrong content type, giant bodies).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { LIMITS } from '../../src/limits.ts';
import type { FixtureGraph } from '../helpers/fixture-graph.ts';
import { API_KEY } from './reliability-server.ts';

export interface HostileCase {
  name: string;
  /** Path and query string after the origin; default /graphql. */
  path?: string;
  method?: string;
  headers?: Record<string, string>;
  /** A string or bytes as is, a stream sent chunked, anything else JSON-encoded. */
  body?: unknown;
  status: number;
  /** The `extensions.code` every error carries; null when the answer has no error. */
  code: string | null;
  /** Further checks on the parsed body. */
  expect?: (body: any) => void;
}

// GraphQL over HTTP's own media type: request errors get 4xx (legacy application/json gets 200).
const JSON_TYPE = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
const AUTH = { ...JSON_TYPE, authorization: `Bearer ${API_KEY}` };
const gql = (query: string, variables?: Record<string, unknown>, extra: Partial<HostileCase> = {}) => ({
  headers: JSON_TYPE,
  body: { query, variables },
  ...extra,
});
const b64 = (text: string) => Buffer.from(text).toString('base64');
const FIVE_MB = 5 * 1024 * 1024;
const bigBody = () => JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(FIVE_MB) } });
const INGEST = 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { __typename ... on InputValidationError { field message } } }';
const assert = (ok: boolean, what: string) => {
  if (!ok) throw new Error(what);
};

export function hostileCases(graph: FixtureGraph): HostileCase[] {
  const meetingId = encodeGlobalID('Meeting', graph.meetings.amm54);
  const personId = encodeGlobalID('Person', graph.persons.son);
  return [
    // HTTP and JSON
    { name: 'invalid JSON', headers: JSON_TYPE, body: '{"query": {__typename}}', status: 400, code: 'BAD_REQUEST' },
    { name: 'truncated JSON', headers: JSON_TYPE, body: '{"query":"{ __typename', status: 400, code: 'BAD_REQUEST' },
    { name: 'empty body', headers: JSON_TYPE, body: '', status: 400, code: 'BAD_REQUEST' },
    { name: 'JSON null body', headers: JSON_TYPE, body: 'null', status: 400, code: 'BAD_REQUEST' },
    { name: 'JSON number body', headers: JSON_TYPE, body: '42', status: 400, code: 'BAD_REQUEST' },
    { name: 'wrong content type (XML)', headers: { 'content-type': 'application/xml' }, body: '<query/>', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
    { name: 'text/plain without CSRF header', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}', status: 403, code: 'CSRF_PREVENTED' },
    { name: 'form post without CSRF header', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D', status: 403, code: 'CSRF_PREVENTED' },
    { name: '5 MB body with content-length', headers: JSON_TYPE, body: bigBody(), status: 413, code: 'PAYLOAD_TOO_LARGE' },
    { name: '5 MB body chunked', headers: JSON_TYPE, body: new Blob([bigBody()]).stream(), status: 413, code: 'PAYLOAD_TOO_LARGE' },
    {
      name: 'Accept names nothing the server speaks (406, JSON body)',
      headers: { 'content-type': 'application/json', accept: 'application/xml' },
      body: { query: '{ __typename }' },
      status: 406,
      code: 'NOT_ACCEPTABLE',
    },
    { name: 'unknown path (404, JSON body)', method: 'GET', path: '/graphql-admin/../etc', status: 404, code: 'NOT_FOUND' },
    { name: 'POST to an unknown path (404, JSON body)', path: '/api', headers: JSON_TYPE, body: { query: '{ __typename }' }, status: 404, code: 'NOT_FOUND' },
    {
      name: '20 KB header (431 from Node itself, JSON body)',
      headers: { ...JSON_TYPE, 'x-padding': 'a'.repeat(20_000) },
      body: { query: '{ __typename }' },
      status: 431,
      code: 'HEADERS_TOO_LARGE',
    },
    { name: 'query is not a string', headers: JSON_TYPE, body: '{"query": 5}', status: 400, code: 'BAD_REQUEST' },
    { name: 'variables is not an object', headers: JSON_TYPE, body: '{"query": "{ __typename }", "variables": "x"}', status: 400, code: 'BAD_REQUEST' },
    { name: 'no query at all', headers: JSON_TYPE, body: '{}', status: 400, code: 'PERSISTED_QUERY_ID_REQUIRED' },
    { name: 'batched request array (not supported)', headers: JSON_TYPE, body: [{ query: '{ __typename }' }, { query: '{ __typename }' }], status: 400, code: 'BAD_REQUEST' },
    { name: 'PUT', method: 'PUT', headers: JSON_TYPE, body: { query: '{ __typename }' }, status: 405, code: 'BAD_REQUEST' },
    { name: 'GET query without CSRF header', method: 'GET', path: `/graphql?query=${encodeURIComponent('{ __typename }')}`, headers: { accept: 'application/json' }, status: 403, code: 'CSRF_PREVENTED' },
    {
      name: 'GET mutation (with key and CSRF header)',
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('mutation { ingestDocument(input: {text: "x", source: "y"}) { __typename } }')}`,
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1', authorization: AUTH.authorization },
      status: 405,
      code: 'BAD_REQUEST',
    },
    { name: 'unknown operationName', ...gql('query A { __typename }'), body: { query: 'query A { __typename }', operationName: 'B' }, status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
    {
      name: 'invalid UTF-8 bytes (decoded as U+FFFD, searched safely)',
      headers: JSON_TYPE,
      body: Buffer.concat([Buffer.from('{"query":"{ search(query: \\"ab'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('\\") { score } }"}')]),
      status: 200,
      code: null,
      expect: (body) => assert(Array.isArray(body.data.search), 'search answered'),
    },
    // Documents and validation
    { name: 'syntax error', ...gql('{ meetings(first: 1 { totalCount } }'), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
    { name: 'unknown field', ...gql('{ meetings(first: 1) { password } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
    { name: 'unknown argument', ...gql('{ meetings(first: 1, where: "1=1") { totalCount } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
    {
      name: 'depth 50',
      ...gql(`{ meetings(first: 1) { edges { node { ${'parent { '.repeat(47)}key${' }'.repeat(47)} } } } }`),
      status: 200,
      code: 'DEPTH_LIMIT_EXCEEDED',
    },
    { name: `${LIMITS.aliases + 1} aliases`, ...gql(`{ ${Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `a${i}: __typename`).join(' ')} }`), status: 400, code: 'ALIAS_LIMIT_EXCEEDED' },
    {
      name: '1,000 aliases (stopped by the token limit first)',
      ...gql(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: meetings(first: 100) { totalCount }`).join(' ')} }`),
      status: 400,
      code: 'TOKEN_LIMIT_EXCEEDED',
    },
    { name: 'fragment cycle', ...gql('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
    {
      name: 'fragment fan-out (2^20 fields from 20 fragments, counted before execution)',
      ...gql(
        `{ ...F20 } fragment F0 on Query { meetings(first: 100) { totalCount } } ` +
          Array.from({ length: 20 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`).join(' '),
      ),
      status: 400,
      code: 'COMPLEXITY_LIMIT_EXCEEDED',
      expect: (body) => assert(body.errors[0].extensions.actual === 100 * 2 ** 20, 'states the computed figure'),
    },
    { name: 'directive flood (500 @include)', ...gql(`{ __typename ${'@include(if: true) '.repeat(500)}}`), status: 400, code: 'TOKEN_LIMIT_EXCEEDED' },
    { name: 'repeated directive (50 @skip)', ...gql(`{ __typename ${'@skip(if: false) '.repeat(50)}}`), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
    { name: 'unknown directives', ...gql(`{ __typename ${Array.from({ length: 100 }, (_, i) => `@d${i}`).join(' ')} }`), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
    // Arguments
    { name: 'first: 1000000', ...gql('{ meetings(first: 1000000) { totalCount } }'), status: 200, code: 'PAGE_SIZE_LIMIT_EXCEEDED' },
    { name: 'first: 1000000 in a variable', ...gql('query($n: Int) { persons(first: $n) { totalCount } }', { n: 1_000_000 }), status: 200, code: 'PAGE_SIZE_LIMIT_EXCEEDED' },
    { name: 'negative first', ...gql('{ meetings(first: -1) { totalCount } }'), status: 200, code: 'BAD_USER_INPUT' },
    { name: 'negative last', ...gql('{ statements(last: -5) { totalCount } }'), status: 200, code: 'BAD_USER_INPUT' },
    { name: 'negative search first', ...gql('{ search(query: "asean", first: -1) { score } }'), status: 200, code: 'BAD_USER_INPUT' },
    { name: 'first beyond Int', ...gql('{ meetings(first: 99999999999) { totalCount } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
    { name: 'variable of the wrong type', ...gql('query($n: Int) { meetings(first: $n) { totalCount } }', { n: 'ten' }), status: 400, code: 'BAD_USER_INPUT' },
    { name: 'required variable missing', ...gql('query($q: String!) { search(query: $q) { score } }'), status: 400, code: 'BAD_USER_INPUT' },
    { name: 'cursor from another server (arrayconnection)', ...gql(`{ meetings(first: 1, after: "${b64('arrayconnection:5')}") { totalCount } }`), status: 200, code: 'BAD_USER_INPUT' },
    { name: 'cursor that is not base64', ...gql('{ persons(first: 1, after: "%%%not-a-cursor") { totalCount } }'), status: 200, code: 'BAD_USER_INPUT' },
    { name: 'cursor with broken JSON', ...gql(`{ persons(first: 1, after: "${b64('GPC:J:[1,2')}") { totalCount } }`), status: 200, code: 'BAD_USER_INPUT' },
    { name: 'node id that is not a global ID', ...gql('{ node(id: "garbage") { id } }'), status: 200, code: 'BAD_USER_INPUT' },
    { name: 'node id as an Int literal', ...gql('{ node(id: 5) { id } }'), status: 200, code: 'BAD_USER_INPUT' },
    { name: 'node id of an unknown type', ...gql(`{ node(id: "${b64('User:1')}") { id } }`), status: 200, code: 'BAD_USER_INPUT' },
    { name: 'node id with a non-numeric id', ...gql(`{ node(id: "${b64('Person:abc')}") { id } }`), status: 200, code: 'BAD_USER_INPUT' },
    { name: 'node id beyond integer range', ...gql(`{ node(id: "${b64('Person:99999999999')}") { id } }`), status: 200, code: 'BAD_USER_INPUT' },
    { name: 'filter id of the wrong type', ...gql(`{ meetings(first: 1, filter: { participant: "${meetingId}" }) { totalCount } }`), status: 200, code: 'BAD_USER_INPUT' },
    // Text
    {
      name: "SQL metacharacters in search ('; DROP TABLE)",
      ...gql('query($q: String!) { search(query: $q) { score } persons(first: 5, filter: { search: $q }) { totalCount } }', { q: `'; DROP TABLE "Person"; --` }),
      status: 200,
      code: null,
      expect: (body) => assert(body.data.search.length === 0 && body.data.persons.totalCount === 0, 'nothing matches'),
    },
    {
      name: 'LIKE metacharacters in search (%_\\)',
      ...gql('query($q: String!) { search(query: $q) { score } }', { q: '%_\\' }),
      status: 200,
      code: null,
      expect: (body) => assert(body.data.search.length === 0, 'wildcards are not wildcards'),
    },
    { name: '10,000-character search', ...gql('query($q: String!) { search(query: $q) { score } }', { q: 'asean '.repeat(1667).slice(0, 10_000) }), status: 400, code: 'BAD_USER_INPUT' },
    {
      name: '1,000-character list filter (words beyond the first 12 ignored)',
      ...gql('query($q: String!) { meetings(first: 5, filter: { search: $q }) { totalCount } }', { q: 'zzz '.repeat(250) }),
      status: 200,
      code: null,
      expect: (body) => assert(body.data.meetings.totalCount === 0, 'no meeting matches'),
    },
    { name: '10,000-character list filter', ...gql('query($q: String!) { meetings(first: 5, filter: { search: $q }) { totalCount } }', { q: 'zzz '.repeat(2500) }), status: 400, code: 'BAD_USER_INPUT' },
    {
      name: 'list filter word of 101 characters (not a word)',
      ...gql('query($q: String!) { statements(first: 5, filter: { search: $q }) { totalCount } }', { q: `ok ${'z'.repeat(101)}` }),
      status: 400,
      code: 'BAD_USER_INPUT',
      expect: (body) => assert(body.errors[0].extensions.argument === 'StatementFilter.search', 'names the input field'),
    },
    {
      name: 'list filter word of 40,000 characters, literal in the document',
      ...gql(`{ persons(first: 5, filter: { search: "${'y'.repeat(40_000)}" }) { totalCount } }`),
      status: 400,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'snippet markers of 1,000,000 characters in six aliases',
      ...gql(
        `query($o: String) { ${Array.from({ length: 6 }, (_, i) => `a${i}: search(query: "asean", first: 100) { snippet { marked(open: $o, close: $o) } }`).join(' ')} }`,
        { o: 'x'.repeat(1_000_000) },
      ),
      status: 400,
      code: 'BAD_USER_INPUT',
      expect: (body) => assert(body.errors[0].extensions.argument === 'Snippet.marked(open)' && body.errors[0].extensions.limit === 100, 'names the argument and its limit'),
    },
    {
      name: 'snippet marker of 101 characters as a variable default',
      ...gql(`query($o: String = "${'<'.repeat(101)}") { search(query: "asean") { snippet { marked(close: $o) } } }`),
      status: 400,
      code: 'BAD_USER_INPUT',
    },
    { name: 'cursor of 5,000 characters', ...gql('query($c: String) { articles(first: 1, after: $c) { totalCount } }', { c: 'A'.repeat(5000) }), status: 400, code: 'BAD_USER_INPUT' },
    { name: 'node id of 2,000 characters', ...gql(`{ node(id: "${'Q'.repeat(2000)}") { id } }`), status: 400, code: 'BAD_USER_INPUT' },
    {
      name: 'nodes(ids:) with 1,000 ids and nested articles',
      ...gql('query($ids: [ID!]!) { nodes(ids: $ids) { ... on Person { articles(first: 100) { edges { node { body } } } } } }', { ids: Array(1000).fill(personId) }),
      status: 400,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'variables nested 100,000 levels deep',
      headers: JSON_TYPE,
      body: `{"query":"query($f: MeetingFilter) { meetings(first: 1, filter: $f) { totalCount } }","variables":{"f":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`,
      status: 400,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'variables nested 20 levels deep in an unused variable',
      headers: JSON_TYPE,
      body: `{"query":"{ __typename }","variables":{"x":${'{"a":'.repeat(20)}1${'}'.repeat(20)}}}`,
      status: 400,
      code: 'BAD_USER_INPUT',
    },
    { name: 'NUL and control characters in search', ...gql('query($q: String!) { search(query: $q) { score } }', { q: 'asean\u0000\u0007\u001b[2J' }), status: 200, code: 'BAD_USER_INPUT' },
    // Mutations
    { name: 'mutation without a key', headers: JSON_TYPE, body: { query: INGEST, variables: { input: { text: 'Tin mới', source: 'x' } } }, status: 401, code: 'UNAUTHENTICATED' },
    {
      name: 'mutation with a wrong key',
      headers: { ...JSON_TYPE, authorization: 'Bearer wrong-key-0123456789abcdef' },
      body: { query: INGEST, variables: { input: { text: 'Tin mới', source: 'x' } } },
      status: 401,
      code: 'UNAUTHENTICATED',
    },
    {
      name: 'mutation with the key in another scheme',
      headers: { ...JSON_TYPE, authorization: `Basic ${b64(`x:${API_KEY}`)}` },
      body: { query: INGEST, variables: { input: { text: 'Tin mới', source: 'x' } } },
      status: 401,
      code: 'UNAUTHENTICATED',
    },
    {
      name: 'mutation hidden behind a second operation without a key',
      headers: JSON_TYPE,
      body: { query: `query Q { __typename } ${INGEST.replace('mutation(', 'mutation M(')}`, operationName: 'M', variables: { input: { text: 'x', source: 'y' } } },
      status: 401,
      code: 'UNAUTHENTICATED',
    },
    {
      name: 'ingest: empty text and source (typed validation result)',
      headers: AUTH,
      body: { query: INGEST, variables: { input: { text: '   ', source: '' } } },
      status: 200,
      code: null,
      expect: (body) => assert(body.data.ingestDocument.__typename === 'InputValidationError', 'typed error'),
    },
    {
      name: 'ingest: publishedAt not a date',
      headers: AUTH,
      body: { query: INGEST, variables: { input: { text: 'Tin mới', source: 'x', publishedAt: 'yesterday' } } },
      status: 200,
      code: null,
      expect: (body) => assert(body.data.ingestDocument.__typename === 'InputValidationError', 'typed error'),
    },
    {
      name: 'ingest: text over 1 MiB',
      headers: AUTH,
      body: { query: INGEST, variables: { input: { text: 'ă'.repeat(LIMITS.documentBytes / 2 + 1), source: 'x' } } },
      status: 200,
      code: null,
      expect: (body) => assert(body.data.ingestDocument.__typename === 'InputValidationError', 'typed error'),
    },
    {
      // (A NUL in the text itself is dropped with the other control characters by the cleaner.)
      name: 'ingest: NUL byte in source (rolled back)',
      headers: AUTH,
      body: { query: INGEST, variables: { input: { text: 'Ngày 5/8, Bộ trưởng Bùi Thanh Sơn gặp Bộ trưởng Motegi Toshimitsu.', source: 'nul\u0000.txt' } } },
      status: 200,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'mergePersons with IDs of another type (typed NotFoundError)',
      headers: AUTH,
      body: {
        query: 'mutation($i: MergePersonsInput!) { mergePersons(input: $i) { __typename } }',
        variables: { i: { targetId: meetingId, sourceIds: [personId] } },
      },
      status: 200,
      code: null,
      expect: (body) => assert(body.data.mergePersons.__typename === 'NotFoundError', 'typed not found'),
    },
    {
      name: 'updateMeeting with a garbage ID (typed NotFoundError)',
      headers: AUTH,
      body: { query: 'mutation { updateMeeting(input: { id: "garbage", city: "Hà Nội" }) { __typename } }' },
      status: 200,
      code: null,
      expect: (body) => assert(body.data.updateMeeting.__typename === 'NotFoundError', 'typed not found'),
    },
  ];
}
