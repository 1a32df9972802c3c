import { rmSync } from 'node:fs';
import { adminQuery } from './database';

export default async function globalTeardown(): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${process.env.IM_TEST_TEMPLATE} WITH (FORCE)`);
  if (process.env.IM_TEST_SCRATCH) rmSync(process.env.IM_TEST_SCRATCH, { recursive: true, force: true });
}
