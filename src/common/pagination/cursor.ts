import { ApiError } from '../errors/error-codes';

/**
 * A page of a cursor list. The envelope interceptor lifts `cursor`, `total` and `version` to the
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

/** Cursors are opaque to clients: base64url of a small JSON position. */
export function encodeCursor(position: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor<T extends Record<string, string | number>>(
  cursor: string | undefined,
  keys: (keyof T)[],
): T | null {
  if (!cursor) return null;
  try {
    const position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (position && typeof position === 'object' && keys.every((key) => key in position)) return position as T;
  } catch {
    // falls through to the error below: a cursor that does not decode is the caller's mistake
  }
  throw ApiError.badParameter('cursor: not a cursor this list returned; send the cursor of the previous page, or none for the first page');
}

/**
 * Builds a page from rows fetched with `limit + 1`: the extra row only proves that another page
 * exists, and the cursor points after the last row returned.
 */
export function pageOf<T>(rows: T[], limit: number, positionOf: (last: T) => Record<string, string | number>): ListPage<T> {
  const items = rows.slice(0, limit);
  const cursor = rows.length > limit ? encodeCursor(positionOf(items[items.length - 1])) : undefined;
  return new ListPage(items, cursor);
}
