import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { CallerContext } from './caller';

export const PUBLIC_ROUTE = 'auth:public';
export const ADMIN_ROUTE = 'auth:admin';
export const APP_ID_IN_QUERY = 'auth:app-id-in-query';
export const TOKEN_IN_QUERY = 'auth:token-in-query';
export const ANONYMOUS_ROUTE = 'auth:anonymous';
export const GROUP_ADMIN_ROUTE = 'auth:group-admin';

/** The route works without `access-token` (app_id is still required); a token that is sent is still checked. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The route serves anyone: no app_id, no token, no Caller (probes such as /api/health). */
export const Anonymous = () => SetMetadata(ANONYMOUS_ROUTE, true);

/**
 * The route also takes `app_id` from the query string when the header is absent: for URLs a
 * browser loads by itself (`<img src>`), which cannot carry headers.
 */
export const AppIdInQuery = () => SetMetadata(APP_ID_IN_QUERY, true);

/**
 * The route also takes `access-token` from the query string, as MaxIM's web SDK puts it in the
 * links it builds for images and files. The header is checked the same way; a query value that
 * differs from the header is refused (10002) rather than one of them silently chosen.
 */
export const TokenInQuery = () => SetMetadata(TOKEN_IN_QUERY, true);

/** Only an app admin token may call the route (10010 otherwise). */
export const AdminOnly = () => SetMetadata(ADMIN_ROUTE, true);

/**
 * Outside the group module (whose routes all take it), the route's service honours the `group_id`
 * header: an admin token acts there as that group's admin. The OpenAPI document lists the header
 * from this; AuthGuard resolves `group_id` on every route either way.
 */
export const GroupAdminMayAct = () => SetMetadata(GROUP_ADMIN_ROUTE, true);

export type RequestWithCaller = FastifyRequest & { caller?: CallerContext };

/** The CallerContext AuthGuard resolved for this request. */
export const Caller = createParamDecorator((_data: unknown, context: ExecutionContext): CallerContext => {
  const caller = context.switchToHttp().getRequest<RequestWithCaller>().caller;
  if (!caller) throw new Error('Caller used on a route that AuthGuard did not resolve');
  return caller;
});
