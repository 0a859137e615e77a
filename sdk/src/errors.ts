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

/** The server answered with GraphQL errors (a limit, a missing key, a malformed query). */
export class DiplographGraphQLError extends DiplographError {
  override name = 'DiplographGraphQLError';
  /** The first error's code, e.g. `UNAUTHENTICATED`, `FIRST_TOO_LARGE`, `PERSISTED_QUERY_NOT_IN_LIST`. */
  readonly code: string | undefined;
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
  hasCode(code: string): boolean {
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
}

/** Turns a typed result union into its success member, throwing DiplographResultError otherwise. */
export function unwrap<T extends { __typename?: string }, S extends T>(
  result: T,
  isSuccess: (value: T) => value is S,
): S {
  if (isSuccess(result)) return result;
  const r = result as unknown as Record<string, unknown>;
  throw new DiplographResultError(String(r.__typename ?? 'Error'), String(r.message ?? 'request failed'), r);
}
