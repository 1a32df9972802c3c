import { HUAWEI_CERTIFICATE } from '../push/push-fixtures';
import { HuaweiStub, startHuaweiStub } from '../push/stubs/huawei.stub';
import { listen } from '../realtime/xsync-client';
import { createTenant, startTestServer, Tenant, TestServer } from '../server';
import { ImApiError, ImClient } from '../../client/src';

const PASSWORD = 'secret-password';

/** The typed client (client/) against a listening test server, as an app backend drives it. */
describe('the typed client', () => {
  let server: TestServer;
  let huawei: HuaweiStub;
  let tenant: Tenant;
  let admin: ImClient;
  let anonymous: ImClient;

  beforeAll(async () => {
    huawei = await startHuaweiStub({ clientId: HUAWEI_CERTIFICATE.app_id, clientSecret: HUAWEI_CERTIFICATE.app_secret });
    server = await startTestServer();
    server.config.pushVendors.huaweiBaseUrl = huawei.url;
    server.config.pushVendors.huaweiAuthUrl = huawei.authUrl;
    tenant = await createTenant(server);
    const baseUrl = await listen(server);
    anonymous = new ImClient({ baseUrl, appId: tenant.appId });
    admin = new ImClient({ baseUrl, appId: tenant.appId, token: tenant.adminToken });
  });
  afterAll(async () => {
    await server.close();
    await huawei.close();
  });

  const register = async (username: string) => {
    await anonymous.unwrap(anonymous.api.POST('/user/register/v2', { body: { username, password: PASSWORD } }));
    return anonymous.login({ name: username, password: PASSWORD, device_guid: `${username}-phone` });
  };

  it('creates users, befriends them, makes a group, sends, reads history and pushes to a vendor', async () => {
    const alice = await register(`client_alice_${process.pid}`);
    const bob = await register(`client_bob_${process.pid}`);
    const carol = await register(`client_carol_${process.pid}`);

    // Befriend (users accept anyone by default, auth_mode 0); the admin token acts as carol through user_id.
    await alice.client.unwrap(alice.client.api.POST('/roster/apply', { body: { user_id: bob.session.user_id } }));
    const asCarol = admin.asUser(carol.session.user_id);
    await asCarol.unwrap(asCarol.api.POST('/roster/apply', { body: { user_id: alice.session.user_id } }));
    expect(await bob.client.unwrap(bob.client.api.GET('/roster/relation', { params: { query: { user_id: alice.session.user_id } } }))).toMatchObject({ friends: true });

    // A group of the three; its members paged two by two through the cursor.
    const created = (await alice.client.unwrap(
      alice.client.api.POST('/group/create', { body: { name: 'client flow', type: 0, user_list: [bob.session.user_id, carol.session.user_id] } }),
    )) as { group_id: number };
    const members: unknown[] = [];
    for await (const member of alice.client.pages((cursor) => alice.client.api.GET('/group/member_list', { params: { query: { group_id: created.group_id, limit: 2, cursor } } }))) {
      members.push(member);
    }
    expect(members).toHaveLength(3);

    // Send 1:1 and to the group (the admin as the group's admin may recall there); read the history back.
    const sent = await bob.client.unwrapEnvelope(bob.client.api.POST('/message/send', { body: { type: 1, targets: [alice.session.user_id], content_type: 0, content: 'hello alice' } }));
    expect(sent.msg_ids).toHaveLength(1);
    const groupSent = await carol.client.unwrapEnvelope(carol.client.api.POST('/message/send', { body: { type: 2, targets: [created.group_id], content_type: 0, content: 'hello group' } }));
    const asGroupAdmin = admin.asGroupAdmin(created.group_id);
    expect(await asGroupAdmin.unwrap(asGroupAdmin.api.POST('/message/recall', { body: { conversation_id: created.group_id, msg_id: groupSent.msg_ids![0] } }))).toBe(true);
    const history = await alice.client.unwrap(alice.client.api.GET('/message/conversation', { params: { query: { opposite_id: bob.session.user_id, msg_id_start: 0, limit: 10 } } }));
    expect(history?.messages.map((message) => message.content)).toEqual(['hello alice']);

    // A business error arrives as ImApiError with the MaxIM code.
    const refused = await alice.client.unwrap(alice.client.api.POST('/message/send', { body: { type: 1, targets: [1], content_type: 0, content: 'nobody' } })).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ImApiError);
    expect(refused).toMatchObject({ code: 10000, httpStatus: 200 });

    // Push: a Huawei certificate, bob's phone bound to it, a notification the stub vendor receives.
    await admin.unwrap(admin.api.POST('/push/certificate', { body: { ...HUAWEI_CERTIFICATE, provider: 2, environment: 1 } }));
    await bob.client.unwrap(bob.client.api.POST('/user/token/bind', { body: { device_sn: bob.session.device_sn!, device_token: 'bob-huawei-token', notifier_name: HUAWEI_CERTIFICATE.name } }));
    const task = await admin.unwrap(admin.api.POST('/push/notify', { body: { audience: { user_id: [bob.session.user_id] }, message: { type: 'text', title: 'hi', body: 'from the client' } } }));
    const deadline = Date.now() + 20_000;
    while (!huawei.state.deliveries.some((delivery) => delivery.token === 'bob-huawei-token') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(huawei.state.deliveries.map((delivery) => delivery.token)).toEqual(['bob-huawei-token']);
    expect(task).toMatchObject({ task_id: expect.any(Number) });
  });

  it('refuses an impersonation header sent with a user token (10010) as a typed error', async () => {
    const dave = await register(`client_dave_${process.pid}`);
    const impersonating = new ImClient({ ...dave.client.options }, { user_id: String(dave.session.user_id) });
    await expect(impersonating.unwrap(impersonating.api.GET('/message/unread'))).rejects.toMatchObject({ code: 10010 });
  });
});
