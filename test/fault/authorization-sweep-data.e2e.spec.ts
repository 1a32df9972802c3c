import { ErrorCode } from '../../src/common/errors/error-codes';
import { ADMIN_ONLY_PATHS, CatalogueOperationWithFields } from '../catalogue';
import { reportFigure } from '../figure';
import {
  allowed,
  appDigest,
  buildProbe,
  check,
  deny,
  Expectation,
  inPool,
  leakedCanaries,
  newTally,
  operations,
  PER_ITEM,
  ProbeIds,
  send,
  probeIdsOf,
  namesObjects,
  startSweepWorld,
  SweepCaller,
  SweepTally,
  SweepWorld,
  tallyLine,
  userIdsOf,
} from './authorization-sweep';

/**
 * Issue 9, test 10, part 2: callers with a valid identity asking for what is not theirs. A user
 * outside app A's private group and a plain member of it call the group's operations; app A's
 * admin, acting as the group's owner, names app B's users, groups, messages and files. Every
 * refusal must carry its published code, batch operations must refuse every foreign item, no
 * canary may reach a caller who may not read it, and neither the group's nor app B's data may change.
 */

/** Group operations that need more than membership in a private group whose members may neither invite nor edit its info. */
const NEEDS_ADMIN = [
  '/group/announcement/delete',
  '/group/announcement/edit',
  '/group/application_list',
  '/group/apply/handle',
  '/group/ban',
  '/group/unban',
  '/group/block',
  '/group/unblock',
  '/group/kick',
  '/group/blocked_list',
  '/group/info/avatar',
  '/group/info/description',
  '/group/info/ext',
  '/group/info/name',
  '/group/invite',
  '/group/qrcode/sign',
  '/group/settings/allow_member_invitation',
  '/group/settings/allow_member_modify',
  '/group/settings/ban_all',
  '/group/settings/unban_all',
  '/group/settings/enable_read_ack',
  '/group/settings/history_visible',
  '/group/settings/hide_member_info',
  '/group/settings/require_admin_approval',
  '/file/upload/avatar/group',
];
const NEEDS_OWNER = ['/group/admin/add', '/group/admin/remove', '/group/transfer', '/group/destroy'];
const NEEDS_MEMBER = [
  '/group/admin_list',
  '/group/announcement',
  '/group/announcement/last',
  '/group/announcement/list',
  '/group/file',
  '/group/file/list',
  '/group/file/upload',
  '/group/file/update_name',
  '/group/file/delete',
  '/group/info',
  '/group/settings',
  '/group/banned_list',
  '/group/member_list',
  '/group/members/display_name',
  '/group/display_name',
  '/group/leave',
  '/group/msg/mute_mode',
  '/group/msg/push_mode',
];

/** What a user outside the group gets for each operation; everything not listed is the caller's own business (see OWN_BUSINESS). */
const OUTSIDER: Record<string, Expectation> = {
  ...Object.fromEntries(ADMIN_ONLY_PATHS.map((path) => [path, deny(ErrorCode.NoPermission)])),
  ...Object.fromEntries(NEEDS_MEMBER.map((path) => [path, deny(ErrorCode.NeedsMember)])),
  ...Object.fromEntries(NEEDS_ADMIN.map((path) => [path, deny(ErrorCode.NeedsAdmin)])),
  ...Object.fromEntries(NEEDS_OWNER.map((path) => [path, deny(ErrorCode.NeedsOwner)])),
  '/group/info/batch': PER_ITEM,
  '/group/invite/handle': deny(ErrorCode.GroupInvitationHandled),
  '/group/qrcode/invite': deny(ErrorCode.InvalidGroupQrCode),
  '/message/send': deny(ErrorCode.NotGroupMember),
  '/ai/message/send': deny(ErrorCode.NotGroupMember),
  '/message/conversation': deny(ErrorCode.NotGroupMember),
  '/message/ack': deny(ErrorCode.NotGroupMember),
  '/message/recall': deny(ErrorCode.NotGroupMember),
  '/file/upload/chat': deny(ErrorCode.NotGroupMember),
  '/file/upload/forward': deny(ErrorCode.NoPermission),
  '/file/download/chat': deny(ErrorCode.NoPermission),
};

/** Operations on the caller's own account, roster and lists, or open to any user of the app: allowed, but they must show nothing of the group. */
const OWN_BUSINESS: Record<string, string> = {
  '/group/apply': 'any user of the app may apply to join',
  '/group/create': 'any user may create a group',
  '/group/public_list': 'lists public groups only',
  '/group/user_joined': "the caller's own groups",
  '/group/invitation_list': "the caller's own invitations",
  '/message/unread': "the caller's own unread counts",
  '/file/upload/avatar/user': "the caller's own avatar",
  '/file/download/avatar': 'names no object of the group',
};
const ownBusiness = (path: string): string | null =>
  OWN_BUSINESS[path] ??
  (path.startsWith('/user/') && !ADMIN_ONLY_PATHS.includes(path) ? "the caller's own account" : null) ??
  (path.startsWith('/roster/') ? "the caller's own roster" : null) ??
  (path.startsWith('/token/') ? 'public log-in' : null);

function outsiderExpectation(method: string, path: string): Expectation {
  if (path === '/message/conversation' && method === 'DELETE') return allowed("hides the conversation from the caller's own view");
  if (OUTSIDER[path]) return OUTSIDER[path];
  const own = ownBusiness(path);
  if (own) return allowed(own);
  throw new Error(`no expectation for ${method} ${path}: add it to OUTSIDER or OWN_BUSINESS`);
}

/** What a plain member gets on the operations that need a higher role (the member's own operations are not probed). */
const PLAIN_MEMBER: Record<string, Expectation> = {
  ...Object.fromEntries(NEEDS_ADMIN.map((path) => [path, deny(ErrorCode.NeedsAdmin)])),
  ...Object.fromEntries(NEEDS_OWNER.map((path) => [path, deny(ErrorCode.NeedsOwner)])),
  '/group/file/update_name': deny(ErrorCode.SharedFileNoPermission),
  '/group/file/delete': PER_ITEM,
  '/message/recall': deny(ErrorCode.NoPermission),
};

/** What app A's admin, acting as its group's owner, gets when every id names app B's objects. */
function foreignObjectsExpectation(operation: CatalogueOperationWithFields): Expectation {
  const fields = new Set([...operation.query, ...operation.body].map((field) => field.name));
  switch (operation.path) {
    // Another app's file signature is not a signature of this app: a bad parameter, as a forged one.
    case '/file/download/chat':
    case '/file/upload/forward':
      return deny(ErrorCode.BadParameter);
    case '/group/qrcode/invite':
      return deny(ErrorCode.InvalidGroupQrCode);
    // Unknown account and wrong password share 10014, so nobody can probe for accounts.
    case '/token/id':
      return deny(ErrorCode.LoginFailed);
    // These refuse the whole list when one id is not of the app ("nothing was changed").
    case '/user/disable':
    case '/user/enable':
      return deny(ErrorCode.UserNotFound);
    case '/user/conversation/unpin':
      return deny(ErrorCode.BadParameter);
    case '/group/info/batch':
    case '/group/create':
    case '/roster/apply/batch':
    case '/roster/list':
      return PER_ITEM;
    case '/user/settings':
      return allowed('settings are always the acting user\'s own: the body\'s user_id names nobody');
  }
  if (ADMIN_ONLY_PATHS.includes(operation.path) && fields.has('list')) return PER_ITEM;
  if (['group_id', 'group_list', 'targets', 'conversation_id', 'opposite_id', 'to_id'].some((name) => fields.has(name))) return deny(ErrorCode.GroupNotFound);
  return deny(ErrorCode.UserNotFound);
}

/** ... and when the group is app A's own but the users named are app B's. */
function foreignUsersExpectation(operation: CatalogueOperationWithFields): Expectation {
  switch (operation.path) {
    case '/group/transfer':
      return deny(ErrorCode.TransferTargetNotMember);
    case '/group/apply/handle':
      return deny(ErrorCode.GroupApplicationHandled);
    case '/group/invite/handle':
      return deny(ErrorCode.GroupInvitationHandled);
    case '/token/id':
      return deny(ErrorCode.LoginFailed);
    case '/user/disable':
    case '/user/enable':
      return deny(ErrorCode.UserNotFound);
    case '/user/settings':
      return allowed('settings are always the acting user\'s own: the body\'s user_id names nobody');
  }
  const fields = new Set([...operation.query, ...operation.body].map((field) => field.name));
  if (fields.has('user_list') || fields.has('list') || operation.path === '/roster/apply/batch') return PER_ITEM;
  return deny(ErrorCode.UserNotFound);
}

const namesUsers = (operation: CatalogueOperationWithFields) =>
  [...operation.query, ...operation.body].some((field) => ['user_id', 'roster_id', 'user_list', 'new_owner'].includes(field.name)) ||
  (operation.body.some((field) => field.name === 'list') && operation.path !== '/push/task/detail' && operation.path !== '/user/register/batch');

describe('abuse: authorization sweep, data', () => {
  let world: SweepWorld;
  const tallies: SweepTally[] = [];
  const figures: string[] = [];

  beforeAll(async () => {
    world = await startSweepWorld();
  }, 120_000);
  afterAll(async () => {
    const total = tallies.reduce((sum, tally) => {
      for (const key of ['tried', 'denied', 'perItemRefused', 'allowed', 'allowedButBadInput', 'wronglyAllowed', 'wrongCode', 'leaks'] as const) sum[key] += tally[key];
      return sum;
    }, newTally());
    reportFigure('authorization sweep (data)', `${tallyLine(total, 4)} [${figures.join('; ')}]`);
    await world?.close();
  });

  async function sweep(label: string, calls: { caller: SweepCaller; operation: CatalogueOperationWithFields; ids: ProbeIds; expectation: Expectation }[]) {
    const tally = newTally();
    await inPool(calls, 6, ({ caller, operation, ids, expectation }) => check(world, caller, buildProbe(operation, ids), expectation, tally));
    tallies.push(tally);
    figures.push(`${label}: ${tally.tried} calls, ${tally.denied + tally.perItemRefused} refused`);
    return tally;
  }

  it("flags a canary shown to a caller who may not read it, and only then (the detector's own check)", async () => {
    const { a } = world;
    const probe = { method: 'GET' as const, path: '/group/info', url: `/group/info?group_id=${a.groupId}` };
    const asOwner: SweepCaller = { name: 'owner', appId: a.tenant.appId, token: a.owner.token, reader: { appId: a.tenant.appId, userId: a.owner.userId } };
    const answer = await send(world.server, asOwner, probe);
    expect(answer.code).toBe(200);
    expect(leakedCanaries(world.canaries, asOwner, answer)).toEqual([]);
    const judgedForOutsider = leakedCanaries(world.canaries, { ...asOwner, reader: { appId: a.tenant.appId, userId: a.outsider.userId } }, answer);
    expect(judgedForOutsider.map((canary) => canary.label)).toEqual(expect.arrayContaining(['A: group name', 'A: group description', 'A: group ext']));
    expect(leakedCanaries(world.canaries, { ...asOwner, reader: { appId: world.b.tenant.appId, userId: world.b.owner.userId } }, answer).length).toBeGreaterThanOrEqual(judgedForOutsider.length);
  });

  it('refuses a user outside the private group everything of the group, and shows none of it', async () => {
    const { a } = world;
    const caller: SweepCaller = { name: 'non-member', appId: a.tenant.appId, token: a.outsider.token, reader: { appId: a.tenant.appId, userId: a.outsider.userId } };
    // A valid QR code would let its holder in: the outsider holds none.
    const ids = { ...probeIdsOf(a), qrInfo: 'bm90IGEgcXIgY29kZQ' };
    const before = await appDigest(world.server, a.tenant.appId, userIdsOf(a, a.outsider));
    const tally = await sweep('non-member', operations.map((operation) => ({ caller, operation, ids, expectation: outsiderExpectation(operation.method, operation.path) })));
    expect(tally.failures).toEqual([]);
    expect(await appDigest(world.server, a.tenant.appId, userIdsOf(a, a.outsider))).toEqual(before);
  }, 120_000);

  it('refuses a plain member the group operations of its admins and owner', async () => {
    const { a } = world;
    const caller: SweepCaller = { name: 'plain member', appId: a.tenant.appId, token: a.member.token, reader: { appId: a.tenant.appId, userId: a.member.userId } };
    const ids = { ...probeIdsOf(a), userId: a.groupAdmin.userId };
    const probed = operations.filter((operation) => PLAIN_MEMBER[operation.path]);
    const before = await appDigest(world.server, a.tenant.appId, userIdsOf(a));
    const tally = await sweep('plain member', probed.map((operation) => ({ caller, operation, ids, expectation: PLAIN_MEMBER[operation.path] })));
    expect(tally.failures).toEqual([]);
    expect(tally.tried).toBeGreaterThanOrEqual(NEEDS_ADMIN.length + NEEDS_OWNER.length);
    expect(await appDigest(world.server, a.tenant.appId, userIdsOf(a))).toEqual(before);
  }, 120_000);

  it("refuses app A's admin, acting as its group owner, every object of app B", async () => {
    const { a, b } = world;
    const caller: SweepCaller = {
      name: "admin of A as its owner, naming app B's objects",
      appId: a.tenant.appId,
      token: a.tenant.adminToken,
      headers: { user_id: String(a.owner.userId) },
      reader: { appId: a.tenant.appId, userId: a.owner.userId },
    };
    const foreignObjects = { ...probeIdsOf(b), createWithUsers: true };
    const foreignUsers: ProbeIds = { ...probeIdsOf(a), createWithUsers: true, userId: b.member.userId, memberId: b.member.userId, applicantId: b.applicant.userId, inviterId: b.owner.userId };
    const before = await appDigest(world.server, b.tenant.appId);
    const objects = await sweep(
      "B's objects",
      operations.filter(namesObjects).map((operation) => ({ caller, operation, ids: foreignObjects, expectation: foreignObjectsExpectation(operation) })),
    );
    const users = await sweep(
      "B's users in A's group",
      operations.filter(namesUsers).map((operation) => ({ caller: { ...caller, name: `${caller.name} (users only)` }, operation, ids: foreignUsers, expectation: foreignUsersExpectation(operation) })),
    );
    expect([...objects.failures, ...users.failures]).toEqual([]);
    expect(await appDigest(world.server, b.tenant.appId)).toEqual(before);
  }, 120_000);
});
