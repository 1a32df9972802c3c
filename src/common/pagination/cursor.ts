import { ApiError } from '../errors/error-codes';

/**
 * A page of a cursor list. The envelope (envelopeOf) lifts `cursor`, `total` and `version` to the
 * top level of the response, beside `data`, as MaxIM does; `cursor` is left out on the last page.
 */
export class ListPage<T> {
  constructor(
    readonly items: T[],
    readonly cursor?: string,
    readonly total?: number,
    readonly version?: number,
  ) {}
}

const BAD_CURSOR = 'cursor: not a cursor this list returned; send the cursor of the previous page, or none for the first page';

/** Cursors are opaque to clients: base64url of a small JSON position made of integers (ids, epoch ms). */
export function encodeCursor(position: Record<string, number>): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/**
 * Reads a cursor back; every key must hold a safe integer, so a crafted cursor is refused with
 * 10002 here instead of reaching SQL.
 */
export function decodeCursor<T extends Record<string, number>>(cursor: string | undefined, keys: (keyof T & string)[]): T | null {
  if (!cursor) return null;
  let position: unknown;
  try {
    position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw ApiError.badParameter(BAD_CURSOR);
  }
  const fields = position as Record<string, unknown>;
  if (!position || typeof position !== 'object' || !keys.every((key) => Number.isSafeInteger(fields[key]))) {
    throw ApiError.badParameter(BAD_CURSOR);
  }
  return fields as T;
}

/**
 * Builds a page from rows fetched with `limit + 1`: the extra row only proves that another page
 * exists, and the cursor points after the last row returned.
 */
export function pageOf<T>(rows: T[], limit: number, positionOf: (last: T) => Record<string, number>): ListPage<T> {
  const items = rows.slice(0, limit);
  const cursor = rows.length > limit ? encodeCursor(positionOf(items[items.length - 1])) : undefined;
  return new ListPage(items, cursor);
}
