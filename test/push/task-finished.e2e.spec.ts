import { PushTaskFinisher, taskFinishedEventId } from '../../src/push/push-task-finisher.service';
import { WebhookEvents } from '../../src/webhook/webhook-events.service';
import { Receiver, testWebhookSettings } from '../webhook/receiver';
import { Tenant, TestServer } from '../server';
import { HuaweiStub } from './stubs/huawei.stub';
import { HUAWEI_SEND_PATH, notify, seedDevices, startWithHuaweiStub, taskDetail } from './push-fixtures';

/** push.task_finished: once per /push/notify task, after its last delivery settled, with the final counts. */
describe('push.task_finished webhook event', () => {
  let server: TestServer;
  let huawei: HuaweiStub;
  let receiver: Receiver;
  let tenant: Tenant;

  beforeAll(async () => {
    receiver = await Receiver.start();
    ({ server, huawei, tenant } = await startWithHuaweiStub({ webhooks: testWebhookSettings() }));
    const endpoint = await server.request({ method: 'POST', url: '/webhook/endpoint', appId: tenant.appId, token: tenant.adminToken, body: { url: receiver.url, event_types: ['push.task_finished'] } });
    expect(endpoint.body.code).toBe(200);
  });

  afterAll(async () => {
    await server.close();
    await receiver.down();
    await huawei.close();
    expect(huawei.state.violations).toEqual([]);
  });

  const finishedOf = (taskId: number) => receiver.of('push.task_finished').filter((request) => request.json.data.task_id === taskId);
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('arrives once, after the last batch was sent (a vendor retry included), with the final counts per channel', async () => {
    const users = await seedDevices(server, tenant, 4, 'hw');
    huawei.state.answer(`tok-${users[0]}`, { kind: 'rateLimited', retryAfterSeconds: 1 });
    huawei.state.answer(`tok-${users[1]}`, { kind: 'invalidToken' });
    const taskId = (await notify(server, tenant, { audience: { user_id: users }, message: { title: 'Hi', body: 'there' } })).body.data.task_id;

    // The vendor deferred the batch: the task has queued everything but has not finished sending.
    const deadline = Date.now() + 15_000;
    while (huawei.state.requestsTo(HUAWEI_SEND_PATH).length === 0 && Date.now() < deadline) await pause(20);
    await pause(300);
    expect(finishedOf(taskId)).toEqual([]);
    expect((await server.sql(`SELECT status FROM push_tasks WHERE id = $1`, [taskId]))[0].status).toBe('sending');

    huawei.state.answer(`tok-${users[0]}`, { kind: 'success' });
    await receiver.waitFor(() => finishedOf(taskId).length === 1);
    const [event] = finishedOf(taskId);
    const lastSend = huawei.state.requestsTo(HUAWEI_SEND_PATH).at(-1)!;
    expect(huawei.state.requestsTo(HUAWEI_SEND_PATH).length).toBeGreaterThanOrEqual(2);
    expect(event.at).toBeGreaterThanOrEqual(lastSend.at);
    expect(event.json).toEqual({
      event_id: taskFinishedEventId(tenant.appId, taskId),
      type: 'push.task_finished',
      app_id: tenant.appId,
      time: expect.any(Number),
      data: {
        task_id: taskId,
        channels: [{ channel: 'huawei', target: 4, sent: 3, received: 3, failed: 1, failure: null }],
        totals: { target: 4, sent: 3, received: 3, failed: 1 },
      },
    });
    expect(await taskDetail(server, tenant, taskId)).toMatchObject({ huawei_target: 4, huawei_sent: 3, huawei_received: 3 });
    const [task] = await server.sql(`SELECT status, finished_at, unsettled FROM push_tasks WHERE id = $1`, [taskId]);
    expect(task).toMatchObject({ status: 'done', unsettled: 0 });
    expect(task.finished_at.getTime()).toBeLessThanOrEqual(event.at);

    await pause(500);
    expect(finishedOf(taskId)).toHaveLength(1);
  });

  it('arrives for a task with no devices once its audience is resolved, with no channels', async () => {
    const taskId = (await notify(server, tenant, { audience: { tag: ['nobody'] }, message: { body: 'x' } })).body.data.task_id;
    await receiver.waitFor(() => finishedOf(taskId).length === 1);
    expect(finishedOf(taskId)[0].json.data).toEqual({ task_id: taskId, channels: [], totals: { target: 0, sent: 0, received: 0, failed: 0 } });
  });

  it('is reported again under the same event id when a worker died before marking the task done: stored and delivered once', async () => {
    const [user] = await seedDevices(server, tenant, 1, 'hw');
    const taskId = (await notify(server, tenant, { audience: { user_id: [user] }, message: { body: 'x' } })).body.data.task_id;
    await receiver.waitFor(() => finishedOf(taskId).length === 1);
    // The state a worker leaves when it dies between recording the event and marking the task done.
    await server.sql(`UPDATE push_tasks SET status = 'sending', finished_at = NULL WHERE id = $1`, [taskId]);
    await server.app.get(PushTaskFinisher).finishIfSent(tenant.appId, taskId, 'notify');
    await server.app.get(WebhookEvents).settled();
    await pause(500);
    const eventId = taskFinishedEventId(tenant.appId, taskId);
    expect((await server.sql(`SELECT count(*)::int AS n FROM webhook_events WHERE id = $1`, [eventId]))[0].n).toBe(1);
    expect(finishedOf(taskId).map((request) => request.headers['x-webhook-id'])).toEqual([eventId]);
    expect((await server.sql(`SELECT status FROM push_tasks WHERE id = $1`, [taskId]))[0].status).toBe('done');
  });

});
