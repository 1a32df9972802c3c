import { MessageWorld } from '../message/fixtures';
import { PrivateRedis, startPrivateRedis } from '../private-redis';
import { Receiver, testWebhookSettings } from './receiver';

const MESSAGES = 1_000;
const OUTAGE_MS = 30_000;

/**
 * Issue 23: a receiver that is down for 30 s while 1,000 messages are sent gets all 1,000 after it
 * returns, and duplicates, if any, carry the same event id. Retries start at 150 ms and double, so
 * the attempt that finds the receiver back comes about 38 s after a message (README "Delivery").
 */
describe.each(['postgresql', 'redis'] as const)('webhook delivery through a receiver outage (queue on %s)', (backend) => {
  const world = new MessageWorld();
  let receiver: Receiver;
  let redis: PrivateRedis | null = null;

  beforeAll(async () => {
    if (backend === 'redis') redis = await startPrivateRedis();
    await world.start({ redisUrl: redis?.url ?? null, webhooks: testWebhookSettings({ backoffBaseMs: 150, timeoutMs: 1_000 }) });
    receiver = await Receiver.start();
  });

  afterAll(async () => {
    await receiver.down();
    await world.close();
    await redis?.stop();
  });

  it('delivers every one of 1,000 messages sent during a 30 s outage once the receiver is back', async () => {
    const created = await world.asAdmin('POST', '/webhook/endpoint', { url: receiver.url, event_types: ['message.stored'] });
    expect(created.body.code).toBe(200);
    const senders = await world.users(4);
    const peer = await world.user();

    await receiver.down();
    const downAt = Date.now();
    const sent: number[] = [];
    for (let start = 0; start < MESSAGES; start += 20) {
      const batch = Array.from({ length: Math.min(20, MESSAGES - start) }, (_, index) => world.text(senders[(start + index) % senders.length], peer.userId, `outage ${start + index}`));
      sent.push(...(await Promise.all(batch)));
    }
    const sendingMs = Date.now() - downAt;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, OUTAGE_MS - (Date.now() - downAt))));
    const failedWhileDown = (await world.server.sql(`SELECT count(*)::int AS n FROM webhook_attempts WHERE app_id = $1 AND NOT delivered`, [world.tenant.appId]))[0].n;
    await receiver.up();
    const upAt = Date.now();

    const distinct = () => new Set(receiver.received.map((request) => request.json.data.msg_id)).size;
    await receiver.waitFor(() => distinct() === MESSAGES, 240_000);
    process.stderr.write(
      `outage (${backend}): ${MESSAGES} sends took ${sendingMs} ms while the receiver was down; ${failedWhileDown} failed attempts meanwhile; ` +
        `all delivered ${Date.now() - upAt} ms after it came back; ${receiver.received.length} requests received\n`,
    );

    expect(new Set(sent).size).toBe(MESSAGES);
    expect([...new Set(receiver.received.map((request) => request.json.data.msg_id))].sort((a, b) => a - b)).toEqual([...sent].sort((a, b) => a - b));
    expect(failedWhileDown).toBeGreaterThan(0);
    const eventOf = new Map<number, string>();
    for (const request of receiver.received) {
      const msgId = request.json.data.msg_id;
      expect(request.headers['x-webhook-id']).toBe(request.json.event_id);
      expect(eventOf.get(msgId) ?? request.json.event_id).toBe(request.json.event_id);
      eventOf.set(msgId, request.json.event_id);
    }
    expect(new Set(eventOf.values()).size).toBe(MESSAGES);
  });
});
