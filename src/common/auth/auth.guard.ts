import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiError } from '../errors/error-codes';
import { PerRoute } from '../per-route';
import { ADMIN_ROUTE, ANONYMOUS_ROUTE, APP_ID_IN_QUERY, PUBLIC_ROUTE, RequestWithCaller, TOKEN_IN_QUERY } from './auth.decorators';
import { AuthService, Credentials } from './auth.service';
import { CallerContext } from './caller';

function header(request: RequestWithCaller, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * MaxIM's uni-app SDK sends its headers before login with the token stringified from `undefined`
 * (or `null`, or empty): such a value names no token, so it counts as no header at all.
 */
const ABSENT_TOKEN_PLACEHOLDERS = new Set(['', 'undefined', 'null']);

function namedToken(value: string | undefined): string | undefined {
  return value === undefined || ABSENT_TOKEN_PLACEHOLDERS.has(value.trim()) ? undefined : value;
}

function queryValue(request: RequestWithCaller, name: string): string | undefined {
  const value = (request.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}

interface RouteAccess {
  anonymous: boolean;
  appIdInQuery: boolean;
  tokenInQuery: boolean;
  tokenOptional: boolean;
  adminOnly: boolean;
}

/**
 * Global guard: every route needs `app_id` and, unless @Public(), a live `access-token`; the
 * resolved CallerContext is put on the request for @Caller(). @AdminOnly() routes refuse
 * anything but an admin token with 10010; @Anonymous() routes are let through untouched.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  /** What the route's decorators ask of the caller. */
  private readonly routes: PerRoute<RouteAccess>;

  constructor(
    reflector: Reflector,
    private readonly auth: AuthService,
  ) {
    this.routes = new PerRoute((targets) => {
      const flag = (key: string) => reflector.getAllAndOverride<boolean>(key, targets) ?? false;
      return {
        anonymous: flag(ANONYMOUS_ROUTE),
        appIdInQuery: flag(APP_ID_IN_QUERY),
        tokenInQuery: flag(TOKEN_IN_QUERY),
        tokenOptional: flag(PUBLIC_ROUTE),
        adminOnly: flag(ADMIN_ROUTE),
      };
    });
  }

  /**
   * Synchronous when the caller is known from the cache (AuthService.authenticateKnown): Nest takes
   * a boolean as it is, where a promise costs its own and Nest's await on every request. What it
   * throws Nest handles as a rejection (its guard step is async).
   */
  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const route = this.routes.of(context);
    if (route.anonymous) return true;
    const request = context.switchToHttp().getRequest<RequestWithCaller>();
    const credentials: Credentials = {
      appId: header(request, 'app_id') ?? (route.appIdInQuery ? queryValue(request, 'app_id') : undefined),
      token: this.tokenOf(request, route.tokenInQuery),
      userIdHeader: header(request, 'user_id'),
      groupIdHeader: header(request, 'group_id'),
      tokenOptional: route.tokenOptional,
    };
    const known = this.auth.authenticateKnown(credentials);
    if (known) return this.admit(request, route, known);
    return this.auth.authenticate(credentials).then((caller) => this.admit(request, route, caller));
  }

  private admit(request: RequestWithCaller, route: RouteAccess, caller: CallerContext): true {
    if (route.adminOnly && !caller.isAdmin) {
      throw ApiError.noPermission('this operation needs the app admin access-token');
    }
    request.caller = caller;
    return true;
  }

  private tokenOf(request: RequestWithCaller, tokenInQuery: boolean): string | undefined {
    const inHeader = namedToken(header(request, 'access-token'));
    const inQuery = tokenInQuery ? namedToken(queryValue(request, 'access-token')) : undefined;
    if (inHeader !== undefined && inQuery !== undefined && inHeader !== inQuery) {
      throw ApiError.badParameter('access-token: the header and the query parameter differ; send one of them');
    }
    return inHeader ?? inQuery;
  }
}
