import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A live realtime connection, registered by the gateway process (`node_id`) that holds it and
 * refreshed by its heartbeats; a row whose `seen_at` went stale belongs to a process that died.
 */
@Entity('live_sessions')
export class LiveSessionEntity {
  @PrimaryColumn({ name: 'connection_id', type: 'text' })
  connectionId!: string;

  @Column({ name: 'app_id', type: 'text' })
  appId!: string;

  @Column({ name: 'user_id', type: 'bigint' })
  userId!: number;

  @Column({ name: 'device_sn', type: 'integer', nullable: true })
  deviceSn!: number | null;

  @Column({ name: 'node_id', type: 'text' })
  nodeId!: string;

  @Column({ name: 'connected_at', type: 'timestamptz', default: () => 'now()' })
  connectedAt!: Date;

  @Column({ name: 'seen_at', type: 'timestamptz', default: () => 'now()' })
  seenAt!: Date;
}
