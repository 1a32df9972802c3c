import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { Clock } from '../../src/common/clock';
import { MemoryLoginFailureStore, RedisLoginFailureStore } from '../../src/user/login-lockout.service';
import { reportFigure } from '../figure';
import { createTenant, startTestServer, Tenant, TestServer } from '../server';

// The module object itself: `import * as` would hand over an interop copy the server never calls through.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const argon2: typeof import('@node-rs/argon2') = require('@node-rs/argon2');

/**
 * Issue 9, test 13: password guessing. Two brakes: LOGIN_MAX_FAILURES wrong passwords lock one
 * account for LOGIN_LOCKOUT_SECONDS (whatever address they come from), and AUTH_RATE_LIMIT_PER_MINUTE
 * caps the attempts of one address. Both answer HTTP 429 in the envelope with Retry-After, and a
 * locked account costs no password hashing.
 */
const MAX_FAILURES = 5;
const LOCKOUT_SECONDS = 60;
const PER_ADDRESS_PER_MINUTE = 30;
const PASSWORD = 'right-password';

describe('abuse: password brute force', () => {
  let server: TestServer;
  let tenant: Tenant;
  let verifies: jest.SpyInstance;
  const figures = { wrongPasswords: 0, throttled: 0, verifiesWhileThrottled: 0, accountLockedAfter: 0, addressLimitedAfter: 0, unknownMs: 0, wrongMs: 0 };

  beforeAll(async () => {
    server = await startTestServer({ authRateLimitPerMinute: PER_ADDRESS_PER_MINUTE, loginMaxFailures: MAX_FAILURES, loginLockoutSeconds: LOCKOUT_SECONDS });
    tenant = await createTenant(server);
  });

  beforeEach(() => {
    verifies = jest.spyOn(argon2, 'verify');
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    reportFigure(
      'brute force',
      `${figures.wrongPasswords} wrong passwords, ${figures.throttled} answered 429; account locked after ${figures.accountLockedAfter}, address limited after ${figures.addressLimitedAfter}; ` +
        `argon2 verifies while throttled ${figures.verifiesWhileThrottled}; mean unknown-user ${figures.unknownMs.toFixed(1)} ms vs wrong-password ${figures.wrongMs.toFixed(1)} ms`,
    );
    await server.close();
  });

  /** Registered with the admin token, which the per-address limit does not count. */
  async function registerUsers(count: number): Promise<{ userId: number; username: string }[]> {
    const list = Array.from({ length: count }, () => ({ username: `bf_${randomBytes(5).toString('hex')}`, password: PASSWORD }));
    const answer = await server.request({ method: 'POST', url: '/user/register/batch', appId: tenant.appId, token: tenant.adminToken, body: { list } });
    expect(answer.body.data.every((item: { success: boolean }) => item.success)).toBe(true);
    return answer.body.data.map((item: { user_id: number; username: string }) => ({ userId: item.user_id, username: item.username }));
  }

  async function login(address: string, url: string, body: object) {
    const response = await server.app.inject({ method: 'POST', url, remoteAddress: address, headers: { app_id: tenant.appId, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
    return { status: response.statusCode, retryAfter: response.headers['retry-after'], body: response.json() };
  }

  /** Wrong passwords until the first 429; answers how many were refused with 10014 before it. */
  async function guessUntilThrottled(address: string, name: string, limit: number): Promise<{ failures: number; throttled: Awaited<ReturnType<typeof login>> }> {
    for (let failures = 0; failures <= limit; failures++) {
      const answer = await login(address, '/token/user', { name, password: `guess-${failures}` });
      if (answer.status === 429) return { failures, throttled: answer };
      expect(answer.body.code).toBe(10014);
      figures.wrongPasswords += 1;
    }
    throw new Error(`no 429 after ${limit + 1} wrong passwords for ${name}`);
  }

  it('locks an account after LOGIN_MAX_FAILURES wrong passwords: 429 with Retry-After on every login route, and no hashing while locked', async () => {
    const [alice] = await registerUsers(1);
    const { failures, throttled } = await guessUntilThrottled('10.0.0.1', alice.username, MAX_FAILURES + 1);
    figures.accountLockedAfter = failures;
    expect(failures).toBe(MAX_FAILURES);
    expect(throttled.body).toEqual({ code: 429, message: expect.stringMatching(/^too many wrong passwords for this account; try again in \d+ s$/), data: null });
    expect(Number(throttled.retryAfter)).toBeGreaterThan(LOCKOUT_SECONDS - 5);
    expect(Number(throttled.retryAfter)).toBeLessThanOrEqual(LOCKOUT_SECONDS);

    // The right password, from other addresses and through the other login routes, is refused unhashed.
    verifies.mockClear();
    const whileLocked = [
      await login('10.0.0.2', '/token/user', { name: alice.username, password: PASSWORD }),
      await login('10.0.0.3', '/token/id', { user_id: alice.userId, password: PASSWORD }),
      await login('10.0.0.4', '/token/login', { login_name: alice.username, password: PASSWORD }),
    ];
    figures.throttled += whileLocked.length + 1;
    expect(whileLocked.map((answer) => [answer.status, answer.body.code, Number(answer.retryAfter) > 0])).toEqual(Array(3).fill([429, 429, true]));
    figures.verifiesWhileThrottled += verifies.mock.calls.length;
    expect(verifies).not.toHaveBeenCalled();

    // Once the lock has run out the right password works again.
    jest.spyOn(server.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + (LOCKOUT_SECONDS + 1) * 1000));
    expect((await login('10.0.0.1', '/token/user', { name: alice.username, password: PASSWORD })).body.code).toBe(200);
  });

  it('does not lock the other accounts tried from the same address, and locks unknown names alike', async () => {
    const [bob, carol] = await registerUsers(2);
    await guessUntilThrottled('10.0.1.1', bob.username, MAX_FAILURES + 1);
    expect((await login('10.0.1.1', '/token/user', { name: carol.username, password: PASSWORD })).body.code).toBe(200);
    expect((await login('10.0.1.1', '/token/user', { name: carol.username, password: 'wrong' })).body.code).toBe(10014);

    const ghost = `ghost_${randomBytes(4).toString('hex')}`;
    const unknown = await guessUntilThrottled('10.0.1.1', ghost, MAX_FAILURES + 1);
    expect(unknown.failures).toBe(MAX_FAILURES);
    expect(unknown.throttled.body.message).toMatch(/^too many wrong passwords for this account/);
    figures.throttled += 2;
  });

  it('counts wrong current passwords of /user/change_password towards the same lock', async () => {
    const [dave] = await registerUsers(1);
    const token = (await login('10.0.2.1', '/token/user', { name: dave.username, password: PASSWORD })).body.data.token;
    const change = (oldPassword: string) =>
      server.request({ method: 'POST', url: '/user/change_password', appId: tenant.appId, token, body: { old_password: oldPassword, new_password: 'new-password' } });
    for (let attempt = 0; attempt < MAX_FAILURES; attempt++) expect((await change(`guess-${attempt}`)).body.code).toBe(10002);
    verifies.mockClear();
    const locked = await change(PASSWORD);
    expect([locked.status, locked.body.code, Number(locked.headers['retry-after']) > 0]).toEqual([429, 429, true]);
    expect(verifies).not.toHaveBeenCalled();
    expect((await login('10.0.2.2', '/token/user', { name: dave.username, password: PASSWORD })).status).toBe(429);
    figures.wrongPasswords += MAX_FAILURES;
    figures.throttled += 2;
  });

  it('limits one address to AUTH_RATE_LIMIT_PER_MINUTE attempts over many accounts; other addresses go on', async () => {
    const users = await registerUsers(PER_ADDRESS_PER_MINUTE + 1);
    let limitedAfter = -1;
    for (const [index, user] of users.entries()) {
      const answer = await login('10.0.3.1', '/token/user', { name: user.username, password: 'one-guess-each' });
      if (answer.status === 429) {
        limitedAfter = index;
        expect(answer.body).toEqual({ code: 429, message: 'too many requests from this address; wait a minute and try again', data: null });
        expect(Number(answer.retryAfter)).toBeGreaterThan(0);
        break;
      }
      expect(answer.body.code).toBe(10014);
      figures.wrongPasswords += 1;
    }
    figures.addressLimitedAfter = limitedAfter;
    figures.throttled += 1;
    expect(limitedAfter).toBe(PER_ADDRESS_PER_MINUTE);
    verifies.mockClear();
    expect((await login('10.0.3.1', '/token/user', { name: users[0].username, password: PASSWORD })).status).toBe(429);
    expect(verifies).not.toHaveBeenCalled();
    expect((await login('10.0.3.2', '/token/user', { name: users[0].username, password: PASSWORD })).body.code).toBe(200);
  });

  it('takes alike time, and one argon2 verify each, for an unknown user and a wrong password', async () => {
    const [erin] = await registerUsers(1);
    const rounds = 8;
    const durations = { unknown: [] as number[], wrong: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      // Alternating, on fresh names and under the lock threshold, so load drifts hit both alike.
      for (const kind of round % 2 === 0 ? (['unknown', 'wrong'] as const) : (['wrong', 'unknown'] as const)) {
        const name = kind === 'unknown' ? `nobody_${round}` : erin.username;
        verifies.mockClear();
        const started = process.hrtime.bigint();
        const answer = await login(`10.0.4.${round}`, '/token/user', { name, password: `guess-${round}` });
        durations[kind].push(Number(process.hrtime.bigint() - started) / 1e6);
        expect(answer.body).toEqual({ code: 10014, message: 'login name or password is incorrect', data: null });
        expect(verifies).toHaveBeenCalledTimes(1);
      }
      if (round === MAX_FAILURES - 2) await login('10.0.4.250', '/token/user', { name: erin.username, password: PASSWORD });
    }
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    figures.unknownMs = mean(durations.unknown);
    figures.wrongMs = mean(durations.wrong);
    figures.wrongPasswords += rounds * 2;
    // Generous: both are dominated by one argon2id verify; a skipped hash would be ~100× faster.
    expect(figures.unknownMs / figures.wrongMs).toBeGreaterThan(1 / 3);
    expect(figures.unknownMs / figures.wrongMs).toBeLessThan(3);
  });

  it('counts failures in the process the same way, restarting the count when the lock starts', async () => {
    const store = new MemoryLoginFailureStore();
    const now = Date.now();
    await store.recordFailure('app:user:1', now, 3, 2000);
    await store.recordFailure('app:user:1', now, 3, 2000);
    expect(await store.failures('app:user:1', now)).toBe(2);
    expect(await store.failures('app:user:1', now + 2001)).toBe(0);
    await store.recordFailure('app:user:1', now, 3, 2000);
    expect(await store.failures('app:user:1', now)).toBe(0);
    expect(await store.lockedForMs('app:user:1', now)).toBe(2000);
  });

  it('shares the count through Redis when REDIS_URL is set', async () => {
    const redis = new Redis(process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
    const prefix = `test-login-${process.pid}-${randomBytes(4).toString('hex')}`;
    try {
      const [first, second] = [new RedisLoginFailureStore(redis, prefix), new RedisLoginFailureStore(redis, prefix)];
      for (let failure = 1; failure < MAX_FAILURES; failure++) await (failure % 2 ? first : second).recordFailure('app:user:1', Date.now(), MAX_FAILURES, 2000);
      expect(await first.lockedForMs('app:user:1')).toBe(0);
      // The count the captcha-after-failures rule reads (src/verification/README.md "Captcha").
      expect(await second.failures('app:user:1')).toBe(MAX_FAILURES - 1);
      await second.recordFailure('app:user:1', Date.now(), MAX_FAILURES, 2000);
      expect(await first.lockedForMs('app:user:1')).toBeGreaterThan(1000);
      expect(await first.failures('app:user:1')).toBe(0);
      expect(await second.lockedForMs('app:user:2')).toBe(0);
    } finally {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
  });
});
