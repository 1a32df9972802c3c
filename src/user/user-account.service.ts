import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { DuplicateKeyError } from '../common/database/duplicate-key';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { UserNoticeType } from '../notice/notice.types';
import { VerificationCodeService } from '../verification/verification-code.service';
import { VerificationSettingsService } from '../verification/verification-settings.service';
import { Destination, VerificationPurpose } from '../verification/verification.types';
import { LoginLockoutService } from './login-lockout.service';
import { PasswordService } from './password.service';
import { UserSessionsService } from './user-sessions.service';
import { LoggedInUser, LoginDevice, UserService } from './user.service';
import { UserRepository } from './user.repository';

/**
 * Account actions proven by a verification code rather than a password (our extensions, after
 * SealTalk): reset password, login by code with sign-up, phone availability, logout, and tokens an
 * app backend has issued for its users.
 */
@Injectable()
export class UserAccountService {
  constructor(
    private readonly users: UserRepository,
    private readonly userService: UserService,
    private readonly passwords: PasswordService,
    private readonly sessions: UserSessionsService,
    private readonly lockout: LoginLockoutService,
    private readonly verification: VerificationCodeService,
    private readonly verificationSettings: VerificationSettingsService,
  ) {}

  /** Sets a new password for the account of the token's mobile or email; every session of it ends. */
  async resetPassword(caller: CallerContext, token: string, password: string): Promise<boolean> {
    const destination = await this.verification.takeToken(caller.appId, VerificationPurpose.ResetPassword, token);
    const record = await this.users.findLoginRecord(caller.appId, { loginName: destination });
    // Reset codes go only to accounts' destinations, so only a deleted account gets here.
    if (!record) throw new ApiError(ErrorCode.WrongVerificationCode, 'verification_token: no user of this app has that mobile or email any more');
    await this.users.updatePasswordHash(caller.appId, record.id, await this.passwords.hash(password));
    await this.lockout.succeeded(caller.appId, `user:${record.id}`);
    await this.sessions.revoke(caller.appId, record.id, UserNoticeType.PasswordChanged);
    return true;
  }

  /** SealTalk's check before registering: whether no user of the app has the mobile yet. */
  async isMobileAvailable(caller: CallerContext, mobile: string): Promise<boolean> {
    return !(await this.users.findLoginRecord(caller.appId, { loginName: mobile }));
  }

  /**
   * Login by a login code (or a verification token of purpose login). With the app's sign-up by
   * code and open registration, a destination no user has gets a new user (username
   * `u_<random>`, no usable password: it logs in by code, or sets one through reset_password).
   */
  async loginByCode(appId: string, registrationOpen: boolean, destination: Destination, proof: string, device: LoginDevice | null): Promise<LoggedInUser> {
    await this.verification.prove(appId, VerificationPurpose.Login, destination, proof);
    let record = await this.users.findLoginRecord(appId, { loginName: destination.address });
    if (!record) {
      const { signupByCode } = await this.verificationSettings.settingsOf(appId);
      if (!signupByCode || !registrationOpen) throw new ApiError(ErrorCode.WrongVerificationCode, 'verification_code: wrong or expired; check the last code sent, or request a new one');
      try {
        await this.users.createWithSettings(appId, {
          username: `u_${randomBytes(8).toString('hex')}`,
          passwordHash: await this.passwords.hash(randomBytes(32).toString('base64url')),
          mobile: destination.channel === 'sms' ? destination.address : undefined,
          email: destination.channel === 'email' ? destination.address : undefined,
        });
      } catch (error) {
        // A concurrent login by code signed the same destination up first: that user is the one.
        if (!(error instanceof DuplicateKeyError)) throw error;
      }
      record = (await this.users.findLoginRecord(appId, { loginName: destination.address }))!;
    }
    return this.userService.admit(appId, record, device);
  }

  /** GoBelieve's model: the app backend (admin token) signs its user in without the password. */
  async issueFor(caller: CallerContext, userId: number, device: LoginDevice | null): Promise<LoggedInUser> {
    const record = await this.users.findLoginRecord(caller.appId, { userId });
    if (!record) throw ApiError.userNotFound(userId);
    return this.userService.admit(caller.appId, record, device);
  }

  /** Revokes the calling token only and closes the sockets opened with it; the user's other devices stay logged in. */
  async logout(caller: CallerContext): Promise<boolean> {
    if (caller.tokenKind !== 'user') throw ApiError.noPermission('logout ends the session of a user token; an admin token is revoked with the CLI');
    await this.sessions.endToken(caller.appId, caller.userId!, caller.tokenId!, caller.deviceSn);
    return true;
  }
}
