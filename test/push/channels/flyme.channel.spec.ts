import { FlymeChannel } from '../../../src/push/channels/flyme/flyme.channel';
import { FlymeCredential, PushContent, PushVendor } from '../../../src/push/channels/push-channel';
import { FlymeStub, startFlymeStub } from '../stubs/flyme.stub';
import { ChannelHarness, createChannelHarness, credentialBase, target } from './channel-harness';

const content: PushContent = { notificationId: 'task-1', type: 'text', title: 'Hello', body: 'World', ext: { chat: 7 } };

describe(FlymeChannel.name, () => {
  let stub: FlymeStub;
  let harness: ChannelHarness;
  let channel: FlymeChannel;
  let credential: FlymeCredential;

  beforeAll(async () => {
    stub = await startFlymeStub({ appId: '110000', appSecret: 'mz-secret' });
    harness = await createChannelHarness({ flymeBaseUrl: stub.url });
    channel = new FlymeChannel(harness.registry, harness.config, harness.clock);
    credential = { ...credentialBase(harness.appId), vendor: PushVendor.Flyme, vendorAppId: '110000', appSecret: 'mz-secret' };
  });

  afterAll(async () => {
    await harness.close();
    await stub.close();
  });

  beforeEach(() => {
    stub.state.deliveries.length = 0;
    stub.state.requests.length = 0;
  });

  it('registers itself and sends up to 1000 pushIds per call', () => {
    expect(harness.registry.channelFor(PushVendor.Flyme)).toBe(channel);
    expect(channel.maxBatch).toBe(1000);
  });

  it('delivers a batch in one signed call', async () => {
    expect(await channel.send(credential, content, [target('mz-a'), target('mz-b')])).toEqual([{ kind: 'ok' }, { kind: 'ok' }]);
    expect(stub.state.requests).toHaveLength(1);
    expect(stub.state.requests[0].form.pushIds).toBe('mz-a,mz-b');
    expect(stub.state.deliveries.map((delivery) => delivery.token)).toEqual(['mz-a', 'mz-b']);
    expect(stub.state.violations).toEqual([]);
  });

  it('marks only the pushIds listed under 110003 invalid', async () => {
    stub.state.answer('mz-dead', { kind: 'invalidToken' });
    expect(await channel.send(credential, content, [target('mz-dead'), target('mz-live')])).toEqual([{ kind: 'invalidToken', reason: 'meizu 110003' }, { kind: 'ok' }]);
    expect(stub.state.deliveries.map((delivery) => delivery.token)).toEqual(['mz-live']);
  });

  it('answers retryable with the Retry-After delay on 429, and on 500', async () => {
    stub.state.answer('mz-busy', { kind: 'rateLimited', retryAfterSeconds: 9 });
    stub.state.answer('mz-500', { kind: 'serverError' });
    expect(await channel.send(credential, content, [target('mz-busy')])).toEqual([expect.objectContaining({ kind: 'retryable', retryAfterMs: 9000 })]);
    expect(await channel.send(credential, content, [target('mz-500')])).toEqual([expect.objectContaining({ kind: 'retryable', retryAfterMs: undefined })]);
  });

  it('answers fatalConfig when the sign fails (wrong appSecret) or the appId is unknown', async () => {
    expect(await channel.send({ ...credential, appSecret: 'wrong' }, content, [target('mz-x')])).toEqual([{ kind: 'fatalConfig', reason: 'meizu 1006: 签名认证失败' }]);
    expect(await channel.send({ ...credential, vendorAppId: '1' }, content, [target('mz-x')])).toEqual([{ kind: 'fatalConfig', reason: 'meizu 110000: appId不合法' }]);
  });

  it('maps the android/flyme overrides, big text, TTL and collapse key onto messageJson, and refuses cmd', async () => {
    await channel.send(
      credential,
      { ...content, title: 'T'.repeat(40), big_text: 'The long version', collapse_id: 'chat-7-abcdef', ttl_seconds: 7200, flyme: { click_action: 'intent', intent: 'intent:#Intent;end' } },
      [target('mz-r1')],
    );
    expect(stub.state.deliveries[0].payload).toEqual({
      noticeBarInfo: { noticeBarType: 0, title: 'T'.repeat(32), content: 'World' },
      noticeExpandInfo: { noticeExpandType: 1, noticeExpandContent: 'The long version' },
      clickTypeInfo: { clickType: 2, url: 'intent:#Intent;end', parameters: { chat: 7 } },
      pushTimeInfo: { offLine: 1, validTime: 2 },
      advanceInfo: { notifyKey: 'chat-7-a' },
    });
    expect(await channel.send(credential, { ...content, type: 'cmd' }, [target('mz-cmd')])).toEqual([expect.objectContaining({ kind: 'fatalMessage' })]);
  });
});
