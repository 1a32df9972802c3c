import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A conversation a user pinned to the top of its list: the peer's user id, or a group id. */
@Entity('conversation_pins')
export class ConversationPinEntity {
  @PrimaryColumn({ name: 'user_id', type: 'bigint' })
  userId!: number;

  @PrimaryColumn({ name: 'conversation_id', type: 'bigint' })
  conversationId!: number;

  @Column({ name: 'app_id', type: 'text' })
  appId!: string;

  @Column({ name: 'pinned_at', type: 'timestamptz', default: () => 'now()' })
  pinnedAt!: Date;
}
