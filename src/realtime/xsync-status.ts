import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { Status, StatusCode } from './xsync.codec';

/**
 * The socket's status for a REST error code: the refusals the REST API answers with a business
 * code are answered on the socket with the nearest xsync status, the message kept as `reason`.
 */
const STATUS_OF_CODE: Partial<Record<ErrorCode, StatusCode>> = {
  [ErrorCode.TokenExpired]: StatusCode.InvalidToken,
  [ErrorCode.TokenMissing]: StatusCode.InvalidToken,
  [ErrorCode.TokenInvalid]: StatusCode.InvalidToken,
  [ErrorCode.AppNotFound]: StatusCode.AppFrozen,
  [ErrorCode.UserDisabled]: StatusCode.UserFrozen,
  [ErrorCode.RateLimited]: StatusCode.RateLimitExceeded,
  [ErrorCode.BadParameter]: StatusCode.InvalidParameter,
  [ErrorCode.UserNotFound]: StatusCode.InvalidParameter,
  [ErrorCode.GroupNotFound]: StatusCode.InvalidParameter,
  [ErrorCode.NotFound]: StatusCode.InvalidParameter,
  [ErrorCode.NoPermission]: StatusCode.Unauthorized,
  [ErrorCode.UserBlocked]: StatusCode.Unauthorized,
  [ErrorCode.NotGroupMember]: StatusCode.Unauthorized,
  [ErrorCode.BlockedByGroup]: StatusCode.Unauthorized,
  [ErrorCode.NeedsMember]: StatusCode.Unauthorized,
  [ErrorCode.NeedsOwner]: StatusCode.Unauthorized,
  // The app's moderation (before-send hook) refused the message: the SDK marks it failed.
  [ErrorCode.MessageRefused]: StatusCode.WordCensored,
  // The group is banned for everyone but its owner and admins.
  [ErrorCode.NeedsAdmin]: StatusCode.UserBanned,
};

/**
 * A member ban is refused with 10010 like other permission failures; its message is the only
 * thing that tells it apart, and the SDK shows USER_BANNED ("muted") differently.
 */
const BANNED = /\bbanned\b/;

export function statusOf(error: unknown): Status {
  if (error instanceof ApiError) {
    if (error.code === ErrorCode.NoPermission && BANNED.test(error.message)) return { code: StatusCode.UserBanned, reason: error.message };
    return { code: STATUS_OF_CODE[error.code] ?? StatusCode.Fail, reason: error.message };
  }
  return { code: StatusCode.Fail, reason: 'the server failed to handle this frame; try again' };
}
