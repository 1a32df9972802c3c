import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiError } from '../errors/error-codes';
import { ADMIN_ROUTE, ANONYMOUS_ROUTE, APP_ID_IN_QUERY, PUBLIC_ROUTE, RequestWithCaller, TOKEN_IN_QUERY } from './auth.decorators';
import { AuthService } from './auth.service';

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

/**
 * Global guard: every route needs `app_id` and, unless @Public(), a live `access-token`; the
 * resolved CallerContext is put on the request for @Caller(). @AdminOnly() routes refuse
 * anything but an admin token with 10010; @Anonymous() routes are let through untouched.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(ANONYMOUS_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<RequestWithCaller>();
    const appIdInQuery = this.reflector.getAllAndOverride<boolean>(APP_ID_IN_QUERY, targets) ?? false;
    const caller = await this.auth.authenticate({
      appId: header(request, 'app_id') ?? (appIdInQuery ? queryValue(request, 'app_id') : undefined),
      token: this.tokenOf(request, this.reflector.getAllAndOverride<boolean>(TOKEN_IN_QUERY, targets) ?? false),
      userIdHeader: header(request, 'user_id'),
      groupIdHeader: header(request, 'group_id'),
      tokenOptional: this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) ?? false,
    });
    if (this.reflector.getAllAndOverride<boolean>(ADMIN_ROUTE, targets) && !caller.isAdmin) {
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
