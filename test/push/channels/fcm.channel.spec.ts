import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { createServiceAccountAssertion } from '../../../src/push/channels/fcm/fcm-assertion';
import { FcmChannel } from '../../../src/push/channels/fcm/fcm.channel';
import { FcmCredential, PushContent, PushVendor } from '../../../src/push/channels/push-channel';
import { PushChannelRegistry } from '../../../src/push/channels/push-channel.registry';
import { FcmStub, startFcmStub } from '../stubs/fcm.stub';
import { verifyJwt } from '../stubs/jwt-check';
import { ChannelHarness, createChannelHarness, credentialBase, target } from './channel-harness';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const content: PushContent = { notificationId: 'task-1', type: 'text', title: 'Hello', body: 'World', ext: { chat: 7, meta: { a: 1 } } };

describe('createServiceAccountAssertion', () => {
  it('signs the RS256 assertion Google expects', () => {
    const jwt = createServiceAccountAssertion({ project_id: 'p', client_email: 'sa@p.iam.gserviceaccount.com', private_key: privateKeyPem, private_key_id: 'kid-1' }, 'https://oauth2.googleapis.com/token', 1_700_000_000);
    expect(verifyJwt(jwt, createPublicKey(privateKeyPem), 'RS256')).toEqual({
      header: { alg: 'RS256', typ: 'JWT', kid: 'kid-1' },
      claims: { iss: 'sa@p.iam.gserviceaccount.com', scope: 'https://www.googleapis.com/auth/firebase.messaging', aud: 'https://oauth2.googleapis.com/token', iat: 1_700_000_000, exp: 1_700_003_600 },
    });
  });
});

describe(FcmChannel.name, () => {
  let stub: FcmStub;
  let harness: ChannelHarness;
  let channel: FcmChannel;
  let credential: FcmCredential;

  beforeAll(async () => {
    stub = await startFcmStub({ projectId: 'demo-project', clientEmail: 'sa@demo.iam.gserviceaccount.com', privateKeyPem, privateKeyId: 'kid-1' });
    harness = await createChannelHarness({ fcmBaseUrl: stub.url, fcmTokenUrl: stub.tokenUrl });
    channel = new FcmChannel(harness.registry, harness.config, harness.clock, harness.cache);
    credential = {
      ...credentialBase(harness.appId),
      vendor: PushVendor.Fcm,
      projectId: 'demo-project',
      clientEmail: 'sa@demo.iam.gserviceaccount.com',
      privateKey: privateKeyPem,
      privateKeyId: 'kid-1',
      tokenUri: 'https://oauth2.googleapis.com/token',
    };
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
    expect(harness.registry.channelFor(PushVendor.Fcm)).toBe(channel);
  });

  it('delivers one HTTP v1 message per device with string-only data', async () => {
    const outcomes = await channel.send(credential, content, [target('fcm-a'), target('fcm-b')]);
    expect(outcomes).toEqual([{ kind: 'ok' }, { kind: 'ok' }]);
    expect(stub.state.deliveries.map((delivery) => delivery.token).sort()).toEqual(['fcm-a', 'fcm-b']);
    expect(stub.state.deliveries[0].payload.data).toEqual({ chat: '7', meta: '{"a":1}' });
    expect(stub.state.violations).toEqual([]);
  });

  it('classifies UNREGISTERED, 429 with Retry-After and 500', async () => {
    stub.state.answer('fcm-dead', { kind: 'invalidToken' });
    stub.state.answer('fcm-busy', { kind: 'rateLimited', retryAfterSeconds: 12 });
    stub.state.answer('fcm-500', { kind: 'serverError' });
    const outcomes = await channel.send(credential, content, [target('fcm-dead'), target('fcm-busy'), target('fcm-500'), target('fcm-ok')]);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['invalidToken', 'retryable', 'retryable', 'ok']);
    expect(outcomes[1]).toMatchObject({ retryAfterMs: 12_000 });
    expect(outcomes[2]).toMatchObject({ retryAfterMs: undefined });
    expect(stub.state.deliveries.map((delivery) => delivery.token)).toEqual(['fcm-ok']);
  });

  it('answers fatalConfig when the token endpoint refuses the service account, without sending', async () => {
    const { privateKey: other } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const wrong: FcmCredential = { ...credential, ...credentialBase(harness.appId), privateKey: other.export({ type: 'pkcs8', format: 'pem' }).toString() };
    const outcomes = await channel.send(wrong, content, [target('fcm-x'), target('fcm-y')]);
    expect(outcomes).toEqual([
      { kind: 'fatalConfig', reason: 'fcm token endpoint refused the service account (HTTP 400): invalid_grant Invalid JWT Signature.' },
      { kind: 'fatalConfig', reason: 'fcm token endpoint refused the service account (HTTP 400): invalid_grant Invalid JWT Signature.' },
    ]);
    expect(stub.state.requests.filter((request) => request.path !== '/token')).toEqual([]);
  });

  it('answers fatalConfig for a private key that is not a usable PEM', async () => {
    const [outcome] = await channel.send({ ...credential, ...credentialBase(harness.appId), privateKey: 'garbage' }, content, [target('fcm-k')]);
    expect(outcome).toMatchObject({ kind: 'fatalConfig', reason: expect.stringContaining('private key of certificate') });
  });

  it('answers fatalConfig when the project is not the service account’s', async () => {
    const [outcome] = await channel.send({ ...credential, projectId: 'someone-else' }, content, [target('fcm-z')]);
    expect(outcome).toMatchObject({ kind: 'fatalConfig' });
  });

  it('caches the access token across sends and workers, and renews it 5 minutes before expiry', async () => {
    const fresh: FcmCredential = { ...credential, ...credentialBase(harness.appId) };
    await channel.send(fresh, content, [target('fcm-1'), target('fcm-2')]);
    await new FcmChannel(new PushChannelRegistry(), harness.config, harness.clock, harness.otherWorkerCache()).send(fresh, content, [target('fcm-3')]);
    expect(stub.state.requestsTo('/token')).toHaveLength(1);
    harness.advance(3599_000 - 5 * 60_000 - 1000);
    await channel.send(fresh, content, [target('fcm-4')]);
    expect(stub.state.requestsTo('/token')).toHaveLength(1);
    harness.advance(2000);
    await channel.send(fresh, content, [target('fcm-5')]);
    expect(stub.state.requestsTo('/token')).toHaveLength(2);
  });

  it('refreshes once and resends when FCM answers 401 without error details', async () => {
    const fresh: FcmCredential = { ...credential, ...credentialBase(harness.appId) };
    await channel.send(fresh, content, [target('fcm-6')]);
    stub.state.revokeAuthTokens();
    expect(await channel.send(fresh, content, [target('fcm-7'), target('fcm-8')])).toEqual([{ kind: 'ok' }, { kind: 'ok' }]);
    // Both devices raced the refused token; one refresh served both.
    expect(stub.state.requestsTo('/token')).toHaveLength(2);
  });

  it('maps the android/fcm overrides, badge, collapse and TTL, and builds data-only cmd messages', async () => {
    const rich: PushContent = {
      ...content,
      attachment_url: 'https://cdn.example/p.png',
      collapse_id: 'chat-7',
      ttl_seconds: 600,
      android: { channel_id: 'general', sound: 'ding' },
      fcm: { channel_id: 'im', click_action: 'intent', intent: 'OPEN_CHAT' },
      ios: { thread_id: 'chat-7' },
    };
    await channel.send(credential, rich, [target('fcm-r1', { badge: 4 }), target('fcm-r2', { platform: 1, badge: 1 })]);
    await channel.send(credential, { ...content, type: 'cmd' }, [target('fcm-cmd')]);
    const byToken = Object.fromEntries(stub.state.deliveries.map((delivery) => [delivery.token, delivery.payload]));
    expect(byToken['fcm-r1']).toEqual({
      token: 'fcm-r1',
      data: { chat: '7', meta: '{"a":1}' },
      notification: { title: 'Hello', body: 'World', image: 'https://cdn.example/p.png' },
      android: { priority: 'high', ttl: '600s', collapse_key: 'chat-7', notification: { sound: 'ding', channel_id: 'im', click_action: 'OPEN_CHAT', notification_count: 4, tag: 'chat-7' } },
    });
    expect(byToken['fcm-r2'].apns).toEqual({ headers: { 'apns-priority': '10', 'apns-push-type': 'alert', 'apns-collapse-id': 'chat-7' }, payload: { aps: { badge: 1, 'thread-id': 'chat-7' } } });
    expect(byToken['fcm-cmd']).toEqual({ token: 'fcm-cmd', data: { chat: '7', meta: '{"a":1}' }, android: { priority: 'high' } });
  });
});
