import { PushContent, PushEnvironment, PushVendor, VivoCredential } from '../../../src/push/channels/push-channel';
import { PushChannelRegistry } from '../../../src/push/channels/push-channel.registry';
import { VivoChannel } from '../../../src/push/channels/vivo/vivo.channel';
import { truncateUnits } from '../../../src/push/channels/vivo/vivo-payload';
import { startVivoStub, VivoStub } from '../stubs/vivo.stub';
import { ChannelHarness, createChannelHarness, credentialBase, target } from './channel-harness';

const content: PushContent = { notificationId: 'task-1', type: 'text', title: 'Hello', body: 'World', ext: { chat: 7 } };

describe(VivoChannel.name, () => {
  let stub: VivoStub;
  let harness: ChannelHarness;
  let channel: VivoChannel;
  let credential: VivoCredential;

  beforeAll(async () => {
    stub = await startVivoStub({ appId: '10004', appKey: 'vivo-key', appSecret: 'vivo-secret' });
    harness = await createChannelHarness({ vivoBaseUrl: stub.url, vivoAuthUrl: stub.authUrl });
    channel = new VivoChannel(harness.registry, harness.config, harness.clock, harness.cache);
    credential = { ...credentialBase(harness.appId), vendor: PushVendor.Vivo, vendorAppId: '10004', appKey: 'vivo-key', appSecret: 'vivo-secret' };
  });

  afterAll(async () => {
    await harness.close();
    await stub.close();
  });

  beforeEach(() => {
    stub.state.deliveries.length = 0;
    stub.state.requests.length = 0;
  });

  it('registers itself', () => {
    expect(harness.registry.channelFor(PushVendor.Vivo)).toBe(channel);
  });

  it('sends one device with /message/send and several with saveListPayload + pushToList', async () => {
    expect(await channel.send(credential, content, [target('vv-a')])).toEqual([{ kind: 'ok' }]);
    expect(await channel.send(credential, content, [target('vv-b'), target('vv-c')])).toEqual([{ kind: 'ok' }, { kind: 'ok' }]);
    expect(stub.state.requests.map((request) => request.path)).toEqual(['/message/auth', '/message/send', '/message/saveListPayload', '/message/pushToList']);
    expect(stub.state.deliveries.map((delivery) => delivery.token)).toEqual(['vv-a', 'vv-b', 'vv-c']);
    expect(stub.state.violations).toEqual([]);
  });

  it('marks dead regIds invalid: 10302 on send, invalidUsers on pushToList', async () => {
    stub.state.answer('vv-dead', { kind: 'invalidToken' });
    expect(await channel.send(credential, content, [target('vv-dead')])).toEqual([{ kind: 'invalidToken', reason: 'vivo 10302: regId不合法' }]);
    expect(await channel.send(credential, content, [target('vv-dead'), target('vv-live')])).toEqual([{ kind: 'invalidToken', reason: 'vivo invalidUser status 1' }, { kind: 'ok' }]);
    expect(stub.state.deliveries.map((delivery) => delivery.token)).toEqual(['vv-live']);
  });

  it('answers retryable with the Retry-After delay on 429, and on 500', async () => {
    stub.state.answer('vv-busy', { kind: 'rateLimited', retryAfterSeconds: 4 });
    stub.state.answer('vv-500', { kind: 'serverError' });
    expect(await channel.send(credential, content, [target('vv-busy')])).toEqual([expect.objectContaining({ kind: 'retryable', retryAfterMs: 4000 })]);
    expect(await channel.send(credential, content, [target('vv-500'), target('vv-x')])).toEqual([
      expect.objectContaining({ kind: 'retryable', retryAfterMs: undefined }),
      expect.objectContaining({ kind: 'retryable', retryAfterMs: undefined }),
    ]);
  });

  it('answers fatalConfig when auth refuses the sign (wrong appSecret)', async () => {
    const wrong: VivoCredential = { ...credential, ...credentialBase(harness.appId), appSecret: 'wrong' };
    expect(await channel.send(wrong, content, [target('vv-x')])).toEqual([{ kind: 'fatalConfig', reason: 'vivo auth HTTP 200 10203: sign校验失败' }]);
  });

  it('caches authToken across sends and workers, renews it after 2 hours, and re-auths once on 10040', async () => {
    const fresh: VivoCredential = { ...credential, ...credentialBase(harness.appId) };
    await channel.send(fresh, content, [target('vv-1')]);
    await new VivoChannel(new PushChannelRegistry(), harness.config, harness.clock, harness.otherWorkerCache()).send(fresh, content, [target('vv-2')]);
    expect(stub.state.requestsTo('/message/auth')).toHaveLength(1);
    harness.advance(2 * 3600_000 + 1000);
    await channel.send(fresh, content, [target('vv-3')]);
    expect(stub.state.requestsTo('/message/auth')).toHaveLength(2);
    stub.state.revokeAuthTokens();
    expect(await channel.send(fresh, content, [target('vv-4'), target('vv-5')])).toEqual([{ kind: 'ok' }, { kind: 'ok' }]);
    expect(stub.state.requestsTo('/message/auth')).toHaveLength(3);
    expect(stub.state.deliveries.map((delivery) => delivery.token)).toEqual(['vv-1', 'vv-2', 'vv-3', 'vv-4', 'vv-5']);
  });

  it('maps the android/vivo overrides onto vivo fields; development certificates push in test mode', async () => {
    const device = target('vv-r1');
    await channel.send(
      { ...credential, environment: PushEnvironment.Development },
      { ...content, title: '标题'.repeat(15), ttl_seconds: 30, android: { click_action: 'open_app' }, vivo: { click_action: 'intent', intent: 'intent:#Intent;end', classification: 1 } },
      [device],
    );
    const { requestId, ...rest } = stub.state.deliveries[0].payload;
    expect(requestId).toBe(`task-1-${device.userId}-${device.deviceSn}`);
    expect(rest).toEqual({
      appId: 10004,
      regId: 'vv-r1',
      notifyType: 4,
      title: '标题'.repeat(10),
      content: 'World',
      skipType: 4,
      skipContent: 'intent:#Intent;end',
      networkType: -1,
      pushMode: 1,
      classification: 1,
      timeToLive: 60,
      clientCustomMap: { chat: '7' },
    });
    expect(truncateUnits('ab中文', 5)).toBe('ab中');
    expect(await channel.send(credential, { ...content, type: 'cmd' }, [target('vv-cmd')])).toEqual([expect.objectContaining({ kind: 'fatalMessage' })]);
  });
});
