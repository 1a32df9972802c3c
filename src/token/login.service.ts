import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { TokenService } from '../common/auth/token.service';
import { StoreTokenService } from '../file/store-token.service';
import { LoginLookup } from '../user/user.repository';
import { UserService } from '../user/user.service';
import { TokenResponseDto } from './token.dto';

/** Trades a password for a user token, registering the device when the client names one. */
@Injectable()
export class LoginService {
  constructor(
    private readonly users: UserService,
    private readonly tokens: TokenService,
    private readonly storeTokens: StoreTokenService,
  ) {}

  async login(caller: CallerContext, lookup: LoginLookup, password: string, deviceGuid: string | undefined, userAgent: string | null): Promise<TokenResponseDto> {
    const device = deviceGuid ? { deviceGuid, userAgent } : null;
    const user = await this.users.login(caller.appId, lookup, password, device);
    const issued = await this.tokens.issueUserToken(caller.appId, user.userId, user.device?.deviceSn ?? null);
    const storeToken = await this.storeTokens.issue(caller.appId, user.userId, issued.tokenId, issued.expire!);
    const response: TokenResponseDto = { token: issued.token, user_id: user.userId, expire: issued.expire!, store_token: storeToken, encrypt_type: 0, public_key: '' };
    if (user.device) {
      response.push_token = user.device.pushToken;
      response.device_sn = user.device.deviceSn;
    }
    return response;
  }
}
