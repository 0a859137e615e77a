// Every string and list a client sends as an argument has a maximum size, checked before anything
// executes. Without it, six aliases of `snippet { marked(open: $o, close: $o) }` with a 1,000,000-
// character $o built gigabytes of output and killed the process (heap exhausted, issue 13).
// Literal values and variables are both walked, by the argument's declared type, so the bound
// follows where a value is used: `Snippet.marked(open)` or `MeetingFilter.search`.
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValueNode,
  type VariableDefinitionNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { apiError, ErrorCode } from '../errors/errors.ts';
import { LIMITS } from '../limits.ts';
import { checkNodeLimit } from './node-count.ts';
import { FILTER_WORD_CHARS, longestWord } from '../values/text-filter.ts';
import { checkVariableNesting } from './variable-nesting.ts';

export const ARGUMENT_BOUNDS = {
  /** Any String, ID, date or enum argument or input field without its own entry below. */
  defaultChars: 1_000,
  /** Items in any list argument or input field (`nodes(ids:)`, `sourceIds`, `types`, `acts`). */
  listItems: 100,
  /** By schema coordinate. Mutation fields with a typed limit of their own are bounded here only
   *  by the request body, so the typed result (naming the field) is what a client sees. */
  chars: {
    'Snippet.marked(open)': 100,
    'Snippet.marked(close)': 100,
    'Query.search(query)': 200,
    'IngestDocumentInput.text': LIMITS.bodyBytes,
    'IngestDocumentInput.source': LIMITS.bodyBytes,
    'UpdateMeetingInput.name': LIMITS.bodyBytes,
    'UpdateMeetingInput.city': LIMITS.bodyBytes,
  } as Record<string, number>,
};

const isFilterSearch = (coordinate: string) => /Filter\.search$/.test(coordinate);

function refuse(message: string, coordinate: string, limit: number, actual: number): never {
  throw apiError(ErrorCode.BAD_USER_INPUT, message, { argument: coordinate, limit, actual }, 400);
}

function checkString(value: string, coordinate: string) {
  const limit = ARGUMENT_BOUNDS.chars[coordinate] ?? ARGUMENT_BOUNDS.defaultChars;
  if (value.length > limit) refuse(`${coordinate}: at most ${limit} characters (got ${value.length})`, coordinate, limit, value.length);
  if (isFilterSearch(coordinate)) {
    const word = longestWord(value);
    if (word > FILTER_WORD_CHARS) {
      refuse(`${coordinate}: a word of ${word} characters is not a word; at most ${FILTER_WORD_CHARS}`, coordinate, FILTER_WORD_CHARS, word);
    }
  }
}

function checkList(items: number, coordinate: string) {
  const limit = ARGUMENT_BOUNDS.listItems;
  if (items > limit) refuse(`${coordinate}: at most ${limit} items (got ${items})`, coordinate, limit, items);
}

/** A JSON value from the variables, walked by the input type it is given to. */
function checkValue(value: unknown, type: GraphQLInputType, coordinate: string): void {
  const nullable = getNullableType(type);
  if (typeof value === 'string') return checkString(value, coordinate);
  if (Array.isArray(value)) {
    checkList(value.length, coordinate);
    const item = isListType(nullable) ? nullable.ofType : nullable;
    for (const v of value) checkValue(v, item, coordinate);
    return;
  }
  const named = getNamedType(type);
  if (value && typeof value === 'object' && isInputObjectType(named)) {
    const fields = named.getFields();
    for (const [name, v] of Object.entries(value)) {
      const field = fields[name];
      if (field) checkValue(v, field.type, `${named.name}.${name}`);
    }
  }
}

interface Scope {
  variables: Record<string, unknown>;
  definitions: Map<string, VariableDefinitionNode>;
}

/** A literal in the document, walked like a variable; a variable inside it is looked up. */
function checkLiteral(node: ValueNode, type: GraphQLInputType, coordinate: string, scope: Scope): void {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.ENUM:
      return checkString(node.value, coordinate);
    case Kind.VARIABLE: {
      const name = node.name.value;
      if (name in scope.variables) return checkValue(scope.variables[name], type, coordinate);
      const fallback = scope.definitions.get(name)?.defaultValue;
      return fallback ? checkLiteral(fallback, type, coordinate, scope) : undefined;
    }
    case Kind.LIST: {
      checkList(node.values.length, coordinate);
      const nullable = getNullableType(type);
      const item = isListType(nullable) ? nullable.ofType : nullable;
      for (const v of node.values) checkLiteral(v, item, coordinate, scope);
      return;
    }
    case Kind.OBJECT: {
      const named = getNamedType(type);
      if (!isInputObjectType(named)) return;
      const fields = named.getFields();
      for (const f of node.fields) {
        const field = fields[f.name.value];
        if (field) checkLiteral(f.value, field.type, `${named.name}.${f.name.value}`, scope);
      }
      return;
    }
    default:
      return;
  }
}

/** An argument in the document: its value as written and the type it is given to. */
interface ArgumentSite {
  value: ValueNode;
  type: GraphQLInputType;
  coordinate: string;
}

/**
 * The document's arguments, found once per parsed document (yoga's parse cache hands the same
 * DocumentNode to every request with the same text): the walk with TypeInfo cost more than the
 * checks themselves on every request.
 */
const sitesOf = new WeakMap<DocumentNode, WeakMap<GraphQLSchema, ArgumentSite[]>>();

function argumentSites(schema: GraphQLSchema, document: DocumentNode): ArgumentSite[] {
  const cached = sitesOf.get(document)?.get(schema);
  if (cached) return cached;
  const sites: ArgumentSite[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (argument && field && parent) sites.push({ value: node.value, type: argument.type, coordinate: `${parent.name}.${field.name}(${argument.name})` });
        return false;
      },
    }),
  );
  if (!sitesOf.has(document)) sitesOf.set(document, new WeakMap());
  sitesOf.get(document)!.set(schema, sites);
  return sites;
}

/** Throws BAD_USER_INPUT (HTTP 400) for the first argument over its bound. */
export function checkArgumentBounds(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | null | undefined) {
  const scope: Scope = { variables: variables ?? {}, definitions: new Map() };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of definition.variableDefinitions ?? []) scope.definitions.set(v.variable.name.value, v);
  }
  for (const site of argumentSites(schema, document)) checkLiteral(site.value, site.type, site.coordinate, scope);
}

/**
 * Operations (by parsed document, operation name and variables) that passed both checks: the same
 * request again passes without the walks, which took 1.8% of the server's busy CPU under the shapes
 * benchmark's s02 (CPU profile). A few variable sets per document, so paging cannot grow it.
 */
const passed = new WeakMap<DocumentNode, Set<string>>();
const MAX_PASSED_PER_DOCUMENT = 16;

function checkExecution(args: { schema: GraphQLSchema; document: DocumentNode; operationName?: string | null; variableValues?: Record<string, unknown> | null }) {
  const key = `${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}`;
  const seen = passed.get(args.document);
  if (seen?.has(key)) return;
  checkArgumentBounds(args.schema, args.document, args.variableValues);
  checkNodeLimit(args.schema, args.document, args.operationName, args.variableValues);
  if (!seen) passed.set(args.document, new Set([key]));
  else if (seen.size < MAX_PASSED_PER_DOCUMENT) seen.add(key);
}

/** Bounds variables' nesting as soon as they are read (before the response cache keys them), then
 *  every argument and the nodes the operation could return, before execution. */
export function useArgumentBounds(): Plugin {
  return {
    onParams({ params }) {
      checkVariableNesting(params.variables);
    },
    onExecute({ args }) {
      checkExecution(args);
    },
    onSubscribe({ args }) {
      checkExecution(args);
    },
  };
}
