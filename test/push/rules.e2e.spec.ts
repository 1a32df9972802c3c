import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { Clock } from '../../src/common/clock';
import { PushVendor } from '../../src/push/channels/push-channel';
import { PushJobName, PushQueue } from '../../src/push/push.jobs';
import { PushProducer } from '../../src/push/push.producer';
import { GENERIC_MESSAGE_TEXT } from '../../src/push/push-render';
import { PushRetentionService, SWEEP_EVERY_MS } from '../../src/push/push-retention.service';
import { createTenant, startTestServer, Tenant, TestServer } from '../server';
import { addCertificate, FakeChannel, HUAWEI_CERTIFICATE, installFake, notify, seedDevices, taskDetail, waitForDetail } from './push-fixtures';

/** Polls until `check` answers true (workers run in this process); fails after `timeoutMs`. */
async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('push rules: show_begin_time / show_end_time, offline message pushes, delivery retention', () => {
  let server: TestServer;
  let tenant: Tenant;
  let fanout: Queue;
  let offsetMs = 0;
  let fixedNow: Date | null = null;

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await createTenant(server);
    await addCertificate(server, tenant, HUAWEI_CERTIFICATE);
    fanout = server.app.get(getQueueToken(PushQueue.Fanout), { strict: false });
    jest.spyOn(server.app.get(Clock), 'now').mockImplementation(() => new Date((fixedNow?.getTime() ?? Date.now()) + offsetMs));
  });
  afterAll(() => server.close());
  beforeEach(() => {
    offsetMs = 0;
    fixedNow = null;
  });

  const nowSeconds = () => Math.floor(server.app.get(Clock).now().getTime() / 1000);
  const statusOf = async (taskId: number) => (await server.sql(`SELECT status FROM push_tasks WHERE id = $1`, [taskId]))[0].status;

  describe('show_begin_time', () => {
    it('holds the task in a delayed job until the begin time, then sends', async () => {
      const fake = installFake(server, PushVendor.Huawei);
      const users = await seedDevices(server, tenant, 3, 'hw');
      const answer = await notify(server, tenant, { audience: { user_id: users }, message: { body: 'later', show_begin_time: nowSeconds() + 3600 } });
      const taskId = answer.body.data.task_id;
      const job = (await fanout.getJob(`task-${taskId}`))!;
      expect(await job.getState()).toBe('delayed');
      expect(job.opts.delay).toBeGreaterThan(3_590_000);
      expect(job.opts.delay).toBeLessThanOrEqual(3_600_000);
      expect(await statusOf(taskId)).toBe('queued');
      expect(fake.sent).toHaveLength(0);
      // An hour passes (the Clock moves; the delayed job is promoted instead of waited for).
      offsetMs = 3601_000;
      await job.promote();
      await waitForDetail(server, tenant, taskId, (d) => d.huawei_sent === 3);
      expect(fake.sent.map((entry) => entry.target.userId).sort((a, b) => a - b)).toEqual(users);
    });

    it('drops the task at fan-out when it starts after show_end_time (status expired, nothing routed)', async () => {
      const fake = installFake(server, PushVendor.Huawei);
      const users = await seedDevices(server, tenant, 2, 'hw');
      const begin = nowSeconds() + 3600;
      const answer = await notify(server, tenant, { audience: { user_id: users }, message: { body: 'x', show_begin_time: begin, show_end_time: begin + 60 } });
      const taskId = answer.body.data.task_id;
      offsetMs = 4000_000;
      await (await fanout.getJob(`task-${taskId}`))!.promote();
      await waitUntil(async () => (await statusOf(taskId)) === 'expired', 'the task to expire');
      expect(await taskDetail(server, tenant, taskId)).toMatchObject({ huawei_target: 0, huawei_sent: 0 });
      expect(fake.sent).toHaveLength(0);
    });
  });

  it('show_end_time: deliveries still pending when it passes are skipped as late, not sent', async () => {
    const fake = installFake(server, PushVendor.Huawei);
    const users = await seedDevices(server, tenant, 2, 'hw');
    fake.answer = (_target, call) => {
      if (call === 1) {
        offsetMs = 120_000; // the vendor deferred, and by the retry the end time has passed
        return { kind: 'retryable', retryAfterMs: 10 };
      }
      return { kind: 'ok' };
    };
    const answer = await notify(server, tenant, { audience: { user_id: users }, message: { body: 'x', show_end_time: nowSeconds() + 60 } });
    const taskId = answer.body.data.task_id;
    await waitUntil(async () => (await server.sql(`SELECT count(*)::int AS n FROM push_deliveries WHERE task_id = $1 AND state = 4`, [taskId]))[0].n === 2, 'late deliveries to be skipped');
    const rows = await server.sql(`SELECT outcome FROM push_deliveries WHERE task_id = $1`, [taskId]);
    expect(rows.map((row) => row.outcome)).toEqual(['late: after show_end_time', 'late: after show_end_time']);
    expect(await taskDetail(server, tenant, taskId)).toMatchObject({ huawei_target: 2, huawei_sent: 0 });
    expect(fake.sent).toHaveLength(0);
  });

  describe('offline message pushes (PushProducer.enqueueOfflineMessage)', () => {
    let fake: FakeChannel;
    let messageId = 5_000_000;

    beforeEach(() => {
      fake = installFake(server, PushVendor.Huawei);
      fixedNow = new Date('2030-01-01T10:30:00Z');
    });

    async function pushAndSettle(push: Parameters<PushProducer['enqueueOfflineMessage']>[0]): Promise<number> {
      await server.app.get(PushProducer).enqueueOfflineMessage(push);
      let taskId = 0;
      await waitUntil(async () => {
        const rows = await server.sql(`SELECT id, status FROM push_tasks WHERE app_id = $1 AND request_id = $2`, [push.appId, `msg:${push.messageId}`]);
        taskId = rows[0]?.id ?? 0;
        return rows[0]?.status === 'done';
      }, `message ${push.messageId} to be pushed`);
      return taskId;
    }

    it('to a user: sender dropped, no_push and no-push hours honoured, no_push_detail hides the text, silence hours mute, the push nickname titles it', async () => {
      const [sender, plain, noPush, hidden, silenced, quietHours] = await seedDevices(server, tenant, 6, 'hw');
      const set = (userId: number, assignments: string) => server.sql(`UPDATE user_settings SET ${assignments} WHERE user_id = $1`, [userId]);
      await set(sender, `push_nick_name = 'Sam'`);
      await set(noPush, `no_push = true`);
      await set(hidden, `no_push_detail = true`);
      await set(silenced, `silence_start_time = 10, silence_end_time = 11`);
      await set(quietHours, `no_push_start_hour = 22, no_push_end_hour = 11`); // wraps midnight; 10:30 UTC is inside
      const push = { appId: tenant.appId, messageId: ++messageId, fromUserId: sender, toType: 1 as const, toId: plain, recipients: [sender, plain, noPush, hidden, silenced, quietHours], text: 'hello there', contentType: 0 };
      const taskId = await pushAndSettle(push);
      const byUser = new Map(fake.sent.map((entry) => [entry.target.userId, entry.content]));
      expect([...byUser.keys()].sort((a, b) => a - b)).toEqual([plain, hidden, silenced]);
      expect(byUser.get(plain)).toEqual({ notificationId: `msg-${push.messageId}`, type: 'text', title: 'Sam', body: 'hello there' });
      expect(byUser.get(hidden)).toEqual({ notificationId: `msg-${push.messageId}`, type: 'text', title: '', body: GENERIC_MESSAGE_TEXT });
      expect(byUser.get(silenced)).toMatchObject({ title: 'Sam', body: 'hello there', silent: true });
      expect(await taskDetail(server, tenant, taskId)).toMatchObject({ huawei_target: 3, huawei_sent: 3 });
      // A second enqueue of the same message makes no second task and sends nothing again.
      await server.app.get(PushProducer).enqueueOfflineMessage(push);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await server.sql(`SELECT count(*)::int AS n FROM push_tasks WHERE request_id = $1`, [`msg:${push.messageId}`]))[0].n).toBe(1);
      expect(fake.sent).toHaveLength(3);
    });

    it('titles with the username when the sender has no push nickname', async () => {
      const [sender, to] = await seedDevices(server, tenant, 2, 'hw');
      const [{ username }] = await server.sql(`SELECT username FROM users WHERE id = $1`, [sender]);
      await pushAndSettle({ appId: tenant.appId, messageId: ++messageId, fromUserId: sender, toType: 1, toId: to, recipients: [to], text: 'hi', contentType: 0 });
      expect(fake.sent.map((entry) => entry.content.title)).toEqual([username]);
    });

    it('to a group: msg_mute_mode mutes; msg_push_mode 0 all, 1 none, 2 admin or @, 3 admin, 4 @', async () => {
      const [sender, all, none, adminOrMention, adminOnly, mentionOnly, muted] = await seedDevices(server, tenant, 7, 'hw');
      const [{ id: groupId }] = await server.sql(`INSERT INTO groups (app_id, name, owner_id) VALUES ($1, 'g', $2) RETURNING id`, [tenant.appId, sender]);
      const member = (userId: number, pushMode: number, muteMode = 0) =>
        server.sql(`INSERT INTO group_members (group_id, user_id, app_id, msg_push_mode, msg_mute_mode) VALUES ($1, $2, $3, $4, $5)`, [groupId, userId, tenant.appId, pushMode, muteMode]);
      await member(sender, 0);
      await member(all, 0);
      await member(none, 1);
      await member(adminOrMention, 2);
      await member(adminOnly, 3);
      await member(mentionOnly, 4);
      await member(muted, 0, 1);
      const recipients = [sender, all, none, adminOrMention, adminOnly, mentionOnly, muted];
      const pushed = () => fake.sent.map((entry) => entry.target.userId).sort((a, b) => a - b);

      await pushAndSettle({ appId: tenant.appId, messageId: ++messageId, fromUserId: sender, toType: 2, toId: groupId, recipients, text: 'plain', contentType: 0 });
      expect(pushed()).toEqual([all]);

      fake.sent.length = 0;
      await pushAndSettle({ appId: tenant.appId, messageId: ++messageId, fromUserId: sender, toType: 2, toId: groupId, recipients, text: '@', contentType: 0, mentionedUserIds: [adminOrMention, adminOnly, mentionOnly, none] });
      expect(pushed()).toEqual([all, adminOrMention, mentionOnly].sort((a, b) => a - b));

      fake.sent.length = 0;
      await pushAndSettle({ appId: tenant.appId, messageId: ++messageId, fromUserId: sender, toType: 2, toId: groupId, recipients, text: 'admin', contentType: 0, fromAdmin: true });
      expect(pushed()).toEqual([all, adminOrMention, adminOnly].sort((a, b) => a - b));
    });
  });

  describe('retention of push_deliveries', () => {
    it('keeps the hourly sweep scheduled on the fan-out queue', async () => {
      const schedulers = await fanout.getJobSchedulers();
      expect(schedulers).toEqual([expect.objectContaining({ key: 'push-sweep-deliveries', name: PushJobName.SweepDeliveries, every: SWEEP_EVERY_MS })]);
    });

    it('deletes the delivery rows of tasks older than PUSH_DELIVERY_RETENTION_DAYS and keeps their counts', async () => {
      installFake(server, PushVendor.Huawei);
      const users = await seedDevices(server, tenant, 3, 'hw');
      const old = (await notify(server, tenant, { audience: { user_id: users }, message: { body: 'old' } })).body.data.task_id;
      const recent = (await notify(server, tenant, { audience: { user_id: users }, message: { body: 'new' } })).body.data.task_id;
      await waitForDetail(server, tenant, old, (d) => d.huawei_sent === 3);
      await waitForDetail(server, tenant, recent, (d) => d.huawei_sent === 3);
      expect(server.config.pushDeliveryRetentionDays).toBe(7);
      await server.sql(`UPDATE push_tasks SET created_at = now() - interval '7 days 1 minute' WHERE id = $1`, [old]);
      expect(await server.app.get(PushRetentionService).sweep()).toBeGreaterThanOrEqual(3);
      const remaining = await server.sql(`SELECT task_id, count(*)::int AS n FROM push_deliveries WHERE task_id = ANY($1) GROUP BY task_id`, [[old, recent]]);
      expect(remaining).toEqual([{ task_id: recent, n: 3 }]);
      expect(await taskDetail(server, tenant, old)).toMatchObject({ huawei_target: 3, huawei_sent: 3, huawei_received: 3 });
    });
  });
});
