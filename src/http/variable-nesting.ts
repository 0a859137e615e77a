// Variables nested deeper than any input of the schema can be are refused before anything walks
// them: 100,000 nested arrays overflowed the stack of the response cache's key builder
// (JSON.stringify), an INTERNAL_SERVER_ERROR with a logged stack on every request (issue 13).
// The deepest input the schema has is three levels (an input object holding a list of strings).
import { apiError, ErrorCode } from '../errors/errors.ts';

export const MAX_VARIABLE_NESTING = 16;

/** Nesting depth of a JSON value, measured without recursion and stopping past `limit`. */
export function nestingDepth(value: unknown, limit = MAX_VARIABLE_NESTING): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [current, depth] = stack.pop()!;
    if (!current || typeof current !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Throws BAD_USER_INPUT (HTTP 400) when the variables nest deeper than MAX_VARIABLE_NESTING. */
export function checkVariableNesting(variables: unknown) {
  // The variables object itself is level 1.
  if (nestingDepth(variables, MAX_VARIABLE_NESTING + 1) > MAX_VARIABLE_NESTING + 1) {
    throw apiError(ErrorCode.BAD_USER_INPUT, `Variables nest deeper than ${MAX_VARIABLE_NESTING} levels`, { limit: MAX_VARIABLE_NESTING }, 400);
  }
}
