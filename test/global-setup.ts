import { runMigrations } from '../src/common/database/data-source';
import { adminQuery, databaseUrl } from './database';

/** Migrates one template database per test run; every test file clones it (CREATE DATABASE … TEMPLATE). */
export default async function globalSetup(): Promise<void> {
  const name = `im_test_template_${process.pid}`;
  process.env.IM_TEST_TEMPLATE = name;
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${name}`);
  await runMigrations(databaseUrl(name));
}
