import { AppConfig } from '../../src/common/config/config';
import { MessageService } from '../../src/message/message.service';
import { createGroup, CreateGroupOptions } from '../group/fixtures';
import { ApiResponse, createTenant, createUser, RequestOptions, startTestServer, Tenant, TestServer, TestUser } from '../server';

/** An answer of the message routes: /message/send and /message/notify add top-level msg_ids. */
export type MessageResponse = ApiResponse & { body: ApiResponse['body'] & { msg_ids?: number[] } };

/** One server and app per test file, with helpers that send and read messages through the API. */
export class MessageWorld {
  server!: TestServer;
  tenant!: Tenant;

  async start(overrides: Partial<AppConfig> = {}): Promise<void> {
    this.server = await startTestServer(overrides);
    this.tenant = await createTenant(this.server);
  }

  close(): Promise<void> {
    return this.server.close();
  }

  get service(): MessageService {
    return this.server.app.get(MessageService);
  }

  user(): Promise<TestUser> {
    return createUser(this.server, this.tenant);
  }

  async users(count: number): Promise<TestUser[]> {
    const users: TestUser[] = [];
    for (let index = 0; index < count; index++) users.push(await this.user());
    return users;
  }

  group(owner: TestUser, options: CreateGroupOptions = {}): Promise<number> {
    return createGroup(this.server, this.tenant, owner, options);
  }

  as(user: TestUser, method: RequestOptions['method'], url: string, body?: unknown): Promise<MessageResponse> {
    return this.server.request({ method, url, appId: this.tenant.appId, token: user.token, body });
  }

  asAdmin(method: RequestOptions['method'], url: string, body?: unknown, headers?: Record<string, string>): Promise<MessageResponse> {
    return this.server.request({ method, url, appId: this.tenant.appId, token: this.tenant.adminToken, body, headers });
  }

  async ok(user: TestUser, method: RequestOptions['method'], url: string, body?: unknown) {
    const response = await this.as(user, method, url, body);
    if (response.body.code !== 200) throw new Error(`${method} ${url} failed: ${JSON.stringify(response.body)}`);
    return response.body;
  }

  /** Sends a text through POST /message/send and answers its msg_id. */
  async text(from: TestUser, to: number, content = 'hello', type: 1 | 2 = 1, extra: Record<string, unknown> = {}): Promise<number> {
    const body = await this.ok(from, 'POST', '/message/send', { type, targets: [to], content_type: 0, content, ...extra });
    return body.msg_ids![0];
  }

  /** GET /message/conversation as `user`: the whole history, oldest first. */
  async history(user: TestUser, oppositeId: number): Promise<{ msg_id: number; content: string; status: string }[]> {
    const all: { msg_id: number; content: string; status: string }[] = [];
    let start = 0;
    for (;;) {
      const body = await this.ok(user, 'GET', `/message/conversation?opposite_id=${oppositeId}&msg_id_start=${start}&limit=100`);
      all.push(...body.data.messages);
      if (body.data.is_last) return all.reverse();
      start = body.data.next_msg_id;
    }
  }

  async unread(user: TestUser): Promise<Record<number, number>> {
    const body = await this.ok(user, 'GET', '/message/unread');
    return Object.fromEntries(body.data.map((row: { conversation_id: { uid: number }; num: number }) => [row.conversation_id.uid, row.num]));
  }

  async messageRows(): Promise<number> {
    return (await this.server.sql(`SELECT count(*)::int AS n FROM messages WHERE app_id = $1`, [this.tenant.appId]))[0].n;
  }
}
