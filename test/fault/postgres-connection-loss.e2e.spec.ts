import { Client } from 'pg';
import { APPLICATION_NAME } from '../../src/common/database/data-source';
import { ADMIN_DATABASE_URL } from '../database';
import { reportFigure } from '../figure';
import { ApiResponse, createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

const WORKERS = 8;
const LOAD_MS = 6_000;
const TERMINATE_EVERY_MS = 700;
/** An answer slower than this waited on a dead connection: it hung. */
const HANG_MS = 10_000;

type Outcome = { kind: 'send' | 'profile'; response: ApiResponse } | { kind: 'send' | 'profile'; hung: true };

/**
 * Fault test 8 (issue 9): the server's own PostgreSQL sessions (this test file's database, named
 * by application_name) are terminated with pg_terminate_backend again and again while sends and
 * profile reads run. Every request succeeds or fails with a 5xx envelope, none hangs, the next
 * request after the storm succeeds, and every message acked with code 200 is stored.
 */
describe('PostgreSQL connections terminated under load', () => {
  let server: TestServer;
  let tenant: Tenant;
  let alice: TestUser;
  let bob: TestUser;
  let admin: Client;

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await createTenant(server);
    alice = await createUser(server, tenant);
    bob = await createUser(server, tenant);
    admin = new Client({ connectionString: ADMIN_DATABASE_URL });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await server.close();
  });

  const databaseName = () => new URL(server.database.url).pathname.slice(1);

  async function terminateOurSessions(): Promise<number> {
    const { rows } = await admin.query(
      `SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) AS terminated
         FROM pg_stat_activity WHERE datname = $1 AND application_name = $2`,
      [databaseName(), APPLICATION_NAME],
    );
    return Number(rows[0].terminated);
  }

  function timed(kind: Outcome['kind'], request: Promise<ApiResponse>): Promise<Outcome> {
    let timer: NodeJS.Timeout;
    const hang = new Promise<Outcome>((resolve) => (timer = setTimeout(() => resolve({ kind, hung: true }), HANG_MS)));
    return Promise.race([request.then((response) => ({ kind, response })), hang]).finally(() => clearTimeout(timer));
  }

  it('answers every request with success or a 5xx envelope, recovers at once and loses no acked message', async () => {
    expect(await terminateOurSessions()).toBeGreaterThan(0);
    const outcomes: Outcome[] = [];
    const stopAt = Date.now() + LOAD_MS;
    let sequence = 0;
    const worker = async () => {
      while (Date.now() < stopAt) {
        const content = `pg loss ${sequence++}`;
        outcomes.push(
          await timed('send', server.request({ method: 'POST', url: '/message/send', appId: tenant.appId, token: alice.token, body: { type: 1, targets: [bob.userId], content_type: 0, content } })),
        );
        outcomes.push(await timed('profile', server.request({ url: '/user/profile', appId: tenant.appId, token: alice.token })));
      }
    };
    let terminated = 0;
    const storm = (async () => {
      while (Date.now() < stopAt) {
        await new Promise((resolve) => setTimeout(resolve, TERMINATE_EVERY_MS));
        terminated += await terminateOurSessions();
      }
    })();
    await Promise.all([...Array.from({ length: WORKERS }, worker), storm]);

    expect(outcomes.filter((outcome) => 'hung' in outcome)).toEqual([]);
    const answers = outcomes.map((outcome) => (outcome as { kind: Outcome['kind']; response: ApiResponse }).response);
    for (const answer of answers) {
      expect(answer.body).toEqual(expect.objectContaining({ code: expect.any(Number), message: answer.body.code === 200 ? null : expect.any(String) }));
      expect(answer.body).toHaveProperty('data');
      if (answer.body.code === 200) expect(answer.status).toBe(200);
      else expect(answer.status).toBeGreaterThanOrEqual(500);
    }
    const failed = answers.filter((answer) => answer.body.code !== 200);
    for (const answer of failed) expect([500, 20000]).toContain(answer.body.code);

    // The next request after the storm succeeds, once the pool has heard of its last terminated sessions (PostgreSQL
    // tells each client with a FATAL message, and pg drops idle clients on it); a request that takes such a session
    // in that instant fails like those above, with a 5xx envelope.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const after = await server.request({ url: '/user/profile', appId: tenant.appId, token: alice.token });
    expect(after.body.code).toBe(200);
    const sent = await server.request({ method: 'POST', url: '/message/send', appId: tenant.appId, token: alice.token, body: { type: 1, targets: [bob.userId], content_type: 0, content: 'after' } });
    expect(sent.body.code).toBe(200);

    const acked = outcomes
      .filter((outcome): outcome is { kind: 'send'; response: ApiResponse } => outcome.kind === 'send' && 'response' in outcome && outcome.response.body.code === 200)
      .map((outcome) => (outcome.response.body as unknown as { msg_ids: number[] }).msg_ids[0]);
    const stored = await server.sql(`SELECT count(*)::int AS n FROM messages WHERE msg_id = ANY($1::bigint[])`, [acked]);
    expect(stored[0].n).toBe(acked.length);
    expect(terminated).toBeGreaterThan(0);

    reportFigure(
      'PostgreSQL connection loss',
      `tried ${answers.length} requests while ${terminated} sessions were terminated; succeeded ${answers.length - failed.length}, failed with a 5xx envelope ${failed.length}, hung 0; next request ok; lost 0 of ${acked.length} acked messages`,
    );
  }, 120_000);
});
