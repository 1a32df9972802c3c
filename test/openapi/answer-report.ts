import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createOfflineApiDocument } from '../../src/common/openapi/offline-document';
import { AnswerContract, WorkerRecord } from './answer-contract';

/** The fields of jest 29's global and project configs the report reads (globalTeardown's arguments). */
export interface RunConfigs {
  global: { testPathPattern?: string; testNamePattern?: string; onlyChanged?: boolean; findRelatedTests?: boolean; shard?: unknown };
  project: { globals: Record<string, unknown> };
}

/**
 * Whether this run executed every test file of jest.config.js: only then is an operation no test
 * called a failure (test/openapi/README.md); a run of some files naturally leaves most uncalled.
 */
function isFullRun(globalConfig: RunConfigs['global'], projectConfig: RunConfigs['project']): boolean {
  const filtered = Boolean(globalConfig.testPathPattern || globalConfig.testNamePattern || globalConfig.onlyChanged || globalConfig.findRelatedTests || globalConfig.shard);
  return !filtered && projectConfig.globals.IM_ANSWER_CONTRACT_COVERS_ALL_ROUTES === true;
}

function list(title: string, names: string[]): string {
  return names.length ? `\n  ${title} (${names.length}): ${names.sort().join(', ')}` : '';
}

/**
 * The run's summary of the answer check, from the records every jest worker wrote under
 * IM_TEST_SCRATCH: throws on any mismatch, and on uncalled operations in a full run.
 */
export async function reportAnswerContract(globalConfig: RunConfigs['global'], projectConfig: RunConfigs['project']): Promise<void> {
  const folder = join(process.env.IM_TEST_SCRATCH ?? '', 'answer-contract');
  if (!process.env.IM_TEST_SCRATCH || !existsSync(folder)) return;
  const records = readdirSync(folder).flatMap((file) =>
    readFileSync(join(folder, file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as WorkerRecord),
  );
  const called = new Set(records.flatMap((record) => record.called));
  const mismatches = [...new Set(records.flatMap((record) => record.mismatches))];
  const contract = new AnswerContract(await createOfflineApiDocument());
  const operations = [...contract.operations.keys()];
  const untyped = operations.filter((operation) => !contract.operations.get(operation)!.typed);
  const uncalled = operations.filter((operation) => !called.has(operation));
  const fullRun = isFullRun(globalConfig, projectConfig);
  process.stdout.write(
    `\nOpenAPI answer check: ${operations.length} operations, ${operations.length - untyped.length} with a response schema, ` +
      `${called.size} called, ${mismatches.length} mismatches, ${uncalled.length} uncalled${fullRun ? '' : ' (not a full run: not judged)'}` +
      list('not yet typed (no response schema; answers unchecked)', fullRun ? untyped : untyped.filter((operation) => called.has(operation))) +
      (fullRun ? list('uncalled', uncalled) : '') +
      '\n',
  );
  const failures = [...mismatches, ...(fullRun ? uncalled.map((operation) => `${operation}: no test called it`) : [])];
  if (failures.length) throw new Error(`OpenAPI answer check failed:\n${failures.join('\n')}`);
}
