import { PushContent, PushVendor, XiaomiCredential } from '../../../src/push/channels/push-channel';
import { XiaomiChannel } from '../../../src/push/channels/xiaomi/xiaomi.channel';
import { notifyIdOf } from '../../../src/push/channels/xiaomi/xiaomi-payload';
import { startXiaomiStub, XiaomiStub } from '../stubs/xiaomi.stub';
import { ChannelHarness, createChannelHarness, credentialBase, target } from './channel-harness';

const content: PushContent = { notificationId: 'task-1', type: 'text', title: 'Hello', body: 'World', ext: { chat: 7 } };

describe(XiaomiChannel.name, () => {
  let stub: XiaomiStub;
  let harness: ChannelHarness;
  let channel: XiaomiChannel;
  let credential: XiaomiCredential;

  beforeAll(async () => {
    stub = await startXiaomiStub({ appSecret: 'mi-secret', packageName: 'com.example.im' });
    harness = await createChannelHarness({ xiaomiBaseUrl: stub.url });
    channel = new XiaomiChannel(harness.registry, harness.config, harness.clock);
    credential = { ...credentialBase(harness.appId), vendor: PushVendor.Xiaomi, appSecret: 'mi-secret', packageName: 'com.example.im', vendorAppId: null };
  });

  afterAll(async () => {
    await harness.close();
    await stub.close();
  });

  beforeEach(() => {
    stub.state.deliveries.length = 0;
    stub.state.requests.length = 0;
  });

  it('registers itself and sends up to 1000 regIds per call', () => {
    expect(harness.registry.channelFor(PushVendor.Xiaomi)).toBe(channel);
    expect(channel.maxBatch).toBe(1000);
  });

  it('delivers a batch in one call with the static key on every request', async () => {
    expect(await channel.send(credential, content, [target('mi-a'), target('mi-b')])).toEqual([{ kind: 'ok' }, { kind: 'ok' }]);
    await channel.send(credential, content, [target('mi-c')]);
    expect(stub.state.requests.map((request) => request.headers.authorization)).toEqual(['key=mi-secret', 'key=mi-secret']);
    expect(stub.state.requests[0].form.registration_id).toBe('mi-a,mi-b');
    expect(stub.state.deliveries.map((delivery) => delivery.token)).toEqual(['mi-a', 'mi-b', 'mi-c']);
    expect(stub.state.violations).toEqual([]);
  });

  it('marks only bad_regids invalid on a partial success, and all when none is valid (20301)', async () => {
    stub.state.answer('mi-dead', { kind: 'invalidToken' });
    expect(await channel.send(credential, content, [target('mi-live'), target('mi-dead')])).toEqual([{ kind: 'ok' }, { kind: 'invalidToken', reason: 'xiaomi bad_regids' }]);
    expect(await channel.send(credential, content, [target('mi-dead')])).toEqual([{ kind: 'invalidToken', reason: 'xiaomi 20301: No valid targets!' }]);
    expect(stub.state.deliveries.map((delivery) => delivery.token)).toEqual(['mi-live']);
  });

  it('answers retryable with the Retry-After delay on 429, and on 500', async () => {
    stub.state.answer('mi-busy', { kind: 'rateLimited', retryAfterSeconds: 3 });
    stub.state.answer('mi-500', { kind: 'serverError' });
    expect(await channel.send(credential, content, [target('mi-busy'), target('mi-other')])).toEqual([
      expect.objectContaining({ kind: 'retryable', retryAfterMs: 3000 }),
      expect.objectContaining({ kind: 'retryable', retryAfterMs: 3000 }),
    ]);
    expect(await channel.send(credential, content, [target('mi-500')])).toEqual([expect.objectContaining({ kind: 'retryable', retryAfterMs: undefined })]);
  });

  it('answers fatalConfig for a wrong AppSecret (21301) or package name (22022)', async () => {
    expect(await channel.send({ ...credential, appSecret: 'wrong' }, content, [target('mi-x')])).toEqual([{ kind: 'fatalConfig', reason: 'xiaomi 21301: Authentication failed' }]);
    expect(await channel.send({ ...credential, packageName: 'com.other' }, content, [target('mi-x')])).toEqual([{ kind: 'fatalConfig', reason: 'xiaomi 22022: Invalid package name' }]);
  });

  it('maps the android/xiaomi overrides, TTL in ms, collapse id and cmd pass-through onto MiPush fields', async () => {
    await channel.send(
      credential,
      { ...content, big_text: 'The long version', collapse_id: 'chat-7', ttl_seconds: 600, android: { channel_id: 'general', sound: 'android.resource://x/raw/ding' }, xiaomi: { channel_id: 'im', click_action: 'intent', intent: 'intent:#Intent;end' } },
      [target('mi-r1', { badge: 3 })],
    );
    await channel.send(credential, { ...content, type: 'cmd' }, [target('mi-cmd')]);
    const [rich, cmd] = stub.state.requests.map((request) => request.form);
    expect(rich).toEqual({
      registration_id: 'mi-r1',
      restricted_package_name: 'com.example.im',
      pass_through: '0',
      payload: '{"chat":7}',
      title: 'Hello',
      description: 'The long version',
      notify_type: '-1',
      notify_id: String(notifyIdOf('chat-7')),
      'extra.channel_id': 'im',
      'extra.sound_uri': 'android.resource://x/raw/ding',
      'extra.notify_effect': '2',
      'extra.intent_uri': 'intent:#Intent;end',
      time_to_live: '600000',
    });
    expect(cmd).toEqual({ registration_id: 'mi-cmd', restricted_package_name: 'com.example.im', pass_through: '1', payload: '{"chat":7}' });
  });
});
