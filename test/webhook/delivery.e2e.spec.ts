import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WebhookEvents } from '../../src/webhook/webhook-events.service';
import { createGroup } from '../group/fixtures';
import { MessageWorld } from '../message/fixtures';
import { createUser, TestUser } from '../server';
import { Receiver, testWebhookSettings } from './receiver';

type Verify = (secret: string, headers: Record<string, unknown>, rawBody: string, toleranceMs?: number) => boolean;

/** The five lines of Node in src/webhook/README.md "Signature" (the same in the README's "Webhooks"), run as documented. */
function readmeVerify(): Verify {
  const snippet = (path: string, heading: string) => new RegExp(`## ${heading}[\\s\\S]*?\`\`\`js\\n([\\s\\S]*?)\`\`\``).exec(readFileSync(join(__dirname, '../..', path), 'utf8'))![1];
  const block = snippet('src/webhook/README.md', 'Signature');
  expect(snippet('README.md', 'Webhooks')).toBe(block);
  expect(block.trim().split('\n')).toHaveLength(5);
  return new Function('require', `${block}\nreturn verify;`)(require) as Verify;
}

describe('webhook delivery', () => {
  const world = new MessageWorld();
  let receiver: Receiver;

  beforeAll(async () => {
    await world.start({ webhooks: testWebhookSettings() });
    receiver = await Receiver.start();
  });

  afterAll(async () => {
    await receiver.down();
    await world.close();
  });

  beforeEach(() => {
    receiver.received.length = 0;
    receiver.respond = () => ({ status: 200, body: { ok: true } });
  });

  async function endpoint(eventTypes: string[], extra: Record<string, unknown> = {}): Promise<{ id: number; secret: string }> {
    const created = await world.asAdmin('POST', '/webhook/endpoint', { url: receiver.url, event_types: eventTypes, ...extra });
    expect(created.body.code).toBe(200);
    return created.body.data;
  }

  async function removeEndpoints(): Promise<void> {
    const list = await world.asAdmin('GET', '/webhook/endpoint/list');
    for (const item of list.body.data) await world.asAdmin('DELETE', '/webhook/endpoint', { id: item.id });
  }

  afterEach(() => removeEndpoints());

  it('signs each request so that the README check verifies it, and refuses the same request replayed later', async () => {
    const verify = readmeVerify();
    const { secret } = await endpoint(['message.stored']);
    const [alice, bob] = await world.users(2);
    const msgId = await world.text(alice, bob.userId, 'signed');
    await receiver.waitFor((received) => received.length === 1);
    const [request] = receiver.received;
    expect(request.json).toMatchObject({ type: 'message.stored', app_id: world.tenant.appId, data: { msg_id: msgId, content: 'signed', from_xid: { uid: alice.userId }, to_xid: { uid: bob.userId }, type: 'CHAT' } });
    expect(request.headers['x-webhook-id']).toBe(request.json.event_id);
    expect(typeof request.json.time).toBe('number');

    expect(verify(secret, request.headers, request.raw)).toBe(true);
    expect(verify('another-secret-of-16+', request.headers, request.raw)).toBe(false);
    expect(verify(secret, request.headers, request.raw.replace('signed', 'forged'))).toBe(false);
    const sentAt = Number(request.headers['x-webhook-timestamp']);
    jest.spyOn(Date, 'now').mockReturnValue(sentAt + 6 * 60_000);
    try {
      expect(verify(secret, request.headers, request.raw)).toBe(false);
    } finally {
      jest.restoreAllMocks();
    }
  });

  it('sends the events of users, rosters, groups and messages, each to the endpoints that want its type', async () => {
    await endpoint(['user.registered', 'user.disabled', 'user.deleted', 'roster.added', 'roster.removed', 'group.created', 'group.member_joined', 'group.member_left', 'group.destroyed']);
    const [alice, bob, carol] = await world.users(3);
    const added = await world.asAdmin('POST', '/roster/apply/batch', [{ user_id: bob.userId }], { user_id: String(alice.userId) });
    expect(added.body.code).toBe(200);
    await world.ok(alice, 'POST', `/roster/delete?user_id=${bob.userId}`);
    const groupId = await createGroup(world.server, world.tenant, alice, { members: [carol] });
    await world.ok(carol, 'POST', `/group/leave?group_id=${groupId}`);
    await world.ok(alice, 'POST', `/group/destroy?group_id=${groupId}`);
    expect((await world.asAdmin('PUT', '/user/disable', { list: [carol.userId] })).body.code).toBe(200);
    expect((await world.asAdmin('POST', '/user/delete', {}, { user_id: String(carol.userId) })).body.code).toBe(200);
    await world.text(alice, bob.userId, 'not wanted by this endpoint');
    const late: TestUser = await createUser(world.server, world.tenant);

    await receiver.waitFor((received) => received.some((request) => request.json.type === 'user.registered' && request.json.data.user_id === late.userId));
    await receiver.waitFor((received) => ['user.deleted', 'group.destroyed', 'roster.removed'].every((type) => received.some((request) => request.json.type === type)));
    const data = (type: string) => receiver.of(type).map((request) => request.json.data);
    expect(data('user.registered')).toContainEqual({ user_id: late.userId, username: late.username });
    expect(data('roster.added')).toEqual([{ user_id: alice.userId, friend_id: bob.userId }]);
    expect(data('roster.removed')).toEqual([{ user_id: alice.userId, friend_id: bob.userId }]);
    expect(data('group.created')).toEqual([{ group_id: groupId, owner: alice.userId, name: 'test group', type: 0 }]);
    expect(data('group.member_joined')).toEqual([
      { group_id: groupId, user_id: alice.userId, role: 2 },
      { group_id: groupId, user_id: carol.userId, role: 0 },
    ]);
    expect(data('group.member_left')).toEqual([{ group_id: groupId, user_id: carol.userId, reason: 'left' }]);
    expect(data('group.destroyed')).toEqual([{ group_id: groupId }]);
    expect(data('user.disabled')).toEqual([{ user_id: carol.userId }]);
    expect(data('user.deleted')).toEqual([{ user_id: carol.userId }]);
    expect(receiver.of('message.stored')).toEqual([]);
    for (const request of receiver.received) expect(request.json.app_id).toBe(world.tenant.appId);
  });

  it('leaves content out for an endpoint that opts out, and sends read receipts and recalls', async () => {
    await endpoint(['message.stored', 'message.read', 'message.recalled'], { with_content: false });
    const [alice, bob] = await world.users(2);
    const msgId = await world.text(alice, bob.userId, 'private words');
    await world.ok(bob, 'GET', `/message/ack?conversation_id=${alice.userId}&msg_id=${msgId}`);
    await world.ok(alice, 'POST', '/message/recall', { conversation_id: bob.userId, msg_id: msgId });
    await receiver.waitFor((received) => received.length === 3);
    expect(receiver.received.map((request) => request.json.type)).toEqual(['message.stored', 'message.read', 'message.recalled']);
    const [stored, read, recalled] = receiver.received;
    expect(stored.raw).not.toContain('private words');
    expect(stored.json.data).toEqual({ msg_id: msgId, from_xid: { uid: alice.userId, device_sn: 0 }, to_xid: { uid: bob.userId, device_sn: 0 }, ctype: 'TEXT', type: 'CHAT', timestamp: expect.any(Number), is_system: false });
    expect(read.json.data).toMatchObject({ msg_id: msgId, from_xid: { uid: bob.userId }, to_xid: { uid: alice.userId } });
    expect(recalled.json.data).toMatchObject({ msg_id: msgId, from_xid: { uid: alice.userId }, to_xid: { uid: bob.userId } });
  });

  it('delivers a conversation’s messages in the order they were stored', async () => {
    await endpoint(['message.stored']);
    const [alice, bob] = await world.users(2);
    const sent: number[] = [];
    for (let index = 0; index < 30; index++) sent.push(await world.text(alice, bob.userId, `m${index}`));
    await receiver.waitFor((received) => received.length === 30);
    expect(receiver.received.map((request) => request.json.data.msg_id)).toEqual(sent);
  });

  it('logs each attempt with outcome, status and latency, retries failures, and replays one event or a range with the same event id', async () => {
    const { id } = await endpoint(['message.stored']);
    const [alice, bob] = await world.users(2);
    let calls = 0;
    receiver.respond = () => (++calls === 1 ? { status: 503 } : { status: 200 });
    const before = Date.now();
    await world.text(alice, bob.userId, 'retried');
    await receiver.waitFor((received) => received.length === 2);
    const [first, second] = receiver.received;
    expect(second.json.event_id).toBe(first.json.event_id);
    expect(second.raw).toBe(first.raw);

    await new Promise((resolve) => setTimeout(resolve, 200));
    const log = await world.asAdmin('GET', `/webhook/delivery/list?endpoint_id=${id}`);
    expect(log.body.code).toBe(200);
    expect(log.body.data.map((attempt: any) => [attempt.attempt, attempt.delivered, attempt.response_code])).toEqual([
      [2, true, 200],
      [1, false, 503],
    ]);
    expect(log.body.data[1]).toMatchObject({ event_id: first.json.event_id, event_type: 'message.stored', error: 'answered HTTP 503' });
    expect(log.body.data[0].latency_ms).toBeGreaterThanOrEqual(0);
    const paged = await world.asAdmin('GET', `/webhook/delivery/list?endpoint_id=${id}&limit=1`);
    const next = await world.asAdmin('GET', `/webhook/delivery/list?endpoint_id=${id}&limit=1&cursor=${paged.body.cursor}`);
    expect(next.body.data[0].attempt).toBe(1);
    expect(next.body.cursor).toBeUndefined();

    const one = await world.asAdmin('POST', '/webhook/replay', { event_id: first.json.event_id });
    expect(one.body).toMatchObject({ code: 200, data: { queued: 1 } });
    await receiver.waitFor((received) => received.length === 3);
    expect(receiver.received[2].json).toEqual(first.json);

    await world.text(alice, bob.userId, 'second');
    await receiver.waitFor((received) => received.length === 4);
    const range = await world.asAdmin('POST', '/webhook/replay', { from: before, to: Date.now() + 1000, endpoint_id: id });
    expect(range.body).toMatchObject({ code: 200, data: { queued: 2 } });
    await receiver.waitFor((received) => received.length === 6);
    expect(receiver.received.slice(4).map((request) => request.json.data.content)).toEqual(['retried', 'second']);
  });

  it('does not follow a redirect: the attempt fails with the 3xx status', async () => {
    const { id } = await endpoint(['message.stored']);
    receiver.respond = () => ({ status: 302 });
    const [alice, bob] = await world.users(2);
    await world.text(alice, bob.userId, 'moved?');
    await receiver.waitFor((received) => received.length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await world.asAdmin('PUT', '/webhook/endpoint', { id, enabled: false });
    const log = await world.asAdmin('GET', `/webhook/delivery/list?endpoint_id=${id}`);
    expect(log.body.data.at(-1)).toMatchObject({ delivered: false, response_code: 302 });
  });

  it('checks the address again when connecting: a host that now resolves inside is refused without a request', async () => {
    const { id } = await endpoint(['message.stored']);
    // As if DNS had changed since the URL was saved: localhost resolves to loopback, which only the IP literal is allowed as.
    await world.server.sql(`UPDATE webhook_endpoints SET url = $2 WHERE id = $1`, [id, `http://localhost:${receiver.port}/hook`]);
    const [alice, bob] = await world.users(2);
    await world.text(alice, bob.userId, 'inside?');
    let attempts: any[] = [];
    for (let waited = 0; attempts.length === 0 && waited < 10_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      attempts = (await world.asAdmin('GET', `/webhook/delivery/list?endpoint_id=${id}`)).body.data;
    }
    expect(attempts[0]).toMatchObject({ delivered: false, response_code: null, error: expect.stringMatching(/^host localhost resolves to (127\.0\.0\.1|::1), not a public address, and is not in WEBHOOK_ALLOW_HOSTS$/) });
    expect(receiver.received).toEqual([]);
  });

  it('keeps send latency flat while the receiver hangs (figure in src/webhook/README.md)', async () => {
    const [alice, bob] = await world.users(2);
    const measure = async (label: string) => {
      const times: number[] = [];
      for (let index = 0; index < 100; index++) {
        const started = performance.now();
        await world.text(alice, bob.userId, `${label}${index}`);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      return { p50: times[49], p95: times[94] };
    };
    const without = await measure('plain');
    await endpoint(['message.stored']);
    receiver.respond = () => 'hang';
    const hanging = await measure('hang');
    await world.server.app.get(WebhookEvents).settled();
    process.stderr.write(
      `send latency over HTTP inject, 100 sends each: no endpoint p50 ${without.p50.toFixed(1)} ms p95 ${without.p95.toFixed(1)} ms; ` +
        `hanging endpoint p50 ${hanging.p50.toFixed(1)} ms p95 ${hanging.p95.toFixed(1)} ms\n`,
    );
    expect(receiver.received.length).toBeGreaterThan(0);
    expect(hanging.p50).toBeLessThan(1_000);
    await receiver.down();
    await receiver.up();
  });
});
