import { RosterWorld } from '../roster/roster.fixtures';
import { TestUser } from '../server';

/**
 * MaxIM's uni-app SDK keeps roster infos, its own profile, group infos and group members in its
 * store, and reads every stored value back through transferToLong (floo-uniapp
 * sdk/utils/tools.js), which destructures `{ low, high }` from each value: a null anywhere throws
 * and the chat page crashes. Restated here: the read-back walk that fails on null.
 */
function readBackAsSdkStore(value: unknown, path = 'data'): void {
  if (value === null) throw new Error(`${path} is null: the uni-app store reader throws on it`);
  if (typeof value !== 'object') return;
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) readBackAsSdkStore(field, `${path}.${key}`);
}

describe("answers the uni-app SDK stores carry no null fields", () => {
  const world = new RosterWorld();
  let alice: TestUser;
  let bob: TestUser;
  let groupId: number;

  beforeAll(async () => {
    await world.start();
    [alice, bob] = await world.users(2);
    await world.befriend(alice, bob);
    const created = await world.as(alice, 'POST', '/group/create', { name: 'team', user_list: [bob.userId] });
    groupId = created.body.data.group_id;
  });
  afterAll(() => world.close());

  type StoredAnswer = { method: 'GET' | 'POST'; url: () => string; body?: () => unknown };
  const storedAnswers: Record<string, StoredAnswer> = {
    'POST /roster/list': { method: 'POST', url: () => '/roster/list', body: () => ({ list: [bob.userId] }) },
    'GET /user/profile': { method: 'GET', url: () => '/user/profile' },
    'GET /group/info': { method: 'GET', url: () => `/group/info?group_id=${groupId}` },
    'POST /group/info/batch': { method: 'POST', url: () => '/group/info/batch', body: () => ({ group_list: [groupId] }) },
    'GET /group/member_list': { method: 'GET', url: () => `/group/member_list?group_id=${groupId}` },
  };

  it.each(Object.keys(storedAnswers))('%s: unset optional fields are absent, not null', async (name) => {
    const { method, url, body } = storedAnswers[name];
    const response = await world.as(alice, method, url(), body?.());
    expect(response.body.code).toBe(200);
    expect(response.body.data).not.toEqual([]);
    expect(() => readBackAsSdkStore(response.body.data)).not.toThrow();
  });

  it('still answers the fields that are set, and omits an unset alias rather than nulling it', async () => {
    const [item] = (await world.as(alice, 'POST', '/roster/list', { list: [bob.userId] })).body.data;
    expect(item).toMatchObject({ user_id: bob.userId, username: bob.username });
    expect(item).not.toHaveProperty('alias');
  });
});
