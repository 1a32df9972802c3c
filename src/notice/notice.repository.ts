import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, MoreThan } from 'typeorm';
import { NoticeEntity } from './notice.entity';
import { Notice, StoredNotice } from './notice.types';

@Injectable()
export class NoticeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Stores one row per recipient. Pass the manager of the transaction that makes the change, so a
   * change and its notices commit together.
   */
  async insert(appId: string, notice: Notice, recipientIds: number[], manager?: EntityManager): Promise<StoredNotice[]> {
    if (recipientIds.length === 0) return [];
    const rows: NoticeEntity[] = await (manager ?? this.dataSource.manager).query(
      `INSERT INTO notices (app_id, recipient_id, namespace, type, from_id, to_ids, group_id, content)
       SELECT $1, recipient, $3, $4, $5, $6, $7, $8 FROM unnest($2::bigint[]) AS recipient
       RETURNING id, app_id AS "appId", recipient_id AS "recipientId", namespace, type, from_id AS "fromId",
                 to_ids AS "toIds", group_id AS "groupId", content, created_at AS "createdAt"`,
      [appId, recipientIds, notice.namespace, notice.type, notice.fromId, notice.toIds, notice.groupId ?? null, notice.content ?? null],
    );
    return rows.map(toStoredNotice);
  }

  /** A recipient's notices after a position, oldest first. */
  async listAfter(appId: string, recipientId: number, afterId: number, limit: number): Promise<StoredNotice[]> {
    const rows = await this.dataSource.getRepository(NoticeEntity).find({
      where: { appId, recipientId, id: MoreThan(afterId) },
      order: { id: 'ASC' },
      take: limit,
    });
    return rows.map(toStoredNotice);
  }
}

function toStoredNotice(row: NoticeEntity): StoredNotice {
  return {
    id: row.id,
    appId: row.appId,
    recipientId: row.recipientId,
    namespace: row.namespace,
    type: row.type,
    fromId: row.fromId,
    toIds: row.toIds.map(Number),
    groupId: row.groupId,
    content: row.content,
    createdAt: row.createdAt,
  };
}
