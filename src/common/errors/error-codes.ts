/**
 * The one catalogue of business codes. MaxIM answers business errors with HTTP 200 and the code
 * in the envelope; only unreadable requests (400/413/415), rate limits (429), unknown routes (404)
 * and server faults (5xx) change the HTTP status. README "Error codes" lists these.
 */
export enum ErrorCode {
  TokenExpired = 402,
  NotFound = 404,
  RateLimited = 429,
  ServerFault = 500,
  /** HTTP 503: a backing service (Redis) is unreachable; nothing was accepted, the caller may retry. */
  ServiceUnavailable = 503,
  UserNotFound = 10000,
  WrongVerificationCode = 10001,
  BadParameter = 10002,
  TokenMissing = 10003,
  UserExists = 10004,
  AlreadyInRoster = 10005,
  UserBlocked = 10006,
  ApplicationMissing = 10007,
  TokenInvalid = 10008,
  StorageError = 10009,
  NoPermission = 10010,
  AlreadyBound = 10011,
  FriendRequestsRefused = 10012,
  /** ours: MaxIM publishes no code for a disabled account. */
  UserDisabled = 10013,
  /** ours: wrong password and unknown account share it, so nobody can probe for accounts. */
  LoginFailed = 10014,
  /** ours: the app requires a verification code (or token) for this action and none was sent (src/verification/README.md). */
  VerificationRequired = 10015,
  /** ours: the app asks for an image captcha here and it was missing, wrong, used or expired. */
  CaptchaRequired = 10016,
  /** ours: the app's SMS or email sender is missing or refused the message; nothing was sent. */
  CodeNotSent = 10017,
  /** ours: the app's before-send hook refused the message, or did not answer and the app's policy refuses then (src/webhook/README.md). */
  MessageRefused = 10018,
  /** MaxIM's 12001–12003 (image upload/size) need us to fetch the image, which we do not; 12004 is a bad image URL. */
  PushImageUrlInvalid = 12004,
  PushTargetListTooLong = 12005,
  PushNotEnabled = 12006,
  DatabaseError = 20000,
  GroupNotFound = 20001,
  NotGroupMember = 20002,
  InvalidPushMode = 20003,
  OwnerCannotLeave = 20004,
  TransferTargetNotMember = 20005,
  AppGroupLimit = 20007,
  UserCreatedGroupLimit = 20008,
  UserJoinedGroupLimit = 20009,
  GroupFull = 20010,
  NeedsMember = 20011,
  NeedsAdmin = 20012,
  NeedsOwner = 20013,
  GroupApplicationHandled = 20014,
  GroupInvitationHandled = 20015,
  AlreadyGroupMember = 20017,
  BlockedByGroup = 20018,
  AnnouncementNotFound = 20020,
  SharedFileNotFound = 20022,
  SharedFileNoPermission = 20023,
  InvalidGroupQrCode = 20024,
  GroupQrCodeExpired = 20025,
  AppNotFound = 40000,
}

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly httpStatus = 200,
  ) {
    super(message);
  }

  static badParameter(message: string): ApiError {
    return new ApiError(ErrorCode.BadParameter, message);
  }

  static noPermission(message: string): ApiError {
    return new ApiError(ErrorCode.NoPermission, message);
  }

  static appNotFound(appId: string): ApiError {
    return new ApiError(ErrorCode.AppNotFound, `app_id ${JSON.stringify(appId)} does not exist`);
  }

  static groupNotFound(groupId: number | string): ApiError {
    return new ApiError(ErrorCode.GroupNotFound, `group ${groupId} does not exist in this app`);
  }

  static userNotFound(userId: number | string): ApiError {
    return new ApiError(ErrorCode.UserNotFound, `user ${userId} does not exist in this app`);
  }
}

/** HTTP 429 with a Retry-After header: the caller may try again after `retryAfterSeconds`. */
export class RateLimitedError extends ApiError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(ErrorCode.RateLimited, message, 429);
  }
}
