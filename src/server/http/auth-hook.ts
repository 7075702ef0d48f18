import type { FastifyInstance, onRequestAsyncHookHandler } from 'fastify';
import type { VaultContext } from '../services/context';
import { signedIn } from './principal';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Opt-out of the authentication hook for an `/api` route anyone may call (declared, never implied). */
    public?: boolean;
  }
}

/** A registered route and whether it is reachable without a token (listed for tests and operators). */
export interface RouteEntry {
  readonly method: string;
  readonly url: string;
  readonly public: boolean;
}

/** Everything under this prefix needs a bearer token unless the route says `config: { public: true }`. */
export const API_PREFIX = '/api/';

/**
 * Authentication as one `onRequest` hook on the `/api` scope: every route registered after this call is
 * covered, including those added later by other modules, so a forgotten check cannot open a route. The hook
 * runs before the body is read (an anonymous upload stores nothing) and after the rate limiter.
 * Routes outside `/api` (recipient pages, health, OpenAPI) prove who the caller is in their own way.
 */
export function installAuthHook(app: FastifyInstance, ctx: VaultContext, routes: RouteEntry[]): void {
  app.decorateRequest('principal', null);
  const authenticate: onRequestAsyncHookHandler = async (request) => {
    await signedIn(ctx, request);
  };
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const isPublic = !route.url.startsWith(API_PREFIX) || route.config?.public === true;
    for (const method of methods) routes.push({ method, url: route.url, public: isPublic });
    if (isPublic) return;
    // After hooks already attached (the rate limiter adds its own per route), so floods are still limited.
    const own = route.onRequest;
    route.onRequest =
      own === undefined ? [authenticate] : [...(Array.isArray(own) ? own : [own]), authenticate];
  });
}
