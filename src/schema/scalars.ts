import { GraphQLError, Kind } from 'graphql';
import { parsePartialDate } from '../values/partial-date.ts';
import { builder } from './builder.ts';

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : null;
  // Years 1-9999: what ISO 8601 writes with four digits and PostgreSQL stores.
  if (!date || Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1 || date.getUTCFullYear() > 9999) {
    throw new GraphQLError('DateTime must be an ISO 8601 string of a year from 0001 to 9999');
  }
  return date;
}

builder.scalarType('DateTime', {
  description: 'An ISO 8601 timestamp in UTC.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : null),
});

function parsePartial(value: unknown): string {
  if (typeof value !== 'string' || !parsePartialDate(value)) {
    throw new GraphQLError('PartialDate must be a real date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value.trim();
}

builder.scalarType('PartialDate', {
  description: 'A date known to the year, the month or the day: "2021", "2021-08" or "2021-08-02".',
  serialize: (value) => String(value),
  parseValue: parsePartial,
  parseLiteral: (ast) => parsePartial(ast.kind === Kind.STRING ? ast.value : null),
});
