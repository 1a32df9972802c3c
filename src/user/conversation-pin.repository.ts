import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GroupStatus } from '../group/group.entity';
import { ConversationPinEntity } from './conversation-pin.entity';

export type PinOutcome = 'pinned' | 'limit_reached';
export type Pinnable = 'pinnable' | 'missing' | 'not_member';

@Injectable()
export class ConversationPinRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Whether `userId` may pin the id: another user of the app, or a live group of the app it is a
   * member of; `missing` when the id is neither a user nor a live group of the app.
   */
  async pinnable(appId: string, userId: number, conversationId: number): Promise<Pinnable> {
    const [row]: { isUser: boolean; isGroup: boolean; member: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM users WHERE app_id = $1 AND id = $3 AND id <> $2) AS "isUser",
              EXISTS (SELECT 1 FROM groups WHERE app_id = $1 AND id = $3 AND status = $4) AS "isGroup",
              EXISTS (SELECT 1 FROM group_members WHERE app_id = $1 AND group_id = $3 AND user_id = $2) AS member`,
      [appId, userId, conversationId, GroupStatus.Normal],
    );
    if (row.isUser || (row.isGroup && row.member)) return 'pinnable';
    return row.isGroup ? 'not_member' : 'missing';
  }

  /**
   * Pins the conversation, or moves an existing pin to the top. The user's row is locked so two
   * concurrent pins cannot both pass the limit check.
   */
  pin(appId: string, userId: number, conversationId: number, limit: number): Promise<PinOutcome> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM users WHERE app_id = $1 AND id = $2 FOR NO KEY UPDATE`, [appId, userId]);
      // clock_timestamp(), not now(): pins made in quick succession must keep their order.
      const moved = await manager
        .createQueryBuilder()
        .update(ConversationPinEntity)
        .set({ pinnedAt: () => 'clock_timestamp()' })
        .where('app_id = :appId AND user_id = :userId AND conversation_id = :conversationId', { appId, userId, conversationId })
        .execute();
      if (moved.affected) return 'pinned';
      const pinned = await manager.getRepository(ConversationPinEntity).countBy({ appId, userId });
      if (pinned >= limit) return 'limit_reached';
      await manager
        .createQueryBuilder()
        .insert()
        .into(ConversationPinEntity)
        .values({ appId, userId, conversationId, pinnedAt: () => 'clock_timestamp()' })
        .execute();
      return 'pinned';
    });
  }

  /** False when the conversation was not pinned. */
  async unpin(appId: string, userId: number, conversationId: number): Promise<boolean> {
    const deleted = await this.dataSource.getRepository(ConversationPinEntity).delete({ appId, userId, conversationId });
    return Boolean(deleted.affected);
  }

  async findConversationIds(appId: string, userId: number): Promise<number[]> {
    const pins = await this.dataSource.getRepository(ConversationPinEntity).find({
      select: { conversationId: true },
      where: { appId, userId },
      order: { pinnedAt: 'DESC', conversationId: 'DESC' },
    });
    return pins.map((pin) => pin.conversationId);
  }
}
