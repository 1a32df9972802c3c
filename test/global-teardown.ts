import { rmSync } from 'node:fs';
import { adminQuery } from './database';
import { reportAnswerContract, RunConfigs } from './openapi/answer-report';

export default async function globalTeardown(globalConfig: RunConfigs['global'], projectConfig: RunConfigs['project']): Promise<void> {
  try {
    await reportAnswerContract(globalConfig, projectConfig);
  } finally {
    await adminQuery(`DROP DATABASE IF EXISTS ${process.env.IM_TEST_TEMPLATE} WITH (FORCE)`);
    if (process.env.IM_TEST_SCRATCH) rmSync(process.env.IM_TEST_SCRATCH, { recursive: true, force: true });
  }
}
