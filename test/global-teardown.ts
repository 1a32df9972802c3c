import { adminQuery } from './database';

export default async function globalTeardown(): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${process.env.IM_TEST_TEMPLATE} WITH (FORCE)`);
}
