// Every failure a consumer can meet, as classes to `instanceof` against.

/** Base class: catch this to catch everything the SDK throws. */
export class DiplographError extends Error {
  override name = 'DiplographError';
}

/** The request never produced a GraphQL response (DNS, refused connection, timeout, non-JSON body). */
export class DiplographNetworkError extends DiplographError {
  override name = 'DiplographNetworkError';
  constructor(
    message: string,
    /** HTTP status when a response arrived but was not GraphQL (e.g. 502 from a proxy). */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/**
 * Every `extensions.code` the server sends (README "Limits and guarantees"). `code` stays a string
 * so a newer server's code still reaches you; compare against these for completion and typos.
 */
export type DiplographErrorCode =
  | 'UNAUTHENTICATED'
  | 'BAD_USER_INPUT'
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'PAGE_SIZE_LIMIT_EXCEEDED'
  | 'DEPTH_LIMIT_EXCEEDED'
  | 'COMPLEXITY_LIMIT_EXCEEDED'
  | 'BREADTH_LIMIT_EXCEEDED'
  | 'ALIAS_LIMIT_EXCEEDED'
  | 'TOKEN_LIMIT_EXCEEDED'
  | 'PAYLOAD_TOO_LARGE'
  | 'INTROSPECTION_DISABLED'
  | 'CSRF_PREVENTED'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'PERSISTED_QUERY_ONLY'
  | 'PERSISTED_QUERY_NOT_IN_LIST'
  | 'PERSISTED_QUERY_ID_REQUIRED';

/** The server answered with GraphQL errors (a limit, a missing key, a malformed query). */
export class DiplographGraphQLError extends DiplographError {
  override name = 'DiplographGraphQLError';
  /** The first error's code, e.g. `UNAUTHENTICATED`, `PAGE_SIZE_LIMIT_EXCEEDED`, `PERSISTED_QUERY_NOT_IN_LIST`. */
  readonly code: DiplographErrorCode | (string & {}) | undefined;
  constructor(
    readonly errors: readonly GraphQLErrorEntry[],
    readonly status: number,
    /** Whatever data came back beside the errors. */
    readonly data?: unknown,
  ) {
    super(errors.map((e) => e.message).join('; ') || `GraphQL request failed with status ${status}`);
    this.code = errors[0]?.extensions?.code;
  }
  /** Whether any error carries this code. */
  hasCode(code: DiplographErrorCode | (string & {})): boolean {
    return this.errors.some((e) => e.extensions?.code === code);
  }
}

/**
 * A mutation answered with one of the API's typed error results (the `... on Error` members of its
 * result union), e.g. a validation error naming the field. Thrown by `unwrap()`.
 */
export class DiplographResultError extends DiplographError {
  override name = 'DiplographResultError';
  constructor(
    readonly typename: string,
    message: string,
    readonly result: Record<string, unknown>,
  ) {
    super(message);
  }
  /** The error's `code` when the document selected it (the SDK's operations do). */
  get code(): string | undefined {
    return typeof this.result.code === 'string' ? this.result.code : undefined;
  }
  /** The input field at fault (`input.text`), when the error names one. */
  get field(): string | undefined {
    return typeof this.result.field === 'string' ? this.result.field : undefined;
  }
}

/** The error members of a mutation's result union (InputValidationError, NotFoundError, …). */
export type ResultErrorOf<T> = Extract<T, { __typename?: `${string}Error` }>;
/** The success member of a mutation's result union (IngestDocumentPayload, …). */
export type ResultSuccessOf<T> = Exclude<T, { __typename?: `${string}Error` }>;

/**
 * Whether a mutation result is one of the API's typed errors (every such type's name ends in
 * `Error` and implements `UserError`); narrows the union either way. Select `__typename`.
 */
export function isResultError<T extends { __typename?: string }>(result: T): result is ResultErrorOf<T> {
  return typeof result.__typename === 'string' && result.__typename.endsWith('Error');
}

/**
 * A mutation's result union narrowed to its success member, or DiplographResultError thrown with the
 * error member's typename, message and (when selected) code and field. No type guard to write:
 * `const { articles } = unwrap(data.ingestDocument)`.
 */
export function unwrap<T extends { __typename?: string }>(result: T): ResultSuccessOf<T> {
  if (!isResultError(result)) return result as ResultSuccessOf<T>;
  const r = result as unknown as Record<string, unknown>;
  throw new DiplographResultError(String(r.__typename), String(r.message ?? 'request failed'), r);
}
