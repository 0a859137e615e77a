// With introspection off, error messages must not describe the schema either: graphql-js appends
// suggestions ("Did you mean "articles"?", the enum values or input fields closest to a typo) to
// validation and variable errors, which lets a client map the schema field by field without
// introspection. This plugin drops those suggestions; the rest of each message is kept.
import { GraphQLError, type ExecutionResult } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

const SUGGESTION = /\s*Did you mean [\s\S]*\?\s*$/;

function withoutSuggestion(error: GraphQLError): GraphQLError {
  if (!SUGGESTION.test(error.message)) return error;
  return createGraphQLError(error.message.replace(SUGGESTION, ''), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: error.extensions,
  });
}

export function useHideSchemaHints(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (!result || Array.isArray(result) || Symbol.asyncIterator in (result as object)) return;
      const single = result as ExecutionResult;
      if (!single.errors?.some((e) => SUGGESTION.test(e.message))) return;
      setResult({ ...single, errors: single.errors.map((e) => (e instanceof GraphQLError ? withoutSuggestion(e) : e)) });
    },
  };
}
