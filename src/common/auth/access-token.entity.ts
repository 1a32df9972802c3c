import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type TokenKind = 'user' | 'admin';

/** The server-side record of a signed token: its row decides whether the token still works. */
@Entity('access_tokens')
export class AccessTokenEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'app_id', type: 'text' })
  appId!: string;

  @Column({ type: 'text' })
  kind!: TokenKind;

  @Column({ name: 'user_id', type: 'bigint', nullable: true })
  userId!: number | null;

  @Column({ name: 'device_sn', type: 'integer', nullable: true })
  deviceSn!: number | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
