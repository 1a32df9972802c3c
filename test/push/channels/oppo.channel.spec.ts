import { OppoChannel } from '../../../src/push/channels/oppo/oppo.channel';
import { OppoCredential, PushContent, PushVendor } from '../../../src/push/channels/push-channel';
import { PushChannelRegistry } from '../../../src/push/channels/push-channel.registry';
import { OppoStub, startOppoStub } from '../stubs/oppo.stub';
import { ChannelHarness, createChannelHarness, credentialBase, target } from './channel-harness';

const content: PushContent = { notificationId: 'task-1', type: 'text', title: 'Hello', body: 'World', ext: { chat: 7 } };
const UNICAST = '/server/v1/message/notification/unicast';
const BATCH = '/server/v1/message/notification/unicast_batch';

describe(OppoChannel.name, () => {
  let stub: OppoStub;
  let harness: ChannelHarness;
  let channel: OppoChannel;
  let credential: OppoCredential;

  beforeAll(async () => {
    stub = await startOppoStub({ appKey: 'oppo-key', masterSecret: 'oppo-master' });
    harness = await createChannelHarness({ oppoBaseUrl: stub.url, oppoAuthUrl: stub.authUrl });
    channel = new OppoChannel(harness.registry, harness.config, harness.clock, harness.cache);
    credential = { ...credentialBase(harness.appId), vendor: PushVendor.Oppo, appKey: 'oppo-key', masterSecret: 'oppo-master' };
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
    expect(harness.registry.channelFor(PushVendor.Oppo)).toBe(channel);
  });

  it('sends one device by unicast and several by unicast_batch', async () => {
    expect(await channel.send(credential, content, [target('op-a')])).toEqual([{ kind: 'ok' }]);
    expect(await channel.send(credential, content, [target('op-b'), target('op-c')])).toEqual([{ kind: 'ok' }, { kind: 'ok' }]);
    expect(stub.state.requestsTo(UNICAST)).toHaveLength(1);
    expect(stub.state.requestsTo(BATCH)).toHaveLength(1);
    expect(stub.state.deliveries.map((delivery) => delivery.token)).toEqual(['op-a', 'op-b', 'op-c']);
    expect(stub.state.violations).toEqual([]);
  });

  it('marks dead regIds invalid: 10000 on unicast, per item on unicast_batch', async () => {
    stub.state.answer('op-dead', { kind: 'invalidToken' });
    expect(await channel.send(credential, content, [target('op-dead')])).toEqual([{ kind: 'invalidToken', reason: 'oppo 10000: Invalid RegistrationId' }]);
    expect(await channel.send(credential, content, [target('op-live'), target('op-dead')])).toEqual([{ kind: 'ok' }, { kind: 'invalidToken', reason: 'oppo 10000: Invalid RegistrationId' }]);
    expect(stub.state.deliveries.map((delivery) => delivery.token)).toEqual(['op-live']);
  });

  it('answers retryable with the Retry-After delay on 429, and on 500', async () => {
    stub.state.answer('op-busy', { kind: 'rateLimited', retryAfterSeconds: 5 });
    stub.state.answer('op-500', { kind: 'serverError' });
    expect(await channel.send(credential, content, [target('op-busy')])).toEqual([expect.objectContaining({ kind: 'retryable', retryAfterMs: 5000 })]);
    expect(await channel.send(credential, content, [target('op-500')])).toEqual([expect.objectContaining({ kind: 'retryable', retryAfterMs: undefined })]);
  });

  it('answers fatalConfig when auth refuses the MasterSecret (sign) or the app key', async () => {
    const badSecret: OppoCredential = { ...credential, ...credentialBase(harness.appId), masterSecret: 'wrong' };
    expect(await channel.send(badSecret, content, [target('op-x'), target('op-y')])).toEqual([
      { kind: 'fatalConfig', reason: 'oppo auth HTTP 200 17: Invalid Signature' },
      { kind: 'fatalConfig', reason: 'oppo auth HTTP 200 17: Invalid Signature' },
    ]);
    const badKey: OppoCredential = { ...credential, ...credentialBase(harness.appId), appKey: 'nope' };
    expect(await channel.send(badKey, content, [target('op-x')])).toEqual([{ kind: 'fatalConfig', reason: 'oppo auth HTTP 200 14: Invalid AppKey' }]);
    expect(stub.state.requests.filter((request) => request.path !== '/server/v1/auth')).toEqual([]);
  });

  it('caches auth_token across sends and workers, renews it after 23 hours, and re-auths once on code 11', async () => {
    const fresh: OppoCredential = { ...credential, ...credentialBase(harness.appId) };
    await channel.send(fresh, content, [target('op-1')]);
    await new OppoChannel(new PushChannelRegistry(), harness.config, harness.clock, harness.otherWorkerCache()).send(fresh, content, [target('op-2')]);
    expect(stub.state.requestsTo('/server/v1/auth')).toHaveLength(1);
    harness.advance(23 * 3600_000 + 1000);
    await channel.send(fresh, content, [target('op-3')]);
    expect(stub.state.requestsTo('/server/v1/auth')).toHaveLength(2);
    stub.state.revokeAuthTokens();
    expect(await channel.send(fresh, content, [target('op-4')])).toEqual([{ kind: 'ok' }]);
    expect(stub.state.requestsTo('/server/v1/auth')).toHaveLength(3);
    expect(stub.state.deliveries.map((delivery) => delivery.token)).toEqual(['op-1', 'op-2', 'op-3', 'op-4']);
  });

  it('maps the android/oppo overrides onto the notification, with a per-device app_message_id', async () => {
    const first = target('op-r1');
    await channel.send(
      credential,
      { ...content, big_text: 'The long version', ttl_seconds: 600, android: { channel_id: 'general' }, oppo: { channel_id: 'im', click_action: 'intent', intent: 'intent:#Intent;end' } },
      [first],
    );
    expect(stub.state.deliveries[0].payload).toEqual({
      target_type: 2,
      target_value: 'op-r1',
      notification: {
        title: 'Hello',
        content: 'The long version',
        style: 2,
        app_message_id: `task-1-${first.userId}-${first.deviceSn}`,
        off_line: true,
        click_action_type: 5,
        click_action_url: 'intent:#Intent;end',
        action_parameters: '{"chat":7}',
        channel_id: 'im',
        off_line_ttl: 600,
      },
    });
    expect(await channel.send(credential, { ...content, type: 'cmd' }, [target('op-cmd')])).toEqual([expect.objectContaining({ kind: 'fatalMessage' })]);
  });
});
