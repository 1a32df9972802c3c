import { setTimeout as sleep } from 'node:timers/promises';
import { TokenService } from '../../src/common/auth/token.service';
import { createTenant, createUser, startTestServer, Tenant, TestServer } from '../server';

/**
 * TokenService remembers the tokens whose signature it has checked (issue 17), so later requests
 * skip the JWT parse and HMAC. What it remembers must never let through what a fresh check refuses.
 */
describe('TokenService: remembered signatures', () => {
  let server: TestServer;
  let appA: Tenant;
  let appB: Tenant;
  let tokens: TokenService;

  beforeAll(async () => {
    server = await startTestServer();
    appA = await createTenant(server, 'A');
    appB = await createTenant(server, 'B');
    tokens = server.app.get(TokenService);
  });
  afterAll(() => server.close());

  const profile = (appId: string, token: string) => server.request({ url: '/user/profile', appId, token });

  it('refuses a remembered token once it has expired (402) by its exp claim, whatever its row says', async () => {
    const user = await createUser(server, appA);
    const issued = await tokens.issueUserToken(appA.appId, user.userId, null, 1);
    expect((await profile(appA.appId, issued.token)).body.code).toBe(200);
    // Only the token's own exp claim can refuse it now.
    await server.sql(`UPDATE access_tokens SET expires_at = now() + interval '1 day' WHERE id = $1`, [issued.tokenId]);

    await sleep(issued.expire! - Date.now() + 50);

    expect((await profile(appA.appId, issued.token)).body).toEqual({
      code: 402,
      message: 'access-token has expired; get a new one from /token/user, /token/id or /token/login',
      data: null,
    });
  });

  it('refuses a remembered token sent with another app_id (10008)', async () => {
    const user = await createUser(server, appA);
    expect((await profile(appA.appId, user.token)).body.code).toBe(200);
    expect((await profile(appB.appId, user.token)).body).toEqual({ code: 10008, message: 'access-token is not a valid token of this app', data: null });
  });

  it('refuses a remembered token once revoked (402)', async () => {
    const user = await createUser(server, appA);
    expect((await profile(appA.appId, user.token)).body.code).toBe(200);
    await tokens.revokeToken(appA.appId, tokens.tokenIdOf(user.token)!.tokenId);
    expect((await profile(appA.appId, user.token)).body).toMatchObject({ code: 402, message: 'access-token has been revoked; log in again' });
  });

  it('refuses a copy of a remembered token with another signature or payload (10008)', async () => {
    const user = await createUser(server, appA);
    expect((await profile(appA.appId, user.token)).body.code).toBe(200);
    const [header, payload, signature] = user.token.split('.');
    const otherSignature = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BA' : 'AA'}`;
    expect((await profile(appA.appId, `${header}.${payload}.${otherSignature}`)).body.code).toBe(10008);
    const longerLife = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), exp: 4_000_000_000 })).toString('base64url');
    expect((await profile(appA.appId, `${header}.${longerLife}.${signature}`)).body.code).toBe(10008);
  });
});
