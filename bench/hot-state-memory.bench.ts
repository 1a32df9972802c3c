/**
 * Heap taken by the hot-state cache when every region is full (src/common/README.md "Hot-state
 * cache"): each region is filled to its bound with values shaped as the database reads them
 * (distinct strings and dates, as rows give), and the heap is measured after a full GC.
 * Run: node --expose-gc -r ./test/push/ts-register.js bench/hot-state-memory.bench.ts
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { HotStateCache, hotStateTag } from '../src/common/cache/hot-state.cache';
import { GroupMemberEntity } from '../src/group/group-member.entity';
import { GroupEntity } from '../src/group/group.entity';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

function heapMiB(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

const appId = (n: number) => (0x1000_0000_0000_0000n + BigInt(n)).toString(16);

const app = (n: number) => appId(n % 1_000);
const user = (n: number) => 1_000_000 + n;

/**
 * Each region with its bound (as the services set it) and its keys, tags and values shaped as the
 * services make them: 1,000 apps, users spread over them, each pair and member row of its own.
 */
const regions: { name: string; max: number; key: (n: number) => string; tags: (n: number) => string[]; value: (n: number) => object }[] = [
  {
    name: 'apps',
    max: 1_000,
    key: (n) => appId(n),
    tags: (n) => [hotStateTag.app(appId(n))],
    value: (n) => ({ id: appId(n), secret: randomBytes(32).toString('base64url'), registrationOpen: true }),
  },
  {
    name: 'tokens',
    max: 50_000,
    key: (n) => `${app(n)} ${randomUUID()}`,
    tags: (n) => [hotStateTag.app(app(n)), hotStateTag.token(app(n), randomUUID()), hotStateTag.user(app(n), user(n))],
    value: (n) => ({
      app: { id: app(n), secret: randomBytes(32).toString('base64url'), registrationOpen: true },
      token: { kind: 'user', userId: user(n), deviceSn: n % 7, expiresAt: new Date(Date.now() + n), revokedAt: null, userStatus: 0 },
    }),
  },
  { name: 'user-status', max: 50_000, key: (n) => `${app(n)} ${user(n)}`, tags: (n) => [hotStateTag.user(app(n), user(n))], value: () => ({ status: 0 }) },
  {
    name: 'roster-pairs',
    max: 50_000,
    key: (n) => `${app(n)} ${user(n)} ${user(n + 1)}`,
    tags: (n) => [hotStateTag.app(app(n)), ...[user(n), user(n + 1)].flatMap((id) => [hotStateTag.user(app(n), id), hotStateTag.roster(app(n), id)])],
    value: () => ({ knownUsers: 2, blockedByReceiver: false, friends: true, strangerMessages: true }),
  },
  {
    name: 'groups',
    max: 10_000,
    key: (n) => `${app(n)} ${5_000_000 + n}`,
    tags: (n) => [hotStateTag.group(app(n), 5_000_000 + n)],
    value: (n) =>
      Object.assign(new GroupEntity(), {
        id: 5_000_000 + n, appId: app(n), name: `group ${n} of the bench`, ownerId: user(n), type: 0, status: 0, avatar: null,
        description: `a group seeded for the memory figure, number ${n}`, ext: null, capacity: 500, memberCount: 120, memberInvite: true,
        memberModify: true, readAck: false, historyVisible: true, hideMemberInfo: false, applyApproval: 1, banExpireTime: 0,
        createdAt: new Date(Date.now() - n), updatedAt: new Date(),
      }),
  },
  {
    name: 'group-members',
    max: 100_000,
    key: (n) => `${app(n)} ${5_000_000 + (n % 10_000)} ${user(n)}`,
    tags: (n) => [hotStateTag.group(app(n), 5_000_000 + (n % 10_000)), hotStateTag.user(app(n), user(n))],
    value: (n) =>
      Object.assign(new GroupMemberEntity(), {
        groupId: 5_000_000 + (n % 10_000), userId: user(n), appId: app(n), role: 0, displayName: null,
        joinTime: new Date(Date.now() - n), msgMuteMode: 0, msgPushMode: 0, bannedUntil: null,
      }),
  },
  {
    // Every app with two endpoints and a before-send hook: the most an entry usually holds (most apps have none).
    name: 'webhook-settings',
    max: 10_000,
    key: (n) => appId(n),
    tags: (n) => [hotStateTag.webhooks(appId(n))],
    value: (n) => ({
      endpoints: [
        { id: 2 * n, eventTypes: ['message.stored', 'message.recalled', 'user.registered', 'group.created'] },
        { id: 2 * n + 1, eventTypes: ['push.task_finished'] },
      ],
      beforeSend: {
        appId: appId(n), url: `https://moderation.example.com/apps/${n}/before-send`, secretSealed: randomBytes(64).toString('base64'),
        timeoutMs: 1_000, onTimeout: 'allow', enabled: true, updatedAt: new Date(Date.now() - n),
      },
    }),
  },
];

async function main(): Promise<void> {
  const cache = HotStateCache.local();
  const before = heapMiB();
  console.log(`Node ${process.version}; heap before: ${before.toFixed(1)} MiB`);
  let total = 0;
  for (const { name, max, key, tags, value } of regions) {
    const region = cache.region<object>(name, { max });
    const start = heapMiB();
    for (let n = 0; n < max; n++) {
      await region.read(key(n), async () => value(n), () => tags(n));
    }
    const used = heapMiB() - start;
    total += used;
    console.log(`${name.padEnd(14)} ${String(max).padStart(7)} entries  ${used.toFixed(1).padStart(6)} MiB  ${((used * 2 ** 20) / max).toFixed(0).padStart(5)} B/entry`);
  }
  console.log(`all regions full: ${total.toFixed(1)} MiB; sizes ${JSON.stringify(cache.sizes())}`);
}

void main();
