import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ContentClass } from './file.types';

export interface FileObjectRow {
  appId: string;
  objectKey: string;
  state: 'pending' | 'stored';
  contentClass: ContentClass;
  maxBytes: number;
  uploaderId: number | null;
  size: number;
  contentType: string | null;
  fileName: string | null;
  createdAt: Date;
}

export interface StoredFacts {
  size: number;
  contentType: string;
  fileName: string | null;
}

/** Why storing an upload did not happen. */
export type StoreRefusal = 'missing' | 'already-stored' | 'quota';

export interface LoginState {
  userId: number | null;
  kind: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
  userStatus: number | null;
}

const OBJECT_COLUMNS = `app_id AS "appId", object_key AS "objectKey", state, content_class AS "contentClass",
  max_bytes AS "maxBytes", uploader_id AS "uploaderId", size, content_type AS "contentType",
  file_name AS "fileName", created_at AS "createdAt"`;

const FOREIGN_KEY_VIOLATION = '23503';

/** The rows of a RETURNING statement: TypeORM answers UPDATE and DELETE as [rows, count], SELECT and INSERT as rows. */
function returned<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

/**
 * file_objects, file_references and file_app_usage. Every statement names the app. Methods that
 * take a `manager` run in the caller's transaction (a message or group-file change), so a
 * reference is written or dropped together with the row that holds it.
 */
@Injectable()
export class FileRepository {
  constructor(private readonly dataSource: DataSource) {}

  async appSecret(appId: string): Promise<string | null> {
    const rows: { secret: string }[] = await this.dataSource.query(`SELECT secret FROM apps WHERE id = $1`, [appId]);
    return rows[0]?.secret ?? null;
  }

  /** The login a store token was issued with, and its user's status. */
  async loginState(appId: string, tokenId: string): Promise<LoginState | null> {
    const rows: LoginState[] = await this.dataSource.query(
      `SELECT t.user_id AS "userId", t.kind, t.expires_at AS "expiresAt", t.revoked_at AS "revokedAt", u.status AS "userStatus"
         FROM access_tokens t LEFT JOIN users u ON u.id = t.user_id AND u.app_id = t.app_id
        WHERE t.app_id = $1 AND t.id = $2`,
      [appId, tokenId],
    );
    return rows[0] ?? null;
  }

  async insertPending(appId: string, objectKey: string, contentClass: ContentClass, maxBytes: number, uploaderId: number | null, at: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO file_objects (app_id, object_key, state, content_class, max_bytes, uploader_id, created_at)
       VALUES ($1, $2, 'pending', $3, $4, $5, $6)`,
      [appId, objectKey, contentClass, maxBytes, uploaderId, at],
    );
  }

  /** Forgets upload URLs nobody used before `before` (at most `limit` of them), so pending rows do not pile up. */
  async deletePendingBefore(appId: string, before: Date, limit: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM file_objects WHERE app_id = $1 AND object_key IN (
         SELECT object_key FROM file_objects WHERE app_id = $1 AND state = 'pending' AND created_at < $2 LIMIT $3)
         AND state = 'pending'`,
      [appId, before, limit],
    );
  }

  async findObject(appId: string, objectKey: string, manager?: EntityManager): Promise<FileObjectRow | null> {
    const rows: FileObjectRow[] = await (manager ?? this.dataSource.manager).query(`SELECT ${OBJECT_COLUMNS} FROM file_objects WHERE app_id = $1 AND object_key = $2`, [
      appId,
      objectKey,
    ]);
    return rows[0] ?? null;
  }

  /** Bytes the app stores now, and its own quota (null: the configured default applies). */
  async usage(appId: string): Promise<{ usedBytes: number; quotaBytes: number | null }> {
    const rows: { usedBytes: number; quotaBytes: number | null }[] = await this.dataSource.query(
      `SELECT used_bytes AS "usedBytes", quota_bytes AS "quotaBytes" FROM file_app_usage WHERE app_id = $1`,
      [appId],
    );
    return rows[0] ?? { usedBytes: 0, quotaBytes: null };
  }

  /** Sets or clears the app's own quota; false when the app does not exist. */
  async setQuota(appId: string, quotaBytes: number | null): Promise<boolean> {
    const [app] = await this.dataSource.query(`SELECT 1 FROM apps WHERE id = $1`, [appId]);
    if (!app) return false;
    await this.dataSource.query(
      `INSERT INTO file_app_usage (app_id, quota_bytes) VALUES ($1, $2) ON CONFLICT (app_id) DO UPDATE SET quota_bytes = EXCLUDED.quota_bytes`,
      [appId, quotaBytes],
    );
    return true;
  }

  /**
   * Turns a pending object into a stored one and counts its bytes against the app's quota, in one
   * transaction; `place` (moving the bytes into place) runs inside it, so a failure there stores
   * nothing. `defaultQuota` 0 means no quota unless the app has its own.
   */
  async store(appId: string, objectKey: string, facts: StoredFacts, at: Date, defaultQuota: number, place: () => Promise<void>): Promise<StoreRefusal | null> {
    return this.dataSource.transaction(async (manager) => {
      const pending: unknown[] = await manager.query(
        `SELECT state FROM file_objects WHERE app_id = $1 AND object_key = $2 FOR UPDATE`,
        [appId, objectKey],
      );
      const state = (pending[0] as { state: string } | undefined)?.state;
      if (!state) return 'missing';
      if (state !== 'pending') return 'already-stored';
      await manager.query(`INSERT INTO file_app_usage (app_id) VALUES ($1) ON CONFLICT (app_id) DO NOTHING`, [appId]);
      const reserved = returned<{ used_bytes: number }>(await manager.query(
        `UPDATE file_app_usage SET used_bytes = used_bytes + $2
          WHERE app_id = $1 AND (COALESCE(quota_bytes, NULLIF($3::bigint, 0)) IS NULL OR used_bytes + $2 <= COALESCE(quota_bytes, NULLIF($3::bigint, 0)))
          RETURNING used_bytes`,
        [appId, facts.size, defaultQuota],
      ));
      if (reserved.length === 0) return 'quota';
      await manager.query(
        `UPDATE file_objects SET state = 'stored', size = $3, content_type = $4, file_name = $5, stored_at = $6
          WHERE app_id = $1 AND object_key = $2`,
        [appId, objectKey, facts.size, facts.contentType, facts.fileName, at],
      );
      await place();
      return null;
    });
  }

  /** Adds `referrer` to the object's references (again: no change). False when the object is not stored. */
  async addReference(appId: string, objectKey: string, referrer: string, at: Date, manager?: EntityManager): Promise<boolean> {
    const runner = manager ?? this.dataSource.manager;
    // The foreign key locks the object row (KEY SHARE) until the transaction ends, so a purge waits for it.
    const stored: unknown[] = await runner.query(`SELECT 1 FROM file_objects WHERE app_id = $1 AND object_key = $2 AND state = 'stored'`, [
      appId,
      objectKey,
    ]);
    if (stored.length === 0) return false;
    try {
      await runner.query(
        `INSERT INTO file_references (app_id, object_key, referrer, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [appId, objectKey, referrer, at],
      );
    } catch (error) {
      if ((error as { code?: string }).code === FOREIGN_KEY_VIOLATION) return false;
      throw error;
    }
    return true;
  }

  /**
   * Drops every reference the referrers hold; answers the objects they referenced, and marks those
   * left with no reference as released at `at` (in the same transaction) for the sweeper.
   */
  async removeReferences(appId: string, referrers: string[], at: Date, manager?: EntityManager): Promise<string[]> {
    if (referrers.length === 0) return [];
    const runner = manager ?? this.dataSource.manager;
    const rows = returned<{ objectKey: string }>(
      await runner.query(`DELETE FROM file_references WHERE app_id = $1 AND referrer = ANY($2::text[]) RETURNING object_key AS "objectKey"`, [appId, referrers]),
    );
    const keys = [...new Set(rows.map((row) => row.objectKey))];
    await runner.query(
      `UPDATE file_objects o SET released_at = $3 WHERE o.app_id = $1 AND o.object_key = ANY($2::text[])
         AND NOT EXISTS (SELECT 1 FROM file_references r WHERE r.app_id = o.app_id AND r.object_key = o.object_key)`,
      [appId, keys, at],
    );
    return keys;
  }

  /** Objects, of any app, released before `before` and still unreferenced: purges that never ran. */
  async releasedBefore(before: Date, limit: number): Promise<{ appId: string; objectKey: string }[]> {
    return this.dataSource.query(
      `SELECT app_id AS "appId", object_key AS "objectKey" FROM file_objects o WHERE released_at < $1
         AND NOT EXISTS (SELECT 1 FROM file_references r WHERE r.app_id = o.app_id AND r.object_key = o.object_key)
       ORDER BY released_at LIMIT $2`,
      [before, limit],
    );
  }

  /** Upload reservations, of any app, made before `before` and never confirmed. */
  async pendingBefore(before: Date, limit: number): Promise<{ appId: string; objectKey: string }[]> {
    return this.dataSource.query(
      `SELECT app_id AS "appId", object_key AS "objectKey" FROM file_objects WHERE state = 'pending' AND created_at < $1 ORDER BY created_at LIMIT $2`,
      [before, limit],
    );
  }

  /** Deletes one reservation if it is still pending; answers whether it did. */
  async deletePending(appId: string, objectKey: string): Promise<boolean> {
    const rows = returned<unknown>(
      await this.dataSource.query(`DELETE FROM file_objects WHERE app_id = $1 AND object_key = $2 AND state = 'pending' RETURNING 1`, [appId, objectKey]),
    );
    return rows.length > 0;
  }

  async referrersOf(appId: string, objectKey: string): Promise<string[]> {
    const rows: { referrer: string }[] = await this.dataSource.query(
      `SELECT referrer FROM file_references WHERE app_id = $1 AND object_key = $2 ORDER BY referrer`,
      [appId, objectKey],
    );
    return rows.map((row) => row.referrer);
  }

  /**
   * Deletes the object's row when nothing references it any more and gives its bytes back to the
   * quota; answers whether it did. The row lock makes a concurrent addReference either finish
   * first (and the object stays) or find the object gone.
   */
  async deleteIfUnreferenced(appId: string, objectKey: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { size: number; state: string }[] = await manager.query(
        `SELECT size, state FROM file_objects WHERE app_id = $1 AND object_key = $2 FOR UPDATE`,
        [appId, objectKey],
      );
      if (rows.length === 0) return false;
      const references: unknown[] = await manager.query(`SELECT 1 FROM file_references WHERE app_id = $1 AND object_key = $2 LIMIT 1`, [
        appId,
        objectKey,
      ]);
      if (references.length > 0) return false;
      await manager.query(`DELETE FROM file_objects WHERE app_id = $1 AND object_key = $2`, [appId, objectKey]);
      if (rows[0].state === 'stored') {
        await manager.query(`UPDATE file_app_usage SET used_bytes = GREATEST(used_bytes - $2, 0) WHERE app_id = $1`, [appId, rows[0].size]);
      }
      return true;
    });
  }
}
