import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppEntity } from '../../app/app.entity';
import { AccessTokenEntity, TokenKind } from './access-token.entity';

export interface TokenState {
  kind: TokenKind;
  userId: number | null;
  deviceSn: number | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  userStatus: number | null;
}

/** What verifying a token and describing its caller need of the app. */
export interface SigningAppRow {
  id: string;
  secret: string;
  registrationOpen: boolean;
}

/** The reads and writes authentication needs, one query each, every one scoped by app. */
@Injectable()
export class AuthRepository {
  constructor(private readonly dataSource: DataSource) {}

  findApp(appId: string): Promise<AppEntity | null> {
    return this.dataSource.getRepository(AppEntity).findOneBy({ id: appId });
  }

  /**
   * The app and, in the same round trip, the state of the token its `tokenId` names (null when no
   * such token of this app): the guard's one query per authenticated request. The token is not
   * trusted yet: the caller verifies its signature with the returned secret before using the state.
   */
  async findAppWithToken(appId: string, tokenId: string): Promise<{ app: SigningAppRow; token: TokenState | null } | null> {
    const rows: (SigningAppRow & { tokenKind: TokenKind | null } & Omit<TokenState, 'kind'>)[] = await this.dataSource.query(
      `SELECT a.id, a.secret, a.registration_open AS "registrationOpen", t.kind AS "tokenKind", t.user_id AS "userId", t.device_sn AS "deviceSn",
              t.expires_at AS "expiresAt", t.revoked_at AS "revokedAt", u.status AS "userStatus"
         FROM apps a
         LEFT JOIN access_tokens t ON t.id = $2 AND t.app_id = a.id
         LEFT JOIN users u ON u.id = t.user_id
        WHERE a.id = $1`,
      [appId, tokenId],
    );
    const row = rows[0];
    if (!row) return null;
    const app = { id: row.id, secret: row.secret, registrationOpen: row.registrationOpen };
    if (row.tokenKind === null) return { app, token: null };
    return {
      app,
      token: { kind: row.tokenKind, userId: row.userId, deviceSn: row.deviceSn, expiresAt: row.expiresAt, revokedAt: row.revokedAt, userStatus: row.userStatus },
    };
  }

  async findTokenState(appId: string, tokenId: string): Promise<TokenState | null> {
    const rows: TokenState[] = await this.dataSource.query(
      `SELECT t.kind, t.user_id AS "userId", t.device_sn AS "deviceSn", t.expires_at AS "expiresAt",
              t.revoked_at AS "revokedAt", u.status AS "userStatus"
         FROM access_tokens t LEFT JOIN users u ON u.id = t.user_id
        WHERE t.id = $1 AND t.app_id = $2`,
      [tokenId, appId],
    );
    return rows[0] ?? null;
  }

  async userExists(appId: string, userId: number): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM users WHERE app_id = $1 AND id = $2`, [appId, userId]);
    return rows.length > 0;
  }

  async groupExists(appId: string, groupId: number): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM groups WHERE app_id = $1 AND id = $2 AND status = 0`, [
      appId,
      groupId,
    ]);
    return rows.length > 0;
  }

  async insertToken(token: Omit<AccessTokenEntity, 'createdAt' | 'revokedAt'>): Promise<void> {
    await this.dataSource.getRepository(AccessTokenEntity).insert(token);
  }

  async revokeToken(appId: string, tokenId: string): Promise<boolean> {
    const result = await this.dataSource.query(
      `UPDATE access_tokens SET revoked_at = now() WHERE app_id = $1 AND id = $2 AND revoked_at IS NULL`,
      [appId, tokenId],
    );
    return result[1] > 0;
  }

  async revokeAdminTokens(appId: string): Promise<number> {
    const result = await this.dataSource.query(
      `UPDATE access_tokens SET revoked_at = now() WHERE app_id = $1 AND kind = 'admin' AND revoked_at IS NULL`,
      [appId],
    );
    return result[1];
  }

  /** Revokes a user's live tokens: all of them, one device's, or all but the one in use. */
  async revokeUserTokens(
    appId: string,
    userId: number,
    scope: { deviceSn?: number; exceptTokenId?: string } = {},
  ): Promise<number> {
    const result = await this.dataSource.query(
      `UPDATE access_tokens SET revoked_at = now()
        WHERE app_id = $1 AND user_id = $2 AND revoked_at IS NULL
          AND ($3::int IS NULL OR device_sn = $3) AND ($4::uuid IS NULL OR id <> $4)`,
      [appId, userId, scope.deviceSn ?? null, scope.exceptTokenId ?? null],
    );
    return result[1];
  }
}
