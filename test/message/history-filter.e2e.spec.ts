import { TestUser } from '../server';
import { MessageWorld } from './fixtures';

describe('GET /message/conversation?content_type= (our extension): history of one message type', () => {
  const world = new MessageWorld();

  beforeAll(() => world.start());
  afterAll(() => world.close());

  const idsOf = (body: { data: { messages: { msg_id: number }[] } }) => body.data.messages.map((message) => message.msg_id);
  const page = (user: TestUser, query: string) => world.as(user, 'GET', `/message/conversation?${query}`);

  it('lists only messages of that content_type, newest first, paging by msg_id as without the filter', async () => {
    const [alice, bob] = await world.users(2);
    const texts: number[] = [];
    const commands: number[] = [];
    for (let index = 0; index < 3; index++) {
      texts.push(await world.text(alice, bob.userId, `text ${index}`));
      commands.push(await world.text(bob, alice.userId, `command ${index}`, 1, { content_type: 6 }));
    }

    const first = (await page(bob, `opposite_id=${alice.userId}&msg_id_start=0&limit=2&content_type=6`)).body;
    expect(idsOf(first)).toEqual([commands[2], commands[1]]);
    expect(first.data).toMatchObject({ next_msg_id: commands[1], is_last: false });
    expect(first.data.messages.map((message: { ctype: string }) => message.ctype)).toEqual(['COMMAND', 'COMMAND']);
    const second = (await page(bob, `opposite_id=${alice.userId}&msg_id_start=${commands[1]}&limit=2&content_type=6`)).body;
    expect(second.data).toEqual({ messages: [expect.objectContaining({ msg_id: commands[0] })], next_msg_id: 0, is_last: true });

    expect(idsOf((await page(alice, `opposite_id=${bob.userId}&msg_id_start=0&limit=10&content_type=0`)).body)).toEqual([...texts].reverse());
    expect(idsOf((await page(alice, `opposite_id=${bob.userId}&msg_id_start=0&limit=10&content_type=3`)).body)).toEqual([]);
    expect(idsOf((await page(alice, `opposite_id=${bob.userId}&msg_id_start=0&limit=10`)).body)).toHaveLength(6);
  });

  it.each([
    ['content_type=9', 'content_type: must be an integer from 0 to 8'],
    ['content_type=-1', 'content_type: must be an integer from 0 to 8'],
    ['content_type=text', 'content_type: must be an integer from 0 to 8'],
  ])('refuses %s with 10002: %s', async (query, message) => {
    const [alice, bob] = await world.users(2);
    expect((await page(alice, `opposite_id=${bob.userId}&msg_id_start=0&limit=10&${query}`)).body).toEqual({ code: 10002, message, data: null });
  });

  it('keeps the history rules: an admin acts as the user, a user token acting for another is refused, outsiders of a group get 20002', async () => {
    const [alice, bob, outsider] = await world.users(3);
    const id = await world.text(alice, bob.userId, 'hi');
    const asAdmin = await world.asAdmin('GET', `/message/conversation?opposite_id=${alice.userId}&msg_id_start=0&limit=10&content_type=0`, undefined, { user_id: String(bob.userId) });
    expect(idsOf(asAdmin.body)).toEqual([id]);
    const impersonating = await world.server.request({
      url: `/message/conversation?opposite_id=${bob.userId}&msg_id_start=0&limit=10&content_type=0`,
      appId: world.tenant.appId,
      token: outsider.token,
      headers: { user_id: String(alice.userId) },
    });
    expect(impersonating.body.code).toBe(10010);
    const groupId = await world.group(alice);
    expect((await page(outsider, `opposite_id=${groupId}&msg_id_start=0&limit=10&content_type=0`)).body.code).toBe(20002);
  });

  it('documents the filter as our extension in the OpenAPI document', async () => {
    const document = (await world.server.app.inject({ method: 'GET', url: '/docs-json' })).json();
    const parameter = document.paths['/message/conversation'].get.parameters.find((item: { name: string }) => item.name === 'content_type');
    expect(parameter).toMatchObject({ required: false, in: 'query' });
    expect(parameter.description ?? parameter.schema.description).toMatch(/^our extension/);
  });
});
