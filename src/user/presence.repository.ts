import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface OpenedSession {
  appId: string;
  userId: number;
  deviceSn: number | null;
  connectionId: string;
}

/**
 * live_sessions rows. Reads are per app and only count rows seen within `windowSeconds`. The
 * heartbeat, close and node sweeps are scoped by node instead: a gateway process holds
 * connections of many apps and knows them by connection id alone.
 */
@Injectable()
export class PresenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Opens many sessions in one statement (a connection id given twice keeps the last). */
  async openMany(nodeId: string, sessions: readonly OpenedSession[]): Promise<void> {
    const byConnection = new Map(sessions.map((session) => [session.connectionId, session]));
    const unique = [...byConnection.values()];
    await this.dataSource.query(
      `INSERT INTO live_sessions (connection_id, app_id, user_id, device_sn, node_id)
       SELECT s.connection_id, s.app_id, s.user_id, s.device_sn, $5
         FROM unnest($1::text[], $2::text[], $3::bigint[], $4::int[]) AS s(connection_id, app_id, user_id, device_sn)
       ON CONFLICT (connection_id) DO UPDATE
         SET app_id = EXCLUDED.app_id, user_id = EXCLUDED.user_id, device_sn = EXCLUDED.device_sn,
             node_id = EXCLUDED.node_id, connected_at = now(), seen_at = now()`,
      [unique.map((s) => s.connectionId), unique.map((s) => s.appId), unique.map((s) => s.userId), unique.map((s) => s.deviceSn), nodeId],
    );
  }

  async touch(nodeId: string, connectionIds: string[]): Promise<number> {
    const result = await this.dataSource.query(
      `UPDATE live_sessions SET seen_at = now() WHERE node_id = $1 AND connection_id = ANY($2::text[])`,
      [nodeId, connectionIds],
    );
    return result[1];
  }

  /** Closes many of this node's sessions in one statement; answers the connection ids that were open. */
  async closeMany(nodeId: string, connectionIds: readonly string[]): Promise<Set<string>> {
    const [rows]: [{ connection_id: string }[], number] = await this.dataSource.query(
      `DELETE FROM live_sessions WHERE node_id = $1 AND connection_id = ANY($2::text[]) RETURNING connection_id`,
      [nodeId, connectionIds],
    );
    return new Set(rows.map((row) => row.connection_id));
  }

  async dropNode(nodeId: string): Promise<number> {
    const result = await this.dataSource.query(`DELETE FROM live_sessions WHERE node_id = $1`, [nodeId]);
    return result[1];
  }

  /** Removes every node's rows that outlived the window: their process died without saying so. */
  async dropStale(windowSeconds: number): Promise<number> {
    const result = await this.dataSource.query(`DELETE FROM live_sessions WHERE seen_at <= now() - make_interval(secs => $1)`, [windowSeconds]);
    return result[1];
  }

  async isOnline(appId: string, userId: number, windowSeconds: number): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM live_sessions WHERE app_id = $1 AND user_id = $2 AND seen_at > now() - make_interval(secs => $3) LIMIT 1`,
      [appId, userId, windowSeconds],
    );
    return rows.length > 0;
  }

  async onlineUserIds(appId: string, userIds: number[], windowSeconds: number): Promise<number[]> {
    // The LIMIT keeps the lateral probe a per-user index lookup: its cost follows the ids asked,
    // never the number of sessions the app has live (a semi join would scan them all).
    const rows: { user_id: number }[] = await this.dataSource.query(
      `SELECT asked.user_id FROM unnest($2::bigint[]) AS asked(user_id)
        CROSS JOIN LATERAL (SELECT 1 FROM live_sessions s
                             WHERE s.app_id = $1 AND s.user_id = asked.user_id AND s.seen_at > now() - make_interval(secs => $3)
                             LIMIT 1) AS live
        ORDER BY asked.user_id`,
      [appId, userIds, windowSeconds],
    );
    return rows.map((row) => row.user_id);
  }
}
