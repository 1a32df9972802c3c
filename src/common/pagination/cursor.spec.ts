import { ApiError } from '../errors/error-codes';
import { decodeCursor, encodeCursor, pageOf } from './cursor';

describe('cursor pagination', () => {
  it('round-trips a position through an opaque cursor', () => {
    const cursor = encodeCursor({ id: 42, at: 1795420800000 });
    expect(cursor).not.toContain('42');
    expect(decodeCursor(cursor, ['id', 'at'])).toEqual({ id: 42, at: 1795420800000 });
    expect(decodeCursor(undefined, ['id'])).toBeNull();
    expect(decodeCursor('', ['id'])).toBeNull();
  });

  it('refuses cursors it did not make with 10002', () => {
    const crafted = (position: unknown) => Buffer.from(JSON.stringify(position)).toString('base64url');
    for (const bad of ['%%%', encodeCursor({ other: 1 }), crafted([1]), crafted({ id: 'x' }), crafted({ id: 1.5 }), crafted({ id: null })]) {
      expect(() => decodeCursor(bad, ['id'])).toThrow(ApiError);
    }
  });

  it('gives a cursor only when a row beyond the page exists', () => {
    const rows = [{ id: 1 }, { id: 2 }, { id: 3 }];
    const full = pageOf(rows, 2, (last) => ({ id: last.id }));
    expect(full.items).toEqual([{ id: 1 }, { id: 2 }]);
    expect(decodeCursor(full.cursor, ['id'])).toEqual({ id: 2 });
    expect(pageOf(rows, 3, (last) => ({ id: last.id })).cursor).toBeUndefined();
  });
});
