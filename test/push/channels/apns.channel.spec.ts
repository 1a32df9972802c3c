import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { ApnsChannel } from '../../../src/push/channels/apns/apns.channel';
import { createApnsProviderToken } from '../../../src/push/channels/apns/apns-provider-token';
import { ApnsCredential, PushContent, PushEnvironment, PushVendor } from '../../../src/push/channels/push-channel';
import { PushChannelRegistry } from '../../../src/push/channels/push-channel.registry';
import { ApnsStub, startApnsStub } from '../stubs/apns.stub';
import { verifyJwt } from '../stubs/jwt-check';
import { ChannelHarness, createChannelHarness, credentialBase, target } from './channel-harness';

const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const content: PushContent = { notificationId: 'task-1', type: 'text', title: 'Hello', body: 'World', ext: { chat: 7 } };

describe('createApnsProviderToken', () => {
  it('signs {alg ES256, kid} / {iss, iat} with a raw r‖s signature and no exp', () => {
    const jwt = createApnsProviderToken({ teamId: 'TEAM123456', keyId: 'KEY1234567', privateKeyPem }, 1_700_000_000);
    expect(Buffer.from(jwt.split('.')[2], 'base64url')).toHaveLength(64);
    expect(verifyJwt(jwt, createPublicKey(privateKeyPem), 'ES256')).toEqual({
      header: { alg: 'ES256', kid: 'KEY1234567' },
      claims: { iss: 'TEAM123456', iat: 1_700_000_000 },
    });
  });
});

describe(ApnsChannel.name, () => {
  let stub: ApnsStub;
  let sandbox: ApnsStub;
  let harness: ChannelHarness;
  let channel: ApnsChannel;
  let credential: ApnsCredential;

  beforeAll(async () => {
    const identity = { teamId: 'TEAM123456', keyId: 'KEY1234567', privateKeyPem, bundleId: 'com.example.im' };
    stub = await startApnsStub(identity);
    sandbox = await startApnsStub(identity);
    harness = await createChannelHarness({ apnsBaseUrl: stub.url, apnsSandboxBaseUrl: sandbox.url });
    channel = new ApnsChannel(harness.registry, harness.config, harness.clock, harness.cache);
    credential = { ...credentialBase(harness.appId), vendor: PushVendor.Apns, teamId: 'TEAM123456', keyId: 'KEY1234567', bundleId: 'com.example.im', privateKey: privateKeyPem };
  });

  afterAll(async () => {
    channel.onModuleDestroy();
    await harness.close();
    await stub.close();
    await sandbox.close();
  });

  beforeEach(() => {
    stub.state.deliveries.length = 0;
    stub.state.requests.length = 0;
  });

  it('registers itself', () => {
    expect(harness.registry.channelFor(PushVendor.Apns)).toBe(channel);
  });

  it('delivers each device on one reused HTTP/2 connection with the APNs headers', async () => {
    const connectionsBefore = stub.connections();
    const outcomes = await channel.send(credential, { ...content, collapse_id: 'chat-7', ttl_seconds: 60, ios: { thread_id: 'chat-7', sound: 'ping.caf' } }, [
      target('aa01', { badge: 2 }),
      target('aa02'),
      target('aa03'),
    ]);
    await channel.send(credential, content, [target('aa04')]);
    expect(outcomes).toEqual([{ kind: 'ok' }, { kind: 'ok' }, { kind: 'ok' }]);
    expect(stub.connections() - connectionsBefore).toBeLessThanOrEqual(1);
    expect(stub.state.deliveries.map((delivery) => delivery.token).sort()).toEqual(['aa01', 'aa02', 'aa03', 'aa04']);
    const first = stub.state.deliveries.find((delivery) => delivery.token === 'aa01')!;
    expect(first.headers).toMatchObject({ 'apns-push-type': 'alert', 'apns-topic': 'com.example.im', 'apns-priority': '10', 'apns-collapse-id': 'chat-7' });
    const expiration = Number(first.headers!['apns-expiration']);
    expect(Math.abs(expiration - Math.floor(harness.clock.now().getTime() / 1000) - 60)).toBeLessThanOrEqual(2);
    expect(first.payload).toEqual({ chat: 7, aps: { alert: { title: 'Hello', body: 'World' }, sound: 'ping.caf', 'thread-id': 'chat-7', badge: 2 } });
    expect(stub.state.violations).toEqual([]);
  });

  it('gives each (notification, device) its own apns-id, the same when the device is sent again', async () => {
    const [one, two] = [target('ab01'), target('ab02')];
    await channel.send(credential, content, [one, two]);
    await channel.send(credential, content, [one]);
    await channel.send(credential, { ...content, notificationId: 'task-2' }, [one]);
    const idsOf = (token: string) => stub.state.deliveries.filter((delivery) => delivery.token === token).map((delivery) => delivery.headers!['apns-id']);
    const [first, resent, otherTask] = idsOf('ab01');
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(resent).toBe(first);
    expect(new Set([first, otherTask, ...idsOf('ab02')]).size).toBe(3);
    expect(stub.state.violations).toEqual([]);
  });

  it('sends development certificates to the sandbox host', async () => {
    const development: ApnsCredential = { ...credential, ...credentialBase(harness.appId, PushEnvironment.Development) };
    expect(await channel.send(development, content, [target('bb01')])).toEqual([{ kind: 'ok' }]);
    expect(sandbox.state.deliveries.map((delivery) => delivery.token)).toEqual(['bb01']);
    expect(stub.state.deliveries).toEqual([]);
  });

  it('maps cmd to a background push and the ios overrides onto aps', async () => {
    await channel.send(credential, { ...content, type: 'cmd' }, [target('cc01')]);
    await channel.send(credential, { ...content, attachment_url: 'https://cdn.example/p.jpg', ios: { subtitle: 'sub', category: 'REPLY', apns_collapse_id: 'c1', content_available: true } }, [target('cc02')]);
    const [silent, rich] = stub.state.deliveries;
    expect(silent.headers).toMatchObject({ 'apns-push-type': 'background', 'apns-priority': '5' });
    expect(silent.payload).toEqual({ chat: 7, aps: { 'content-available': 1 } });
    expect(rich.headers).toMatchObject({ 'apns-collapse-id': 'c1' });
    expect(rich.payload).toEqual({
      chat: 7,
      attachment_url: 'https://cdn.example/p.jpg',
      aps: { alert: { title: 'Hello', subtitle: 'sub', body: 'World' }, category: 'REPLY', 'mutable-content': 1, 'content-available': 1 },
    });
  });

  it('classifies 410 as invalidToken, 429 with Retry-After and 500 as retryable', async () => {
    stub.state.answer('dd01', { kind: 'invalidToken' });
    stub.state.answer('dd02', { kind: 'rateLimited', retryAfterSeconds: 30 });
    stub.state.answer('dd03', { kind: 'serverError' });
    const outcomes = await channel.send(credential, content, [target('dd01'), target('dd02'), target('dd03'), target('dd04')]);
    expect(outcomes).toEqual([
      { kind: 'invalidToken', reason: 'apns 410 Unregistered' },
      { kind: 'retryable', retryAfterMs: 30_000, reason: 'apns 429 TooManyRequests' },
      { kind: 'retryable', retryAfterMs: undefined, reason: 'apns 500 InternalServerError' },
      { kind: 'ok' },
    ]);
  });

  it('answers fatalConfig when Apple refuses the provider token or the topic', async () => {
    const { privateKey: otherKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const wrongKey: ApnsCredential = { ...credential, ...credentialBase(harness.appId), privateKey: otherKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
    expect(await channel.send(wrongKey, content, [target('ee01')])).toEqual([{ kind: 'fatalConfig', reason: 'apns 403 InvalidProviderToken' }]);
    const wrongTopic: ApnsCredential = { ...credential, ...credentialBase(harness.appId), bundleId: 'com.other' };
    expect(await channel.send(wrongTopic, content, [target('ee02')])).toEqual([{ kind: 'fatalConfig', reason: 'apns 400 BadTopic' }]);
  });

  it('answers fatalConfig for a private key that is not a usable PEM', async () => {
    const broken: ApnsCredential = { ...credential, ...credentialBase(harness.appId), privateKey: 'not a key' };
    const [outcome] = await channel.send(broken, content, [target('ee03')]);
    expect(outcome).toMatchObject({ kind: 'fatalConfig', reason: expect.stringContaining('.p8 key of certificate') });
  });

  it('refuses a payload over 4096 bytes without sending it', async () => {
    const [outcome] = await channel.send(credential, { ...content, body: 'x'.repeat(5000) }, [target('ff01')]);
    expect(outcome).toMatchObject({ kind: 'fatalMessage' });
    expect(stub.state.requests).toEqual([]);
  });

  it('shares one provider JWT across sends and workers and renews it after 50 minutes', async () => {
    const fresh: ApnsCredential = { ...credential, ...credentialBase(harness.appId) };
    await channel.send(fresh, content, [target('gg01')]);
    const otherWorker = new ApnsChannel(new PushChannelRegistry(), harness.config, harness.clock, harness.otherWorkerCache());
    await otherWorker.send(fresh, content, [target('gg02')]);
    otherWorker.onModuleDestroy();
    const jwts = stub.state.requests.map((request) => request.headers.authorization);
    expect(new Set(jwts).size).toBe(1);
    harness.advance(51 * 60_000);
    await channel.send(fresh, content, [target('gg03')]);
    expect(stub.state.requests[2].headers.authorization).not.toBe(jwts[0]);
  });

  it('regenerates the JWT and resends once on ExpiredProviderToken', async () => {
    const fresh: ApnsCredential = { ...credential, ...credentialBase(harness.appId) };
    await channel.send(fresh, content, [target('hh01')]);
    stub.expireProviderTokens();
    // Apple would throttle a new token within 20 minutes only if we regenerated without cause; this one is forced.
    harness.advance(1000);
    expect(await channel.send(fresh, content, [target('hh02')])).toEqual([{ kind: 'ok' }]);
    const [first, refused, resent] = stub.state.requests.map((request) => request.headers.authorization);
    expect(refused).toBe(first);
    expect(resent).not.toBe(first);
    expect(stub.state.deliveries.map((delivery) => delivery.token)).toEqual(['hh01', 'hh02']);
  });

  it('reconnects after GOAWAY', async () => {
    await channel.send(credential, content, [target('ii01')]);
    const before = stub.connections();
    stub.goAway();
    await new Promise((resolve) => setImmediate(resolve));
    const outcomes = await channel.send(credential, content, [target('ii02')]);
    expect(outcomes).toEqual([{ kind: 'ok' }]);
    expect(stub.connections()).toBe(before + 1);
  });

  it('answers retryable when APNs cannot be reached', async () => {
    const unreachable = new ApnsChannel(new PushChannelRegistry(), { ...harness.config, pushVendors: { ...harness.config.pushVendors, apnsBaseUrl: 'http://127.0.0.1:1' } }, harness.clock, harness.cache);
    const [outcome] = await unreachable.send(credential, content, [target('jj01')]);
    expect(outcome).toMatchObject({ kind: 'retryable' });
    unreachable.onModuleDestroy();
  });
});
