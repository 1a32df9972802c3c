import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiError } from '../errors/error-codes';
import { ADMIN_ROUTE, APP_ID_IN_QUERY, PUBLIC_ROUTE, RequestWithCaller } from './auth.decorators';
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

function accessToken(request: RequestWithCaller): string | undefined {
  const value = header(request, 'access-token');
  return value === undefined || ABSENT_TOKEN_PLACEHOLDERS.has(value.trim()) ? undefined : value;
}

function queryValue(request: RequestWithCaller, name: string): string | undefined {
  const value = (request.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Global guard: every route needs `app_id` and, unless @Public(), a live `access-token`; the
 * resolved CallerContext is put on the request for @Caller(). @AdminOnly() routes refuse
 * anything but an admin token with 10010.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<RequestWithCaller>();
    const appIdInQuery = this.reflector.getAllAndOverride<boolean>(APP_ID_IN_QUERY, targets) ?? false;
    const caller = await this.auth.authenticate({
      appId: header(request, 'app_id') ?? (appIdInQuery ? queryValue(request, 'app_id') : undefined),
      token: accessToken(request),
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
}
