import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A device's sync position in one conversation (the message module's message_device_positions). */
export interface DevicePosition {
  userId: number;
  deviceSn: number;
  conversationKey: number;
  seq: number;
}

@Injectable()
export class RealtimeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** 0 normal, 1 disabled; null when the app has no such user. */
  async userStatus(appId: string, userId: number): Promise<number | null> {
    const rows: { status: number }[] = await this.dataSource.query(`SELECT status FROM users WHERE app_id = $1 AND id = $2`, [appId, userId]);
    return rows.length ? Number(rows[0].status) : null;
  }

  /**
   * Moves many devices' positions forward in one statement (confirmations answered from memory).
   * Never back, like MessageRepository.advanceDevicePosition; a device whose sync registration was
   * forgotten meanwhile (removed) is skipped, so its number starts afresh if handed out again.
   */
  async advanceDevicePositions(positions: readonly DevicePosition[]): Promise<void> {
    if (positions.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO message_device_positions (user_id, device_sn, conversation_id, app_id, seq)
       SELECT p.user_id, p.device_sn, p.conversation_id, d.app_id, p.seq
         FROM unnest($1::bigint[], $2::int[], $3::bigint[], $4::bigint[]) AS p(user_id, device_sn, conversation_id, seq)
         JOIN message_sync_devices d ON d.user_id = p.user_id AND d.device_sn = p.device_sn
       ON CONFLICT (user_id, device_sn, conversation_id) DO UPDATE SET seq = GREATEST(message_device_positions.seq, EXCLUDED.seq)`,
      [positions.map((p) => p.userId), positions.map((p) => p.deviceSn), positions.map((p) => p.conversationKey), positions.map((p) => p.seq)],
    );
  }
}
