import { GROUP_QRCODE_TTL_MS, GroupQrCodePayload, groupQrCodeSign } from '../../src/group/group-qrcode.service';
import { ApplyApproval, GroupType } from '../../src/group/group.entity';
import { GroupNoticeType as N } from '../../src/notice/notice.types';
import { createTenant, TestUser } from '../server';
import { JoinWorld } from './fixtures-join';

const ok = (data: unknown) => ({ code: 200, message: null, data });
const refused = (code: number, message: string) => ({ code, message, data: null });
const invalid = (why: string) => refused(20024, `qr_info: ${why}; scan a code made by GET /group/qrcode/sign of this app`);

const decode = (qrInfo: string): GroupQrCodePayload => JSON.parse(Buffer.from(qrInfo, 'base64url').toString('utf8'));
const encode = (payload: object): string => Buffer.from(JSON.stringify(payload)).toString('base64url');

describe('/group/qrcode/sign and /group/qrcode/invite', () => {
  const world = new JoinWorld();

  beforeAll(() => world.start());
  afterAll(() => world.close());
  afterEach(() => jest.restoreAllMocks());

  async function sign(user: TestUser, groupId: number): Promise<string> {
    return (await world.ok(user, 'GET', `/group/qrcode/sign?group_id=${groupId}`)).data.qr_info;
  }

  async function appSecret(appId = world.tenant.appId): Promise<string> {
    return (await world.server.sql(`SELECT secret FROM apps WHERE id = $1`, [appId]))[0].secret;
  }

  it('a member signs a 7-day code carrying the group, the inviter and an HMAC of the app secret; a scanner joins with it', async () => {
    const [owner, member, scanner] = await world.users(3);
    const groupId = await world.group({ owner, members: [member] });
    const before = Date.now();

    const signed = await world.as(member, 'GET', `/group/qrcode/sign?group_id=${groupId}`);
    expect(signed.body).toEqual(ok({ qr_info: expect.any(String), create_at: expect.any(Number), expire_at: expect.any(Number) }));
    const { qr_info, create_at, expire_at } = signed.body.data;
    expect(create_at).toBeGreaterThanOrEqual(before);
    expect(create_at).toBeLessThanOrEqual(Date.now());
    expect(expire_at).toBe(create_at + GROUP_QRCODE_TTL_MS);
    const payload = decode(qr_info);
    const unsigned = { app_id: world.tenant.appId, group_id: groupId, inviter: member.userId, create_at, expire_at };
    expect(payload).toEqual({ ...unsigned, sign: groupQrCodeSign(await appSecret(), unsigned) });

    expect((await world.as(scanner, 'POST', '/group/qrcode/invite', { qr_info })).body).toEqual(ok(true));
    expect((await world.members(groupId)).ids).toContain(scanner.userId);
    expect((await world.members(groupId)).count).toBe(3);
    const joined = { type: N.Joined, fromId: scanner.userId, toIds: [scanner.userId], groupId, content: null };
    for (const user of [owner, member, scanner]) expect(await world.notices(user)).toEqual([joined]);
  });

  it('joins whatever apply_approval says (the signer vouched), but not members (20017), blocked users (20018) or into a full group (20010)', async () => {
    const [owner, scanner, member, blocked, late] = await world.users(5);
    const groupId = await world.group({ owner, members: [member], applyApproval: ApplyApproval.RefuseAll, capacity: 3 });
    await world.block(groupId, blocked);
    const qr_info = await sign(owner, groupId);

    expect((await world.as(scanner, 'POST', '/group/qrcode/invite', { qr_info })).body).toEqual(ok(true));
    expect((await world.as(member, 'POST', '/group/qrcode/invite', { qr_info })).body).toEqual(
      refused(20017, `user ${member.userId} is already a member of group ${groupId}`),
    );
    expect((await world.as(blocked, 'POST', '/group/qrcode/invite', { qr_info })).body).toEqual(
      refused(20018, `user ${blocked.userId} is on the blocklist of group ${groupId}`),
    );
    expect((await world.as(late, 'POST', '/group/qrcode/invite', { qr_info })).body).toEqual(refused(20010, `group ${groupId} is full (capacity 3)`));
    expect((await world.members(groupId)).count).toBe(3);
  });

  it('in a chatroom, JOINED goes only to the newcomer and the staff', async () => {
    const [owner, member, scanner] = await world.users(3);
    const groupId = await world.group({ owner, members: [member], type: GroupType.Chatroom });
    await world.ok(scanner, 'POST', '/group/qrcode/invite', { qr_info: await sign(owner, groupId) });
    expect(await world.noticeTypes(owner)).toEqual([N.Joined]);
    expect(await world.noticeTypes(scanner)).toEqual([N.Joined]);
    expect(await world.notices(member)).toEqual([]);
  });

  it('refuses codes past expire_at (20025) by the server clock', async () => {
    const [owner, scanner] = await world.users(2);
    const groupId = await world.group({ owner });
    const qr_info = await sign(owner, groupId);
    const { expire_at } = decode(qr_info);

    world.shiftClock(GROUP_QRCODE_TTL_MS + 1000);
    expect((await world.as(scanner, 'POST', '/group/qrcode/invite', { qr_info })).body).toEqual(
      refused(20025, `qr_info: the code expired at ${new Date(expire_at).toISOString()}; ask for a new one`),
    );
    expect((await world.members(groupId)).count).toBe(1);
  });

  it('refuses forged, tampered, wrongly keyed and other apps\' codes (20024)', async () => {
    const [owner, scanner] = await world.users(2);
    const groupId = await world.group({ owner });
    const otherGroup = await world.group({ owner });
    const payload = decode(await sign(owner, groupId));
    const use = (qr_info: string) => world.as(scanner, 'POST', '/group/qrcode/invite', { qr_info });

    expect((await use('not a code')).body).toEqual(invalid('not a group QR code'));
    expect((await use(encode({ group_id: groupId }))).body).toEqual(invalid('not a group QR code'));
    expect((await use(encode({ ...payload, group_id: otherGroup }))).body).toEqual(invalid('the signature does not match its content'));
    expect((await use(encode({ ...payload, expire_at: payload.expire_at + 1 }))).body).toEqual(invalid('the signature does not match its content'));
    const { sign: _sign, ...unsigned } = payload;
    expect((await use(encode({ ...payload, sign: groupQrCodeSign('guessed secret', unsigned) }))).body).toEqual(
      invalid('the signature does not match its content'),
    );

    const other = await createTenant(world.server, 'other app');
    const [otherOwner, otherScanner] = await world.users(2, other);
    const foreignGroup = await world.group({ owner: otherOwner }, other);
    const foreign = (await world.as(otherOwner, 'GET', `/group/qrcode/sign?group_id=${foreignGroup}`, undefined, other)).body.data.qr_info;
    expect((await use(foreign)).body).toEqual(invalid('the code belongs to another app'));
    const relabelled = { ...decode(foreign), app_id: world.tenant.appId };
    expect((await use(encode(relabelled))).body).toEqual(invalid('the signature does not match its content'));
    expect((await world.as(otherScanner, 'POST', '/group/qrcode/invite', { qr_info: encode(payload) }, other)).body).toEqual(
      invalid('the code belongs to another app'),
    );
    expect((await world.members(groupId)).count).toBe(1);
  });

  it('refuses a code of a destroyed group (20001) and one whose signer may no longer invite (20024)', async () => {
    const [owner, member, scanner] = await world.users(3);
    const groupId = await world.group({ owner, members: [member] });
    const byMember = await sign(member, groupId);
    await world.server.sql(`DELETE FROM group_members WHERE group_id = $1 AND user_id = $2`, [groupId, member.userId]);
    await world.server.sql(`UPDATE groups SET member_count = 1 WHERE id = $1`, [groupId]);
    expect((await world.as(scanner, 'POST', '/group/qrcode/invite', { qr_info: byMember })).body).toEqual(
      invalid(`user ${member.userId}, who signed the code, may no longer invite to group ${groupId}`),
    );

    const byOwner = await sign(owner, groupId);
    await world.server.sql(`UPDATE groups SET status = 1 WHERE id = $1`, [groupId]);
    expect((await world.as(scanner, 'POST', '/group/qrcode/invite', { qr_info: byOwner })).body).toEqual(refused(20001, `group ${groupId} does not exist in this app`));
  });

  it('member_invite off: members may not sign (20012) and their earlier codes stop working; admins still sign', async () => {
    const [owner, admin, member, scanner] = await world.users(4);
    const groupId = await world.group({ owner, admins: [admin], members: [member] });
    const byMember = await sign(member, groupId);
    await world.server.sql(`UPDATE groups SET member_invite = false WHERE id = $1`, [groupId]);

    expect((await world.as(member, 'GET', `/group/qrcode/sign?group_id=${groupId}`)).body).toEqual(
      refused(20012, `only the group's admins and owner of group ${groupId} may do this`),
    );
    expect((await world.as(scanner, 'POST', '/group/qrcode/invite', { qr_info: byMember })).body.code).toBe(20024);
    expect((await world.as(scanner, 'POST', '/group/qrcode/invite', { qr_info: await sign(admin, groupId) })).body).toEqual(ok(true));
  });

  it('sign permissions: outsiders 20011, other apps 20001, non-admin impersonation 10010; the admin token signs as a user or as the group', async () => {
    const [owner, outsider, scanner] = await world.users(3);
    const groupId = await world.group({ owner });
    const url = `/group/qrcode/sign?group_id=${groupId}`;

    expect((await world.as(outsider, 'GET', url)).body).toEqual(refused(20011, `only members of group ${groupId} may do this`));
    const other = await createTenant(world.server, 'other app');
    const [stranger] = await world.users(1, other);
    expect((await world.as(stranger, 'GET', url, undefined, other)).body).toEqual(refused(20001, `group ${groupId} does not exist in this app`));
    const impersonating = await world.server.request({ url, appId: world.tenant.appId, token: outsider.token, headers: { user_id: String(owner.userId) } });
    expect(impersonating.body.code).toBe(10010);

    expect(decode((await world.asAdminFor(owner, 'GET', url)).body.data.qr_info).inviter).toBe(owner.userId);
    const asGroup = await world.asGroupAdmin(groupId, 'GET', url);
    expect(decode(asGroup.body.data.qr_info).inviter).toBeNull();
    expect((await world.as(scanner, 'POST', '/group/qrcode/invite', { qr_info: asGroup.body.data.qr_info })).body).toEqual(ok(true));
    expect((await world.notices(scanner))[0]).toMatchObject({ type: N.Joined, fromId: scanner.userId });
  });

  it('joining acts as a user: the admin token joins with the user_id header, not with the group_id header (10010)', async () => {
    const [owner, scanner] = await world.users(2);
    const groupId = await world.group({ owner });
    const qr_info = await sign(owner, groupId);

    expect((await world.asGroupAdmin(groupId, 'POST', '/group/qrcode/invite', { qr_info })).body.code).toBe(10010);
    expect((await world.asAdminFor(scanner, 'POST', '/group/qrcode/invite', { qr_info })).body).toEqual(ok(true));
    expect((await world.members(groupId)).count).toBe(2);
  });

  it('refuses bad input with the field and the reason', async () => {
    const [owner] = await world.users(1);
    const cases: [string, 'GET' | 'POST', string, unknown, string][] = [
      ['sign without group_id', 'GET', '/group/qrcode/sign', undefined, 'group_id: is required'],
      ['sign with a text group_id', 'GET', '/group/qrcode/sign?group_id=abc', undefined, 'group_id: must be an integer id'],
      ['invite without qr_info', 'POST', '/group/qrcode/invite', {}, 'qr_info: is required'],
      ['invite with a numeric qr_info', 'POST', '/group/qrcode/invite', { qr_info: 5 }, 'qr_info: must be a string'],
      ['invite with an oversized qr_info', 'POST', '/group/qrcode/invite', { qr_info: 'x'.repeat(2049) }, 'qr_info: must be at most 2048 characters'],
    ];
    for (const [name, method, url, body, message] of cases) {
      const response = await world.as(owner, method, url, body);
      expect({ name, body: response.body }).toEqual({ name, body: refused(10002, message) });
    }
  });
});
