import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations } from '../src/common/database/data-source';
import { adminQuery, databaseUrl } from './database';

/**
 * Migrates one template database per test run; every test file clones it (CREATE DATABASE …
 * TEMPLATE). Also makes the run's scratch directory (IM_TEST_SCRATCH), which the teardown removes.
 */
export default async function globalSetup(): Promise<void> {
  process.env.IM_TEST_SCRATCH = mkdtempSync(join(tmpdir(), 'im-test-run-'));
  const name = `im_test_template_${process.pid}`;
  process.env.IM_TEST_TEMPLATE = name;
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${name}`);
  await runMigrations(databaseUrl(name));
}
