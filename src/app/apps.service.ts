import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TokenService } from '../common/auth/token.service';
import { ApiError } from '../common/errors/error-codes';
import { HotStateCache, hotStateTag } from '../common/cache/hot-state.cache';
import { AppEntity } from './app.entity';
import { AppsRepository } from './apps.repository';

export interface AppCredentials {
  app_id: string;
  admin_token: string;
}

/** What the operator sees of an app (never its signing secret). */
export interface AppSummary {
  app_id: string;
  name: string;
  created_at: string;
  registration_open: boolean;
  max_groups: number | null;
}

function summaryOf(app: AppEntity): AppSummary {
  return { app_id: app.id, name: app.name, created_at: app.createdAt.toISOString(), registration_open: app.registrationOpen, max_groups: app.maxGroups };
}

/** App ids are short, lowercase and unguessable enough to not be enumerable. */
function newAppId(): string {
  return randomBytes(8).toString('hex');
}

/** Operator-side management of apps (tenants) and their admin tokens; used by the CLI and at first start. */
@Injectable()
export class AppsService {
  constructor(
    private readonly apps: AppsRepository,
    private readonly tokens: TokenService,
    private readonly cache: HotStateCache,
  ) {}

  async create(name: string): Promise<AppCredentials> {
    if (!name.trim()) throw ApiError.badParameter('name: must not be empty');
    const app = await this.apps.insert({ id: newAppId(), name: name.trim(), secret: randomBytes(32).toString('base64url') });
    return { app_id: app.id, admin_token: (await this.tokens.issueAdminToken(app.id)).token };
  }

  async list(): Promise<AppSummary[]> {
    return (await this.apps.listAll()).map(summaryOf);
  }

  async show(appId: string): Promise<AppSummary> {
    return summaryOf(await this.require(appId));
  }

  async issueAdminToken(appId: string): Promise<AppCredentials> {
    const app = await this.require(appId);
    return { app_id: app.id, admin_token: (await this.tokens.issueAdminToken(app.id)).token };
  }

  async revokeAdminToken(token: string): Promise<{ app_id: string; revoked: number }> {
    const id = this.tokens.tokenIdOf(token);
    if (!id) throw ApiError.badParameter('token: not an access token issued by this server');
    await this.require(id.appId);
    return { app_id: id.appId, revoked: (await this.tokens.revokeToken(id.appId, id.tokenId)) ? 1 : 0 };
  }

  async revokeAllAdminTokens(appId: string): Promise<{ app_id: string; revoked: number }> {
    await this.require(appId);
    return { app_id: appId, revoked: await this.tokens.revokeAdminTokens(appId) };
  }

  async setRegistrationOpen(appId: string, open: boolean): Promise<{ app_id: string; registration_open: boolean }> {
    await this.require(appId);
    await this.apps.setRegistrationOpen(appId, open);
    await this.cache.invalidate([hotStateTag.app(appId)]);
    return { app_id: appId, registration_open: open };
  }

  /** Caps the app's live groups (group creation answers 20007 at the cap); null lifts the cap. */
  async setMaxGroups(appId: string, maxGroups: number | null): Promise<{ app_id: string; max_groups: number | null }> {
    await this.require(appId);
    await this.apps.setMaxGroups(appId, maxGroups);
    return { app_id: appId, max_groups: maxGroups };
  }

  /** The app's switches and limits kept on its row (AppSettingsService adds the file quota). */
  async settings(appId: string): Promise<Pick<AppEntity, 'registrationOpen' | 'strangerMessages' | 'maxGroups'>> {
    const { registrationOpen, strangerMessages, maxGroups } = await this.require(appId);
    return { registrationOpen, strangerMessages, maxGroups };
  }

  /** Creates the `default` app when the database has no app at all; null when apps exist. */
  async createDefaultAppIfEmpty(): Promise<AppCredentials | null> {
    if ((await this.apps.count()) > 0) return null;
    return this.create('default');
  }

  private async require(appId: string): Promise<AppEntity> {
    const app = await this.apps.findById(appId);
    if (!app) throw ApiError.appNotFound(appId);
    return app;
  }
}
