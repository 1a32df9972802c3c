import { PushContent, PushVendor, HuaweiCredential } from '../../../src/push/channels/push-channel';
import { HuaweiChannel } from '../../../src/push/channels/huawei/huawei.channel';
import { PushChannelRegistry } from '../../../src/push/channels/push-channel.registry';
import { HuaweiStub, startHuaweiStub } from '../stubs/huawei.stub';
import { ChannelHarness, createChannelHarness, credentialBase, target } from './channel-harness';

const content: PushContent = { notificationId: 'task-1', type: 'text', title: 'Hello', body: 'World', ext: { chat: 7 } };

describe(HuaweiChannel.name, () => {
  let stub: HuaweiStub;
  let harness: ChannelHarness;
  let channel: HuaweiChannel;
  let credential: HuaweiCredential;

  beforeAll(async () => {
    stub = await startHuaweiStub({ clientId: '10086', clientSecret: 'hw-secret' });
    harness = await createChannelHarness({ huaweiBaseUrl: stub.url, huaweiAuthUrl: stub.authUrl });
    channel = new HuaweiChannel(harness.registry, harness.config, harness.clock, harness.cache);
    credential = { ...credentialBase(harness.appId), vendor: PushVendor.Huawei, clientId: '10086', clientSecret: 'hw-secret' };
  });

  afterAll(async () => {
    await harness.close();
    await stub.close();
  });

  beforeEach(() => {
    stub.state.deliveries.length = 0;
    stub.state.requests.length = 0;
  });

  it('registers itself and sends up to 1000 tokens per call', () => {
    expect(harness.registry.channelFor(PushVendor.Huawei)).toBe(channel);
    expect(channel.maxBatch).toBe(1000);
  });

  it('delivers to every token of a batch in one call', async () => {
    const outcomes = await channel.send(credential, content, [target('hw-a'), target('hw-b')]);
    expect(outcomes).toEqual([{ kind: 'ok' }, { kind: 'ok' }]);
    expect(stub.state.deliveries.map((delivery) => delivery.token)).toEqual(['hw-a', 'hw-b']);
    expect(stub.state.requestsTo('/v1/10086/messages:send')).toHaveLength(1);
    expect(stub.state.violations).toEqual([]);
  });

  it('marks only the illegal tokens of a partial success invalid', async () => {
    stub.state.answer('hw-dead', { kind: 'invalidToken' });
    const outcomes = await channel.send(credential, content, [target('hw-live'), target('hw-dead')]);
    expect(outcomes).toEqual([{ kind: 'ok' }, { kind: 'invalidToken', reason: 'huawei illegal_tokens' }]);
    expect(stub.state.deliveries.map((delivery) => delivery.token)).toEqual(['hw-live']);
  });

  it('marks a token invalid when Huawei calls all of them invalid', async () => {
    stub.state.answer('hw-dead-1', { kind: 'invalidToken' });
    const [outcome] = await channel.send(credential, content, [target('hw-dead-1')]);
    expect(outcome).toMatchObject({ kind: 'invalidToken' });
  });

  it('answers retryable with the Retry-After delay on 429', async () => {
    stub.state.answer('hw-busy', { kind: 'rateLimited', retryAfterSeconds: 7 });
    const [outcome] = await channel.send(credential, content, [target('hw-busy')]);
    expect(outcome).toMatchObject({ kind: 'retryable', retryAfterMs: 7000 });
  });

  it('answers retryable on 500', async () => {
    stub.state.answer('hw-500', { kind: 'serverError' });
    const [outcome] = await channel.send(credential, content, [target('hw-500')]);
    expect(outcome).toMatchObject({ kind: 'retryable' });
    expect((outcome as { retryAfterMs?: number }).retryAfterMs).toBeUndefined();
  });

  it('answers fatalConfig for a client the token endpoint refuses', async () => {
    const wrong: HuaweiCredential = { ...credential, ...credentialBase(harness.appId), clientSecret: 'wrong' };
    const outcomes = await channel.send(wrong, content, [target('hw-x'), target('hw-y')]);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['fatalConfig', 'fatalConfig']);
    expect(outcomes[0]).toMatchObject({ reason: expect.stringContaining('invalid client') });
    expect(stub.state.requestsTo('/v1/10086/messages:send')).toHaveLength(0);
  });

  it('caches the access token across sends and workers, and renews it after expiry', async () => {
    const fresh: HuaweiCredential = { ...credential, ...credentialBase(harness.appId) };
    await channel.send(fresh, content, [target('hw-1')]);
    await channel.send(fresh, content, [target('hw-2')]);
    const otherWorker = new HuaweiChannel(new PushChannelRegistry(), harness.config, harness.clock, harness.otherWorkerCache());
    await otherWorker.send(fresh, content, [target('hw-3')]);
    expect(stub.state.requestsTo('/oauth2/v3/token')).toHaveLength(1);
    const sends = stub.state.requestsTo('/v1/10086/messages:send');
    expect(new Set(sends.map((request) => request.headers.authorization)).size).toBe(1);

    harness.advance(3600_000);
    await channel.send(fresh, content, [target('hw-4')]);
    expect(stub.state.requestsTo('/oauth2/v3/token')).toHaveLength(2);
  });

  it('refreshes the token once and resends when Huawei says it expired (80200003)', async () => {
    const fresh: HuaweiCredential = { ...credential, ...credentialBase(harness.appId) };
    await channel.send(fresh, content, [target('hw-5')]);
    stub.state.revokeAuthTokens();
    const [outcome] = await channel.send(fresh, content, [target('hw-6')]);
    expect(outcome).toEqual({ kind: 'ok' });
    expect(stub.state.requestsTo('/oauth2/v3/token')).toHaveLength(2);
    expect(stub.state.deliveries.map((delivery) => delivery.token)).toEqual(['hw-5', 'hw-6']);
  });

  it('maps the android and huawei overrides and the per-target badge onto Push Kit fields', async () => {
    const rich: PushContent = {
      ...content,
      big_text: 'A long story',
      attachment_url: 'https://cdn.example/p.png',
      collapse_id: 'chat-7',
      ttl_seconds: 600,
      android: { channel_id: 'im', sound: 'ding', click_action: 'open_app' },
      huawei: { click_action: 'intent', intent: 'intent:#Intent;component=x/.Main;end', badge_class: 'com.example.Main' },
    };
    await channel.send(credential, rich, [target('hw-b1', { badge: 3 }), target('hw-b2', { badge: 5 }), target('hw-b3', { badge: 3 })]);
    const calls = stub.state.requestsTo('/v1/10086/messages:send').map((request) => request.json.message);
    expect(calls.map((message) => message.token)).toEqual([['hw-b1', 'hw-b3'], ['hw-b2']]);
    expect(calls[0]).toEqual({
      token: ['hw-b1', 'hw-b3'],
      data: '{"chat":7}',
      android: {
        urgency: 'HIGH',
        ttl: '600s',
        notification: {
          title: 'Hello',
          body: 'World',
          click_action: { type: 1, intent: 'intent:#Intent;component=x/.Main;end' },
          image: 'https://cdn.example/p.png',
          style: 1,
          big_title: 'Hello',
          big_body: 'A long story',
          channel_id: 'im',
          sound: 'ding',
          tag: 'chat-7',
          badge: { set_num: 3, class: 'com.example.Main' },
        },
      },
    });
    expect(calls[1].android.notification.badge).toEqual({ set_num: 5, class: 'com.example.Main' });
  });

  it('sends cmd messages as data messages without a notification', async () => {
    await channel.send(credential, { ...content, type: 'cmd' }, [target('hw-cmd')]);
    const [message] = stub.state.requestsTo('/v1/10086/messages:send').map((request) => request.json.message);
    expect(message).toEqual({ token: ['hw-cmd'], data: '{"chat":7}', android: { urgency: 'HIGH' } });
  });
});
