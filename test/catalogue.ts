import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestOptions } from './server';

export interface CatalogueOperation {
  method: NonNullable<RequestOptions['method']>;
  path: string;
}

/** MaxIM's operation catalogue (a copy of ../shared/spec/maxim-operations.json), filtered by path prefix. */
export function catalogueOperations(prefix: string): CatalogueOperation[] {
  return catalogueOperationsWithFields(prefix).map(({ method, path }) => ({ method, path }));
}

/** A field of an operation's query or JSON body; `type` is the catalogue's (int32, string, array[int32], object…); query fields carry none. */
export interface CatalogueField {
  name: string;
  type?: string;
}

export interface CatalogueOperationWithFields extends CatalogueOperation {
  query: CatalogueField[];
  body: CatalogueField[];
}

/** The catalogue's operations with their query and body field lists, for tests that build requests from them (fuzzing). */
export function catalogueOperationsWithFields(prefix = ''): CatalogueOperationWithFields[] {
  const catalogue = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'maxim-operations.json'), 'utf8')) as {
    operations: (CatalogueOperation & { query?: CatalogueField[]; body?: CatalogueField[] })[];
  };
  return catalogue.operations
    .filter((operation) => prefix === '' || operation.path === prefix || operation.path.startsWith(`${prefix}/`))
    .map(({ method, path, query, body }) => ({
      method,
      path,
      query: (query ?? []).map(({ name, type }) => ({ name, type })),
      body: (body ?? []).map(({ name, type }) => ({ name, type })),
    }));
}

/**
 * Paths only an app admin token may call: maxim-semantics.md "Admin-only", plus our admin-only
 * /message/notify and /push/certificate (certificates are app configuration).
 */
export const ADMIN_ONLY_PATHS: readonly string[] = [
  '/user/disable',
  '/user/enable',
  '/user/list',
  '/user/change_password_admin',
  '/user/avatar/batch',
  '/user/profile/batch',
  '/user/register/batch',
  '/push/notify',
  '/push/task/detail',
  '/push/certificate',
  '/message/broadcast',
  '/message/notify',
];
