// Expected failures carry a stable `extensions.code`; anything else is masked before it reaches a
// client (no message, stack, SQL or file path), and logged on the server instead.
import { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { isQueryTimeout, READ_STATEMENT_TIMEOUT_MS } from '../db/statement-timeout.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { clientInputError } from './input-errors.ts';

const isGraphQLError = (value: unknown): value is GraphQLError => value instanceof GraphQLError;

export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  PAGE_SIZE_LIMIT_EXCEEDED: 'PAGE_SIZE_LIMIT_EXCEEDED',
  DEPTH_LIMIT_EXCEEDED: 'DEPTH_LIMIT_EXCEEDED',
  COMPLEXITY_LIMIT_EXCEEDED: 'COMPLEXITY_LIMIT_EXCEEDED',
  BREADTH_LIMIT_EXCEEDED: 'BREADTH_LIMIT_EXCEEDED',
  ALIAS_LIMIT_EXCEEDED: 'ALIAS_LIMIT_EXCEEDED',
  TOKEN_LIMIT_EXCEEDED: 'TOKEN_LIMIT_EXCEEDED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The answer would exceed the response-size ceiling: ask for smaller pages or fewer fields. */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  INTROSPECTION_DISABLED: 'INTROSPECTION_DISABLED',
  CSRF_PREVENTED: 'CSRF_PREVENTED',
  BAD_REQUEST: 'BAD_REQUEST',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** The Accept header names no media type the server can answer with (HTTP 406). */
  NOT_ACCEPTABLE: 'NOT_ACCEPTABLE',
  /** A read ran past the database's statement timeout and was cancelled: ask for less. */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  /** The database cannot be reached (HTTP 503): temporary, retry later. */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A client-readable GraphQL error with a code (and optionally an HTTP status). */
export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}, status?: number) {
  return createGraphQLError(message, { extensions: { code, ...extra, ...(status ? { http: { status } } : {}) } });
}

/** A global ID that names nothing (or something of another type), returned as a typed result. */
export class NotFoundError extends Error {
  readonly code = ErrorCode.NOT_FOUND;
  constructor(
    /** The input field that held the ID, e.g. "input.targetId". */
    readonly field: string,
    readonly id: string,
  ) {
    super(`${field}: no such node: ${id}`);
    this.name = 'NotFoundError';
  }
}

/** An input that is well-formed but cannot be applied (e.g. merging a person into itself). */
export class InvalidInputError extends Error {
  readonly code = ErrorCode.BAD_USER_INPUT;
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'InvalidInputError';
  }
}

/** Yoga's maskError: expected GraphQL errors pass; everything else becomes a bare coded error. */
export function maskError(error: unknown, message: string): Error {
  const located = isGraphQLError(error) ? error : null;
  const original: unknown = located?.originalError ?? error;
  const input = located?.extensions?.code ? null : clientInputError(located, original);
  if (input) {
    const http = input.status ? { http: { status: input.status } } : {};
    return createGraphQLError(input.message, { path: located?.path, nodes: located?.nodes, extensions: { code: ErrorCode.BAD_USER_INPUT, ...http } });
  }
  // graphql-js errors (syntax, validation, coercion) and our coded errors are meant for clients.
  if (located && !located.originalError) return located;
  if (isGraphQLError(original)) {
    if (original === located || original.extensions?.code) return located ?? original;
  }
  const where = { path: located?.path, nodes: located?.nodes };
  // Pothos reports malformed client input (a bad cursor, an unsupported argument mix) this way.
  if (original instanceof Error && original.name === 'PothosValidationError') {
    return createGraphQLError(original.message, { ...where, extensions: { code: ErrorCode.BAD_USER_INPUT } });
  }
  if (isQueryTimeout(original)) {
    return createGraphQLError(
      `The query ran longer than ${READ_STATEMENT_TIMEOUT_MS / 1000} s and was cancelled; ask for smaller pages, fewer nested connections or a narrower filter`,
      { ...where, extensions: { code: ErrorCode.QUERY_TIMEOUT } },
    );
  }
  if (isDatabaseUnavailable(original)) {
    return createGraphQLError('The database is unavailable; retry later', {
      ...where,
      extensions: { code: ErrorCode.DATABASE_UNAVAILABLE, http: { status: 503 } },
    });
  }
  // Yoga's logger records the original error on the server.
  return createGraphQLError(message, { ...where, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
}
