import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { TokenService } from '../common/auth/token.service';
import { StoreTokenService } from '../file/store-token.service';
import { CaptchaAnswer } from '../verification/captcha.service';
import { destinationOf } from '../verification/verification.types';
import { UserAccountService } from '../user/user-account.service';
import { LoginLookup } from '../user/user.repository';
import { LoggedInUser, LoginDevice, UserService } from '../user/user.service';
import { TokenByCodeDto, TokenIssueDto, TokenResponseDto } from './token.dto';

function deviceOf(deviceGuid: string | undefined, userAgent: string | null): LoginDevice | null {
  return deviceGuid ? { deviceGuid, userAgent } : null;
}

/** Trades a password, a login code or an admin's word for a user token, registering the device when the client names one. */
@Injectable()
export class LoginService {
  constructor(
    private readonly users: UserService,
    private readonly accounts: UserAccountService,
    private readonly tokens: TokenService,
    private readonly storeTokens: StoreTokenService,
  ) {}

  async login(caller: CallerContext, lookup: LoginLookup, password: string, deviceGuid: string | undefined, userAgent: string | null, captcha: CaptchaAnswer = {}): Promise<TokenResponseDto> {
    const user = await this.users.login(caller.appId, lookup, password, deviceOf(deviceGuid, userAgent), captcha);
    return this.issue(caller.appId, user);
  }

  async loginByCode(caller: CallerContext, request: TokenByCodeDto, userAgent: string | null): Promise<TokenResponseDto> {
    const destination = destinationOf(request);
    const user = await this.accounts.loginByCode(caller.appId, caller.app.registrationOpen, destination, request.verification_code, deviceOf(request.device_guid, userAgent));
    return this.issue(caller.appId, user);
  }

  async issueForUser(caller: CallerContext, request: TokenIssueDto, userAgent: string | null): Promise<TokenResponseDto> {
    const user = await this.accounts.issueFor(caller, request.user_id, deviceOf(request.device_guid, userAgent));
    return this.issue(caller.appId, user, request.ttl);
  }

  private async issue(appId: string, user: LoggedInUser, ttlSeconds?: number): Promise<TokenResponseDto> {
    const issued = await this.tokens.issueUserToken(appId, user.userId, user.device?.deviceSn ?? null, ttlSeconds);
    const storeToken = await this.storeTokens.issue(appId, user.userId, issued.tokenId, issued.expire!);
    const response: TokenResponseDto = { token: issued.token, user_id: user.userId, expire: issued.expire!, store_token: storeToken, encrypt_type: 0, public_key: '' };
    if (user.device) {
      response.push_token = user.device.pushToken;
      response.device_sn = user.device.deviceSn;
    }
    return response;
  }
}
