// A ceiling on the bytes of one answer. The node limit bounds how many objects a query returns, not
// how long their text is; this stops the rest (long article bodies, long snippets) where it is
// measured: when the answer is serialised, once, by the serialiser Yoga calls anyway.
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { apiError, ErrorCode } from '../errors/errors.ts';
import { LIMITS } from '../limits.ts';

function tooLarge(bytes: number) {
  const n = (value: number) => value.toLocaleString('en-US');
  const error = apiError(
    ErrorCode.RESPONSE_TOO_LARGE,
    `The answer is ${n(bytes)} bytes, over the limit of ${n(LIMITS.responseBytes)}; ask for smaller pages or fewer fields`,
    { limit: LIMITS.responseBytes, actual: bytes },
  );
  return JSON.stringify({ errors: [error.toJSON()] });
}

/** Serialises each single result, and answers RESPONSE_TOO_LARGE instead when it is over the ceiling. */
export function useResponseSizeLimit(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (!result || Array.isArray(result) || Symbol.asyncIterator in (result as object)) return;
      const single = result as ExecutionResult & { stringify?: (r: ExecutionResult) => string };
      const inner = single.stringify ?? JSON.stringify;
      setResult({
        ...single,
        stringify: (r: ExecutionResult) => {
          const text = inner(r);
          // UTF-16 length first: the byte count only matters when it could be over.
          if (text.length * 3 <= LIMITS.responseBytes) return text;
          const bytes = Buffer.byteLength(text);
          return bytes > LIMITS.responseBytes ? tooLarge(bytes) : text;
        },
      });
    },
  };
}
