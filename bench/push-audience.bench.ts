/**
 * Push audience lookups on an app with 1,000,000 devices: seeds a throwaway database (migrated
 * with runMigrations, dropped at the end), times the PushIdentityRepository and PresenceRepository
 * queries the push pipeline will run, and prints each one's EXPLAIN (ANALYZE, BUFFERS) plan.
 *
 *   npm run bench:push-audience            (TEST_DATABASE_URL names the server, as for the tests)
 */
import { randomBytes } from 'node:crypto';
import { DataSource, Logger } from 'typeorm';
import { dataSourceOptions, runMigrations } from '../src/common/database/data-source';
import { PresenceRepository } from '../src/user/presence.repository';
import { PushIdentityRepository } from '../src/user/push-identity.repository';
import { adminQuery, databaseUrl } from '../test/database';

const APP = 'bench-app';
const OTHER_APP = 'bench-other';
const USERS = 500_000;
const DEVICES_PER_USER = 2;
const OTHER_APP_USERS = 100_000;
const FIRST_USER_ID = 20_000_000;
const RUNS = 15;

/** Records the statements TypeORM sends (transaction control aside), so a timed call's own queries can be explained. */
class QueryRecorder implements Logger {
  statements: { query: string; parameters: unknown[] }[] = [];
  logQuery(query: string, parameters?: unknown[]) {
    if (!/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i.test(query)) this.statements.push({ query, parameters: parameters ?? [] });
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

async function seed(dataSource: DataSource): Promise<void> {
  const started = Date.now();
  await dataSource.query(`INSERT INTO apps (id, name, secret) VALUES ($1, 'bench', 's'), ($2, 'bench other', 's')`, [APP, OTHER_APP]);
  await dataSource.query(
    `INSERT INTO users (id, app_id, username, password_hash)
     SELECT $2::bigint + g, $1, 'u' || g, 'x' FROM generate_series(1, $3::int) g`,
    [APP, FIRST_USER_ID, USERS],
  );
  // 4 in 5 devices have a vendor binding; first devices carry an alias shared by 5 users.
  await dataSource.query(
    `INSERT INTO devices (user_id, device_sn, app_id, device_guid, platform, push_token, notifier_name, device_token, alias, badge)
     SELECT $2::bigint + g, s, $1, 'guid-' || g || '-' || s, 1 + (g % 2), 'pt-' || g || '-' || s,
            CASE WHEN (g + s) % 5 <> 0 THEN 'fcm' END, CASE WHEN (g + s) % 5 <> 0 THEN 'tok-' || g || '-' || s END,
            CASE WHEN s = 1 THEN 'alias-' || (g % 100000) END, g % 10
       FROM generate_series(1, $3::int) g, generate_series(1, $4::int) s`,
    [APP, FIRST_USER_ID, USERS, DEVICES_PER_USER],
  );
  // Tags: everyone 'all'; one user in ten 'vip'; 200 cities of 2,500 users each.
  await dataSource.query(
    `INSERT INTO user_push_tags (user_id, tag, app_id)
     SELECT $2::bigint + g, t.tag, $1
       FROM generate_series(1, $3::int) g
       CROSS JOIN LATERAL (VALUES ('all'), ('city-' || (g % 200)), (CASE WHEN g % 10 = 0 THEN 'vip' END)) AS t(tag)
      WHERE t.tag IS NOT NULL`,
    [APP, FIRST_USER_ID, USERS],
  );
  // A second app holding the same tags and aliases, so every lookup has rows to leave out.
  const otherFirst = FIRST_USER_ID + USERS;
  await dataSource.query(
    `INSERT INTO users (id, app_id, username, password_hash) SELECT $2::bigint + g, $1, 'o' || g, 'x' FROM generate_series(1, $3::int) g`,
    [OTHER_APP, otherFirst, OTHER_APP_USERS],
  );
  await dataSource.query(
    `INSERT INTO devices (user_id, device_sn, app_id, device_guid, push_token, alias)
     SELECT $2::bigint + g, 1, $1, 'guid-' || g, 'opt-' || g, 'alias-' || (g % 100000) FROM generate_series(1, $3::int) g`,
    [OTHER_APP, otherFirst, OTHER_APP_USERS],
  );
  await dataSource.query(
    `INSERT INTO user_push_tags (user_id, tag, app_id) SELECT $2::bigint + g, 'vip', $1 FROM generate_series(1, $3::int) g`,
    [OTHER_APP, otherFirst, OTHER_APP_USERS],
  );
  // One user in ten has a live session (the push pipeline's combined mode asks who is online).
  await dataSource.query(
    `INSERT INTO live_sessions (connection_id, app_id, user_id, device_sn, node_id)
     SELECT 'conn-' || g, $1, $2::bigint + g, 1, 'node-' || (g % 4) FROM generate_series(1, $3::int) g WHERE g % 10 = 3`,
    [APP, FIRST_USER_ID, USERS],
  );
  await dataSource.query(`ANALYZE`);
  const [{ devices }] = await dataSource.query(`SELECT count(*)::int AS devices FROM devices WHERE app_id = $1`, [APP]);
  console.log(`seeded ${devices.toLocaleString('en')} devices of ${USERS.toLocaleString('en')} users in ${APP} (+${OTHER_APP_USERS.toLocaleString('en')} in ${OTHER_APP}) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

/** Plans quote every parameter; 500 aliases would bury the plan's shape. */
function truncate(line: string, width = 200): string {
  return line.length > width ? `${line.slice(0, width)}…` : line;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

async function measure(dataSource: DataSource, recorder: QueryRecorder, label: string, run: () => Promise<unknown>): Promise<void> {
  recorder.statements = [];
  await run();
  const statements = [...recorder.statements];
  const timings: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    await run();
    timings.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  timings.sort((a, b) => a - b);
  console.log(`## ${label}\nmedian ${percentile(timings, 50).toFixed(2)} ms, p95 ${percentile(timings, 95).toFixed(2)} ms (${RUNS} runs)`);
  for (const statement of statements) {
    const plan: { 'QUERY PLAN': string }[] = await dataSource.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.query}`, statement.parameters);
    console.log(plan.map((row) => `    ${truncate(row['QUERY PLAN'])}`).join('\n') + '\n');
  }
}

async function walkTag(repository: PushIdentityRepository, tag: string, pageSize: number): Promise<{ devices: number; pages: number; ms: number }> {
  const started = Date.now();
  let devices = 0;
  let pages = 0;
  let page = await repository.devicesByTag(APP, tag, null, pageSize);
  for (;;) {
    devices += page.targets.length;
    pages++;
    if (!page.next) break;
    page = await repository.devicesByTag(APP, tag, page.next, pageSize);
  }
  return { devices, pages, ms: Date.now() - started };
}

async function main(): Promise<void> {
  const name = `im_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const recorder = new QueryRecorder();
  const dataSource = new DataSource({ ...dataSourceOptions(databaseUrl(name), { poolSize: 2 }), logger: recorder, logging: true });
  try {
    await runMigrations(databaseUrl(name));
    await dataSource.initialize();
    await seed(dataSource);
    const pushIdentity = new PushIdentityRepository(dataSource);
    const presence = new PresenceRepository(dataSource);
    const pick = (count: number, stride: number) => Array.from({ length: count }, (_, i) => FIRST_USER_ID + 1 + ((i * stride) % USERS));

    await measure(dataSource, recorder, 'devicesByTag "vip" (100,000 devices), first page of 1,000', () => pushIdentity.devicesByTag(APP, 'vip', null, 1000));
    const middle = { userId: FIRST_USER_ID + USERS / 2, deviceSn: 1 };
    await measure(dataSource, recorder, 'devicesByTag "vip", page of 1,000 from the middle (keyset)', () => pushIdentity.devicesByTag(APP, 'vip', middle, 1000));
    await measure(dataSource, recorder, 'devicesByTag "all" (1,000,000 devices), page of 1,000 from the middle (keyset)', () =>
      pushIdentity.devicesByTag(APP, 'all', middle, 1000),
    );
    await measure(dataSource, recorder, 'devicesByTag "city-7" (5,000 devices), first page of 1,000', () => pushIdentity.devicesByTag(APP, 'city-7', null, 1000));
    const aliases = Array.from({ length: 500 }, (_, i) => `alias-${i * 97}`);
    await measure(dataSource, recorder, 'devicesByAliases, 500 aliases (5 devices each)', () => pushIdentity.devicesByAliases(APP, aliases));
    const userIds = pick(500, 997);
    await measure(dataSource, recorder, 'devicesByUserIds, 500 users', () => pushIdentity.devicesByUserIds(APP, userIds));
    const pushTokens = userIds.map((id) => `pt-${id - FIRST_USER_ID}-2`);
    await measure(dataSource, recorder, 'devicesByPushTokens, 500 tokens', () => pushIdentity.devicesByPushTokens(APP, pushTokens));
    await measure(dataSource, recorder, 'onlineUserIds, 500 users (1 in 10 online)', () => presence.onlineUserIds(APP, userIds, 90));
    await measure(dataSource, recorder, 'bindVendorToken moving a token bound to another user (one transaction of four statements)', () =>
      pushIdentity.bindVendorToken(APP, FIRST_USER_ID + 1 + Math.floor(Math.random() * 1000), 1, 'fcm', 'tok-77-1'),
    );

    console.log('## full keyset walks');
    for (const [tag, pageSize] of [
      ['city-7', 1000],
      ['vip', 1000],
      ['vip', 10000],
      ['all', 10000],
    ] as const) {
      const walk = await walkTag(pushIdentity, tag, pageSize);
      console.log(`"${tag}" in pages of ${pageSize.toLocaleString('en')}: ${walk.devices.toLocaleString('en')} devices, ${walk.pages} pages, ${walk.ms} ms`);
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
