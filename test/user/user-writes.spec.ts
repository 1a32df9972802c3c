import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HotStateCache } from '../../src/common/cache/hot-state.cache';
import { UserStatus } from '../../src/user/user.entity';
import { UserRepository } from '../../src/user/user.repository';
import { createTenant, createUser, startTestServer, Tenant, TestServer } from '../server';

/**
 * GET /user/profile is served from the hot-state cache (issue 17), so a change of a users row that
 * does not drop it would be shown stale in every process until the TTL. Dropping it is the job of
 * UserRepository alone; these checks keep it the only writer of users rows, and make each of its
 * methods that writes prove it drops the cached row.
 */
const ROOT = join(__dirname, '..', '..');
const USER_REPOSITORY = 'src/user/user.repository.ts';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** SQL or TypeORM that changes or removes users rows (deleting an app removes its users by cascade). */
const WRITES_OF_USERS = [
  /\bUPDATE\s+(ONLY\s+)?"?users"?\b/i,
  /\bDELETE\s+FROM\s+(ONLY\s+)?"?(users|apps)"?\b/i,
  /\bTRUNCATE\b[^`;]*\b(users|apps)\b/i,
  /\bON\s+CONFLICT\b[^`;]*\bDO\s+UPDATE\b[^`;]*\busers\b/i,
  /\b(getRepository|update|delete|insert|upsert|save|remove|softDelete|increment|decrement|into|from)\(\s*UserEntity\b/,
];

describe('writes of users rows', () => {
  it('happen only in UserRepository, which drops the hot state of the users it changes', () => {
    const writers = sourceFiles(join(ROOT, 'src'))
      .filter((path) => WRITES_OF_USERS.some((pattern) => pattern.test(readFileSync(path, 'utf8'))))
      .map((path) => relative(ROOT, path));
    expect(writers).toEqual([USER_REPOSITORY]);
  });
});

describe(UserRepository.name, () => {
  let server: TestServer;
  let tenant: Tenant;
  let users: UserRepository;

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await createTenant(server);
    users = server.app.get(UserRepository);
  });

  afterAll(async () => {
    await server?.close();
  });

  const READS = ['findLoginRecord', 'findProfile', 'cachedProfile', 'findExistingIds', 'listPage', 'search'];
  /** Insert rows only: an absent user is never cached, and open ids are not part of the profile. */
  const INSERTS = ['createWithSettings', 'bindOpenId'];
  const WRITES: Record<string, (userId: number) => Promise<unknown>> = {
    updateAccount: (userId) => users.updateAccount(tenant.appId, userId, { nickName: 'changed' }),
    updatePasswordHash: (userId) => users.updatePasswordHash(tenant.appId, userId, 'another hash'),
    setStatus: (userId) => users.setStatus(tenant.appId, [userId], UserStatus.Disabled),
    deleteUnlessGroupOwner: (userId) => users.deleteUnlessGroupOwner(tenant.appId, userId),
  };

  it('names every public method as a read, an insert or a write with a case below', () => {
    const methods = Object.getOwnPropertyNames(UserRepository.prototype).filter(
      (name) => name !== 'constructor' && name !== 'changed' && typeof (UserRepository.prototype as any)[name] === 'function',
    );
    // A new method fails here until it is classified: if it updates or deletes users rows, it calls changed() and gets a case in WRITES.
    expect(methods.sort()).toEqual([...READS, ...INSERTS, ...Object.keys(WRITES)].sort());
  });

  it.each(Object.keys(WRITES))('%s drops the cached profile of the user it changes', async (method) => {
    const user = await createUser(server, tenant);
    const cached = await users.findProfile(tenant.appId, user.userId);
    expect(await users.findProfile(tenant.appId, user.userId)).toBe(cached);

    await WRITES[method](user.userId);

    const after = await users.findProfile(tenant.appId, user.userId);
    expect(after).not.toBe(cached);
    server.app.get(HotStateCache).forgetAll();
    expect(after).toEqual(await users.findProfile(tenant.appId, user.userId));
  });
});
