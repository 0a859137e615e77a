// A root field's compiled statement, kept for the next request that asks the same. Yoga's parse
// cache hands the same DocumentNode (so the same FieldNode) to every request with the same text, and
// a plan is a pure function of the field's nodes, the variables and whether the answer is final.
// Compiling s02 took 3.9% of the server's busy CPU under load (CPU profile); a cached plan is a
// lookup. Plans with a step of their own (search) fill parameters per request and are not kept.
import type { FieldNode } from 'graphql';
import type { RootPlan } from './root-plan.ts';

export interface CompiledRoot {
  plan: RootPlan;
  values: unknown[];
}

/** Variable sets kept per field: a client paging through cursors must not grow memory without bound. */
const MAX_VARIANTS = 16;
const kept = new WeakMap<FieldNode, Map<string, CompiledRoot>>();

export function compiledRoot(node: FieldNode, variables: Record<string, unknown>, complete: boolean, compile: () => CompiledRoot): CompiledRoot {
  const key = `${complete ? 1 : 0}${JSON.stringify(variables)}`;
  const variants = kept.get(node);
  const found = variants?.get(key);
  if (found) return found;
  const compiled = compile();
  if (compiled.plan.before) return compiled;
  if (!variants) kept.set(node, new Map([[key, compiled]]));
  else if (variants.size < MAX_VARIANTS) variants.set(key, compiled);
  return compiled;
}
