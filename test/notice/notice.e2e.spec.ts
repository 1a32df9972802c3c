import { NoticeService } from '../../src/notice/notice.service';
import { NoticeNamespace, NoticesStored, RosterNoticeType } from '../../src/notice/notice.types';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

describe(NoticeService.name, () => {
  let server: TestServer;
  let tenant: Tenant;
  let alice: TestUser;
  let bob: TestUser;
  let notices: NoticeService;

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await createTenant(server);
    alice = await createUser(server, tenant);
    bob = await createUser(server, tenant);
    notices = server.app.get(NoticeService);
  });
  afterAll(() => server.close());

  it('stores one notice per recipient, in order, and announces the recipients once', async () => {
    const heard: NoticesStored[] = [];
    const unsubscribe = notices.onNoticesStored((event) => heard.push(event));
    const notice = { namespace: NoticeNamespace.Roster, type: RosterNoticeType.Added, fromId: alice.userId, toIds: [bob.userId] };
    await notices.publish(tenant.appId, notice, [alice.userId, bob.userId, bob.userId]);
    await notices.publish(tenant.appId, { ...notice, type: RosterNoticeType.InfoUpdated, content: 'x' }, [bob.userId]);
    unsubscribe();

    const bobs = await notices.listAfter(tenant.appId, bob.userId, 0, 10);
    expect(bobs.map((stored) => stored.type)).toEqual([RosterNoticeType.Added, RosterNoticeType.InfoUpdated]);
    expect(bobs[0]).toMatchObject({ appId: tenant.appId, recipientId: bob.userId, fromId: alice.userId, toIds: [bob.userId], groupId: null, content: null });
    expect(bobs[1].content).toBe('x');
    expect(await notices.listAfter(tenant.appId, bob.userId, bobs[0].id, 10)).toHaveLength(1);
    expect(await notices.listAfter(tenant.appId, alice.userId, 0, 10)).toHaveLength(1);
    expect(heard).toEqual([
      { appId: tenant.appId, recipientIds: [alice.userId, bob.userId] },
      { appId: tenant.appId, recipientIds: [bob.userId] },
    ]);
  });

  it("keeps one app's notices out of another app's stream", async () => {
    const other = await createTenant(server, 'other app');
    expect(await notices.listAfter(other.appId, bob.userId, 0, 10)).toEqual([]);
  });
});
