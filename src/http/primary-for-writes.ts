// With read replicas, a mutation (and everything its payload reads) and a subscription (which
// reacts to data just written) run on the primary: a replica may lag behind the write it follows.
// Queries keep the replica-routed client the context was built with.
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Database } from '../db/database.ts';
import type { Context } from '../schema/context.ts';
import { createLoaders } from '../read/loaders.ts';

export function usePrimaryForWrites(db: Database): Plugin<Context> {
  const onPrimary = (document: Parameters<typeof getOperationAST>[0], operationName?: string | null) =>
    getOperationAST(document, operationName)?.operation !== 'query';
  const primaryContext = () => ({ prisma: db.primary, loaders: createLoaders(db.primary) });
  if (db.primary === db.prisma) return {};
  return {
    onExecute({ args, extendContext }) {
      if (onPrimary(args.document, args.operationName)) extendContext(primaryContext());
    },
    onSubscribe({ args, extendContext }) {
      if (onPrimary(args.document, args.operationName)) extendContext(primaryContext());
    },
  };
}
