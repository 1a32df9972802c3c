import { APPLICATION_PENDING_REASON } from '../../src/group/group-join.service';
import { ApplyApproval, GroupType } from '../../src/group/group.entity';
import { GROUP_REQUEST_TTL_MS } from '../../src/group/group.limits';
import { GroupNoticeType as N } from '../../src/notice/notice.types';
import { createTenant, TestUser } from '../server';
import { JoinWorld } from './fixtures-join';

const ok = (data: unknown) => ({ code: 200, message: null, data });
const refused = (code: number, message: string) => ({ code, message, data: null });

describe('/group/invite, invite/handle, invitation_list', () => {
  const world = new JoinWorld();

  beforeAll(() => world.start());
  afterAll(() => world.close());
  afterEach(() => jest.restoreAllMocks());

  it('adds invitees whose group_confirm is off at once and tells every member JOINED', async () => {
    const [owner, member, invitee] = await world.users(3);
    const groupId = await world.group({ owner, members: [member] });

    const response = await world.as(member, 'POST', '/group/invite', { group_id: groupId, user_list: [invitee.userId], reason: 'join us' });
    expect(response.body).toEqual(ok([{ user_id: invitee.userId, result: 'success', reason: null }]));

    expect(await world.members(groupId)).toEqual({ ids: [owner.userId, member.userId, invitee.userId].sort((a, b) => a - b), count: 3 });
    const joined = { type: N.Joined, fromId: invitee.userId, toIds: [invitee.userId], groupId, content: null };
    for (const user of [owner, member, invitee]) expect(await world.notices(user)).toEqual([joined]);
    expect((await world.ok(invitee, 'GET', '/group/invitation_list')).data).toEqual([]);
  });

  it("names each joiner as JOINED's from, one notice per joiner, as MaxIM's SDKs need to list the group", async () => {
    const [owner, member, first, second] = await world.users(4);
    const groupId = await world.group({ owner, members: [member] });
    await world.ok(member, 'POST', '/group/invite', { group_id: groupId, user_list: [first.userId, second.userId] });
    const joinedBy = (user: TestUser) => ({ type: N.Joined, fromId: user.userId, toIds: [user.userId], groupId, content: null });
    for (const user of [owner, member, first, second]) expect(await world.notices(user)).toEqual([joinedBy(first), joinedBy(second)]);
  });

  it('leaves a pending invitation for invitees whose group_confirm is on, told to them only, listed for them', async () => {
    const [owner, invitee] = await world.users(2);
    await world.setGroupConfirm(invitee, true);
    const groupId = await world.group({ owner });
    const before = Date.now();

    const response = await world.as(owner, 'POST', '/group/invite', { group_id: groupId, user_list: [invitee.userId], reason: 'join us' });
    expect(response.body).toEqual(ok([{ user_id: invitee.userId, result: 'success', reason: null }]));

    expect((await world.members(groupId)).ids).toEqual([owner.userId]);
    expect(await world.notices(invitee)).toEqual([{ type: N.Invited, fromId: owner.userId, toIds: [invitee.userId], groupId, content: 'join us' }]);
    expect(await world.notices(owner)).toEqual([]);
    const list = await world.ok(invitee, 'GET', '/group/invitation_list');
    expect(list.data).toEqual([
      {
        group_id: groupId,
        inviter_id: owner.userId,
        invitee_id: invitee.userId,
        reason: 'join us',
        status: 0,
        expired_time: expect.any(Number),
        updated_at: expect.any(String),
      },
    ]);
    expect(list.total).toBe(1);
    expect(list.cursor).toBeUndefined();
    expect(list.data[0].expired_time).toBeGreaterThanOrEqual(before + GROUP_REQUEST_TTL_MS);
    expect(list.data[0].expired_time).toBeLessThanOrEqual(Date.now() + GROUP_REQUEST_TTL_MS);
    expect((await world.ok(owner, 'GET', '/group/invitation_list')).data).toEqual([]);
  });

  it('answers per user: unknown, blocked, already a member, repeated ids, and a mix of invited and added', async () => {
    const [owner, member, blocked, confirming, plain] = await world.users(5);
    await world.setGroupConfirm(confirming, true);
    await world.setGroupConfirm(blocked, true);
    const groupId = await world.group({ owner, members: [member] });
    await world.block(groupId, blocked);
    const unknown = plain.userId + 1000;

    const response = await world.as(owner, 'POST', '/group/invite', {
      group_id: groupId,
      user_list: [unknown, blocked.userId, member.userId, confirming.userId, plain.userId, plain.userId],
    });
    expect(response.body).toEqual(
      ok([
        { user_id: unknown, result: 'fail', reason: `user ${unknown} does not exist in this app` },
        { user_id: blocked.userId, result: 'fail', reason: `user ${blocked.userId} is on this group's blocklist` },
        { user_id: member.userId, result: 'fail', reason: `user ${member.userId} is already a member` },
        { user_id: confirming.userId, result: 'success', reason: null },
        { user_id: plain.userId, result: 'success', reason: null },
      ]),
    );
    expect((await world.members(groupId)).count).toBe(3);
    expect(await world.noticeTypes(confirming)).toEqual([N.Invited]);
    expect(await world.noticeTypes(blocked)).toEqual([]);
    expect((await world.ok(blocked, 'GET', '/group/invitation_list')).data).toEqual([]);
  });

  it('member_invite off: plain members are refused 20012, admins and the owner still invite', async () => {
    const [owner, admin, member, first, second] = await world.users(5);
    const groupId = await world.group({ owner, admins: [admin], members: [member], memberInvite: false });

    expect((await world.as(member, 'POST', '/group/invite', { group_id: groupId, user_list: [first.userId] })).body).toEqual(
      refused(20012, `only the group's admins and owner of group ${groupId} may do this`),
    );
    expect((await world.as(admin, 'POST', '/group/invite', { group_id: groupId, user_list: [first.userId] })).body.data[0].result).toBe('success');
    expect((await world.as(owner, 'POST', '/group/invite', { group_id: groupId, user_list: [second.userId] })).body.data[0].result).toBe('success');
    expect((await world.members(groupId)).count).toBe(5);
  });

  it('refuses outsiders (20011), other apps (20001), a group_id header naming another group and non-admin impersonation (10010)', async () => {
    const [owner, outsider, invitee] = await world.users(3);
    const groupId = await world.group({ owner });
    const otherGroup = await world.group({ owner });
    const body = { group_id: groupId, user_list: [invitee.userId] };

    expect((await world.as(outsider, 'POST', '/group/invite', body)).body).toEqual(refused(20011, `only members of group ${groupId} may do this`));
    const other = await createTenant(world.server, 'other app');
    const [stranger] = await world.users(1, other);
    expect((await world.as(stranger, 'POST', '/group/invite', body, other)).body).toEqual(refused(20001, `group ${groupId} does not exist in this app`));
    expect((await world.asGroupAdmin(otherGroup, 'POST', '/group/invite', body)).body.code).toBe(10010);
    const impersonating = await world.server.request({
      method: 'POST',
      url: '/group/invite',
      appId: world.tenant.appId,
      token: owner.token,
      headers: { user_id: String(outsider.userId) },
      body,
    });
    expect(impersonating.body.code).toBe(10010);
    expect((await world.members(groupId)).count).toBe(1);
  });

  it('an admin token acts as a user (user_id header) or as the group admin (group_id header: invitations name the owner)', async () => {
    const [owner, member, added, confirming] = await world.users(4);
    await world.setGroupConfirm(confirming, true);
    const groupId = await world.group({ owner, members: [member] });

    expect((await world.asAdminFor(member, 'POST', '/group/invite', { group_id: groupId, user_list: [added.userId] })).body.data[0].result).toBe('success');
    expect((await world.notices(added))[0]).toMatchObject({ type: N.Joined, fromId: added.userId });

    expect((await world.asGroupAdmin(groupId, 'POST', '/group/invite', { group_id: groupId, user_list: [confirming.userId] })).body.data[0].result).toBe(
      'success',
    );
    expect(await world.notices(confirming)).toEqual([{ type: N.Invited, fromId: null, toIds: [confirming.userId], groupId, content: null }]);
    expect((await world.ok(confirming, 'GET', '/group/invitation_list')).data[0]).toMatchObject({ inviter_id: owner.userId, status: 0 });
    expect((await world.as(confirming, 'POST', '/group/invite/handle', { group_id: groupId, user_id: owner.userId, approval: true })).body).toEqual(ok(true));
    expect((await world.members(groupId)).count).toBe(4);
  });

  it('accepting joins the group, marks the invitation accepted, tells the inviter and the members, and cannot be repeated', async () => {
    const [owner, member, invitee] = await world.users(3);
    await world.setGroupConfirm(invitee, true);
    const groupId = await world.group({ owner, members: [member] });
    await world.ok(member, 'POST', '/group/invite', { group_id: groupId, user_list: [invitee.userId] });

    const response = await world.as(invitee, 'POST', '/group/invite/handle', { group_id: groupId, user_id: member.userId, approval: true });
    expect(response.body).toEqual(ok(true));

    expect((await world.members(groupId)).ids).toContain(invitee.userId);
    expect((await world.members(groupId)).count).toBe(3);
    expect((await world.ok(invitee, 'GET', '/group/invitation_list')).data[0].status).toBe(1);
    const joined = { type: N.Joined, fromId: invitee.userId, toIds: [invitee.userId], groupId, content: null };
    const accepted = { type: N.InviteAccepted, fromId: invitee.userId, toIds: [member.userId], groupId, content: null };
    expect(await world.notices(member)).toEqual([accepted, joined]);
    expect(await world.notices(owner)).toEqual([joined]);
    expect(await world.noticeTypes(invitee)).toEqual([N.Invited, N.InviteAccepted, N.Joined]);

    const again = await world.as(invitee, 'PUT', '/group/invite/handle', { group_id: groupId, user_id: member.userId, approval: true });
    expect(again.body).toEqual(refused(20015, `the invitation to group ${groupId} was already accepted`));
  });

  it('declining (PUT) keeps the invitee out, tells the inviter, and a new invitation makes it pending again', async () => {
    const [owner, invitee] = await world.users(2);
    await world.setGroupConfirm(invitee, true);
    const groupId = await world.group({ owner });
    await world.ok(owner, 'POST', '/group/invite', { group_id: groupId, user_list: [invitee.userId], reason: 'first' });

    expect((await world.as(invitee, 'PUT', '/group/invite/handle', { group_id: groupId, user_id: owner.userId, approval: false })).body).toEqual(ok(true));
    expect((await world.members(groupId)).ids).toEqual([owner.userId]);
    expect((await world.ok(invitee, 'GET', '/group/invitation_list')).data[0]).toMatchObject({ status: 2, reason: 'first' });
    expect(await world.notices(owner)).toEqual([{ type: N.InviteDeclined, fromId: invitee.userId, toIds: [owner.userId], groupId, content: null }]);

    await world.ok(owner, 'POST', '/group/invite', { group_id: groupId, user_list: [invitee.userId], reason: 'second' });
    const list = await world.ok(invitee, 'GET', '/group/invitation_list');
    expect(list.data).toEqual([expect.objectContaining({ status: 0, reason: 'second' })]);
    expect(list.total).toBe(1);
  });

  it('refuses an expired invitation (20015) and lists it as status 3', async () => {
    const [owner, invitee] = await world.users(2);
    await world.setGroupConfirm(invitee, true);
    const groupId = await world.group({ owner });
    await world.ok(owner, 'POST', '/group/invite', { group_id: groupId, user_list: [invitee.userId] });
    const { expired_time } = (await world.ok(invitee, 'GET', '/group/invitation_list')).data[0];

    world.shiftClock(GROUP_REQUEST_TTL_MS + 1000);
    const response = await world.as(invitee, 'POST', '/group/invite/handle', { group_id: groupId, user_id: owner.userId, approval: true });
    expect(response.body).toEqual(refused(20015, `the invitation to group ${groupId} expired at ${new Date(expired_time).toISOString()}`));
    expect((await world.ok(invitee, 'GET', '/group/invitation_list')).data[0].status).toBe(3);
    expect((await world.members(groupId)).count).toBe(1);
  });

  it('refuses handling without an invitation from that user (20015), as the group admin (10010), in a gone group (20001) or a full one (20010)', async () => {
    const [owner, member, invitee] = await world.users(3);
    await world.setGroupConfirm(invitee, true);
    const groupId = await world.group({ owner, members: [member], capacity: 3 });
    await world.ok(owner, 'POST', '/group/invite', { group_id: groupId, user_list: [invitee.userId] });

    const fromMember = await world.as(invitee, 'POST', '/group/invite/handle', { group_id: groupId, user_id: member.userId, approval: true });
    expect(fromMember.body).toEqual(refused(20015, `you have no invitation from user ${member.userId} to group ${groupId}`));
    const asGroup = await world.asGroupAdmin(groupId, 'POST', '/group/invite/handle', { group_id: groupId, user_id: owner.userId, approval: true });
    expect(asGroup.body.code).toBe(10010);

    await world.server.sql(`UPDATE groups SET member_count = 3 WHERE id = $1`, [groupId]);
    const full = await world.as(invitee, 'POST', '/group/invite/handle', { group_id: groupId, user_id: owner.userId, approval: true });
    expect(full.body).toEqual(refused(20010, `group ${groupId} is full (capacity 3)`));
    expect((await world.ok(invitee, 'GET', '/group/invitation_list')).data[0].status).toBe(0);

    await world.server.sql(`UPDATE groups SET status = 1 WHERE id = $1`, [groupId]);
    const gone = await world.asAdminFor(invitee, 'POST', '/group/invite/handle', { group_id: groupId, user_id: owner.userId, approval: false });
    expect(gone.body).toEqual(refused(20001, `group ${groupId} does not exist in this app`));
  });

  it('refuses accepting for a user blocked since the invitation (20018)', async () => {
    const [owner, invitee] = await world.users(2);
    await world.setGroupConfirm(invitee, true);
    const groupId = await world.group({ owner });
    await world.ok(owner, 'POST', '/group/invite', { group_id: groupId, user_list: [invitee.userId] });
    await world.block(groupId, invitee);

    const response = await world.as(invitee, 'POST', '/group/invite/handle', { group_id: groupId, user_id: owner.userId, approval: true });
    expect(response.body).toEqual(refused(20018, `user ${invitee.userId} is on the blocklist of group ${groupId}`));
  });

  it('pages invitations newest first with a stable cursor and the total', async () => {
    const [owner, invitee] = await world.users(2);
    await world.setGroupConfirm(invitee, true);
    const groups = [await world.group({ owner }), await world.group({ owner }), await world.group({ owner })];
    for (const groupId of groups) await world.ok(owner, 'POST', '/group/invite', { group_id: groupId, user_list: [invitee.userId] });

    const first = await world.ok(invitee, 'GET', '/group/invitation_list?limit=2');
    expect(first.data.map((row: { group_id: number }) => row.group_id)).toEqual([groups[2], groups[1]]);
    expect(first.total).toBe(3);
    const second = await world.ok(invitee, 'GET', `/group/invitation_list?limit=2&cursor=${first.cursor}`);
    expect(second.data.map((row: { group_id: number }) => row.group_id)).toEqual([groups[0]]);
    expect(second.cursor).toBeUndefined();
  });

  it('refuses bad input with the field and the reason', async () => {
    const [owner, invitee] = await world.users(2);
    const groupId = await world.group({ owner });
    const cases: [string, 'GET' | 'POST', string, unknown, string][] = [
      ['missing group_id', 'POST', '/group/invite', { user_list: [invitee.userId] }, 'group_id: is required'],
      ['string group_id', 'POST', '/group/invite', { group_id: 'x', user_list: [invitee.userId] }, 'group_id: "x" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'],
      ['missing user_list', 'POST', '/group/invite', { group_id: groupId }, 'user_list: is required'],
      ['empty user_list', 'POST', '/group/invite', { group_id: groupId, user_list: [] }, 'user_list: must hold at least one user id'],
      ['user_list of strings', 'POST', '/group/invite', { group_id: groupId, user_list: ['a'] }, 'user_list[0]: "a" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'],
      ['long reason', 'POST', '/group/invite', { group_id: groupId, user_list: [invitee.userId], reason: 'x'.repeat(257) }, 'reason: must be at most 256 characters'],
      ['unknown field', 'POST', '/group/invite', { group_id: groupId, user_list: [invitee.userId], note: 1 }, 'note: unknown field; remove it'],
      ['missing approval', 'POST', '/group/invite/handle', { group_id: groupId, user_id: owner.userId }, 'approval: is required'],
      ['string approval', 'POST', '/group/invite/handle', { group_id: groupId, user_id: owner.userId, approval: 'yes' }, 'approval: must be true or false'],
      ['missing user_id', 'POST', '/group/invite/handle', { group_id: groupId, approval: true }, 'user_id: is required'],
      ['limit 0', 'GET', '/group/invitation_list?limit=0', undefined, 'limit: must be at least 1'],
      ['limit 101', 'GET', '/group/invitation_list?limit=101', undefined, 'limit: must be at most 100'],
      ['limit text', 'GET', '/group/invitation_list?limit=many', undefined, 'limit: must be an integer'],
      [
        'foreign cursor',
        'GET',
        '/group/invitation_list?cursor=abc',
        undefined,
        'cursor: not a cursor this list returned; send the cursor of the previous page, or none for the first page',
      ],
    ];
    for (const [name, method, url, body, message] of cases) {
      const response = await world.as(invitee, method, url, body);
      expect({ name, body: response.body }).toEqual({ name, body: refused(10002, message) });
    }
  });
});

describe('/group/apply, apply/handle, application_list', () => {
  const world = new JoinWorld();

  beforeAll(() => world.start());
  afterAll(() => world.close());
  afterEach(() => jest.restoreAllMocks());

  it('apply_approval 0: the applicant joins at once and every member hears JOINED', async () => {
    const [owner, member, applicant] = await world.users(3);
    const groupId = await world.group({ owner, members: [member], applyApproval: ApplyApproval.AcceptAll });

    const response = await world.as(applicant, 'POST', '/group/apply', { group_id: groupId, reason: 'hello' });
    expect(response.body).toEqual(ok({ user_id: applicant.userId, result: 'success', reason: null }));

    expect((await world.members(groupId)).ids).toContain(applicant.userId);
    expect((await world.members(groupId)).count).toBe(3);
    const joined = { type: N.Joined, fromId: applicant.userId, toIds: [applicant.userId], groupId, content: 'hello' };
    for (const user of [owner, member, applicant]) expect(await world.notices(user)).toEqual([joined]);
    expect((await world.ok(owner, 'POST', '/group/application_list', { group_list: [groupId] })).data).toEqual([]);
  });

  it('apply_approval 1: a pending application told to the staff only and listed for them', async () => {
    const [owner, admin, member, applicant] = await world.users(4);
    const groupId = await world.group({ owner, admins: [admin], members: [member] });
    const before = Date.now();

    const response = await world.as(applicant, 'POST', '/group/apply', { group_id: groupId, reason: 'let me in' });
    expect(response.body).toEqual(ok({ user_id: applicant.userId, result: 'success', reason: APPLICATION_PENDING_REASON }));

    expect((await world.members(groupId)).count).toBe(3);
    const applied = { type: N.Applied, fromId: applicant.userId, toIds: [], groupId, content: 'let me in' };
    expect(await world.notices(owner)).toEqual([applied]);
    expect(await world.notices(admin)).toEqual([applied]);
    expect(await world.notices(member)).toEqual([]);
    const list = await world.ok(admin, 'POST', '/group/application_list', { group_list: [groupId] });
    expect(list.data).toEqual([{ applicant_id: applicant.userId, group_id: groupId, reason: 'let me in', status: 0, expired_time: expect.any(Number) }]);
    expect(list.total).toBe(1);
    expect(list.data[0].expired_time).toBeGreaterThanOrEqual(before + GROUP_REQUEST_TTL_MS);
    expect(list.data[0].expired_time).toBeLessThanOrEqual(Date.now() + GROUP_REQUEST_TTL_MS);
  });

  it('apply_approval 2: refused with 10010 and nothing stored', async () => {
    const [owner, applicant] = await world.users(2);
    const groupId = await world.group({ owner, applyApproval: ApplyApproval.RefuseAll });

    expect((await world.as(applicant, 'POST', '/group/apply', { group_id: groupId })).body).toEqual(
      refused(10010, `group ${groupId} accepts no applications (apply_approval 2); ask one of its members to invite you`),
    );
    expect((await world.members(groupId)).count).toBe(1);
    expect((await world.ok(owner, 'POST', '/group/application_list', { group_list: [groupId] })).data).toEqual([]);
    expect(await world.notices(owner)).toEqual([]);
  });

  it('refuses members (20017), blocked users (20018), other apps and gone groups (20001), and the group_id header (10010)', async () => {
    const [owner, member, blocked] = await world.users(3);
    const groupId = await world.group({ owner, members: [member], applyApproval: ApplyApproval.AcceptAll });
    await world.block(groupId, blocked);

    expect((await world.as(member, 'POST', '/group/apply', { group_id: groupId })).body).toEqual(
      refused(20017, `user ${member.userId} is already a member of group ${groupId}`),
    );
    expect((await world.as(blocked, 'POST', '/group/apply', { group_id: groupId })).body).toEqual(
      refused(20018, `user ${blocked.userId} is on the blocklist of group ${groupId}`),
    );
    const other = await createTenant(world.server, 'other app');
    const [stranger] = await world.users(1, other);
    expect((await world.as(stranger, 'POST', '/group/apply', { group_id: groupId }, other)).body).toEqual(
      refused(20001, `group ${groupId} does not exist in this app`),
    );
    expect((await world.asGroupAdmin(groupId, 'POST', '/group/apply', { group_id: groupId })).body.code).toBe(10010);
    const impersonating = await world.server.request({
      method: 'POST',
      url: '/group/apply',
      appId: world.tenant.appId,
      token: member.token,
      headers: { user_id: String(blocked.userId) },
      body: { group_id: groupId },
    });
    expect(impersonating.body.code).toBe(10010);
    expect((await world.members(groupId)).count).toBe(2);
  });

  it('an admin token with the user_id header applies as that user; a full group answers 20010', async () => {
    const [owner, applicant, late] = await world.users(3);
    const groupId = await world.group({ owner, applyApproval: ApplyApproval.AcceptAll, capacity: 2 });

    expect((await world.asAdminFor(applicant, 'POST', '/group/apply', { group_id: groupId })).body.data.result).toBe('success');
    expect((await world.members(groupId)).count).toBe(2);
    expect((await world.as(late, 'POST', '/group/apply', { group_id: groupId })).body).toEqual(refused(20010, `group ${groupId} is full (capacity 2)`));
  });

  it('chatrooms tell JOINED only to the newcomer and the staff', async () => {
    const [owner, admin, member, applicant] = await world.users(4);
    const groupId = await world.group({ owner, admins: [admin], members: [member], type: GroupType.Chatroom, applyApproval: ApplyApproval.AcceptAll });

    await world.ok(applicant, 'POST', '/group/apply', { group_id: groupId });
    for (const user of [owner, admin, applicant]) expect(await world.noticeTypes(user)).toEqual([N.Joined]);
    expect(await world.notices(member)).toEqual([]);
  });

  it('an admin accepts: the applicant joins, hears APPLY_ACCEPTED, members hear JOINED; handling twice is 20014', async () => {
    const [owner, admin, member, applicant] = await world.users(4);
    const groupId = await world.group({ owner, admins: [admin], members: [member] });
    await world.ok(applicant, 'POST', '/group/apply', { group_id: groupId });

    const response = await world.as(admin, 'POST', '/group/apply/handle', { group_id: groupId, user_id: applicant.userId, approval: true });
    expect(response.body).toEqual(ok({ user_id: applicant.userId, result: 'success', reason: null }));

    expect((await world.members(groupId)).ids).toContain(applicant.userId);
    expect((await world.members(groupId)).count).toBe(4);
    expect((await world.ok(owner, 'POST', '/group/application_list', { group_list: [groupId] })).data[0].status).toBe(1);
    const joined = { type: N.Joined, fromId: applicant.userId, toIds: [applicant.userId], groupId, content: null };
    expect(await world.notices(applicant)).toEqual([{ type: N.ApplyAccepted, fromId: admin.userId, toIds: [applicant.userId], groupId, content: null }, joined]);
    expect(await world.notices(member)).toEqual([joined]);

    const again = await world.as(owner, 'PUT', '/group/apply/handle', { group_id: groupId, user_id: applicant.userId, approval: false });
    expect(again.body).toEqual(refused(20014, `the application of user ${applicant.userId} was already accepted`));
  });

  it('the owner declines (PUT): the applicant stays out and hears APPLY_DECLINED; applying again makes it pending', async () => {
    const [owner, applicant] = await world.users(2);
    const groupId = await world.group({ owner });
    await world.ok(applicant, 'POST', '/group/apply', { group_id: groupId, reason: 'first' });

    expect((await world.as(owner, 'PUT', '/group/apply/handle', { group_id: groupId, user_id: applicant.userId, approval: false })).body).toEqual(
      ok({ user_id: applicant.userId, result: 'success', reason: null }),
    );
    expect((await world.members(groupId)).count).toBe(1);
    expect(await world.notices(applicant)).toEqual([{ type: N.ApplyDeclined, fromId: owner.userId, toIds: [applicant.userId], groupId, content: null }]);
    expect((await world.ok(owner, 'POST', '/group/application_list', { group_list: [groupId] })).data[0]).toMatchObject({ status: 2, reason: 'first' });

    await world.ok(applicant, 'POST', '/group/apply', { group_id: groupId, reason: 'second' });
    const list = await world.ok(owner, 'POST', '/group/application_list', { group_list: [groupId] });
    expect(list.data).toEqual([expect.objectContaining({ status: 0, reason: 'second' })]);
    expect(list.total).toBe(1);
  });

  it('the app acting as the group admin (group_id header) handles applications', async () => {
    const [owner, applicant] = await world.users(2);
    const groupId = await world.group({ owner });
    await world.ok(applicant, 'POST', '/group/apply', { group_id: groupId });

    const response = await world.asGroupAdmin(groupId, 'POST', '/group/apply/handle', { group_id: groupId, user_id: applicant.userId, approval: true });
    expect(response.body.data.result).toBe('success');
    expect((await world.members(groupId)).count).toBe(2);
    expect((await world.notices(applicant))[0]).toEqual({ type: N.ApplyAccepted, fromId: null, toIds: [applicant.userId], groupId, content: null });
    expect((await world.asGroupAdmin(groupId, 'POST', '/group/application_list', { group_list: [groupId] })).body.data[0].status).toBe(1);
  });

  it('refuses members (20012), outsiders (20012), other apps (20001), a missing application and an expired one (20014)', async () => {
    const [owner, member, outsider, applicant] = await world.users(4);
    const groupId = await world.group({ owner, members: [member] });
    await world.ok(applicant, 'POST', '/group/apply', { group_id: groupId });
    const body = { group_id: groupId, user_id: applicant.userId, approval: true };
    const needsAdmin = refused(20012, `only the group's admins and owner of group ${groupId} may do this`);

    expect((await world.as(member, 'POST', '/group/apply/handle', body)).body).toEqual(needsAdmin);
    expect((await world.as(outsider, 'POST', '/group/apply/handle', body)).body).toEqual(needsAdmin);
    const other = await createTenant(world.server, 'other app');
    const [stranger] = await world.users(1, other);
    expect((await world.as(stranger, 'POST', '/group/apply/handle', body, other)).body.code).toBe(20001);
    expect((await world.as(owner, 'POST', '/group/apply/handle', { ...body, user_id: outsider.userId })).body).toEqual(
      refused(20014, `user ${outsider.userId} has no application to group ${groupId}`),
    );
    const { expired_time } = (await world.ok(owner, 'POST', '/group/application_list', { group_list: [groupId] })).data[0];

    world.shiftClock(GROUP_REQUEST_TTL_MS + 1000);
    expect((await world.as(owner, 'POST', '/group/apply/handle', body)).body).toEqual(
      refused(20014, `the application of user ${applicant.userId} expired at ${new Date(expired_time).toISOString()}`),
    );
    expect((await world.ok(owner, 'POST', '/group/application_list', { group_list: [groupId] })).data[0].status).toBe(3);
    expect((await world.members(groupId)).count).toBe(2);
  });

  it('accepting into a full group answers fail with the reason and keeps the application pending', async () => {
    const [owner, applicant] = await world.users(2);
    const groupId = await world.group({ owner, capacity: 1 });
    await world.ok(applicant, 'POST', '/group/apply', { group_id: groupId });

    const response = await world.as(owner, 'POST', '/group/apply/handle', { group_id: groupId, user_id: applicant.userId, approval: true });
    expect(response.body).toEqual(ok({ user_id: applicant.userId, result: 'fail', reason: `group ${groupId} is full (capacity 1)` }));
    expect((await world.ok(owner, 'POST', '/group/application_list', { group_list: [groupId] })).data[0].status).toBe(0);
    expect(await world.notices(applicant)).toEqual([]);
  });

  it('lists several groups newest first with a stable cursor, and refuses a group the caller does not administer', async () => {
    const [owner, admin, member, first, second, third] = await world.users(6);
    const mine = await world.group({ owner, admins: [admin] });
    const alsoMine = await world.group({ owner: admin, members: [member] });
    await world.ok(first, 'POST', '/group/apply', { group_id: mine });
    await world.ok(second, 'POST', '/group/apply', { group_id: alsoMine });
    await world.ok(third, 'POST', '/group/apply', { group_id: mine });

    const page = await world.ok(admin, 'POST', '/group/application_list?limit=2', { group_list: [mine, alsoMine] });
    expect(page.data.map((row: { applicant_id: number }) => row.applicant_id)).toEqual([third.userId, second.userId]);
    expect(page.total).toBe(3);
    const next = await world.ok(admin, 'POST', `/group/application_list?limit=2&cursor=${page.cursor}`, { group_list: [mine, alsoMine] });
    expect(next.data).toEqual([expect.objectContaining({ applicant_id: first.userId, group_id: mine })]);
    expect(next.cursor).toBeUndefined();

    expect((await world.as(owner, 'POST', '/group/application_list', { group_list: [mine, alsoMine] })).body).toEqual(
      refused(20012, `only the group's admins and owner of group ${alsoMine} may do this`),
    );
    expect((await world.as(member, 'POST', '/group/application_list', { group_list: [alsoMine] })).body).toEqual(
      refused(20012, `only the group's admins and owner of group ${alsoMine} may do this`),
    );
    expect((await world.as(admin, 'POST', '/group/application_list', { group_list: [mine, 999_999_999] })).body).toEqual(
      refused(20001, 'group 999999999 does not exist in this app'),
    );
    expect((await world.asGroupAdmin(mine, 'POST', '/group/application_list', { group_list: [mine, alsoMine] })).body.code).toBe(10010);
  });

  it('refuses bad input with the field and the reason', async () => {
    const [owner, applicant] = await world.users(2);
    const groupId = await world.group({ owner });
    const cases: [string, string, unknown, string][] = [
      ['apply without group_id', '/group/apply', { reason: 'x' }, 'group_id: is required'],
      ['apply with a zero group_id', '/group/apply', { group_id: 0 }, 'group_id: must be a positive id'],
      ['apply with a long reason', '/group/apply', { group_id: groupId, reason: 'x'.repeat(257) }, 'reason: must be at most 256 characters'],
      ['apply with a numeric reason', '/group/apply', { group_id: groupId, reason: 5 }, 'reason: must be a string'],
      ['handle without approval', '/group/apply/handle', { group_id: groupId, user_id: applicant.userId }, 'approval: is required'],
      ['handle with a text user_id', '/group/apply/handle', { group_id: groupId, user_id: 'a', approval: true }, 'user_id: "a" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'],
      ['list without group_list', '/group/application_list', {}, 'group_list: is required'],
      ['list with an empty group_list', '/group/application_list', { group_list: [] }, 'group_list: must hold at least one group id'],
      ['list with a text group id', '/group/application_list', { group_list: ['a'] }, 'group_list[0]: "a" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'],
      ['list with a bad limit', '/group/application_list?limit=101', { group_list: [groupId] }, 'limit: must be at most 100'],
      [
        'list with a foreign cursor',
        '/group/application_list?cursor=eyJ4IjoxfQ',
        { group_list: [groupId] },
        'cursor: not a cursor this list returned; send the cursor of the previous page, or none for the first page',
      ],
    ];
    for (const [name, url, body, message] of cases) {
      const response = await world.as(owner, 'POST', url, body);
      expect({ name, body: response.body }).toEqual({ name, body: refused(10002, message) });
    }
  });
});
