import { Injectable } from '@nestjs/common';
import { GroupMemberEntity } from './group-member.entity';
import { GroupEntity } from './group.entity';
import { GroupTransaction } from './group.repository';

/** The group's info and settings columns that setters change. */
export type GroupInfoChanges = Partial<
  Pick<
    GroupEntity,
    'name' | 'avatar' | 'description' | 'ext' | 'memberInvite' | 'memberModify' | 'readAck' | 'historyVisible' | 'hideMemberInfo' | 'applyApproval' | 'latitude' | 'longitude' | 'address'
  >
>;

/** Writes to a group's info and settings, inside the transaction that holds the group's lock. */
@Injectable()
export class GroupInfoRepository {
  /** The caller's membership read under the group's lock, so a role change cannot slip between check and write. */
  memberUnderLock(tx: GroupTransaction, userId: number): Promise<GroupMemberEntity | null> {
    return tx.manager.getRepository(GroupMemberEntity).findOneBy({ appId: tx.group.appId, groupId: tx.group.id, userId });
  }

  /** Applies `changes` and stamps `updatedAt`; the transaction's group row is kept in step. */
  async update(tx: GroupTransaction, changes: GroupInfoChanges, updatedAt: Date): Promise<void> {
    await tx.manager
      .createQueryBuilder()
      .update(GroupEntity)
      .set({ ...changes, updatedAt })
      .where('id = :id AND app_id = :appId', { id: tx.group.id, appId: tx.group.appId })
      .execute();
    Object.assign(tx.group, changes, { updatedAt });
  }
}
