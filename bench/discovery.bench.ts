/**
 * Fuzzy search and nearby on 1,000,000 users: the queries of src/search/search.repository.ts,
 * run through that repository on a pool with named prepared statements (as the server runs with
 * DATABASE_URL), one at a time, timed from call to rows. The data is generated in SQL
 * (generate_series) in a throwaway database that is dropped at the end; the trigram and GiST
 * indexes are dropped for the load and built again from the migration's own definitions.
 * BENCH_USERS (1,000,000), BENCH_QUERIES per kind per run (500), BENCH_RUNS (3).
 */
import { randomBytes } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '../src/common/database/data-source';
import { SearchRepository, Point } from '../src/search/search.repository';
import { LOCATION_LIFETIME_MS, NEARBY_RADIUS } from '../src/common/location';
import { adminQuery, databaseUrl } from '../test/database';

const USERS = Number(process.env.BENCH_USERS ?? 1_000_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const GROUPS = Math.round(USERS / 10);
const APP_ID = 'benchdiscovery01';

// Population centres: users and groups cluster around them (normal spread, 0.08° ≈ 9 km).
const CITIES: Point[] = [
  { latitude: 31.23, longitude: 121.47 },
  { latitude: 39.9, longitude: 116.4 },
  { latitude: 22.54, longitude: 114.06 },
  { latitude: 23.13, longitude: 113.26 },
  { latitude: 30.57, longitude: 104.07 },
  { latitude: 51.51, longitude: -0.13 },
  { latitude: 40.71, longitude: -74.01 },
  { latitude: 35.68, longitude: 139.69 },
  { latitude: 48.86, longitude: 2.35 },
  { latitude: 52.52, longitude: 13.4 },
];
const SPREAD_DEGREES = 0.08;
// Names are 2–3 syllables, a space, 2 syllables; each syllable one of 21 onsets × 12 rhymes (252).
const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'q', 'r', 's', 't', 'w', 'x', 'y', 'z', 'zh'];
const RHYMES = ['a', 'e', 'i', 'o', 'u', 'ai', 'an', 'ei', 'en', 'ou', 'ang', 'ing'];
const SYLLABLES = ONSETS.flatMap((onset) => RHYMES.map((rhyme) => onset + rhyme));
const REBUILT_INDEXES = ['users_search_text_trgm_idx', 'groups_public_search_text_trgm_idx', 'user_locations_earth_idx', 'groups_public_earth_idx'];

const syllableArray = `ARRAY[${SYLLABLES.map((syllable) => `'${syllable}'`).join(',')}]`;
const syllable = `(${syllableArray})[1 + floor(random() * ${SYLLABLES.length})::int]`;
const gaussian = `(sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))`;
const cityArray = (axis: 'latitude' | 'longitude') => `(ARRAY[${CITIES.map((city) => city[axis]).join(',')}]::float8[])`;

async function seed(client: Client): Promise<void> {
  const definitions: { indexdef: string }[] = (await client.query(`SELECT indexdef FROM pg_indexes WHERE indexname = ANY($1)`, [REBUILT_INDEXES])).rows;
  await client.query(`DROP INDEX ${REBUILT_INDEXES.join(', ')}`);
  await client.query(`INSERT INTO apps (id, name, secret) VALUES ($1, 'bench', 'secret')`, [APP_ID]);
  await client.query(
    `INSERT INTO users (app_id, username, password_hash, email, nick_name)
     SELECT $1, 'u' || n, '!', 'u' || n || '@example.com', ${syllable} || ${syllable} || CASE WHEN random() < 0.5 THEN ${syllable} ELSE '' END || ' ' || ${syllable} || ${syllable}
       FROM generate_series(1, $2::int) AS n`,
    [APP_ID, USERS],
  );
  await client.query(`INSERT INTO user_settings (user_id, app_id, username_searchable) SELECT id, app_id, random() >= 0.1 FROM users WHERE app_id = $1`, [APP_ID]);
  await client.query(
    `INSERT INTO user_locations (user_id, app_id, latitude, longitude, updated_at)
     SELECT id, app_id, round((${cityArray('latitude')}[c] + ${SPREAD_DEGREES} * ${gaussian})::numeric, 2), round((${cityArray('longitude')}[c] + ${SPREAD_DEGREES} * ${gaussian})::numeric, 2),
            now() - random() * interval '10 days'
       FROM (SELECT id, app_id, 1 + floor(random() * ${CITIES.length})::int AS c FROM users WHERE app_id = $1 AND random() < 0.6) AS sharing`,
    [APP_ID],
  );
  await client.query(
    `INSERT INTO roster_blocks (app_id, user_id, blocked_id)
     SELECT $1, u.id, u.id + 1 + floor(random() * 1000)::int FROM users u WHERE u.app_id = $1 AND random() < 0.2 AND u.id + 1000 < (SELECT max(id) FROM users)
     ON CONFLICT DO NOTHING`,
    [APP_ID],
  );
  await client.query(
    `INSERT INTO groups (app_id, name, owner_id, type, member_count, latitude, longitude, address)
     SELECT $1, ${syllable} || ${syllable} || ${syllable} || ' ' || ${syllable} || ${syllable}, (SELECT min(id) FROM users), CASE WHEN random() < 0.7 THEN 1 ELSE 0 END, 1,
            CASE WHEN located THEN round((${cityArray('latitude')}[c] + ${SPREAD_DEGREES} * ${gaussian})::numeric, 4) END,
            CASE WHEN located THEN round((${cityArray('longitude')}[c] + ${SPREAD_DEGREES} * ${gaussian})::numeric, 4) END,
            CASE WHEN located THEN 'somewhere' END
       FROM (SELECT n, random() < 0.5 AS located, 1 + floor(random() * ${CITIES.length})::int AS c FROM generate_series(1, $2::int) AS n) AS planned`,
    [APP_ID, GROUPS],
  );
  await client.query(`SET maintenance_work_mem = '256MB'`);
  for (const { indexdef } of definitions) await client.query(indexdef);
  await client.query(`VACUUM ANALYZE`);
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

async function timed(count: number, query: (index: number) => Promise<unknown[]>): Promise<{ p50: number; p99: number; max: number; rows: number }> {
  const times: number[] = [];
  let rows = 0;
  for (let index = 0; index < count; index++) {
    const started = process.hrtime.bigint();
    rows += (await query(index)).length;
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), max: times[times.length - 1], rows: rows / count };
}

function near(city: Point): Point {
  const offset = () => (Math.random() - 0.5) * 2 * SPREAD_DEGREES;
  return { latitude: city.latitude + offset(), longitude: city.longitude + offset() };
}

async function main(): Promise<void> {
  const name = `bench_discovery_${randomBytes(4).toString('hex')}`;
  const url = databaseUrl(name);
  console.log(`discovery bench ${process.env.BENCH_COMMIT ?? ''}: ${USERS} users, ${GROUPS} groups, ${QUERIES} queries per kind per run, ${RUNS} runs; ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`);
  await adminQuery(`CREATE DATABASE ${name}`);
  const client = new Client({ connectionString: url });
  const dataSource = new DataSource(dataSourceOptions(url, { poolSize: 1, preparedStatements: true }));
  try {
    await runMigrations(url);
    await client.connect();
    const seeding = Date.now();
    await seed(client);
    console.log(`seeded in ${((Date.now() - seeding) / 1000).toFixed(0)} s`);
    const samples = (await client.query(`SELECT id, nick_name, email FROM users WHERE app_id = $1 ORDER BY random() LIMIT 400`, [APP_ID])).rows as { id: number; nick_name: string; email: string }[];
    const groupNames = (await client.query(`SELECT name FROM groups WHERE app_id = $1 AND type = 1 ORDER BY random() LIMIT 200`, [APP_ID])).rows as { name: string }[];
    await dataSource.initialize();
    const repository = new SearchRepository(dataSource);
    const viewer = (index: number) => Number(samples[index % samples.length].id);
    // A keyword is 4–6 letters cut from a real nick name, as a user types part of a name they saw.
    const cut = (text: string, index: number) => {
      const length = 4 + (index % 3);
      const start = index % Math.max(1, text.length - length);
      return text.slice(start, start + length);
    };
    const kinds: [string, (index: number) => Promise<unknown[]>][] = [
      ['users by part of a name', (i) => repository.searchUsers(APP_ID, viewer(i), { text: cut(samples[(i * 7) % samples.length].nick_name, i), kind: 'name' }, null, 21)],
      ['users by id prefix (3–7 digits)', (i) => repository.searchUsers(APP_ID, viewer(i), { text: String(samples[(i * 3) % samples.length].id).slice(0, 3 + (i % 5)), kind: 'idPrefix' }, null, 21)],
      ['users by whole email', (i) => repository.searchUsers(APP_ID, viewer(i), { text: samples[(i * 5) % samples.length].email, kind: 'email' }, null, 21)],
      ['public groups by part of a name', (i) => repository.searchGroups(APP_ID, viewer(i), cut(groupNames[i % groupNames.length].name, i), null, 21)],
      ['nearby users (5 km)', (i) => repository.nearbyUsers(APP_ID, viewer(i), near(CITIES[i % CITIES.length]), NEARBY_RADIUS.default, new Date(Date.now() - LOCATION_LIFETIME_MS), null, 21)],
      ['nearby public groups (5 km)', (i) => repository.nearbyGroups(APP_ID, viewer(i), near(CITIES[i % CITIES.length]), NEARBY_RADIUS.default, null, 21)],
    ];
    for (const [, query] of kinds) await timed(20, query);
    const results = new Map<string, { p50: number; p99: number; max: number; rows: number }[]>();
    for (let run = 1; run <= RUNS; run++) {
      for (const [kind, query] of kinds) {
        const result = await timed(QUERIES, query);
        results.set(kind, [...(results.get(kind) ?? []), result]);
        console.log(`run ${run} ${kind}: p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, max ${result.max.toFixed(1)} ms, ${result.rows.toFixed(1)} rows per page`);
      }
    }
    for (const [kind, runs] of results) {
      const p99s = runs.map((result) => result.p99);
      console.log(`${kind}: p99 ${Math.min(...p99s).toFixed(1)}–${Math.max(...p99s).toFixed(1)} ms over ${runs.length} runs (p50 ${Math.min(...runs.map((r) => r.p50)).toFixed(1)}–${Math.max(...runs.map((r) => r.p50)).toFixed(1)} ms)`);
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await client.end().catch(() => undefined);
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
