import { runMigrations as runQueueMigrations } from 'bullmq';
import { Client, types } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { migrations } from '../../../migrations';
import { AppEntity } from '../../app/app.entity';
import { GroupBlockEntity } from '../../group/group-block.entity';
import { GroupMemberEntity } from '../../group/group-member.entity';
import { GroupAnnouncementEntity, GroupFileEntity } from '../../group/group-record.entity';
import { GroupApplicationEntity, GroupInvitationEntity } from '../../group/group-request.entity';
import { GroupEntity } from '../../group/group.entity';
import { NoticeEntity } from '../../notice/notice.entity';
import { PushVendorTokenEntity } from '../../push/channels/vendor-common/vendor-token.entity';
import { RosterApplicationEntity, RosterBlockEntity, RosterItemEntity } from '../../roster/roster.entity';
import { AccessTokenEntity } from '../auth/access-token.entity';
import { ConversationPinEntity } from '../../user/conversation-pin.entity';
import { DeviceEntity } from '../../user/device.entity';
import { LiveSessionEntity } from '../../user/live-session.entity';
import { UserOpenIdEntity } from '../../user/user-open-id.entity';
import { UserPushTagEntity } from '../../user/user-push-tag.entity';
import { UserSettingsEntity } from '../../user/user-settings.entity';
import { UserEntity } from '../../user/user.entity';
import { PreparingClient } from './preparing-client';

// Every id we generate stays below 2^53, so int8 columns are read as plain numbers everywhere.
types.setTypeParser(types.builtins.INT8, (value) => Number(value));
// A calendar date stays 'YYYY-MM-DD' text, as TypeORM hydrates it; raw reads (entityColumns) would get a Date at midnight.
types.setTypeParser(types.builtins.DATE, (value) => value);

export const entities = [
  AppEntity,
  UserEntity,
  UserSettingsEntity,
  DeviceEntity,
  UserPushTagEntity,
  UserOpenIdEntity,
  ConversationPinEntity,
  LiveSessionEntity,
  AccessTokenEntity,
  GroupEntity,
  GroupMemberEntity,
  GroupBlockEntity,
  GroupApplicationEntity,
  GroupInvitationEntity,
  GroupAnnouncementEntity,
  GroupFileEntity,
  NoticeEntity,
  RosterItemEntity,
  RosterBlockEntity,
  RosterApplicationEntity,
  PushVendorTokenEntity,
];

export const APPLICATION_NAME = 'im-server';

export interface PoolOptions {
  poolSize?: number;
  /** Named prepared statements (PreparingClient); only where each connection is its own session. */
  preparedStatements?: boolean;
}

/** The one set of options used by the server, the migration CLI and the tests. */
export function dataSourceOptions(url: string, { poolSize = 10, preparedStatements = false }: PoolOptions = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Names our sessions in pg_stat_activity, so operators (and the fault tests) can tell them apart.
    applicationName: APPLICATION_NAME,
    extra: { max: poolSize, ...(preparedStatements ? { Client: PreparingClient } : {}) },
  };
}

/** Session advisory lock held while migrating, so an API and a worker starting together migrate once. */
const MIGRATION_LOCK_KEY = 7_106_534_201;

/**
 * Applies our migrations, then BullMQ's own PostgreSQL schema (`bullmq`, the queue backend used
 * when REDIS_URL is not set), under one advisory lock: a second process starting at the same time
 * waits, then finds nothing left to apply.
 */
export async function runMigrations(url: string): Promise<string[]> {
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const dataSource = new DataSource(dataSourceOptions(url, { poolSize: 1 }));
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations();
      await runQueueMigrations(lock);
      return applied.map((migration) => migration.name);
    } finally {
      await dataSource.destroy();
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lock.end();
  }
}
