import { getQueueToken } from '@nestjs/bullmq';
import { Job, Queue } from 'bullmq';
import { WebhookEvents } from '../../src/webhook/webhook-events.service';
import { PREDECESSOR_WAIT_MS, WebhookProcessor } from '../../src/webhook/webhook.processor';
import { WEBHOOK_QUEUE, WebhookDeliveryJob } from '../../src/webhook/webhook.types';
import { MessageWorld } from '../message/fixtures';
import { Receiver, testWebhookSettings } from './receiver';

/**
 * The processor's order, made deterministic: the worker does not run, so the tests hand the queued
 * jobs to `process()` in the order a racing fetch could (src/webhook/README.md "Order").
 */
describe('WebhookProcessor order', () => {
  const world = new MessageWorld();
  let receiver: Receiver;
  let queue: Queue;
  let processor: WebhookProcessor;

  beforeAll(async () => {
    await world.start({ webhooks: testWebhookSettings(), pushWorkersInApi: false });
    receiver = await Receiver.start();
    queue = world.server.app.get<Queue>(getQueueToken(WEBHOOK_QUEUE));
    processor = world.server.app.get(WebhookProcessor);
    const created = await world.asAdmin('POST', '/webhook/endpoint', { url: receiver.url, event_types: ['message.stored'] });
    expect(created.body.code).toBe(200);
  });

  afterAll(async () => {
    await receiver.down();
    await world.close();
  });

  beforeEach(() => {
    receiver.received.length = 0;
  });

  /** Sends `count` messages in one conversation and returns their queued jobs, in the order sent. */
  async function queuedJobs(count: number): Promise<{ msgIds: number[]; jobs: Job<WebhookDeliveryJob>[] }> {
    const [alice, bob] = await world.users(2);
    const msgIds: number[] = [];
    for (let index = 0; index < count; index++) msgIds.push(await world.text(alice, bob.userId, `m${index}`));
    await world.server.app.get(WebhookEvents).settled();
    const waiting: Job<WebhookDeliveryJob>[] = await queue.getJobs(['waiting'], 0, -1);
    const events = await world.server.sql(`SELECT id, data->>'msg_id' AS msg_id FROM webhook_events WHERE (data->>'msg_id')::bigint = ANY($1)`, [msgIds]);
    const eventOf = new Map(events.map((row: { id: string; msg_id: string }) => [Number(row.msg_id), row.id]));
    const jobs = msgIds.map((msgId) => waiting.find((job) => job.data.eventId === eventOf.get(msgId))!);
    expect(jobs.map((job) => job.data.sequence?.index)).toEqual([...Array(count).keys()]);
    return { msgIds, jobs };
  }

  const deliveredMsgIds = () => receiver.received.map((request) => request.json.data.msg_id);

  it('delivers jobs handed over out of order in the order they were stamped', async () => {
    const { msgIds, jobs } = await queuedJobs(4);
    const started = Date.now();
    await Promise.all([jobs[1], jobs[3], jobs[2], jobs[0]].map((job) => processor.process(job)));
    expect(deliveredMsgIds()).toEqual(msgIds);
    expect(Date.now() - started).toBeLessThan(PREDECESSOR_WAIT_MS);
  });

  it('waits at most PREDECESSOR_WAIT_MS for a predecessor still queued that never comes', async () => {
    const { msgIds, jobs } = await queuedJobs(2);
    const started = Date.now();
    await processor.process(jobs[1]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(PREDECESSOR_WAIT_MS - 50);
    expect(deliveredMsgIds()).toEqual([msgIds[1]]);
  });

  it('does not wait for a predecessor the queue no longer holds (delivered by another process, or removed)', async () => {
    const { msgIds, jobs } = await queuedJobs(2);
    await jobs[0].remove();
    const started = Date.now();
    await processor.process(jobs[1]);
    expect(Date.now() - started).toBeLessThan(PREDECESSOR_WAIT_MS / 2);
    expect(deliveredMsgIds()).toEqual([msgIds[1]]);
  });

  it('does not hold a retry or a replay', async () => {
    const { msgIds, jobs } = await queuedJobs(2);
    const started = Date.now();
    jobs[1].attemptsMade = 1;
    await processor.process(jobs[1]);
    const { sequence, ...replay } = jobs[1].data;
    expect(sequence).toBeDefined();
    await processor.process({ ...jobs[1], attemptsMade: 0, data: replay } as Job<WebhookDeliveryJob>);
    expect(Date.now() - started).toBeLessThan(PREDECESSOR_WAIT_MS / 2);
    expect(deliveredMsgIds()).toEqual([msgIds[1], msgIds[1]]);
  });
});
