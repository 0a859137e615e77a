// Planned execution: when every root field of a query has a planner, the planner's JSON is the
// whole answer, so the executor's walk over it (one completion per field of ~1,300 objects for
// Q1) is skipped. The root fields still run through their resolvers, with every Pothos wrapper
// (complexity limits, argument decoding), and the envelop hooks around execution (response cache,
// metrics, logging) see an ordinary result. Anything else, any error included, runs the ordinary
// executor from the start, so errors are reported exactly as they always were.
import { defaultFieldResolver, isNonNullType, type ExecutionArgs, type ExecutionResult, type GraphQLResolveInfo } from 'graphql';
import { collectFields } from 'graphql/execution/collectFields.js';
import { buildExecutionContext, buildResolveInfo } from 'graphql/execution/execute.js';
import { getArgumentValues } from 'graphql/execution/values.js';
import type { Plugin } from 'graphql-yoga';
import type { ReadContext } from './context.ts';
import { plannedData, stringifyPlanned } from './planned-data.ts';
import { ROOT_PLANNERS } from './roots.ts';
import { StatementBatch } from './statement-batch.ts';

/** Where a planned root field leaves its complete answer (see plannedRoot in install.ts). */
interface CompleteSlot {
  value?: unknown;
  /** Where the root sends its statement, with the other roots' (statement-batch.ts). */
  batch: StatementBatch;
}

const SLOT = Symbol('read-planner complete answer');

export function completeSlot(info: GraphQLResolveInfo): CompleteSlot | undefined {
  return (info as GraphQLResolveInfo & { [SLOT]?: CompleteSlot })[SLOT];
}

/** The answer from the planners alone, or null when the ordinary executor must run. */
export async function executePlanned(args: ExecutionArgs): Promise<ExecutionResult | null> {
  const ctx = args.contextValue as ReadContext | undefined;
  if (!ctx?.services?.config.READ_PLANNER) return null;
  const exe = buildExecutionContext(args);
  // Variable errors: the ordinary executor reports them.
  if (!('schema' in exe) || exe.operation.operation !== 'query') return null;
  const queryType = exe.schema.getQueryType();
  if (!queryType) return null;
  const selected = [...collectFields(exe.schema, exe.fragments, exe.variableValues, queryType, exe.operation.selectionSet)];
  // Decided before any resolver starts, so no started resolver is left unawaited.
  const planned = (name: string) => name === '__typename' || (ROOT_PLANNERS[name] !== undefined && queryType.getFields()[name] !== undefined);
  if (!selected.every(([, nodes]) => planned(nodes[0]!.name.value))) return null;
  const keys: string[] = [];
  const answers: unknown[] = [];
  const batch = new StatementBatch(ctx, selected.filter(([, nodes]) => nodes[0]!.name.value !== '__typename').length);
  for (const [key, nodes] of selected) {
    const name = nodes[0]!.name.value;
    keys.push(key);
    if (name === '__typename') {
      answers.push(queryType.name);
      continue;
    }
    const def = queryType.getFields()[name]!;
    const slot: CompleteSlot = { batch };
    const info = Object.assign(buildResolveInfo(exe, def, nodes, queryType, { prev: undefined, key, typename: queryType.name }), { [SLOT]: slot });
    const resolve = def.resolve ?? defaultFieldResolver;
    answers.push(
      (async () => {
        const result = await resolve(exe.rootValue, getArgumentValues(def, nodes[0]!, exe.variableValues), ctx, info);
        // Unplanned, or changed by a wrapper on the way out: not an answer this path can vouch for.
        if (!('value' in slot) || result !== slot.value) throw new NotPlanned();
        if (result == null && isNonNullType(def.type)) throw new NotPlanned();
        return result;
      })(),
    );
  }
  try {
    const values = await Promise.all(answers);
    const data = plannedData(keys.map((key, i) => [key, values[i]]));
    return { data, stringify: stringifyPlanned } as ExecutionResult;
  } catch {
    return null;
  }
}

class NotPlanned extends Error {}

/** Listed first among the yoga plugins: every plugin that wraps the execute function wraps this one. */
export function usePlannedExecution(): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args: ExecutionArgs) => (await executePlanned(args)) ?? executeFn(args));
    },
  };
}
