import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The SELECT list of an entity's selectable columns (not `select: false` ones), each aliased to its
 * property name, so a raw parameterised query answers rows shaped like the entity. Read from the
 * entity's metadata, so a column added later is selected too. For hot reads: TypeORM's find*
 * builds, escapes and maps the same query again on every call (a fifth of the server's busy time
 * under GET /user/profile, bench/README.md), a raw query only sends it. The rows are plain objects:
 * no class, no column transformers (none of our entities has one), no relations.
 */
export function entityColumns(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string): string {
  return dataSource
    .getMetadata(entity)
    .columns.filter((column) => column.isSelect)
    .map((column) => `${alias}."${column.databaseName}" AS "${column.propertyName}"`)
    .join(', ');
}
