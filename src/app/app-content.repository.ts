import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface DiscoverItemRow {
  id: number;
  name: string;
  url: string;
  logo: string | null;
  position: number;
  createdAt: number;
  updatedAt: number;
}

export interface DiscoverItemPatch {
  name?: string;
  url?: string;
  logo?: string | null;
  position?: number;
}

export type DiscoverCreation = { created: number } | 'limit_reached';

const ITEM_COLUMNS = `id, name, url, logo, position,
  (extract(epoch FROM created_at) * 1000)::bigint AS "createdAt", (extract(epoch FROM updated_at) * 1000)::bigint AS "updatedAt"`;

type StoredItem = Omit<DiscoverItemRow, 'id' | 'createdAt' | 'updatedAt'> & { id: string; createdAt: string; updatedAt: string };

function toItem(row: StoredItem): DiscoverItemRow {
  return { ...row, id: Number(row.id), createdAt: Number(row.createdAt), updatedAt: Number(row.updatedAt) };
}

@Injectable()
export class AppContentRepository {
  constructor(private readonly dataSource: DataSource) {}

  async settings(appId: string): Promise<Record<string, string>> {
    const rows: { name: string; value: string }[] = await this.dataSource.query(`SELECT name, value FROM app_client_settings WHERE app_id = $1 ORDER BY name`, [appId]);
    return Object.fromEntries(rows.map((row) => [row.name, row.value]));
  }

  /**
   * Sets and removes names in one transaction holding the app's row, so the limit holds under
   * concurrent writes; false (and nothing changed) when the app would hold more than `limit` names.
   */
  async changeSettings(appId: string, set: Record<string, string>, remove: string[], limit: number): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM apps WHERE id = $1 FOR NO KEY UPDATE`, [appId]);
      await manager.query(`DELETE FROM app_client_settings WHERE app_id = $1 AND name = ANY($2::text[])`, [appId, remove]);
      await manager.query(
        `INSERT INTO app_client_settings (app_id, name, value) SELECT $1, name, value FROM unnest($2::text[], $3::text[]) AS s(name, value)
         ON CONFLICT (app_id, name) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
        [appId, Object.keys(set), Object.values(set)],
      );
      const [{ count }]: { count: string }[] = await manager.query(`SELECT count(*) FROM app_client_settings WHERE app_id = $1`, [appId]);
      // Throwing rolls the whole change back.
      if (Number(count) > limit) throw new SettingsLimitReached();
      return true;
    }).catch((error: unknown) => {
      if (error instanceof SettingsLimitReached) return false;
      throw error;
    });
  }

  async discoverItems(appId: string): Promise<DiscoverItemRow[]> {
    const rows: StoredItem[] = await this.dataSource.query(`SELECT ${ITEM_COLUMNS} FROM app_discover_items WHERE app_id = $1 ORDER BY position, id`, [appId]);
    return rows.map(toItem);
  }

  async discoverItem(appId: string, id: number): Promise<DiscoverItemRow | null> {
    const rows: StoredItem[] = await this.dataSource.query(`SELECT ${ITEM_COLUMNS} FROM app_discover_items WHERE app_id = $1 AND id = $2`, [appId, id]);
    return rows.length > 0 ? toItem(rows[0]) : null;
  }

  async createDiscoverItem(appId: string, item: Required<Omit<DiscoverItemPatch, 'logo'>> & { logo: string | null }, limit: number): Promise<DiscoverCreation> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM apps WHERE id = $1 FOR NO KEY UPDATE`, [appId]);
      const [{ count }]: { count: string }[] = await manager.query(`SELECT count(*) FROM app_discover_items WHERE app_id = $1`, [appId]);
      if (Number(count) >= limit) return 'limit_reached';
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO app_discover_items (app_id, name, url, logo, position) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [appId, item.name, item.url, item.logo, item.position],
      );
      return { created: Number(id) };
    });
  }

  /** False when the app has no such item. */
  async updateDiscoverItem(appId: string, id: number, patch: DiscoverItemPatch): Promise<boolean> {
    const result = await this.dataSource.query(
      `UPDATE app_discover_items
          SET name = COALESCE($3, name), url = COALESCE($4, url), logo = CASE WHEN $5::boolean THEN $6 ELSE logo END,
              position = COALESCE($7, position), updated_at = now()
        WHERE app_id = $1 AND id = $2`,
      [appId, id, patch.name ?? null, patch.url ?? null, 'logo' in patch, patch.logo ?? null, patch.position ?? null],
    );
    return result[1] > 0;
  }

  /** False when the app has no such item. */
  async deleteDiscoverItem(appId: string, id: number): Promise<boolean> {
    const result = await this.dataSource.query(`DELETE FROM app_discover_items WHERE app_id = $1 AND id = $2`, [appId, id]);
    return result[1] > 0;
  }
}

class SettingsLimitReached extends Error {}
