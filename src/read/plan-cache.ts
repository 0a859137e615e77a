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

/**
 * Bounds, so a client sending many texts or paging through cursors cannot grow memory without end:
 * the fields asked most recently, and a few variable sets each (at most 2,048 plans).
 */
const MAX_FIELDS = 128;
const MAX_VARIANTS = 16;
const kept = new Map<FieldNode, Map<string, CompiledRoot>>();

/** The field's variants, now the most recently used (a Map iterates in insertion order). */
function variantsOf(node: FieldNode): Map<string, CompiledRoot> {
  let variants = kept.get(node);
  if (variants) kept.delete(node);
  else variants = new Map();
  kept.set(node, variants);
  if (kept.size > MAX_FIELDS) kept.delete(kept.keys().next().value!);
  return variants;
}

export function compiledRoot(node: FieldNode, variables: Record<string, unknown>, complete: boolean, compile: () => CompiledRoot): CompiledRoot {
  const key = `${complete ? 1 : 0}${JSON.stringify(variables)}`;
  const variants = variantsOf(node);
  const found = variants.get(key);
  if (found) return found;
  const compiled = compile();
  if (!compiled.plan.before && variants.size < MAX_VARIANTS) variants.set(key, compiled);
  return compiled;
}
