import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { loadConfig } from '../../src/common/config/config';
import { transportLimit } from '../../src/realtime/xsync-io.adapter';
import { BodyType, Command, encode, MetaNamespace, StatusCode } from '../../src/realtime/xsync.codec';
import { reportFigure } from '../figure';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';
import { listen, XsyncClient } from '../realtime/xsync-client';

/**
 * Issue 9, test 12: hostile frames over the xsync gateway (random bytes, truncated protobuf,
 * unknown commands, oversized frames, invalid zlib, non-binary events, UNREAD/SYNC before
 * PROVISION). Each must be answered with an error status or end in a close; the process keeps
 * serving, and a bystander pair on the same server keeps messaging and receives everything.
 * FRAME_FUZZ_SEED=<seed> replays a run.
 */
const FRAMES = Number(process.env.FRAME_FUZZ_FRAMES ?? 1500);
const SEED = Number(process.env.FRAME_FUZZ_SEED ?? Date.now() % 2_147_483_647);
const MAX_FRAME_BYTES = 16 * 1024;
const ANSWER_TIMEOUT_MS = 10_000;

/** Which socket a frame goes to: one that never provisioned, or one provisioned as a real user. */
type Target = 'anonymous' | 'provisioned';

interface HostileFrame {
  kind: string;
  target: Target;
  data: unknown;
}

/** `closed`, `silent` (no answer within the timeout) or the status name answered, e.g. `PbParserError`. */
type Outcome = string;

/** The status each kind of frame must get; kinds not named here may get any error status. */
const EXPECTED_STATUS: Record<string, string> = {
  'unknown command': StatusCode[StatusCode.UnknownCommand],
  'invalid zlib': StatusCode[StatusCode.PbParserError],
  'zlib bomb': StatusCode[StatusCode.PbParserError],
  'non-binary event': StatusCode[StatusCode.PbParserError],
  'oversized frame': StatusCode[StatusCode.InvalidParameter],
  'frame past the transport limit': 'closed',
  'UNREAD before PROVISION': StatusCode[StatusCode.Unauthorized],
  'SYNC before PROVISION': StatusCode[StatusCode.Unauthorized],
  'SYNC send before PROVISION': StatusCode[StatusCode.Unauthorized],
  'PROVISION with a forged token': StatusCode[StatusCode.InvalidToken],
};

/** A close is always an acceptable end; otherwise the expected status, or any status but OK. */
function acceptable(kind: string, outcome: Outcome): boolean {
  if (outcome === 'closed') return true;
  return EXPECTED_STATUS[kind] ? outcome === EXPECTED_STATUS[kind] : outcome !== StatusCode[StatusCode.Ok] && outcome !== 'silent';
}

const frameOf = (value: object) => Buffer.from(encode('Frame', value));

/** A well-formed SYNC carrying a message, for truncation: any cut must fail to parse or fail to authorise. */
function syncFrame(text: string): Buffer {
  const body = encode('MessageBody', { type: BodyType.Chat, ctype: 0, content: text });
  const syncUl = encode('SyncUL', { meta: { id: 1, from: { uid: 1 }, to: { uid: 2 }, timestamp: Date.now(), ns: MetaNamespace.Message, payload: body } });
  return frameOf({ vsn: 0, command: Command.Sync, compress_method: 0, payload: syncUl });
}

function provisionFrame(token: string): Buffer {
  return frameOf({ command: Command.Provision, payload: encode('Provision', { xid: { uid: 1, deviceSN: 0 }, token, os_type: 6, sdk_vsn: '2.0.0', device_guid: 'fuzz' }) });
}

const bytes = (maxLength: number) => fc.uint8Array({ minLength: 1, maxLength }).map((array) => Buffer.from(array));

const hostileFrames: fc.Arbitrary<HostileFrame> = fc.oneof(
  bytes(512).map((data) => ({ kind: 'random bytes', target: 'anonymous' as Target, data })),
  fc
    .tuple(fc.string({ maxLength: 64 }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([text, cut]) => {
      const whole = syncFrame(text);
      return { kind: 'truncated SYNC', target: 'anonymous' as Target, data: whole.subarray(0, Math.max(1, Math.floor(whole.length * cut))) };
    }),
  fc.double({ min: 0, max: 1, noNaN: true }).map((cut) => {
    const whole = provisionFrame('a.b.c');
    return { kind: 'truncated PROVISION', target: 'anonymous' as Target, data: whole.subarray(0, Math.max(1, Math.floor(whole.length * cut))) };
  }),
  fc
    .tuple(fc.oneof(fc.constant(Command.Notice), fc.integer({ min: 4, max: 2 ** 31 - 1 })), bytes(64), fc.constantFrom<Target>('anonymous', 'provisioned'))
    .map(([command, payload, target]) => ({ kind: 'unknown command', target, data: frameOf({ command, payload }) })),
  fc
    .tuple(fc.constantFrom(Command.Unread, Command.Sync, Command.Provision), bytes(256), fc.constantFrom<Target>('anonymous', 'provisioned'))
    // A zlib stream starts with 0x78: a first byte of 0 is never one.
    .map(([command, payload, target]) => ({ kind: 'invalid zlib', target, data: frameOf({ command, compress_method: 1, payload: Buffer.concat([Buffer.from([0]), payload]) }) })),
  fc.constantFrom(Command.Sync, Command.Unread).map((command) => ({
    kind: 'zlib bomb',
    target: 'provisioned' as Target,
    data: frameOf({ command, compress_method: 1, payload: deflateSync(Buffer.alloc(MAX_FRAME_BYTES * 8)) }),
  })),
  fc.integer({ min: MAX_FRAME_BYTES + 1, max: transportLimit(MAX_FRAME_BYTES) - 64 }).map((size) => ({ kind: 'oversized frame', target: 'provisioned' as Target, data: Buffer.alloc(size, 7) })),
  fc.constant({ kind: 'frame past the transport limit', target: 'provisioned' as Target, data: Buffer.alloc(transportLimit(MAX_FRAME_BYTES) * 2, 7) }),
  fc
    .oneof(fc.string(), fc.integer(), fc.constant({ command: 1 }), fc.constant(null), fc.constant([1, 2, 3]))
    .chain((data) => fc.constantFrom<Target>('anonymous', 'provisioned').map((target) => ({ kind: 'non-binary event', target, data }))),
  fc.constantFrom(
    { kind: 'UNREAD before PROVISION', target: 'anonymous' as Target, data: frameOf({ command: Command.Unread, payload: encode('UnreadUL', {}) }) },
    { kind: 'SYNC before PROVISION', target: 'anonymous' as Target, data: frameOf({ command: Command.Sync, payload: encode('SyncUL', { xid: { uid: 1 }, key: 0 }) }) },
    { kind: 'SYNC send before PROVISION', target: 'anonymous' as Target, data: syncFrame('sneaky') },
    { kind: 'PROVISION with a forged token', target: 'anonymous' as Target, data: provisionFrame('eyJhbGciOiJub25lIn0.eyJ1aWQiOjF9.') },
  ),
);

describe('frame fuzz over the xsync gateway (issue 9, test 12)', () => {
  let server: TestServer;
  let tenant: Tenant;
  let url: string;
  const clients: XsyncClient[] = [];

  beforeAll(async () => {
    server = await startTestServer({ realtime: { ...loadConfig({}).realtime, framesPerSecond: 100_000, maxFrameBytes: MAX_FRAME_BYTES } });
    tenant = await createTenant(server);
    url = await listen(server);
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server.close();
  });

  async function connect(): Promise<XsyncClient> {
    const client = await XsyncClient.connect(url);
    clients.push(client);
    return client;
  }

  async function provisioned(user: TestUser): Promise<{ client: XsyncClient; sn: number }> {
    const client = await connect();
    const answer = await client.provision(user.token, { uid: user.userId });
    if (answer.status.code !== StatusCode.Ok) throw new Error(`provision failed: ${JSON.stringify(answer.status)}`);
    return { client, sn: Number(answer.xid.deviceSN) };
  }

  /** The answer to one frame: the next frame the socket receives, or its close. */
  async function outcomeOf(client: XsyncClient, data: unknown): Promise<Outcome> {
    client.emitRaw(data);
    try {
      const answer = await client.next(() => true, ANSWER_TIMEOUT_MS);
      return StatusCode[answer.body.status?.code ?? StatusCode.Unknown] ?? `status ${answer.body.status?.code}`;
    } catch {
      return client.disconnected ? 'closed' : 'silent';
    }
  }

  it(`answers ${FRAMES} hostile frames with an error status or a close, and the bystanders miss nothing`, async () => {
    const crashes: unknown[] = [];
    const onCrash = (error: unknown) => crashes.push(error);
    process.on('uncaughtException', onCrash);
    process.on('unhandledRejection', onCrash);

    const [fuzzer, alice, bob] = [await createUser(server, tenant), await createUser(server, tenant), await createUser(server, tenant)];
    const sender = await provisioned(alice);
    const receiver = await provisioned(bob);

    // The bystanders talk all through the fuzz; every acknowledged message must reach bob.
    let fuzzing = true;
    const acked: number[] = [];
    const bystanders = (async () => {
      for (let sent = 0; fuzzing || sent < 20; sent++) {
        const ack = await sender.client.sendText({ uid: alice.userId, deviceSN: sender.sn }, bob.userId, `bystander ${sent}`);
        if (ack.status.code !== StatusCode.Ok) throw new Error(`bystander send refused: ${JSON.stringify(ack.status)}`);
        acked.push(Number(ack.server_mid));
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();

    const frames = fc.sample(hostileFrames, { seed: SEED, numRuns: FRAMES });
    const sockets: Record<Target, XsyncClient | null> = { anonymous: null, provisioned: null };
    const outcomes = new Map<string, Map<Outcome, number>>();
    let closes = 0;
    for (const frame of frames) {
      let socket = sockets[frame.target];
      if (!socket || !socket.connected) {
        socket = frame.target === 'anonymous' ? await connect() : (await provisioned(fuzzer)).client;
        sockets[frame.target] = socket;
      }
      const outcome = await outcomeOf(socket, frame.data);
      if (outcome === 'closed') closes += 1;
      const counts = outcomes.get(frame.kind) ?? new Map<Outcome, number>();
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
      outcomes.set(frame.kind, counts);
    }
    fuzzing = false;
    await bystanders;

    await receiver.client.notice(alice.userId, 30_000);
    const received = await receiver.client.syncAll(alice.userId);
    const receivedIds = received.map((meta) => Number(meta.id));

    // The process still serves HTTP and new sockets.
    const profile = await server.request({ url: '/user/profile', appId: tenant.appId, token: fuzzer.token });
    const fresh = await provisioned(fuzzer);
    const freshUnread = await fresh.client.unread();

    const table = [...outcomes].map(([kind, counts]) => `${kind}: ${[...counts].map(([outcome, count]) => `${count} ${outcome}`).join(' + ')}`);
    reportFigure(
      'frame fuzz',
      `frames ${frames.length}, seed ${SEED} (${table.join('; ')}), sockets closed ${closes}, bystander messages ${acked.length} acked, ${receivedIds.length} received, ` +
        `lost ${acked.filter((id) => !receivedIds.includes(id)).length}, crashes ${crashes.length}`,
    );
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);

    const wrong = [...outcomes].flatMap(([kind, counts]) =>
      [...counts].filter(([outcome]) => !acceptable(kind, outcome)).map(([outcome, count]) => `${kind}: ${count} ${outcome}`),
    );
    expect(wrong).toEqual([]);
    expect(crashes).toEqual([]);
    expect(receivedIds).toEqual(acked);
    expect(sender.client.connected && receiver.client.connected).toBe(true);
    expect(profile.body.code).toBe(200);
    expect(freshUnread.status.code).toBe(StatusCode.Ok);
  }, 300_000);
});
