import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A tenant. Every other row names its app; nothing crosses from one app to another. */
@Entity('apps')
export class AppEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Signs the app's tokens: a token of one app never verifies under another. */
  @Column({ type: 'text' })
  secret!: string;

  /** When false, /user/register* needs the app's admin token. */
  @Column({ name: 'registration_open', type: 'boolean', default: true })
  registrationOpen!: boolean;

  /** Whether users who are not friends may message each other; the roster module's send rule reads it. */
  @Column({ name: 'stranger_messages', type: 'boolean', default: true })
  strangerMessages!: boolean;

  /** Live groups the app may hold at once (20007 beyond); null for no cap. */
  @Column({ name: 'max_groups', type: 'integer', nullable: true })
  maxGroups!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
