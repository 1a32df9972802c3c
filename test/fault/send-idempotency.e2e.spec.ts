import { loadConfig } from '../../src/common/config/config';
import { StatusCode } from '../../src/realtime/xsync.codec';
import { reportFigure } from '../figure';
import { MessageWorld } from '../message/fixtures';
import { listen, XsyncClient } from '../realtime/xsync-client';
import { TestUser } from '../server';

/** Per path: 500 through REST and 500 through the socket make the 1,000 sends of the issue. */
const SENDS = 500;
const ATTEMPTS = 4;
/** Sends whose attempts are in flight together: enough to overlap, few enough for the database pool. */
const WINDOW = 25;

/**
 * Fault test 1 (issue 9): 1,000 sends, each made ATTEMPTS times at once: 500 with one
 * transaction_id (REST, racing), 500 with one meta id from one device (socket, back to back on its one session). Half go 1:1, half to a group. Exactly one row per send
 * must be stored, every attempt must answer that row's msg id, and no stream position is used up by
 * a refused duplicate (each conversation's last_seq equals its rows).
 */
describe('send idempotency under concurrent retries', () => {
  const world = new MessageWorld();
  let url: string;
  let bob: TestUser;
  let carol: TestUser;

  beforeAll(async () => {
    await world.start({ realtime: { ...loadConfig({}).realtime, framesPerSecond: 100_000 } });
    url = await listen(world.server);
    [bob, carol] = await world.users(2);
  });
  afterAll(async () => {
    reportFigure('send idempotency', figures.join('; '));
    await world.close();
  });

  /** Rows stored by `sender` and, per conversation, rows vs last_seq. */
  async function stored(sender: TestUser): Promise<{ rows: Map<number, number>; gaps: number }> {
    const rows = await world.server.sql(`SELECT msg_id FROM messages WHERE app_id = $1 AND from_user_id = $2`, [world.tenant.appId, sender.userId]);
    const conversations = await world.server.sql(
      `SELECT c.last_seq, (SELECT count(*)::int FROM messages m WHERE m.conversation_id = c.id) AS n
         FROM message_conversations c WHERE c.app_id = $1 AND c.id IN (SELECT conversation_id FROM messages WHERE app_id = $1 AND from_user_id = $2)`,
      [world.tenant.appId, sender.userId],
    );
    const counts = new Map<number, number>();
    for (const row of rows) counts.set(Number(row.msg_id), (counts.get(Number(row.msg_id)) ?? 0) + 1);
    return { rows: counts, gaps: conversations.reduce((sum: number, row: { last_seq: number; n: number }) => sum + Number(row.last_seq) - row.n, 0) };
  }

  const figures: string[] = [];

  /** The per-send answers: one entry per send, each the list of msg ids its attempts got (or the failure). */
  function check(name: string, answers: (number | string)[][], storedRows: { rows: Map<number, number>; gaps: number }): void {
    const answered = answers.map((attempts) => new Set(attempts));
    const split = answered.filter((ids) => ids.size !== 1).length;
    const failed = answers.flat().filter((id) => typeof id === 'string');
    const msgIds = answered.map((ids) => [...ids][0]);
    const missing = msgIds.filter((id) => !storedRows.rows.has(id as number)).length;
    figures.push(
      `${name}: ${SENDS} sends x ${ATTEMPTS} concurrent attempts, stored ${storedRows.rows.size} rows, ` +
        `sends answered with more than one msg id ${split}, failed attempts ${failed.length}, acked but not stored ${missing}, stream positions used up ${storedRows.gaps}`,
    );
    expect(failed.slice(0, 3)).toEqual([]);
    expect(split).toBe(0);
    expect(new Set(msgIds).size).toBe(SENDS);
    expect(storedRows.rows.size).toBe(SENDS);
    expect([...storedRows.rows.values()].every((count) => count === 1)).toBe(true);
    expect(missing).toBe(0);
    expect(storedRows.gaps).toBe(0);
  }

  /** A fresh sender and a group it shares with bob. */
  async function sender(): Promise<{ alice: TestUser; groupId: number }> {
    const alice = await world.user();
    return { alice, groupId: await world.group(carol, { members: [alice, bob] }) };
  }

  it('REST: one row and one msg id per transaction_id', async () => {
    const { alice, groupId } = await sender();
    const answers: (number | string)[][] = [];
    const started = Date.now();
    for (let first = 0; first < SENDS; first += WINDOW) {
      const window = Array.from({ length: Math.min(WINDOW, SENDS - first) }, (_, offset) => first + offset);
      answers.push(
        ...(await Promise.all(
          window.map((index) => {
            const body = { type: index % 2 ? 2 : 1, targets: [index % 2 ? groupId : bob.userId], content_type: 0, content: `rest ${index}`, transaction_id: 1_000_000 + index };
            return Promise.all(
              Array.from({ length: ATTEMPTS }, async () => {
                const response = await world.as(alice, 'POST', '/message/send', body);
                return response.body.code === 200 ? response.body.msg_ids![0] : `${response.body.code} ${response.body.message}`;
              }),
            );
          }),
        )),
      );
    }
    process.stderr.write(`${SENDS * ATTEMPTS} REST attempts took ${Date.now() - started} ms\n`);
    check('REST transaction_id', answers, await stored(alice));
  }, 120_000);

  // A device has one live session (a new one ends the older with KICK_BY_SAME_DEVICE), so a
  // device's resends reach the gateway on one connection, which handles its frames in order.
  it('socket: one row and one server_mid per meta id, the attempts sent back to back by one device', async () => {
    const { alice, groupId } = await sender();
    const client = await XsyncClient.connect(url);
    try {
      const answer = await client.provision(alice.token, { uid: alice.userId, deviceGuid: 'alice-phone' });
      expect(answer.status.code).toBe(StatusCode.Ok);
      const from = { uid: alice.userId, deviceSN: Number(answer.xid.deviceSN) };
      const answers: (number | string)[][] = [];
      const started = Date.now();
      for (let first = 0; first < SENDS; first += WINDOW * 2) {
        const window = Array.from({ length: Math.min(WINDOW * 2, SENDS - first) }, (_, offset) => first + offset);
        answers.push(
          ...(await Promise.all(
            window.map((index) =>
              Promise.all(
                Array.from({ length: ATTEMPTS }, async () => {
                  const group = index % 2 === 1;
                  const ack = await client.sendText(from, group ? groupId : bob.userId, `socket ${index}`, { group, id: 2_000_000 + index });
                  return ack.status.code === StatusCode.Ok ? Number(ack.server_mid) : `${ack.status.code} ${ack.status.reason}`;
                }),
              ),
            ),
          )),
        );
      }
      process.stderr.write(`${SENDS * ATTEMPTS} socket attempts took ${Date.now() - started} ms\n`);
      check('socket meta id', answers, await stored(alice));
    } finally {
      client.close();
    }
  }, 120_000);
});
