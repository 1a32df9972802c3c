import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..', '..');

/** In a child process: openapi-typescript's dependencies are ES modules jest would have to compile. */
describe('the committed client', () => {
  it('is what the current OpenAPI document generates (else run npm run client:generate)', async () => {
    const check = promisify(execFile)(process.execPath, ['-r', './test/push/ts-register.js', 'client/scripts/generate.ts', '--check'], { cwd: ROOT });
    await expect(check.then(() => 'current').catch((failure: { stderr: string }) => failure.stderr)).resolves.toBe('current');
  });
});
