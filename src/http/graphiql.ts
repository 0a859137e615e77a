// GraphiQL served whole from this server. Yoga's default page loads GraphiQL from unpkg.com,
// which a closed network (or a strict proxy) cannot reach; @graphql-yoga/render-graphiql inlines
// the same build. It is 9 MB, so it is imported on the first GraphiQL page, not at start-up.
import type { GraphiQLOptions } from 'graphql-yoga';

export async function renderOfflineGraphiQL(options?: GraphiQLOptions): Promise<string> {
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  return renderGraphiQL(options);
}
