import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { rethrowDuplicateKey } from '../common/database/duplicate-key';
import { UserSettingsEntity } from './user-settings.entity';
import { UserEntity } from './user.entity';

export interface NewUser {
  username: string;
  passwordHash: string;
  mobile?: string | null;
  email?: string | null;
}

export interface LoginRecord {
  id: number;
  passwordHash: string;
  status: number;
}

export type LoginLookup = { username: string } | { userId: number } | { loginName: string };

@Injectable()
export class UserRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts the user and its settings row together; throws DuplicateKeyError on a taken username, mobile or email. */
  async createWithSettings(appId: string, user: NewUser): Promise<UserSettingsEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const inserted = await manager.getRepository(UserEntity).insert({
          appId,
          username: user.username,
          passwordHash: user.passwordHash,
          mobile: user.mobile ?? null,
          email: user.email ?? null,
        });
        const userId = inserted.identifiers[0].id as number;
        await manager.getRepository(UserSettingsEntity).insert({ userId, appId });
        return manager.getRepository(UserSettingsEntity).findOneByOrFail({ userId });
      });
    } catch (error) {
      rethrowDuplicateKey(error);
    }
  }

  async findLoginRecord(appId: string, lookup: LoginLookup): Promise<LoginRecord | null> {
    const select = `SELECT id, password_hash AS "passwordHash", status FROM users WHERE app_id = $1`;
    let rows: LoginRecord[];
    if ('userId' in lookup) rows = await this.dataSource.query(`${select} AND id = $2`, [appId, lookup.userId]);
    else if ('username' in lookup) rows = await this.dataSource.query(`${select} AND username = $2`, [appId, lookup.username]);
    else {
      // A login name can be one user's username and another's mobile or email: the username wins.
      rows = await this.dataSource.query(
        `${select} AND (username = $2 OR mobile = $2 OR lower(email) = lower($2))
          ORDER BY (username = $2) DESC, (mobile = $2) DESC LIMIT 1`,
        [appId, lookup.loginName],
      );
    }
    return rows[0] ?? null;
  }

  findProfile(appId: string, userId: number): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ appId, id: userId });
  }
}
