// A planned answer's data is written from PostgreSQL's JSON text until someone reads it; from then
// on from what they read (and perhaps changed). Either way the response is what JSON.stringify of
// the parsed answer would write.
import { describe, expect, it } from 'vitest';
import { plannedData, RawJson, stringifyPlanned } from '../../src/read/planned-data.ts';

const PERSONS = '{"edges":[{"node":{"id":"UGVyc29uOjE=","name":"Bùi Thanh Sơn \\"quoted\\""}}]}';
const COUNT = '{"totalCount":3}';

const answer = () => ({ data: plannedData([['persons', new RawJson(PERSONS)], ['typename', 'Query'], ['count', new RawJson(COUNT)]]) });
const expected = () => ({ data: { persons: JSON.parse(PERSONS), typename: 'Query', count: JSON.parse(COUNT) } });

describe('planned data', () => {
  it('is written as the texts it holds, in response-key order', () => {
    const text = stringifyPlanned(answer());
    expect(text).toBe(`{"data":{"persons":${PERSONS},"typename":"Query","count":${COUNT}}}`);
    expect(JSON.parse(text)).toEqual(expected());
  });

  it('reads as the parsed answer, and JSON.stringify writes the same', () => {
    const result = answer();
    expect(result.data).toEqual(expected().data);
    expect(JSON.parse(JSON.stringify(result))).toEqual(expected());
  });

  it('is written from what was read once it has been read and changed', () => {
    const result = answer();
    (result.data.persons as { edges: unknown[] }).edges.length = 0;
    result.data.count = { totalCount: 4 };
    expect(JSON.parse(stringifyPlanned(result))).toEqual({ data: { persons: { edges: [] }, typename: 'Query', count: { totalCount: 4 } } });
  });

  it('keeps the result fields beside data, and leaves out a field set to undefined', () => {
    const result = { ...answer(), extensions: { cost: 7 } };
    result.data.typename = undefined;
    expect(JSON.parse(stringifyPlanned(result))).toEqual({ data: { persons: JSON.parse(PERSONS), count: JSON.parse(COUNT) }, extensions: { cost: 7 } });
  });

  it('writes any other result as JSON.stringify does', () => {
    const result = { data: { a: 1 }, errors: [{ message: 'x' }] };
    expect(stringifyPlanned(result as never)).toBe(JSON.stringify(result));
  });
});
