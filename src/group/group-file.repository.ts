import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { GroupFileEntity } from './group-record.entity';
import { GroupTransaction } from './group.repository';

export interface NewGroupFile {
  uploaderId: number | null;
  name: string;
  size: number;
  type: string | null;
  url: string;
}

/** A group's shared-file records. Writes join the transaction that holds the group's lock. */
@Injectable()
export class GroupFileRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(tx: GroupTransaction, file: NewGroupFile, at: Date): Promise<GroupFileEntity> {
    const repository = tx.manager.getRepository(GroupFileEntity);
    const saved = await repository.save(repository.create({ ...file, appId: tx.group.appId, groupId: tx.group.id, createdAt: at, updatedAt: at }));
    // TypeORM hands generated bigint keys back as strings; ids are numbers everywhere else (data-source.ts).
    saved.id = Number(saved.id);
    return saved;
  }

  find(appId: string, groupId: number, fileId: number): Promise<GroupFileEntity | null> {
    return this.dataSource.getRepository(GroupFileEntity).findOneBy({ appId, groupId, id: fileId });
  }

  /** The group's files among `fileIds`, by id, read in the change's transaction. */
  async findInGroup(tx: GroupTransaction, fileIds: number[]): Promise<Map<number, GroupFileEntity>> {
    const rows = await tx.manager.getRepository(GroupFileEntity).findBy({ appId: tx.group.appId, groupId: tx.group.id, id: In(fileIds) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Every file of the group, newest first. */
  list(appId: string, groupId: number): Promise<GroupFileEntity[]> {
    return this.dataSource.getRepository(GroupFileEntity).find({ where: { appId, groupId }, order: { id: 'DESC' } });
  }

  async rename(tx: GroupTransaction, fileId: number, name: string, at: Date): Promise<void> {
    await tx.manager.getRepository(GroupFileEntity).update({ appId: tx.group.appId, groupId: tx.group.id, id: fileId }, { name, updatedAt: at });
  }

  async delete(tx: GroupTransaction, fileIds: number[]): Promise<void> {
    if (fileIds.length === 0) return;
    await tx.manager.getRepository(GroupFileEntity).delete({ appId: tx.group.appId, groupId: tx.group.id, id: In(fileIds) });
  }
}
