import { RosterWorld } from '../roster/roster.fixtures';
import { TestUser } from '../server';

/**
 * MaxIM's web SDK sends user ids as strings in JSON bodies (`POST /roster/list {"list": ["10000001"]}`,
 * floo-web dataLogics.js / rosterManage.js). A string of decimal digits counts as that number in
 * every integer field of a body; any other string is refused with 10002 naming it.
 */
describe('ids as strings in JSON bodies', () => {
  const world = new RosterWorld();
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    await world.start();
    [alice, bob] = await world.users(2);
  });
  afterAll(() => world.close());

  it('reads the SDK\'s POST /roster/list with string ids as the numbers', async () => {
    const response = await world.as(alice, 'POST', '/roster/list', { list: [String(bob.userId), alice.userId] });
    expect(response.body.code).toBe(200);
    expect(response.body.data.map((item: { user_id: number }) => item.user_id).sort()).toEqual([alice.userId, bob.userId].sort());
    expect(typeof response.body.data[0].user_id).toBe('number');
  });

  it('reads a string id in a single id field and in the items of a batch', async () => {
    expect((await world.as(alice, 'POST', '/roster/apply', { user_id: String(bob.userId) })).body.code).toBe(200);
    expect(await world.friendIds(alice)).toEqual([bob.userId]);
    const [carol, dave] = await world.users(2);
    const batch = await world.server.request({
      method: 'POST',
      url: '/roster/apply/batch',
      appId: world.tenant.appId,
      token: carol.token,
      body: [{ user_id: String(dave.userId) }, { user_id: '0x10' }],
    });
    expect(batch.body.data.success).toEqual([dave.userId]);
    expect(batch.body.data.fails[0].reason).toMatch(/^user_id: "0x10" is not a whole number/);
  });

  it.each(['1e3', '0x10', ' 1', '+1', '-1', '1.0', ''])('refuses %j with 10002 naming the item', async (text) => {
    const response = await world.as(alice, 'POST', '/roster/list', { list: [String(bob.userId), text] });
    expect(response.body).toEqual({
      code: 10002,
      message: `list[1]: ${JSON.stringify(text)} is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)`,
      data: null,
    });
  });

  it('keeps the range rules for digit strings', async () => {
    expect((await world.as(alice, 'POST', '/roster/list', { list: ['0'] })).body).toMatchObject({ code: 10002, message: 'list: every item must be a positive user id' });
    expect((await world.as(alice, 'POST', '/roster/list', { list: ['9007199254740993'] })).body).toMatchObject({ code: 10002, message: 'list: every item must be at most 9007199254740991' });
  });
});
