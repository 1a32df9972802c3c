import { Injectable } from '@nestjs/common';
import { GroupRole } from './group-member.entity';
import { batchFailure, batchSuccess, distinctIds, GroupBatchResultDto } from './group.dto';
import { USER_JOINED_GROUP_LIMIT } from './group.limits';
import { GroupRepository, GroupTransaction } from './group.repository';

/** Work another module does for new members inside the admitting transaction (the message module records where their history starts). */
export type AdmissionListener = (tx: GroupTransaction, userIds: number[]) => Promise<void>;

export interface Admission {
  /** Users who became members. */
  added: number[];
  /** One result per distinct requested user, in request order. */
  results: GroupBatchResultDto[];
}

/**
 * The one way users enter a group (create, accepted applications and invitations, QR codes, direct
 * adds): each candidate must be a user of the app, not blocked by the group, not a member already,
 * under the joined-groups limit, and the group must have room. Run inside the group's lock.
 */
@Injectable()
export class GroupMembershipService {
  private readonly admissionListeners = new Set<AdmissionListener>();

  constructor(private readonly groups: GroupRepository) {}

  /** Runs `listener` in the same transaction after members are added; returns the function that unsubscribes. */
  onAdmitted(listener: AdmissionListener): () => void {
    this.admissionListeners.add(listener);
    return () => this.admissionListeners.delete(listener);
  }

  async admit(tx: GroupTransaction, userIds: number[], role = GroupRole.Member): Promise<Admission> {
    const candidates = distinctIds(userIds);
    // One transaction's connection runs one query at a time, so these go in sequence.
    const users = await this.groups.existingUserIds(tx, candidates);
    const blocked = await this.groups.blockedUserIds(tx, candidates);
    const members = await this.groups.findMembers(tx.group.appId, tx.group.id, candidates, tx);
    const joined = await this.groups.joinedCounts(tx.group.appId, candidates, tx);
    let room = tx.group.capacity - tx.group.memberCount;
    const admitted: number[] = [];
    const results = candidates.map((userId) => {
      if (!users.has(userId)) return batchFailure(userId, `user ${userId} does not exist in this app`);
      if (blocked.has(userId)) return batchFailure(userId, `user ${userId} is on this group's blocklist`);
      if (members.has(userId)) return batchFailure(userId, `user ${userId} is already a member`);
      if ((joined.get(userId) ?? 0) >= USER_JOINED_GROUP_LIMIT) {
        return batchFailure(userId, `user ${userId} already belongs to ${USER_JOINED_GROUP_LIMIT} groups, the most one user may join`);
      }
      if (room <= 0) return batchFailure(userId, `group ${tx.group.id} is full (capacity ${tx.group.capacity})`);
      room -= 1;
      admitted.push(userId);
      return batchSuccess(userId);
    });
    const added = await this.groups.addMembers(tx, admitted, role);
    if (added.length > 0) for (const listener of this.admissionListeners) await listener(tx, added);
    return { added, results };
  }
}
