import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENT_ROOT, generateClientFiles } from './client-files';

/**
 * `npm run client:generate`: rewrites client/openapi.json and client/src/schema.d.ts from the
 * server's routes (no database needed). With `--check` it writes nothing and fails naming the
 * files that differ from what is committed (test/client/freshness.spec.ts).
 */
async function main(check: boolean): Promise<void> {
  const files = await generateClientFiles();
  if (!check) {
    for (const [path, text] of Object.entries(files)) writeFileSync(join(CLIENT_ROOT, path), text);
    process.stdout.write(`wrote ${Object.keys(files).join(', ')} under client/\n`);
    return;
  }
  const stale = Object.entries(files).filter(([path, text]) => readFileSync(join(CLIENT_ROOT, path), 'utf8') !== text);
  if (stale.length) {
    process.stderr.write(`stale: ${stale.map(([path]) => `client/${path}`).join(', ')}: the OpenAPI document changed; run \`npm run client:generate\` and commit the result\n`);
    process.exit(1);
  }
}

main(process.argv.includes('--check')).catch((error) => {
  process.stderr.write(`client:generate failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
