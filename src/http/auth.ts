// Reads are public; every mutation needs `Authorization: Bearer <DIPLOGRAPH_API_KEY>`. The check
// runs before execution, so an unauthenticated mutation never reaches a resolver and changes nothing.
import { timingSafeEqual } from 'node:crypto';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { apiError, ErrorCode } from '../errors/errors.ts';

export function hasValidApiKey(request: Request, apiKey: string | undefined): boolean {
  if (!apiKey) return false;
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match) return false;
  const given = Buffer.from(match[1]!);
  const expected = Buffer.from(apiKey);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function useMutationAuth(): Plugin<{ isAuthenticated: boolean }> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation' || args.contextValue.isAuthenticated) return;
      setResultAndStopExecution({
        data: null,
        errors: [
          apiError(
            ErrorCode.UNAUTHENTICATED,
            'Mutations require the header `Authorization: Bearer <DIPLOGRAPH_API_KEY>`',
            {},
            401,
          ),
        ],
      });
    },
  };
}
