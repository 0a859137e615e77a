// ReadPlannerPlugin: the root-field half of the read planner (install.ts has the child half).
// Listed last among the builder's plugins, so its wrapper is the innermost: the complexity
// limit, argument validation and global-ID decoding all run before a plan is made.
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { plannedRoot } from './install.ts';
import { ROOT_PLANNERS } from './roots.ts';

const pluginName = 'readPlanner';

export class PothosReadPlannerPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const planner = fieldConfig.kind === 'Query' ? ROOT_PLANNERS[fieldConfig.name] : undefined;
    return planner ? (plannedRoot(resolver as never, planner) as typeof resolver) : resolver;
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      readPlanner: PothosReadPlannerPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, PothosReadPlannerPlugin);

export default pluginName;
