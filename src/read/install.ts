// Puts the read planner in front of the schema's resolvers. A planned root field answers from one
// SQL statement; every field below it reads its value by response key from the planned JSON
// (objects marked with PLANNED_KEY), so no child resolver sends SQL. Everything else (and
// everything the planner cannot express) runs the ordinary resolvers. When every root field of a
// query is planned, execute.ts skips even that walk and answers from the JSON as it is.
import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { ReadContext } from './context.ts';
import { Unsupported, type Walk } from './compile.ts';
import { completeSlot } from './execute.ts';
import { compiledRoot } from './plan-cache.ts';
import { ROOT_PLANNERS } from './roots.ts';
import { RawJson } from './planned-data.ts';
import type { RootPlan } from './root-plan.ts';
import { runPlanned } from './statement-batch.ts';
import { PLANNED_KEY, SqlParams } from './sql.ts';

type Resolver = GraphQLFieldResolver<unknown, ReadContext>;

function isPlanned(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>)[PLANNED_KEY] === 1;
}

function plannedChild(resolve: Resolver): Resolver {
  return (parent, args, ctx, info) => (isPlanned(parent) ? parent[info.path.key] : resolve(parent, args, ctx, info));
}

function finish(text: string | null, wrap: ((value: unknown) => unknown) | undefined): unknown {
  const parsed = text === null ? null : JSON.parse(text);
  return wrap ? wrap(parsed) : parsed;
}

/** A plan's statement, after its step if it has one; with the query's other roots when the answer is final. */
function sendPlan(ctx: ReadContext, slot: ReturnType<typeof completeSlot>, plan: RootPlan, values: unknown[]): Promise<string | null> {
  const send = () => (slot ? slot.batch.add(plan.sql, values) : runPlanned(ctx, plan.sql, values));
  if (!plan.before) return send();
  // The batch waits for this root's statement until the step is done (statement-batch.ts).
  const release = slot ? slot.batch.hold() : () => {};
  return plan.before(ctx).then(
    () => {
      const sent = send();
      release();
      return sent;
    },
    (error: unknown) => {
      release();
      throw error;
    },
  );
}

export function plannedRoot(resolve: Resolver, planner: (typeof ROOT_PLANNERS)[string]): Resolver {
  return (parent, args, ctx, info) => {
    if (!ctx.services.config.READ_PLANNER) return resolve(parent, args, ctx, info);
    const slot = completeSlot(info);
    let plan;
    try {
      const compile = () => {
        const walk: Walk = { schema: info.schema, fragments: info.fragments, variables: info.variableValues, params: new SqlParams(), complete: slot !== undefined };
        return { plan: planner(walk, args, info), values: walk.params.values };
      };
      const compiled = compiledRoot(info.fieldNodes[0]!, info.variableValues, slot !== undefined, compile);
      plan = compiled.plan;
      const { wrap } = plan;
      return sendPlan(ctx, slot, plan, compiled.values).then((text) => {
        // The final answer, with nothing to finish in JavaScript: kept as text (planned-data.ts).
        const value = slot && !wrap && text !== null ? new RawJson(text) : finish(text, wrap);
        if (slot) slot.value = value;
        return value;
      });
    } catch (error) {
      // Unsupported selections and invalid arguments take the ordinary path, which reports its own
      // errors. Asked for a complete answer, send nothing: the caller runs the ordinary executor.
      if (error instanceof Unsupported || plan === undefined) return slot ? null : resolve(parent, args, ctx, info);
      throw error;
    }
  };
}

/**
 * Children: wrapped after the build, outermost, so a planned parent skips plugin-prisma's
 * selection bookkeeping entirely. Root fields are planned by ReadPlannerPlugin (plugin.ts),
 * innermost, so complexity limits and argument decoding still run first.
 */
export function installReadPlanner(schema: GraphQLSchema): void {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || roots.has(type)) continue;
    for (const field of Object.values(type.getFields())) {
      field.resolve = plannedChild((field.resolve ?? defaultFieldResolver) as Resolver) as typeof field.resolve;
    }
  }
}
