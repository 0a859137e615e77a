// Unexpected-looking errors that are in fact the client's input, recognised so that maskError can
// answer BAD_USER_INPUT with a plain message instead of a masked INTERNAL_SERVER_ERROR.
import { GraphQLError } from 'graphql';

/** SQLSTATEs PostgreSQL raises for text it cannot store: a NUL byte (22021), untranslatable (22P05). */
const REJECTED_TEXT = new Set(['22021', '22P05']);

function sqlState(error: unknown): string | null {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const e = current as { code?: unknown; meta?: { code?: unknown }; cause?: { originalCode?: unknown }; message?: unknown };
    // Prisma reports raw-query failures as P2010 with the SQLSTATE in meta.code or the message.
    for (const candidate of [e.code, e.meta?.code, e.cause?.originalCode]) {
      if (typeof candidate === 'string' && REJECTED_TEXT.has(candidate)) return candidate;
    }
    if (typeof e.message === 'string') {
      const match = /Code: `(22021|22P05)`/.exec(e.message);
      if (match) return match[1]!;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

export interface ClientInputError {
  message: string;
  /** A request error (HTTP 400, nothing executed) rather than a field error (HTTP 200, partial data). */
  status?: 400;
}

/** The input error hidden in an unexpected-looking error, or null when it is not one. */
export function clientInputError(located: GraphQLError | null, original: unknown): ClientInputError | null {
  // graphql-js variable coercion ("Variable "$n" got invalid value …", "… was not provided").
  if (located?.message.startsWith('Variable "$') && (original === located || original instanceof GraphQLError)) {
    return { message: located.message, status: 400 };
  }
  if (sqlState(original)) return { message: 'Text contains characters that cannot be stored or searched (such as the NUL character U+0000)' };
  return null;
}
