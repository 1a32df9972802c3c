import { ErrorCode } from '../../src/common/errors/error-codes';
import { reportFigure } from '../figure';
import {
  allowed,
  appDigest,
  buildProbe,
  check,
  deny,
  Expectation,
  inPool,
  newTally,
  operations,
  probeIdsOf,
  PUBLIC_OPERATIONS,
  startSweepWorld,
  SweepCaller,
  SweepWorld,
  tallyLine,
  userIdsOf,
} from './authorization-sweep';

/**
 * Issue 9, test 10, part 1: callers the guard must refuse before any operation runs. Every
 * catalogue operation, filled with valid ids of app A, is called by each of them; the answer must
 * carry the published code of that refusal and show no canary of either app, and neither app's
 * data may change.
 */
describe('abuse: authorization sweep, identity', () => {
  let world: SweepWorld;

  beforeAll(async () => {
    world = await startSweepWorld();
  }, 120_000);
  afterAll(() => world?.close());

  it('refuses every operation to callers without a valid identity in app A, and leaks nothing', async () => {
    const { a, b } = world;
    const callers: [SweepCaller, (path: string) => Expectation][] = [
      [{ name: 'anonymous', appId: a.tenant.appId, reader: null }, (path) => (PUBLIC_OPERATIONS.has(path) ? allowed('register and log-in are public') : deny(ErrorCode.TokenMissing))],
      [{ name: 'unknown app_id', appId: 'no-such-app-sweep', token: a.member.token, reader: null }, () => deny(ErrorCode.AppNotFound)],
      [{ name: "app B's user token on app A", appId: a.tenant.appId, token: b.owner.token, reader: null }, () => deny(ErrorCode.TokenInvalid)],
      [{ name: "app B's admin token on app A", appId: a.tenant.appId, token: b.tenant.adminToken, reader: null }, () => deny(ErrorCode.TokenInvalid)],
      [
        { name: 'user token + user_id header', appId: a.tenant.appId, token: a.member.token, headers: { user_id: String(a.owner.userId) }, reader: null },
        () => deny(ErrorCode.NoPermission),
      ],
      [{ name: 'user token + group_id header', appId: a.tenant.appId, token: a.member.token, headers: { group_id: String(a.groupId) }, reader: null }, () => deny(ErrorCode.NoPermission)],
      [
        { name: "admin of A + user_id header of app B's user", appId: a.tenant.appId, token: a.tenant.adminToken, headers: { user_id: String(b.owner.userId) }, reader: null },
        () => deny(ErrorCode.UserNotFound),
      ],
      [
        { name: "admin of A + group_id header of app B's group", appId: a.tenant.appId, token: a.tenant.adminToken, headers: { group_id: String(b.groupId) }, reader: null },
        () => deny(ErrorCode.GroupNotFound),
      ],
    ];
    const ids = probeIdsOf(a);
    const tally = newTally();
    const before = [await appDigest(world.server, a.tenant.appId, userIdsOf(a)), await appDigest(world.server, b.tenant.appId)];

    const calls = callers.flatMap(([caller, expect]) => operations.map((operation) => ({ caller, operation, expectation: expect(operation.path) })));
    await inPool(calls, 6, ({ caller, operation, expectation }) => check(world, caller, buildProbe(operation, ids), expectation, tally));

    const after = [await appDigest(world.server, a.tenant.appId, userIdsOf(a)), await appDigest(world.server, b.tenant.appId)];
    reportFigure('authorization sweep (identity)', tallyLine(tally, callers.length));
    expect(tally.failures).toEqual([]);
    expect(tally.tried).toBe(operations.length * callers.length);
    expect(after).toEqual(before);
  }, 120_000);
});
