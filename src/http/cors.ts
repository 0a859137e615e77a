// Cross-origin access. The data is public, so by default any page may read it, but never with
// credentials (cookies, HTTP auth): Yoga's own default reflected every origin *with*
// Access-Control-Allow-Credentials (issue 13). Mutations authenticate with a bearer header, which
// needs no credentials mode. CORS_ORIGINS names the origins that get credentialed access; every
// other origin then gets no CORS headers at all.
import type { YogaServerOptions } from 'graphql-yoga';

type CorsPolicy = YogaServerOptions<Record<string, unknown>, Record<string, unknown>>['cors'];

export function corsPolicy(origins: string[]): CorsPolicy {
  if (!origins.length) return { origin: '*', credentials: false };
  return (request) => {
    const origin = request.headers.get('origin');
    return origin && origins.includes(origin) ? { origin: [origin], credentials: true } : false;
  };
}
