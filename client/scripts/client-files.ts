import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { createOfflineApiDocument } from '../../src/common/openapi/offline-document';

export const CLIENT_ROOT = join(__dirname, '..');

/** Headers the client sets itself (ImClient: app_id, access-token, user_id, group_id), so calls never repeat them. */
function withoutHeaderParameters(document: any): any {
  const copy = JSON.parse(JSON.stringify(document));
  for (const item of Object.values<any>(copy.paths)) {
    for (const operation of Object.values<any>(item)) {
      operation.parameters = (operation.parameters ?? []).filter((parameter: { in: string }) => parameter.in !== 'header');
    }
  }
  return copy;
}

/**
 * The generated files of the client, by path under client/: the document and its types
 * (openapi-typescript). `npm run client:generate` writes them; test/client checks they are current.
 */
export async function generateClientFiles(): Promise<Record<string, string>> {
  const document = await createOfflineApiDocument();
  const types = astToString(await openapiTS(withoutHeaderParameters(document)));
  return {
    'openapi.json': `${JSON.stringify(document, null, 2)}\n`,
    'src/schema.d.ts': `/** Generated from openapi.json by \`npm run client:generate\`; do not edit. */\n\n${types}`,
  };
}
