import { loadConfig } from '../../src/common/config/config';
import { StatusCode } from '../../src/realtime/xsync.codec';
import { signature } from '../../src/webhook/webhook-http';
import { MessageWorld } from '../message/fixtures';
import { listen, XsyncClient } from '../realtime/xsync-client';
import { startTestServer, TestUser } from '../server';
import { Receiver, ReceivedRequest, testWebhookSettings } from './receiver';

/** The receiver's moderation: the verdict depends on the message's text. */
function moderate(request: ReceivedRequest) {
  const content: string = request.json.data.content;
  if (content.startsWith('hang')) return 'hang' as const;
  if (content.startsWith('refuse')) return { status: 200, body: { action: 'refuse', reason: 'no shouting' } };
  if (content.startsWith('replace')) return { status: 200, body: { action: 'replace', content: 'replaced by moderation', ext: '{"moderated":true}' } };
  if (content.startsWith('gibberish')) return { status: 200, body: { verdict: 'fine' } };
  return { status: 200, body: { action: 'allow' } };
}

describe('before-send hook', () => {
  const world = new MessageWorld();
  let hook: Receiver;
  let url: string;
  let secret: string;
  const clients: XsyncClient[] = [];

  beforeAll(async () => {
    await world.start({ webhooks: testWebhookSettings(), realtime: { ...loadConfig({}).realtime, framesPerSecond: 100_000 } });
    url = await listen(world.server);
    hook = await Receiver.start();
    hook.respond = moderate;
  });

  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });

  afterAll(async () => {
    await hook.down();
    await world.close();
  });

  async function setHook(onTimeout: 'allow' | 'refuse'): Promise<void> {
    const saved = await world.asAdmin('PUT', '/webhook/before_send', { url: hook.url, timeout_ms: 300, on_timeout: onTimeout });
    expect(saved.body.code).toBe(200);
    secret = saved.body.data.secret;
  }

  async function device(user: TestUser): Promise<{ client: XsyncClient; from: { uid: number; deviceSN: number } }> {
    const client = await XsyncClient.connect(url);
    clients.push(client);
    const answer = await client.provision(user.token, { uid: user.userId });
    return { client, from: { uid: user.userId, deviceSN: Number(answer.xid.deviceSN) } };
  }

  const send = (from: TestUser, to: number, content: string) => world.as(from, 'POST', '/message/send', { type: 1, targets: [to], content_type: 0, content });

  describe.each(['allow', 'refuse'] as const)('with on_timeout %s', (onTimeout) => {
    beforeAll(() => setHook(onTimeout));

    it('over REST: allows, refuses with 10018 and the reason, replaces the content, and applies the policy on timeout', async () => {
      const [alice, bob] = await world.users(2);
      const rowsBefore = await world.messageRows();

      const allowed = await send(alice, bob.userId, 'allow this');
      expect(allowed.body.code).toBe(200);
      const refused = await send(alice, bob.userId, 'refuse this');
      expect(refused.body).toEqual({ code: 10018, message: 'the app refused this message: no shouting', data: null });
      const replaced = await send(alice, bob.userId, 'replace this');
      expect(replaced.body.code).toBe(200);
      const noVerdict = await send(alice, bob.userId, 'gibberish answer');
      const started = Date.now();
      const timedOut = await send(alice, bob.userId, 'hang on');
      const waited = Date.now() - started;
      expect(waited).toBeGreaterThanOrEqual(290);
      expect(waited).toBeLessThan(5_000);

      const expectedStored = ['allow this', 'replaced by moderation'];
      if (onTimeout === 'allow') {
        expect(noVerdict.body.code).toBe(200);
        expect(timedOut.body.code).toBe(200);
        expectedStored.push('gibberish answer', 'hang on');
      } else {
        expect(noVerdict.body).toMatchObject({ code: 10018, message: "the app refused this message: the app's moderation did not answer (the answer is not a verdict)" });
        expect(timedOut.body).toMatchObject({ code: 10018, message: "the app refused this message: the app's moderation did not answer (no answer within 300 ms)" });
      }
      const history = await world.history(bob, alice.userId);
      expect(history.map((message) => message.content)).toEqual(expectedStored);
      expect(await world.messageRows()).toBe(rowsBefore + expectedStored.length);
      expect(history[1]).toMatchObject({ ext: '{"moderated":true}' });
    });

    it('over the socket: the ack carries WORD_CENSORED with the reason for a refusal, and the receiver syncs replaced content', async () => {
      const [alice, bob] = await world.users(2);
      const sender = await device(alice);

      const allowed = await sender.client.sendText(sender.from, bob.userId, 'allow me', { id: 9001 });
      expect(allowed.status.code).toBe(StatusCode.Ok);
      const refused = await sender.client.sendText(sender.from, bob.userId, 'refuse me', { id: 9002 });
      expect(refused.status).toEqual({ code: StatusCode.WordCensored, reason: 'the app refused this message: no shouting' });
      expect(Number(refused.client_mid)).toBe(9002);
      const replaced = await sender.client.sendText(sender.from, bob.userId, 'replace me', { id: 9003 });
      expect(replaced.status.code).toBe(StatusCode.Ok);
      const timedOut = await sender.client.sendText(sender.from, bob.userId, 'hang up', { id: 9004 });
      if (onTimeout === 'allow') expect(timedOut.status.code).toBe(StatusCode.Ok);
      else expect(timedOut.status).toEqual({ code: StatusCode.WordCensored, reason: "the app refused this message: the app's moderation did not answer (no answer within 300 ms)" });

      const receiver = await device(bob);
      const synced = await receiver.client.syncAll(alice.userId);
      expect(synced.map((meta) => meta.payload.content)).toEqual(['allow me', 'replaced by moderation', ...(onTimeout === 'allow' ? ['hang up'] : [])]);
    });
  });

  it('signs the hook request like events and shows it the message as sent, with REST field names', async () => {
    await setHook('refuse');
    const [alice, bob] = await world.users(2);
    hook.received.length = 0;
    await send(alice, bob.userId, 'allow, signed');
    const [request] = hook.received;
    expect(request.json).toEqual({
      event_id: request.headers['x-webhook-id'],
      type: 'message.before_send',
      app_id: world.tenant.appId,
      time: expect.any(Number),
      data: { from_user_id: alice.userId, type: 1, targets: [bob.userId], content_type: 0, content: 'allow, signed', attachment: null, config: null, ext: null },
    });
    expect(request.headers['x-webhook-signature']).toBe(signature(secret, String(request.headers['x-webhook-timestamp']), request.raw));
  });

  it('lets the app’s own system notices through without asking', async () => {
    await setHook('refuse');
    const [alice] = await world.users(1);
    hook.received.length = 0;
    const notice = await world.asAdmin('POST', '/message/notify', { type: 1, targets: [alice.userId], content_type: 0, content: 'refuse? the app itself sends this' });
    expect(notice.body.code).toBe(200);
    expect(hook.received).toEqual([]);
  });

  it('uses a changed hook on the very next send, in another process on the same database too', async () => {
    const other = await startTestServer({ webhooks: testWebhookSettings() }, world.server.database);
    const second = await Receiver.start();
    try {
      await setHook('refuse');
      const [alice, bob] = await world.users(2);
      const sendThere = (content: string) => other.request({ method: 'POST', url: '/message/send', appId: world.tenant.appId, token: alice.token, body: { type: 1, targets: [bob.userId], content_type: 0, content } });
      // Both processes have read (and cached) the first hook.
      expect((await send(alice, bob.userId, 'refuse here')).body.code).toBe(10018);
      expect((await sendThere('refuse there')).body.code).toBe(10018);

      second.respond = () => ({ status: 200, body: { action: 'replace', content: 'from the second hook' } });
      const changed = await world.asAdmin('PUT', '/webhook/before_send', { url: second.url, timeout_ms: 300, on_timeout: 'refuse' });
      expect(changed.body.code).toBe(200);
      hook.received.length = 0;
      const there = await sendThere('refuse there, again');
      const here = await send(alice, bob.userId, 'refuse here, again');
      expect([there.body.code, here.body.code]).toEqual([200, 200]);
      expect(hook.received).toEqual([]);
      expect(second.received.map((request) => request.json.data.content)).toEqual(['refuse there, again', 'refuse here, again']);

      // Removing it holds at once as well: nobody is asked.
      await world.asAdmin('DELETE', '/webhook/before_send');
      expect((await sendThere('refuse? nobody asks')).body.code).toBe(200);
      expect(second.received).toHaveLength(2);
    } finally {
      await second.down();
      await other.close();
    }
  });

  it('stops asking once the hook is removed', async () => {
    await setHook('refuse');
    await world.asAdmin('DELETE', '/webhook/before_send');
    const [alice, bob] = await world.users(2);
    hook.received.length = 0;
    expect((await send(alice, bob.userId, 'refuse? nobody asks')).body.code).toBe(200);
    expect(hook.received).toEqual([]);
  });
});
