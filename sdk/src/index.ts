// @diplograph/sdk: createDiplographClient() returns one typed method per operation, plus `request`
// and `subscribe` for a consumer's own typed documents.
import { createTransport, type DiplographClientOptions } from './client.js';
import { bindOperations } from './generated/methods.js';

export function createDiplographClient(options: DiplographClientOptions) {
  const transport = createTransport(options);
  return { ...bindOperations(transport), request: transport.request, subscribe: transport.subscribe };
}

export type DiplographClient = ReturnType<typeof createDiplographClient>;
export type { DiplographClientOptions, RequestOptions, TypedDocument, VariablesArgs } from './client.js';
export * from './errors.js';
export * from './generated/graphql.js';
export * from './scalars.js';
