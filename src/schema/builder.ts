// Pothos configuration only: plugins, scalars and the context type. Types live in their own files.
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ValidationPlugin from '@pothos/plugin-validation';
import { decodeNodeId } from '../values/global-id.ts';
import ReadPlannerPlugin from '../read/plugin.ts';
import { LIMITS } from '../limits.ts';
import { complexityError, fieldComplexity } from './complexity.ts';
import type { Context } from './context.ts';
import type PrismaTypes from '../generated/pothos-prisma-types.ts';
import { getDatamodel } from '../generated/pothos-prisma-types.ts';

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    PartialDate: { Input: string; Output: string };
  };
  Connection: { totalCount: number | (() => number | Promise<number>) };
  DefaultFieldNullability: false;
}>({
  // Errors before Validation: validation failures become typed InputValidationError results.
  // ReadPlannerPlugin last: the innermost wrapper, after complexity limits and argument decoding.
  plugins: [ErrorsPlugin, ValidationPlugin, PrismaPlugin, RelayPlugin, DataloaderPlugin, ComplexityPlugin, ReadPlannerPlugin],
  defaultFieldNullability: false,
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    // Count only when a client asks for totalCount.
    filterConnectionTotalCount: true,
    maxConnectionSize: LIMITS.pageSize,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    decodeGlobalID: decodeNodeId,
  },
  errors: {
    defaultTypes: [],
    // Mutations are authenticated before execution starts (src/http/auth.ts), so returning
    // validation details never leaks anything to an unauthenticated caller.
    unsafelyHandleInputErrors: true,
  },
  complexity: {
    fieldComplexity,
    complexityError,
    // The node limit (LIMITS.complexity) is counted before execution, without the fields that
    // plugins add (__typename): src/http/node-count.ts.
    limit: { depth: LIMITS.depth, breadth: LIMITS.breadth },
  },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
