import { generateKeyPairSync, randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { StatusCode } from '../../src/realtime/xsync.codec';
import { reportFigure } from '../figure';
import { listen, XsyncClient } from '../realtime/xsync-client';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

/**
 * Issue 9, test 14: forged, foreign and dead tokens, over REST and over the realtime PROVISION.
 * Published codes (maxim-semantics.md): 10008 for a token that is not a valid token of the app
 * (malformed, forged, another app's), 402 for an expired or revoked one, 10010 for a genuine user
 * token on an admin-only operation. Over the socket every refusal is INVALID_TOKEN (the status the
 * SDK logs in again on); the admin token, which may not hold a socket, is UNAUTHORIZED.
 */
interface Forgery {
  name: string;
  token: string;
  code: 10008 | 402;
  /** An app other than the token's to send it to. */
  appId?: string;
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());

describe('abuse: token forgery', () => {
  let server: TestServer;
  let appA: Tenant;
  let appB: Tenant;
  let alice: TestUser;
  let secretA: string;
  let url: string;
  const tally = { rest: 0, socket: 0, accepted: 0 };

  beforeAll(async () => {
    server = await startTestServer();
    [appA, appB] = [await createTenant(server, 'A'), await createTenant(server, 'B')];
    alice = await createUser(server, appA);
    [{ secret: secretA }] = await server.sql('SELECT secret FROM apps WHERE id = $1', [appA.appId]);
    url = await listen(server);
  });

  afterAll(async () => {
    reportFigure('token forgery', `tried ${tally.rest} forged or dead tokens over REST and ${tally.socket} over PROVISION; accepted ${tally.accepted}`);
    await server.close();
  });

  function forgeries(user: TestUser): Forgery[] {
    const [header, payload, signature] = user.token.split('.');
    const claims = claimsOf(user.token);
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const now = Math.floor(Date.now() / 1000);
    const adminClaims = { knd: 'admin', app: claims.app, jti: claims.jti };
    return [
      { name: 'garbage', token: 'not-a-token', code: 10008 },
      { name: 'alg none, no signature', token: `${base64url({ alg: 'none', typ: 'JWT' })}.${payload}.`, code: 10008 },
      { name: 'alg None, original signature', token: `${base64url({ alg: 'None', typ: 'JWT' })}.${payload}.${signature}`, code: 10008 },
      { name: 'signed with a wrong key', token: jwt.sign(claims, randomBytes(32)), code: 10008 },
      { name: 'HS512 with the app secret', token: jwt.sign(claims, secretA, { algorithm: 'HS512' }), code: 10008 },
      { name: 'HS384 with the app secret', token: jwt.sign(claims, secretA, { algorithm: 'HS384' }), code: 10008 },
      { name: 'RS256 with an attacker key', token: jwt.sign(claims, privateKey, { algorithm: 'RS256' }), code: 10008 },
      { name: 'payload edited, signature kept', token: `${header}.${base64url({ ...claims, sub: String(Number(claims.sub) + 1) })}.${signature}`, code: 10008 },
      { name: 'kind edited to admin, signature kept', token: `${header}.${base64url({ ...claims, knd: 'admin', sub: undefined })}.${signature}`, code: 10008 },
      { name: 'kind edited to admin, re-signed with a wrong key', token: jwt.sign(adminClaims, randomBytes(32)), code: 10008 },
      { name: 'kind admin on a user token id, signed with the app secret', token: jwt.sign(adminClaims, secretA), code: 10008 },
      { name: 'unknown token id, signed with the app secret', token: jwt.sign({ ...claims, jti: 'f0000000-0000-4000-8000-000000000000' }, secretA), code: 10008 },
      { name: 'expired (exp in the past), signed with the app secret', token: jwt.sign({ ...claims, exp: now - 10, iat: now - 100 }, secretA), code: 402 },
      { name: "app A's token sent as app B", token: user.token, code: 10008, appId: appB.appId },
      { name: "app A's admin token sent as app B", token: appA.adminToken, code: 10008, appId: appB.appId },
    ];
  }

  it('refuses every forgery over REST with the published code', async () => {
    for (const forgery of forgeries(alice)) {
      const answer = await server.request({ url: '/user/profile', appId: forgery.appId ?? appA.appId, token: forgery.token });
      tally.rest += 1;
      if (answer.body.code === 200) tally.accepted += 1;
      expect([forgery.name, answer.status, answer.body.code, answer.body.data]).toEqual([forgery.name, 200, forgery.code, null]);
    }
  });

  it('refuses a genuine user token on admin-only operations and as an impersonator (10010)', async () => {
    const attempts = [
      server.request({ method: 'POST', url: '/user/register/batch', appId: appA.appId, token: alice.token, body: { list: [{ username: 'x_forged', password: 'secret-password' }] } }),
      server.request({ method: 'POST', url: '/user/change_password_admin', appId: appA.appId, token: alice.token, body: { password: 'taken-over' } }),
      server.request({ url: '/user/list', appId: appA.appId, token: alice.token }),
      server.request({ url: '/user/profile', appId: appA.appId, token: alice.token, headers: { user_id: String(alice.userId + 1) } }),
    ];
    for (const answer of await Promise.all(attempts)) {
      tally.rest += 1;
      if (answer.body.code === 200) tally.accepted += 1;
      expect(answer.body.code).toBe(10010);
    }
  });

  it('refuses a token after a password change and once expired in the database (402)', async () => {
    const bob = await createUser(server, appA);
    const secondLogin = (await server.request({ method: 'POST', url: '/token/user', appId: appA.appId, body: { name: bob.username, password: bob.password } })).body.data.token;
    const changed = await server.request({ method: 'POST', url: '/user/change_password', appId: appA.appId, token: bob.token, body: { old_password: bob.password, new_password: 'new-secret-password' } });
    expect(changed.body.code).toBe(200);
    const carol = await createUser(server, appA);
    await server.sql(`UPDATE access_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [carol.userId]);
    for (const token of [secondLogin, carol.token]) {
      const answer = await server.request({ url: '/user/profile', appId: appA.appId, token });
      tally.rest += 1;
      if (answer.body.code === 200) tally.accepted += 1;
      expect(answer.body.code).toBe(402);
    }
    expect((await server.request({ url: '/user/profile', appId: appA.appId, token: bob.token })).body.code).toBe(200);
  });

  it('refuses every forgery at the realtime PROVISION', async () => {
    const dave = await createUser(server, appA);
    const dead = await createUser(server, appA);
    await server.request({ method: 'POST', url: '/user/change_password_admin', appId: appA.appId, token: appA.adminToken, headers: { user_id: String(dead.userId) }, body: { password: 'changed-password' } });
    const cases = [...forgeries(dave), { name: 'token after a password change', token: dead.token, code: 402 as const }];
    for (const forgery of cases) {
      const device = await XsyncClient.connect(url, forgery.appId ? { query: { app_id: forgery.appId } } : {});
      try {
        const answer = await device.provision(forgery.token);
        tally.socket += 1;
        if (answer.status.code === StatusCode.Ok) tally.accepted += 1;
        const expected = forgery.token === appA.adminToken ? [StatusCode.InvalidToken, StatusCode.Unauthorized] : [StatusCode.InvalidToken];
        expect([forgery.name, expected.includes(answer.status.code)]).toEqual([forgery.name, true]);
        expect((await device.unread()).status.code).toBe(StatusCode.Unauthorized);
      } finally {
        device.close();
      }
    }
    const genuine = await XsyncClient.connect(url);
    try {
      expect((await genuine.provision(dave.token)).status.code).toBe(StatusCode.Ok);
    } finally {
      genuine.close();
    }
  });
});
