// The `search` root: the ranking (src/services/search.ts), then each hit's node built by the
// compiler like any other, in a second statement. What is computed, not stored (the score's
// rounding and the snippet's highlights), is finished in JavaScript on that statement's answer.
import { getArgumentValues, getNamedType, isObjectType, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields.js';
import { highlight, markSnippet, type Snippet } from '../services/highlight.ts';
import { rankHits, roundScore, SEARCH_TYPES, searchSql, type SearchType } from '../services/search.ts';
import { readerOf } from '../db/read-replicas.ts';
import type { RootPlan } from './root-plan.ts';
import { defineObject, jsonList, jsonText, objectJson, oneOf, Unsupported, type Walk } from './compile.ts';

const TYPENAME: Record<SearchType, string> = { ARTICLE: 'Article', MEETING: 'Meeting', PERSON: 'Person', ORGANISATION: 'Organisation', STATEMENT: 'Statement' };

defineObject('SearchHit', {
  type: (_w, h) => `${h}.type`,
  score: (_w, h) => `${h}.score`,
  matchedText: (_w, h) => `${h}.text`,
  // The matched text as a JSON string; wrap() turns it into the snippet the selection asks for.
  snippet: (_w, h) => jsonText(`to_json(${h}.text)::text`),
  node: (w, h, field) =>
    oneOf(w, field.nodes, Object.entries(TYPENAME).map(([type, typename]) => ({ typename, when: `${h}.type = '${type}'`, table: typename, on: (r: string) => `${r}.id = ${h}.id` }))),
});

type Json = Record<string, unknown>;
type Selected = [string, readonly FieldNode[]][];

function selected(w: Walk, type: GraphQLObjectType, nodes: readonly FieldNode[]): Selected {
  return [...collectSubfields(w.schema, w.fragments, w.variables, type, nodes as FieldNode[])];
}

const objectType = (w: Walk, name: string) => {
  const type = w.schema.getType(name);
  if (!type || !isObjectType(type)) throw new Unsupported(name);
  return type;
};

/** The Snippet (and its TextRanges) as the selection asks for it. */
function snippetJson(w: Walk, snippet: Snippet, nodes: readonly FieldNode[]): Json {
  const type = objectType(w, 'Snippet');
  const range = objectType(w, 'TextRange');
  const out: Json = {};
  for (const [key, fieldNodes] of selected(w, type, nodes)) {
    const name = fieldNodes[0]!.name.value;
    if (name === '__typename') out[key] = 'Snippet';
    else if (name === 'text') out[key] = snippet.text;
    else if (name === 'marked') {
      const args = getArgumentValues(type.getFields().marked!, fieldNodes[0]!, w.variables) as { open?: string; close?: string };
      out[key] = markSnippet(snippet, args.open ?? '<mark>', args.close ?? '</mark>');
    } else if (name === 'highlights') {
      const ranges = selected(w, range, fieldNodes);
      out[key] = snippet.highlights.map((h) => Object.fromEntries(ranges.map(([k, n]) => [k, n[0]!.name.value === '__typename' ? 'TextRange' : h[n[0]!.name.value as 'start' | 'end']])));
    }
  }
  return out;
}

/** Rounds the scores and builds the snippets of the hits the statement returned. */
function finish(w: Walk, hitType: GraphQLObjectType, nodes: readonly FieldNode[], query: string) {
  const fields = selected(w, hitType, nodes);
  return (hits: unknown) =>
    (hits as Json[]).map((hit) => {
      for (const [key, fieldNodes] of fields) {
        const name = fieldNodes[0]!.name.value;
        if (name === 'score') hit[key] = roundScore(Number(hit[key]));
        if (name === 'snippet') hit[key] = snippetJson(w, highlight(String(hit[key]), query), fieldNodes);
      }
      return hit;
    });
}

/**
 * Search in two statements. The ranking (src/services/search.ts, the ordinary path's own) is sent
 * unprepared, so PostgreSQL plans it for the words asked: a prepared plan made for any words read
 * every article holding common ones and sorted them (23-35 ms a request at 10k, against 8.8 ms
 * planned each time). The hits' details are then one prepared statement over the hits as arrays,
 * whose plan does not depend on the words.
 */
export function searchRoot(w: Walk, args: Record<string, unknown>, info: GraphQLResolveInfo): RootPlan {
  // Only the final answer can carry the computed fields: a partial one takes the ordinary path.
  if (!w.complete) throw new Unsupported('search in a partial answer');
  const query = String(args.query ?? '');
  const types = (args.types as SearchType[] | null) ?? SEARCH_TYPES;
  const first = (args.first as number | null) ?? 10;
  // An empty query is refused by the resolver; a ranking with nothing to match answers [] there.
  const ranking = searchSql(query, types, first);
  if (!ranking) throw new Unsupported('nothing to rank');
  const hitType = getNamedType(info.returnType);
  if (!isObjectType(hitType)) throw new Unsupported('SearchHit');
  const hit = objectJson(w, hitType, info.fieldNodes, 'h');
  const [type, id, score, text] = [w.params.later(), w.params.later(), w.params.later(), w.params.later()];
  const hits = `unnest(${type.sql}::text[], ${id.sql}::int[], ${score.sql}::float8[], ${text.sql}::text[]) WITH ORDINALITY AS h(type, id, score, text, rank)`;
  return {
    sql: `SELECT ${jsonList(hit, hits, 'h.rank')} AS j`,
    before: async (ctx) => {
      const found = await rankHits(readerOf(ctx.prisma), ranking);
      type.fill(found.map((h) => h.type));
      id.fill(found.map((h) => h.id));
      score.fill(found.map((h) => h.score));
      text.fill(found.map((h) => h.text));
    },
    wrap: finish(w, hitType, info.fieldNodes, query),
  };
}
