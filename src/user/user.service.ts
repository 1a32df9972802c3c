import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { DuplicateKeyError } from '../common/database/duplicate-key';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { validateItem } from '../common/validation';
import { NoticeService } from '../notice/notice.service';
import { DeviceRepository } from './device.repository';
import { LoginLockoutService } from './login-lockout.service';
import { PasswordService } from './password.service';
import { UserEvents } from './user-events.service';
import { mapUserSettings, UserSettingsResponseDto } from './user-settings.dto';
import {
  mapUserProfile,
  PROFILE_FIELDS,
  UserBindOpenIdDto,
  UserProfileResponseDto,
  UserRegisterBatchResultDto,
  UserRegisterDto,
  UserRegisterV2Dto,
  UserUpdateProfileDto,
} from './user.dto';
import { CaptchaAnswer, CaptchaService } from '../verification/captcha.service';
import { VerificationCodeService } from '../verification/verification-code.service';
import { VerificationSettingsService } from '../verification/verification-settings.service';
import { destinationOf, VerificationPurpose } from '../verification/verification.types';
import { AccountChanges, LoginLookup, LoginRecord, OpenIdBinding, UserRepository } from './user.repository';
import { UserStatus } from './user.entity';
import { WebhookEvents } from '../webhook/webhook-events.service';

export interface LoginDevice {
  deviceGuid: string;
  userAgent: string | null;
}

export interface LoggedInUser {
  userId: number;
  device: { deviceSn: number; pushToken: string } | null;
}

const LOGIN_FAILED_MESSAGE = 'login name or password is incorrect';

/** The lockout key of a login naming no existing user: the name as asked, so guesses at it lock like a real account's. */
function accountAskedFor(lookup: LoginLookup): string {
  if ('userId' in lookup) return `user:${lookup.userId}`;
  return `name:${'username' in lookup ? lookup.username : lookup.loginName.toLowerCase()}`;
}

/** Blank means "clear": the profile then shows null, as for a field never set. */
export function cleared(value: string): string | null {
  return value === '' ? null : value;
}

/** The column changes a profile update asks for, or null when it names no field with a value. */
export function profileChanges(request: UserUpdateProfileDto): AccountChanges | null {
  const changes: AccountChanges = {};
  if (request.description != null) changes.description = cleared(request.description);
  if (request.nick_name != null) changes.nickName = cleared(request.nick_name);
  if (request.private_info != null) changes.privateInfo = cleared(request.private_info);
  if (request.public_info != null) changes.publicInfo = cleared(request.public_info);
  if (request.gender != null) changes.gender = request.gender === '' ? null : request.gender;
  if (request.birthday != null) changes.birthday = cleared(request.birthday);
  if (request.region != null) changes.region = cleared(request.region);
  return Object.keys(changes).length > 0 ? changes : null;
}

export const EMPTY_PROFILE_UPDATE_MESSAGE = `body: send at least one of ${PROFILE_FIELDS.join(', ')}`;

@Injectable()
export class UserService {
  constructor(
    private readonly users: UserRepository,
    private readonly devices: DeviceRepository,
    private readonly passwords: PasswordService,
    private readonly events: UserEvents,
    private readonly lockout: LoginLockoutService,
    private readonly verification: VerificationCodeService,
    private readonly verificationSettings: VerificationSettingsService,
    private readonly captchas: CaptchaService,
    private readonly notices: NoticeService,
    private readonly webhooks: WebhookEvents,
  ) {}

  /**
   * Self-registration proves the mobile (else the email) it binds as the app's register policy
   * asks; an admin token registers without codes.
   */
  async register(caller: CallerContext, request: UserRegisterDto | UserRegisterV2Dto): Promise<UserSettingsResponseDto> {
    this.assertMayRegister(caller);
    const { mobile, email, verification_code } = request as UserRegisterDto;
    if (!caller.isAdmin && (mobile !== undefined || email !== undefined)) {
      // Checking a code spends it: refuse what would fail anyway before that, so the user keeps the code.
      if (await this.users.findLoginRecord(caller.appId, { username: request.username })) throw usernameTaken(request.username);
      for (const [field, value] of [['mobile', mobile], ['email', email]] as const) {
        if (value !== undefined && (await this.users.findLoginRecord(caller.appId, { loginName: value }))) {
          throw new ApiError(ErrorCode.AlreadyBound, `${field} is already bound to another user of this app`);
        }
      }
      const destination = destinationOf(mobile !== undefined ? { mobile } : { email });
      await this.verification.prove(caller.appId, VerificationPurpose.Register, destination, verification_code);
    }
    return this.createUser(caller.appId, request);
  }

  /** Registers each item on its own: a bad or taken item is reported and the rest go on. */
  async registerBatch(caller: CallerContext, list: Record<string, unknown>[]): Promise<UserRegisterBatchResultDto[]> {
    const results: UserRegisterBatchResultDto[] = [];
    for (const item of list) {
      const username = typeof item.username === 'string' ? item.username : null;
      const { value: request, problem } = await validateItem(UserRegisterV2Dto, item);
      if (problem) {
        results.push({ user_id: null, username, success: false, reason: problem });
        continue;
      }
      try {
        const settings = await this.createUser(caller.appId, request);
        results.push({ user_id: settings.user_id, username, success: true, reason: null });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        results.push({ user_id: null, username, success: false, reason: error.message });
      }
    }
    return results;
  }

  /**
   * Checks a password login. Unknown accounts and wrong passwords get the same answer, after the
   * same hashing work; a disabled account is told so only once its password was right. A locked
   * account (LoginLockoutService) is refused before any hashing, known or not.
   */
  async login(appId: string, lookup: LoginLookup, password: string, device: LoginDevice | null, captcha: CaptchaAnswer = {}): Promise<LoggedInUser> {
    const record = await this.users.findLoginRecord(appId, lookup);
    const account = record ? `user:${record.id}` : accountAskedFor(lookup);
    await this.lockout.assertUnlocked(appId, account);
    await this.assertCaptchaAfterFailures(appId, account, captcha);
    if (!(await this.passwords.matches(record?.passwordHash ?? null, password)) || !record) {
      await this.lockout.failed(appId, account);
      throw new ApiError(ErrorCode.LoginFailed, LOGIN_FAILED_MESSAGE);
    }
    await this.lockout.succeeded(appId, account);
    return this.admit(appId, record, device);
  }

  /** Lets a user whose identity is already proven (a code, an admin's word) in: disabled users are refused, the device registered. */
  async admit(appId: string, record: LoginRecord, device: LoginDevice | null): Promise<LoggedInUser> {
    if (record.status === UserStatus.Disabled) {
      throw new ApiError(ErrorCode.UserDisabled, 'this user is disabled by the app; ask the app operator to enable it');
    }
    if (!device) return { userId: record.id, device: null };
    const registered = await this.devices.register(appId, record.id, device);
    return { userId: record.id, device: { deviceSn: registered.deviceSn, pushToken: registered.pushToken } };
  }

  /**
   * A value, not a promise, when the profile is cached: Nest's handler step takes it as it is,
   * where a promise returned from it costs extra turns to be adopted (src/common/README.md
   * "Request pipeline").
   */
  profile(caller: CallerContext): UserProfileResponseDto | Promise<UserProfileResponseDto> {
    const userId = caller.requireUserId();
    const cached = this.users.cachedProfile(caller.appId, userId);
    return cached ? mapUserProfile(cached, true) : this.loadProfile(caller.appId, userId);
  }

  private async loadProfile(appId: string, userId: number): Promise<UserProfileResponseDto> {
    const user = await this.users.findProfile(appId, userId);
    if (!user) throw ApiError.userNotFound(userId);
    return mapUserProfile(user, true);
  }

  async updateProfile(caller: CallerContext, request: UserUpdateProfileDto): Promise<boolean> {
    const changes = profileChanges(request);
    if (!changes) throw ApiError.badParameter(EMPTY_PROFILE_UPDATE_MESSAGE);
    return this.updateAccount(caller, changes);
  }

  setNickname(caller: CallerContext, nickName: string): Promise<boolean> {
    return this.updateAccount(caller, { nickName });
  }

  setAvatar(caller: CallerContext, avatar: string): Promise<boolean> {
    return this.updateAccount(caller, { avatar: cleared(avatar) });
  }

  setPublicInfo(caller: CallerContext, info: string): Promise<boolean> {
    return this.updateAccount(caller, { publicInfo: cleared(info) });
  }

  setPrivateInfo(caller: CallerContext, info: string): Promise<boolean> {
    return this.updateAccount(caller, { privateInfo: cleared(info) });
  }

  setUsername(caller: CallerContext, username: string): Promise<boolean> {
    return this.updateAccount(caller, { username });
  }

  /** The app's bind_mobile policy decides whether a code is needed; an admin token needs none. */
  async setMobile(caller: CallerContext, mobile: string, proof: string | undefined): Promise<boolean> {
    caller.requireUserId();
    if (!caller.isAdmin) await this.verification.prove(caller.appId, VerificationPurpose.BindMobile, { channel: 'sms', address: mobile }, proof);
    return this.updateAccount(caller, { mobile });
  }

  /** The app's bind_email policy decides whether a code is needed; an admin token needs none. */
  async setEmail(caller: CallerContext, email: string, proof: string | undefined): Promise<boolean> {
    caller.requireUserId();
    if (!caller.isAdmin) await this.verification.prove(caller.appId, VerificationPurpose.BindEmail, destinationOf({ email }), proof);
    return this.updateAccount(caller, { email });
  }

  async bindOpenId(caller: CallerContext, request: UserBindOpenIdDto): Promise<boolean> {
    const userId = caller.requireUserId();
    let binding: OpenIdBinding;
    try {
      binding = await this.users.bindOpenId(caller.appId, userId, request.type, request.open_id);
    } catch (error) {
      // Only a concurrent bind of the same open id gets this far.
      if (!(error instanceof DuplicateKeyError)) throw error;
      binding = 'taken';
    }
    if (binding === 'taken') {
      throw new ApiError(ErrorCode.AlreadyBound, `open_id: this ${request.type} open id is already bound to another user of this app`);
    }
    return true;
  }

  private async updateAccount(caller: CallerContext, changes: AccountChanges): Promise<boolean> {
    const userId = caller.requireUserId();
    let updated: boolean;
    try {
      updated = await this.users.updateAccount(caller.appId, userId, changes);
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      if (error.constraint === 'users_app_username_key') throw usernameTaken(changes.username);
      const field = error.constraint === 'users_app_email_key' ? 'email' : 'mobile';
      throw new ApiError(ErrorCode.AlreadyBound, `${field} is already bound to another user of this app`);
    }
    if (!updated) throw ApiError.userNotFound(userId);
    await announceAccountChange(this.notices, this.events, caller.appId, userId, changes);
    return true;
  }

  private async assertCaptchaAfterFailures(appId: string, account: string, captcha: CaptchaAnswer): Promise<void> {
    // The failure count is a Redis or memory read; the app's settings are read only once there are failures.
    const failures = await this.lockout.recentFailures(appId, account);
    if (failures === 0) return;
    const threshold = (await this.verificationSettings.settingsOf(appId)).captchaAfterFailedLogins;
    if (threshold !== null && failures >= threshold) {
      await this.captchas.assertSolved(appId, captcha, 'too many wrong passwords for this account');
    }
  }

  private assertMayRegister(caller: CallerContext): void {
    if (!caller.app.registrationOpen && !caller.isAdmin) {
      throw ApiError.noPermission('this app does not allow self-registration; register users with the app admin access-token');
    }
  }

  private async createUser(appId: string, request: UserRegisterDto | UserRegisterV2Dto): Promise<UserSettingsResponseDto> {
    const { mobile, email } = request as UserRegisterDto;
    try {
      const settings = await this.users.createWithSettings(appId, {
        username: request.username,
        passwordHash: await this.passwords.hash(request.password),
        mobile,
        email,
      });
      this.webhooks.emit({ appId, type: 'user.registered', data: { user_id: settings.userId, username: request.username } });
      return mapUserSettings(settings, null);
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      if (error.constraint === 'users_app_username_key') throw usernameTaken(request.username);
      const field = error.constraint === 'users_app_mobile_key' ? 'mobile' : 'email';
      throw new ApiError(ErrorCode.AlreadyBound, `${field} is already bound to another user of this app`);
    }
  }
}

function usernameTaken(username: string | undefined): ApiError {
  return new ApiError(ErrorCode.UserExists, `username ${JSON.stringify(username)} is already taken in this app`);
}

/** Private info and the mobile number are the user's own; every other profile field is seen by friends. */
export function changesPublicProfile(changes: AccountChanges): boolean {
  return ['nickName', 'avatar', 'description', 'publicInfo', 'username'].some((field) => field in changes);
}

/**
 * After a stored change of the user's own information: the user's devices get USER INFO_UPDATED so
 * the other ones reload it; friends hear of what they can see through the roster.
 */
export async function announceAccountChange(notices: NoticeService, events: UserEvents, appId: string, userId: number, changes: AccountChanges): Promise<void> {
  await notices.publishUserInfoUpdated(appId, userId);
  if (changesPublicProfile(changes)) events.publicProfileChanged({ appId, userId });
}
