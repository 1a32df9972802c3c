import { ApiError } from '../errors/error-codes';
import type { TokenKind } from './access-token.entity';

export interface CallerApp {
  id: string;
  registrationOpen: boolean;
}

/**
 * Who is calling, resolved once per request by AuthGuard. `userId` is the user the call acts as:
 * the token's own user, or the `user_id` header's user when an admin token impersonates; `groupId`
 * is set when an admin token acts as that group's admin. Anonymous callers (public routes without
 * a token) have neither a token nor a user.
 */
export class CallerContext {
  constructor(
    readonly app: CallerApp,
    readonly tokenId: string | null,
    readonly tokenKind: TokenKind | null,
    readonly userId: number | null,
    readonly groupId: number | null,
    readonly deviceSn: number | null,
  ) {}

  get appId(): string {
    return this.app.id;
  }

  /** True for an app admin token, whether or not it impersonates someone. */
  get isAdmin(): boolean {
    return this.tokenKind === 'admin';
  }

  /** The user this call acts as; refuses callers that act as nobody. */
  requireUserId(): number {
    if (this.userId === null) {
      throw ApiError.noPermission(
        'this operation acts as a user: send a user token, or an admin token with the user_id header',
      );
    }
    return this.userId;
  }
}
