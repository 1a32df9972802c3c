import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GroupAnnouncementEntity } from './group-record.entity';
import { GroupTransaction } from './group.repository';

/** A group's announcements. Writes join the transaction that holds the group's lock. */
@Injectable()
export class GroupAnnouncementRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(tx: GroupTransaction, authorId: number | null, title: string, content: string, at: Date): Promise<GroupAnnouncementEntity> {
    const repository = tx.manager.getRepository(GroupAnnouncementEntity);
    const saved = await repository.save(
      repository.create({ appId: tx.group.appId, groupId: tx.group.id, authorId, title, content, createdAt: at, updatedAt: at }),
    );
    // TypeORM hands generated bigint keys back as strings; ids are numbers everywhere else (data-source.ts).
    saved.id = Number(saved.id);
    return saved;
  }

  /** Deletes the announcement if it belongs to the group; false when there is none. */
  async delete(tx: GroupTransaction, announcementId: number): Promise<boolean> {
    const result = await tx.manager
      .getRepository(GroupAnnouncementEntity)
      .delete({ appId: tx.group.appId, groupId: tx.group.id, id: announcementId });
    return (result.affected ?? 0) > 0;
  }

  find(appId: string, groupId: number, announcementId: number): Promise<GroupAnnouncementEntity | null> {
    return this.dataSource.getRepository(GroupAnnouncementEntity).findOneBy({ appId, groupId, id: announcementId });
  }

  latest(appId: string, groupId: number): Promise<GroupAnnouncementEntity | null> {
    return this.dataSource.getRepository(GroupAnnouncementEntity).findOne({ where: { appId, groupId }, order: { id: 'DESC' } });
  }

  /** Every announcement of the group, newest first. */
  list(appId: string, groupId: number): Promise<GroupAnnouncementEntity[]> {
    return this.dataSource.getRepository(GroupAnnouncementEntity).find({ where: { appId, groupId }, order: { id: 'DESC' } });
  }
}
