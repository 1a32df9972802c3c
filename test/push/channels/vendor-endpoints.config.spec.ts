import { ConfigError, loadConfig } from '../../../src/common/config/config';

describe('push vendor endpoints in loadConfig', () => {
  it('defaults to the production hosts of the protocol sheet', () => {
    expect(loadConfig({}).pushVendors).toEqual({
      apnsBaseUrl: 'https://api.push.apple.com',
      apnsSandboxBaseUrl: 'https://api.sandbox.push.apple.com',
      fcmBaseUrl: 'https://fcm.googleapis.com',
      fcmTokenUrl: 'https://oauth2.googleapis.com/token',
      huaweiBaseUrl: 'https://push-api.cloud.huawei.com',
      huaweiAuthUrl: 'https://oauth-login.cloud.huawei.com/oauth2/v3/token',
      xiaomiBaseUrl: 'https://api.xmpush.xiaomi.com',
      oppoBaseUrl: 'https://api.push.oppomobile.com',
      oppoAuthUrl: 'https://api.push.oppomobile.com/server/v1/auth',
      vivoBaseUrl: 'https://api-push.vivo.com.cn',
      vivoAuthUrl: 'https://api-push.vivo.com.cn/message/auth',
      flymeBaseUrl: 'https://server-api-push.meizu.com',
    });
  });

  it('accepts http:// stubs and drops a trailing slash', () => {
    expect(loadConfig({ PUSH_HUAWEI_BASE_URL: 'http://127.0.0.1:9000/', PUSH_APNS_BASE_URL: 'http://127.0.0.1:9001' }).pushVendors).toMatchObject({
      huaweiBaseUrl: 'http://127.0.0.1:9000',
      apnsBaseUrl: 'http://127.0.0.1:9001',
    });
  });

  it('refuses a malformed endpoint with one line naming the variable', () => {
    expect(() => loadConfig({ PUSH_VIVO_AUTH_URL: 'ftp://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ PUSH_VIVO_AUTH_URL: 'ftp://x' })).toThrow('configuration error: PUSH_VIVO_AUTH_URL="ftp://x" is invalid: expected a URL starting with https: or http://');
  });
});
