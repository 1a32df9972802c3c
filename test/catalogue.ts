import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CatalogueOperation {
  method: string;
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
