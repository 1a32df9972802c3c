/**
 * Heap taken by the hot-state cache when every region is full (src/common/README.md "Hot-state
 * cache"): each region is filled to its bound with values shaped as the database reads them
 * (distinct strings and dates, as rows give), and the heap is measured after a full GC.
 * Run: node --expose-gc -r ./test/push/ts-register.js bench/hot-state-memory.bench.ts
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { VERIFIED_TOKENS_MAX } from '../src/common/auth/token.service';
import { HotStateCache, hotStateTag } from '../src/common/cache/hot-state.cache';
import { GroupMemberEntity } from '../src/group/group-member.entity';
import { GroupEntity } from '../src/group/group.entity';
import { PROFILE_CACHE_MAX } from '../src/user/user.repository';

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
    name: 'device-logins',
    max: 50_000,
    // The web SDK's guid: a random 36-character id per installation.
    key: (n) => `guid ${app(n)} ${user(n)} ${randomUUID()}`,
    tags: (n) => [hotStateTag.user(app(n), user(n))],
    value: (n) => ({ deviceSn: 1 + (n % 3) }),
  },
  {
    name: 'receiving-groups',
    max: 50_000,
    key: (n) => `${app(n)} ${user(n)}`,
    // A user in three groups.
    tags: (n) => [hotStateTag.user(app(n), user(n)), hotStateTag.receivingGroups(app(n), user(n)), ...[0, 1, 2].map((k) => hotStateTag.group(app(n), 5_000_000 + ((n + k) % 10_000)))],
    value: (n) => ({ groupIds: [0, 1, 2].map((k) => 5_000_000 + ((n + k) % 10_000)) }),
  },
  { name: 'sync-devices', max: 50_000, key: (n) => `${app(n)} ${user(n)} ${1 + (n % 3)}`, tags: (n) => [hotStateTag.user(app(n), user(n))], value: () => ({}) },
  {
    name: 'user-profiles',
    max: PROFILE_CACHE_MAX,
    key: (n) => `${app(n)} ${user(n)}`,
    tags: (n) => [hotStateTag.user(app(n), user(n))],
    // A users row as findProfile reads it: a profile with a nick name, an avatar URL, a mobile and a short description.
    value: (n) =>
      Object.freeze({
        id: user(n), appId: app(n), username: `bench_user_${n}`, mobile: `+8613${String(n).padStart(9, '0')}`, email: null,
        nickName: `Nick ${n}`, avatar: `https://files.example.com/avatars/${randomUUID()}.png`, description: `profile number ${n} of the bench`,
        publicInfo: null, privateInfo: null, gender: n % 2 ? 'female' : 'male', birthday: '1990-04-30', region: null, status: 0,
        createdAt: new Date(Date.now() - n), updatedAt: new Date(),
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

/** A user token as TokenService.issueUserToken signs it (HS256, knd/app/sub/jti/iat/exp). */
function signedToken(n: number): { token: string; claims: object } {
  const claims = { knd: 'user', app: app(n), sub: String(user(n)), jti: randomUUID(), iat: 1_800_000_000 + n, exp: 1_800_604_800 + n };
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return { token: `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.${randomBytes(32).toString('base64url')}`, claims };
}

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

  // TokenService's remembered signatures: not a region (nothing to invalidate), bounded the same way.
  const secrets = Array.from({ length: 1_000 }, () => randomBytes(32).toString('base64url'));
  const signatures = new LRUCache<string, object>({ max: VERIFIED_TOKENS_MAX });
  const start = heapMiB();
  for (let n = 0; n < VERIFIED_TOKENS_MAX; n++) {
    const { token, claims } = signedToken(n);
    signatures.set(token, { secret: secrets[n % 1_000], claims });
  }
  const used = heapMiB() - start;
  console.log(`${'signatures'.padEnd(14)} ${String(VERIFIED_TOKENS_MAX).padStart(7)} entries  ${used.toFixed(1).padStart(6)} MiB  ${((used * 2 ** 20) / VERIFIED_TOKENS_MAX).toFixed(0).padStart(5)} B/entry`);
  // Both stay referenced until both are measured.
  console.log(`with the signatures: ${(total + used).toFixed(1)} MiB (${Object.keys(cache.sizes()).length} regions, ${signatures.size} signatures)`);
}

void main();
