import { Clock } from '../../src/common/clock';
import { NoticeService } from '../../src/notice/notice.service';
import { NoticeNamespace } from '../../src/notice/notice.types';
import { createTenant, createUser, RequestOptions, startTestServer, Tenant, TestServer, TestUser } from '../server';
import { GroupShape, insertGroup } from './fixtures';

export interface GroupNoticeSeen {
  type: number;
  fromId: number | null;
  toIds: number[];
  groupId: number | null;
  content: string | null;
}

type Method = RequestOptions['method'];

/** One server and app per test file, with groups written straight into the database and helpers that read back both sides. */
export class JoinWorld {
  server!: TestServer;
  tenant!: Tenant;

  async start(): Promise<void> {
    this.server = await startTestServer();
    this.tenant = await createTenant(this.server);
  }

  close(): Promise<void> {
    return this.server.close();
  }

  async users(count: number, tenant = this.tenant): Promise<TestUser[]> {
    const users: TestUser[] = [];
    for (let index = 0; index < count; index++) users.push(await createUser(this.server, tenant));
    return users;
  }

  group(shape: GroupShape, tenant = this.tenant): Promise<number> {
    return insertGroup(this.server, tenant, { name: 'joinable', ...shape });
  }

  as(user: TestUser, method: Method, url: string, body?: unknown, tenant = this.tenant) {
    return this.server.request({ method, url, appId: tenant.appId, token: user.token, body });
  }

  asAdminFor(user: TestUser, method: Method, url: string, body?: unknown) {
    return this.server.request({ method, url, appId: this.tenant.appId, token: this.tenant.adminToken, headers: { user_id: String(user.userId) }, body });
  }

  asGroupAdmin(groupId: number, method: Method, url: string, body?: unknown) {
    return this.server.request({ method, url, appId: this.tenant.appId, token: this.tenant.adminToken, headers: { group_id: String(groupId) }, body });
  }

  /** The body of a call that must succeed. */
  async ok(user: TestUser, method: Method, url: string, body?: unknown) {
    const response = await this.as(user, method, url, body);
    if (response.body.code !== 200) throw new Error(`${method} ${url} failed: ${JSON.stringify(response.body)}`);
    return response.body;
  }

  async setGroupConfirm(user: TestUser, value: boolean): Promise<void> {
    await this.ok(user, 'POST', '/user/settings', { group_confirm: value });
  }

  /** Member ids with their roles, and the stored member_count. */
  async members(groupId: number): Promise<{ ids: number[]; count: number }> {
    const rows = await this.server.sql(`SELECT user_id FROM group_members WHERE group_id = $1 ORDER BY user_id`, [groupId]);
    const [group] = await this.server.sql(`SELECT member_count FROM groups WHERE id = $1`, [groupId]);
    return { ids: rows.map((row) => Number(row.user_id)), count: group.member_count };
  }

  async block(groupId: number, user: TestUser): Promise<void> {
    await this.server.sql(`INSERT INTO group_blocks (group_id, user_id, app_id) VALUES ($1, $2, $3)`, [groupId, user.userId, this.tenant.appId]);
  }

  /** Every group notice stored for `user`, oldest first. */
  async notices(user: TestUser, tenant = this.tenant): Promise<GroupNoticeSeen[]> {
    const stored = await this.server.app.get(NoticeService).listAfter(tenant.appId, user.userId, 0, 1000);
    return stored
      .filter((notice) => notice.namespace === NoticeNamespace.Group)
      .map(({ type, fromId, toIds, groupId, content }) => ({ type, fromId, toIds, groupId, content }));
  }

  async noticeTypes(user: TestUser): Promise<number[]> {
    return (await this.notices(user)).map((notice) => notice.type);
  }

  /** Moves the server's clock by `ms` from now (tests restore mocks after each). */
  shiftClock(ms: number): void {
    const later = new Date(Date.now() + ms);
    jest.spyOn(this.server.app.get(Clock), 'now').mockReturnValue(later);
  }
}
