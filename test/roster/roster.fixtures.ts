import { NoticeService } from '../../src/notice/notice.service';
import { NoticeNamespace } from '../../src/notice/notice.types';
import { createTenant, createUser, RequestOptions, startTestServer, Tenant, TestServer, TestUser } from '../server';

export interface RosterNoticeSeen {
  type: number;
  fromId: number | null;
  toIds: number[];
  content: string | null;
}

/** One server and app per test file, with helpers that call the API as a user and read back what a user was told. */
export class RosterWorld {
  server!: TestServer;
  tenant!: Tenant;

  async start(): Promise<void> {
    this.server = await startTestServer();
    this.tenant = await createTenant(this.server);
  }

  close(): Promise<void> {
    return this.server.close();
  }

  user(): Promise<TestUser> {
    return createUser(this.server, this.tenant);
  }

  async users(count: number): Promise<TestUser[]> {
    const users: TestUser[] = [];
    for (let index = 0; index < count; index++) users.push(await this.user());
    return users;
  }

  /** Calls the API as `user` (its own token), in this world's app. */
  as(user: TestUser, method: RequestOptions['method'], url: string, body?: unknown) {
    return this.server.request({ method, url, appId: this.tenant.appId, token: user.token, body });
  }

  /** Calls with the admin token acting as `user` through the user_id header. */
  asAdminFor(user: TestUser, method: RequestOptions['method'], url: string, body?: unknown) {
    return this.server.request({ method, url, appId: this.tenant.appId, token: this.tenant.adminToken, headers: { user_id: String(user.userId) }, body });
  }

  /** `actor`'s own user token sent with the user_id header naming `victim`: an impersonation the guard must refuse. */
  impersonate(actor: TestUser, victim: TestUser, method: RequestOptions['method'], url: string, body?: unknown) {
    return this.server.request({ method, url, appId: this.tenant.appId, token: actor.token, headers: { user_id: String(victim.userId) }, body });
  }

  /** The body of a call that must succeed. */
  async ok(user: TestUser, method: RequestOptions['method'], url: string, body?: unknown) {
    const response = await this.as(user, method, url, body);
    if (response.body.code !== 200) throw new Error(`${method} ${url} failed: ${JSON.stringify(response.body)}`);
    return response.body;
  }

  async setSettings(user: TestUser, settings: Record<string, unknown>): Promise<void> {
    await this.ok(user, 'POST', '/user/settings', settings);
  }

  async friendIds(user: TestUser): Promise<number[]> {
    return (await this.ok(user, 'GET', '/roster/list')).data;
  }

  async details(user: TestUser, ids: number[]) {
    return (await this.ok(user, 'POST', '/roster/list', { list: ids })).data;
  }

  async relation(user: TestUser, other: TestUser): Promise<number> {
    return (await this.details(user, [other.userId]))[0].relation;
  }

  async applications(user: TestUser) {
    return (await this.ok(user, 'GET', '/roster/apply/list')).data;
  }

  /** Every roster notice stored for `user`, oldest first. */
  async notices(user: TestUser): Promise<RosterNoticeSeen[]> {
    const stored = await this.server.app.get(NoticeService).listAfter(this.tenant.appId, user.userId, 0, 1000);
    return stored
      .filter((notice) => notice.namespace === NoticeNamespace.Roster)
      .map(({ type, fromId, toIds, content }) => ({ type, fromId, toIds, content }));
  }

  /** Every USER notice stored for `user`, oldest first: what each of its devices receives, live or on its next sync. */
  async userNotices(user: TestUser): Promise<Omit<RosterNoticeSeen, 'content'>[]> {
    const stored = await this.server.app.get(NoticeService).listAfter(this.tenant.appId, user.userId, 0, 1000);
    return stored.filter((notice) => notice.namespace === NoticeNamespace.User).map(({ type, fromId, toIds }) => ({ type, fromId, toIds }));
  }

  async noticeTypes(user: TestUser): Promise<number[]> {
    return (await this.notices(user)).map((notice) => notice.type);
  }

  /** Makes two users friends through the API (the target's default auth_mode is 0). */
  async befriend(user: TestUser, other: TestUser): Promise<void> {
    await this.ok(user, 'POST', '/roster/apply', { user_id: other.userId });
  }
}
