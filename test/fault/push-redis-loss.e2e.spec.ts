import { PushVendor } from '../../src/push/channels/push-channel';
import { StatusCode } from '../../src/realtime/xsync.codec';
import { reportFigure } from '../figure';
import { PrivateRedis, startPrivateRedis } from '../private-redis';
import { addCertificate, HUAWEI_CERTIFICATE, installFake, notify, seedDevices, taskDetail, waitForDetail } from '../push/push-fixtures';
import { listen, XsyncClient } from '../realtime/xsync-client';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

const OUTAGE_MS = 3_000;
/** A request slower than this during a 3 s outage waited for Redis to come back: it hung (/push/notify gives up on the queue after 1.5 s). */
const CLIENT_TIMEOUT_MS = 2_500;
const ROUND_EVERY_MS = 100;
const NOTIFY_AUDIENCE = 5;

interface Answer {
  kind: 'send to online' | 'send to offline' | 'notify';
  startedAt: number;
  ms: number;
  status: number | null;
  body: { code: number; message: string | null; data: any; msg_ids?: number[] } | null;
  error?: string;
  requestId?: string;
}

/**
 * Fault test 7 (issue 9): the private Redis (queues and realtime fan-out, AOF on as in production)
 * is SIGKILLed while messages and pushes are being sent, and started again on the same port 3 s
 * later. The process stays up; every request answers with an envelope well before the outage ends
 * (sends succeed: they need only PostgreSQL; a notify that cannot reach the queue answers 503 and
 * leaves no task); every acked message is stored and reaches its recipient; pushes queued before
 * and during the outage, and every notify answered 200, are delivered after recovery.
 */
describe('Redis killed during sends and pushes, restarted after 3 s', () => {
  let redis: PrivateRedis;
  let server: TestServer;
  let tenant: Tenant;
  let url: string;
  let receiver: XsyncClient;

  beforeAll(async () => {
    redis = await startPrivateRedis({ appendOnly: true });
    server = await startTestServer({ redisUrl: redis.url, pushWorkersInApi: true });
    url = await listen(server);
    tenant = await createTenant(server);
    await addCertificate(server, tenant, HUAWEI_CERTIFICATE);
  });

  afterAll(async () => {
    receiver?.close();
    await server.close();
    await redis.stop();
  });

  async function post(kind: Answer['kind'], path: string, token: string, body: Record<string, unknown>, requestId?: string): Promise<Answer> {
    const startedAt = Date.now();
    try {
      const response = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', app_id: tenant.appId, 'access-token': token },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
      });
      return { kind, startedAt, ms: Date.now() - startedAt, status: response.status, body: (await response.json()) as Answer['body'], requestId };
    } catch (error) {
      return { kind, startedAt, ms: Date.now() - startedAt, status: null, body: null, error: String(error), requestId };
    }
  }

  it('stays up, answers every request with an envelope in time, loses no acked message and no accepted push', async () => {
    const fake = installFake(server, PushVendor.Huawei, 100);
    const sender: TestUser = await createUser(server, tenant);
    const online: TestUser = await createUser(server, tenant);
    const [offline, ...audience] = await seedDevices(server, tenant, 1 + NOTIFY_AUDIENCE, 'hw');
    receiver = await XsyncClient.connect(url);
    expect((await receiver.provision(online.token, { uid: online.userId })).status.code).toBe(StatusCode.Ok);

    // Queued before the outage: a notify whose show_begin_time falls after it, so its job waits in Redis through the kill.
    const beginAt = Math.ceil((Date.now() + OUTAGE_MS + 1_000) / 1000);
    const queuedBefore = await notify(server, tenant, { audience: { user_id: audience }, message: { body: 'queued before', show_begin_time: beginAt } });
    expect(queuedBefore.body.code).toBe(200);

    const answers: Answer[] = [];
    let round = 0;
    const runRound = () => {
      round++;
      return Promise.all([
        post('send to online', '/message/send', sender.token, { type: 1, targets: [online.userId], content_type: 0, content: `online ${round}` }),
        post('send to offline', '/message/send', sender.token, { type: 1, targets: [offline], content_type: 0, content: `offline ${round}` }),
        post('notify', '/push/notify', tenant.adminToken, { audience: { user_id: audience }, setting: { request_id: `outage-${round}` }, message: { body: `round ${round}` } }, `outage-${round}`),
      ]).then((batch) => void answers.push(...batch));
    };
    await runRound();

    await redis.kill();
    const killedAt = Date.now();
    const rounds: Promise<void>[] = [];
    while (Date.now() - killedAt < OUTAGE_MS) {
      rounds.push(runRound());
      await new Promise((resolve) => setTimeout(resolve, ROUND_EVERY_MS));
    }
    await redis.restart();
    const restartedAt = Date.now();
    await Promise.all(rounds);
    // After recovery the queue answers again (the first commands may still wait for the reconnect).
    for (const deadline = Date.now() + 15_000; ; ) {
      await runRound();
      if (answers.slice(-3).every((answer) => answer.body?.code === 200)) break;
      if (Date.now() > deadline) throw new Error(`no recovery: ${JSON.stringify(answers.slice(-3))}`);
    }

    // Every request answered in time with an envelope: a 200, or a 503 naming the unavailable queue.
    const during = answers.filter((answer) => answer.startedAt >= killedAt && answer.startedAt < restartedAt);
    expect(answers.filter((answer) => answer.status === null)).toEqual([]);
    for (const answer of answers) {
      expect(answer.body).toEqual(expect.objectContaining({ code: expect.any(Number), message: answer.body!.code === 200 ? null : expect.any(String) }));
      expect([200, 503]).toContain(answer.status);
      expect(answer.body!.code).toBe(answer.status);
    }
    // Sends need only PostgreSQL: they succeed through the outage.
    expect(answers.filter((answer) => answer.kind !== 'notify' && answer.body!.code !== 200)).toEqual([]);
    const refused = answers.filter((answer) => answer.body!.code === 503);
    for (const answer of refused) {
      expect(answer.kind).toBe('notify');
      expect(answer.body!.message).toBe('the push queue is unavailable (Redis cannot be reached); the task was not accepted, try again shortly');
    }
    expect(refused.length).toBeGreaterThan(0);

    // Acked messages: stored, and the online device syncs every one of its own.
    const acked = answers.filter((answer) => answer.kind !== 'notify').map((answer) => ({ kind: answer.kind, msgId: answer.body!.msg_ids![0] }));
    const stored: { msg_id: string }[] = await server.sql(`SELECT msg_id FROM messages WHERE app_id = $1 AND msg_id = ANY($2::bigint[])`, [tenant.appId, acked.map((entry) => entry.msgId)]);
    expect(stored).toHaveLength(acked.length);
    const synced = new Set((await receiver.syncAll(sender.userId)).map((meta) => Number(meta.id)));
    const toOnline = acked.filter((entry) => entry.kind === 'send to online').map((entry) => entry.msgId);
    expect(toOnline.filter((msgId) => !synced.has(msgId))).toEqual([]);

    // The offline recipient gets a push for every acked message, hand-offs queued during the outage included.
    const toOffline = acked.filter((entry) => entry.kind === 'send to offline').map((entry) => `msg-${entry.msgId}`);
    const pushedTo = (notificationId: string) => fake.sent.some((entry) => entry.content.notificationId === notificationId && entry.target.userId === offline);
    for (const deadline = Date.now() + 30_000; toOffline.some((id) => !pushedTo(id)); ) {
      if (Date.now() > deadline) throw new Error(`offline pushes missing: ${toOffline.filter((id) => !pushedTo(id)).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    // Notify: a 200 is delivered to its whole audience; a 503 left no task behind and reached nobody.
    const accepted = answers.filter((answer) => answer.kind === 'notify' && answer.body!.code === 200).map((answer) => answer.body!.data.task_id as number);
    for (const taskId of [queuedBefore.body.data.task_id as number, ...accepted]) {
      expect(await waitForDetail(server, tenant, taskId, (d) => d.huawei_sent === NOTIFY_AUDIENCE, 30_000)).toMatchObject({ huawei_target: NOTIFY_AUDIENCE, huawei_sent: NOTIFY_AUDIENCE });
    }
    const [{ tasks }] = await server.sql(`SELECT count(*)::int AS tasks FROM push_tasks WHERE app_id = $1 AND request_id = ANY($2)`, [tenant.appId, refused.map((answer) => answer.requestId)]);
    expect(tasks).toBe(0);
    const taskPushes = new Set(fake.sent.filter((entry) => entry.content.notificationId.startsWith('task-')).map((entry) => entry.content.notificationId));
    expect(taskPushes).toEqual(new Set([queuedBefore.body.data.task_id, ...accepted].map((taskId) => `task-${taskId}`)));
    expect(await taskDetail(server, tenant, queuedBefore.body.data.task_id)).toMatchObject({ huawei_sent: NOTIFY_AUDIENCE });

    const slowest = Math.max(...during.map((answer) => answer.ms));
    reportFigure(
      'Redis loss (kill, restart after 3 s)',
      `tried ${during.length} requests during the outage (${during.filter((answer) => answer.kind !== 'notify').length} sends, ${during.filter((answer) => answer.kind === 'notify').length} notifies), ` +
        `slowest answer ${slowest} ms (client timeout ${CLIENT_TIMEOUT_MS} ms, 0 hit), ${refused.length} notifies refused with 503 and left no task; ` +
        `lost 0: ${acked.length} acked messages stored and delivered, ${toOffline.length} offline pushes and ${accepted.length + 1} accepted notify tasks delivered after recovery`,
    );
  }, 120_000);
});
