import { RosterNoticeType, UserNoticeType } from '../../src/notice/notice.types';
import { RosterWorld } from '../roster/roster.fixtures';
import { createTenant, createUser } from '../server';

describe('/user/profile: gender, birthday and region (our extension)', () => {
  const world = new RosterWorld();

  beforeAll(() => world.start());
  afterAll(() => world.close());

  it('sets gender, birthday and region, reads them back in the profile, and clears each with ""', async () => {
    const [alice] = await world.users(1);
    expect((await world.ok(alice, 'GET', '/user/profile')).data).not.toHaveProperty('gender');
    expect((await world.as(alice, 'POST', '/user/profile', { gender: 'female', birthday: '1990-02-28', region: 'CN-Shanghai' })).body).toEqual({ code: 200, message: null, data: true });
    expect((await world.ok(alice, 'GET', '/user/profile')).data).toMatchObject({ user_id: alice.userId, gender: 'female', birthday: '1990-02-28', region: 'CN-Shanghai' });
    await world.ok(alice, 'PUT', '/user/profile', { gender: '', region: '' });
    const profile = (await world.ok(alice, 'GET', '/user/profile')).data;
    expect(profile.birthday).toBe('1990-02-28');
    expect(profile).not.toHaveProperty('gender');
    expect(profile).not.toHaveProperty('region');
    await world.ok(alice, 'POST', '/user/profile', { birthday: '' });
    expect((await world.ok(alice, 'GET', '/user/profile')).data).not.toHaveProperty('birthday');
  });

  it("tells the user's devices USER INFO_UPDATED for every profile change; friends hear nothing of fields they cannot see", async () => {
    const [alice, bob] = await world.users(2);
    await world.befriend(alice, bob);
    const infoUpdated = { type: UserNoticeType.InfoUpdated, fromId: alice.userId, toIds: [alice.userId] };
    await world.ok(alice, 'POST', '/user/profile', { gender: 'male', birthday: '2000-01-01', region: 'NL' });
    expect(await world.userNotices(alice)).toEqual([infoUpdated]);
    expect(await world.noticeTypes(bob)).toEqual([RosterNoticeType.Added]);
    await world.ok(alice, 'POST', '/user/nickname?nick_name=Al');
    expect(await world.userNotices(alice)).toEqual([infoUpdated, infoUpdated]);
    expect(await world.userNotices(bob)).toEqual([]);
  });

  it('lets the admin batch set the new fields and tells that user\'s devices', async () => {
    const [alice] = await world.users(1);
    const answer = await world.server.request({
      method: 'POST',
      url: '/user/profile/batch',
      appId: world.tenant.appId,
      token: world.tenant.adminToken,
      body: { list: [{ user_id: alice.userId, region: 'FR' }] },
    });
    expect(answer.body.data).toEqual([{ user_id: alice.userId, success: true, reason: null }]);
    expect((await world.ok(alice, 'GET', '/user/profile')).data.region).toBe('FR');
    expect(await world.userNotices(alice)).toEqual([{ type: UserNoticeType.InfoUpdated, fromId: alice.userId, toIds: [alice.userId] }]);
  });

  const birthdayRule = 'birthday: must be a date YYYY-MM-DD from 1900-01-01 to today, or "" to clear it';
  it.each([
    [{ gender: 'm' }, 'gender: must be one of male, female, other, or "" to clear it'],
    [{ gender: 1 }, 'gender: must be one of male, female, other, or "" to clear it'],
    [{ birthday: '1990-2-3' }, birthdayRule],
    [{ birthday: '2023-02-30' }, birthdayRule],
    [{ birthday: '1899-12-31' }, birthdayRule],
    [{ birthday: '2999-01-01' }, birthdayRule],
    [{ birthday: 19900101 }, 'birthday: must be a string'],
    [{ region: 'r'.repeat(65) }, 'region: must be at most 64 characters'],
    [{ region: null }, 'body: send at least one of description, nick_name, private_info, public_info, gender, birthday, region'],
  ])('refuses %j with 10002', async (body, message) => {
    const [alice] = await world.users(1);
    expect((await world.as(alice, 'POST', '/user/profile', body)).body).toEqual({ code: 10002, message, data: null });
    expect(await world.userNotices(alice)).toEqual([]);
  });

  it('lets an admin act as the user; refuses impersonation (10010), the admin as nobody and other apps', async () => {
    const [alice, bob] = await world.users(2);
    expect((await world.asAdminFor(alice, 'POST', '/user/profile', { gender: 'other' })).body.data).toBe(true);
    expect((await world.asAdminFor(alice, 'GET', '/user/profile')).body.data.gender).toBe('other');
    expect((await world.impersonate(bob, alice, 'POST', '/user/profile', { gender: 'male' })).body.code).toBe(10010);
    expect((await world.server.request({ method: 'POST', url: '/user/profile', appId: world.tenant.appId, token: world.tenant.adminToken, body: { gender: 'male' } })).body.code).toBe(10010);
    const other = await createTenant(world.server, 'other');
    const outsider = await createUser(world.server, other);
    expect((await world.server.request({ method: 'POST', url: '/user/profile', appId: world.tenant.appId, token: outsider.token, body: { gender: 'male' } })).body.code).toBe(10008);
    expect((await world.ok(alice, 'GET', '/user/profile')).data.gender).toBe('other');
  });
});

