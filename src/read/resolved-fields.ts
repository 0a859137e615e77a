// The fields answered outside the compiler, each with its reason. Everything else a query can
// reach is compiled into SQL; tests/read/resolved-fields.test.ts fails when a field is neither.
export const RESOLVED_FIELDS: Record<string, string> = {
  // The search statement returns the matched text; its highlights are found in JavaScript
  // (src/services/highlight.ts) on that answer, not by a resolver.
  'Snippet.text': 'cut around the matched words in JavaScript (src/read/search.ts)',
  'Snippet.highlights': 'found in JavaScript on the matched text (src/read/search.ts)',
  'Snippet.marked': 'built in JavaScript from its open/close arguments (src/read/search.ts)',
  'TextRange.start': 'a highlight offset found in JavaScript',
  'TextRange.end': 'a highlight offset found in JavaScript',
};
