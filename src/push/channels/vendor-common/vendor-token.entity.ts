import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One cached vendor auth token per app credential; times are epoch ms judged by the Clock. */
@Entity('push_vendor_tokens')
export class PushVendorTokenEntity {
  @PrimaryColumn({ name: 'app_id', type: 'text' })
  appId!: string;

  @PrimaryColumn({ name: 'cache_key', type: 'text' })
  cacheKey!: string;

  @Column({ type: 'text', nullable: true })
  token!: string | null;

  @Column({ name: 'expires_at', type: 'bigint', nullable: true })
  expiresAt!: number | null;

  @Column({ name: 'lease_owner', type: 'text', nullable: true })
  leaseOwner!: string | null;

  @Column({ name: 'lease_until', type: 'bigint', nullable: true })
  leaseUntil!: number | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
