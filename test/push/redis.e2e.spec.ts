import { PushVendor } from '../../src/push/channels/push-channel';
import { createTenant, startTestServer, Tenant, TestServer } from '../server';
import { addCertificate, HUAWEI_CERTIFICATE, installFake, notify, seedDevices, waitForDetail } from './push-fixtures';
import { PrivateRedis, startPrivateRedis } from '../private-redis';

describe('POST /push/notify on the Redis queue backend (REDIS_URL set)', () => {
  let redis: PrivateRedis;
  let server: TestServer;
  let tenant: Tenant;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    server = await startTestServer({ redisUrl: redis.url });
    tenant = await createTenant(server);
    await addCertificate(server, tenant, HUAWEI_CERTIFICATE);
  });
  afterAll(async () => {
    await server.close();
    await redis.stop();
  });

  it('fans a 1,234-device task out through Redis in batches and sends each device exactly once', async () => {
    const fake = installFake(server, PushVendor.Huawei, 100);
    const huaweiUsers = await seedDevices(server, tenant, 1200, 'hw');
    const unbound = await seedDevices(server, tenant, 34, null);
    const answer = await notify(server, tenant, { audience: 'all', message: { title: 't', body: 'b' } });
    const taskId = answer.body.data.task_id;
    const detail = await waitForDetail(server, tenant, taskId, (d) => d.huawei_sent === 1200);
    expect(detail).toMatchObject({ huawei_target: 1200, huawei_sent: 1200, huawei_received: 1200, mxpush_target: 0, apns_target: 0, fcm_target: 0 });
    expect(fake.sent).toHaveLength(1200);
    expect(new Set(fake.sent.map((entry) => entry.target.userId))).toEqual(new Set(huaweiUsers));
    expect(fake.sent.some((entry) => unbound.includes(entry.target.userId))).toBe(false);

    // The jobs lived in this Redis (12 send batches of 100 and the task), and none in PostgreSQL.
    // A batch counts its devices as sent before BullMQ marks its job completed: wait for the mark.
    let completed = 0;
    for (let attempt = 0; attempt < 50 && (completed = await redis.client.zcard('bull:push-send:completed')) < 12; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(completed).toBe(12);
    expect(await redis.client.exists(`bull:push-fanout:task-${taskId}`)).toBe(1);
    const [{ n }] = await server.sql(`SELECT count(*)::int AS n FROM bullmq.job`);
    expect(n).toBe(0);
  });

  it('dedupes by request_id on Redis too', async () => {
    const fake = installFake(server, PushVendor.Huawei);
    const users = await seedDevices(server, tenant, 5, 'hw');
    const body = { audience: { user_id: users }, setting: { request_id: 'redis-once' }, message: { body: 'once' } };
    const first = await notify(server, tenant, body);
    await waitForDetail(server, tenant, first.body.data.task_id, (d) => d.huawei_sent === 5);
    expect((await notify(server, tenant, body)).body.data.task_id).toBe(first.body.data.task_id);
    expect(fake.sent).toHaveLength(5);
  });
});
