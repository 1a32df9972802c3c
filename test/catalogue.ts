import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestOptions } from './server';

export interface CatalogueOperation {
  method: NonNullable<RequestOptions['method']>;
  path: string;
}

/** MaxIM's operation catalogue (a copy of ../shared/spec/maxim-operations.json), filtered by path prefix. */
export function catalogueOperations(prefix: string): CatalogueOperation[] {
  const catalogue = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'maxim-operations.json'), 'utf8')) as {
    operations: CatalogueOperation[];
  };
  return catalogue.operations
    .filter((operation) => operation.path === prefix || operation.path.startsWith(`${prefix}/`))
    .map(({ method, path }) => ({ method, path }));
}
