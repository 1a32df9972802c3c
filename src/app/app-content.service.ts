import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { ApiError } from '../common/errors/error-codes';
import { APP_CONTENT_LIMITS, AppClientConfigDto, AppDiscoverCreateDto, AppDiscoverItemDto, AppDiscoverUpdateDto } from './app-content.dto';
import { AppContentRepository, DiscoverItemPatch, DiscoverItemRow } from './app-content.repository';

function mapDiscoverItem(row: DiscoverItemRow): AppDiscoverItemDto {
  const item: AppDiscoverItemDto = {
    discover_id: row.id,
    name: row.name,
    url: row.url,
    position: row.position,
    created_time: row.createdAt,
    updated_time: row.updatedAt,
  };
  if (row.logo !== null) item.logo = row.logo;
  return item;
}

function noSuchItem(id: number): ApiError {
  return ApiError.badParameter(`discover_id: this app has no discover item ${id}`);
}

/**
 * Operator content of an app (our extension, IM v1 /configs and /discovers): written with the app's
 * admin token, read by every client of the app. Clients read it when they start; no notice is sent
 * (no MaxIM notice type addresses every user of an app, and a change is not urgent).
 */
@Injectable()
export class AppContentService {
  constructor(private readonly repository: AppContentRepository) {}

  async clientConfig(appId: string): Promise<AppClientConfigDto> {
    return { configs: await this.repository.settings(appId) };
  }

  /** Sets the names sent to strings and removes those sent as null, all or nothing. */
  async changeClientConfig(caller: CallerContext, configs: Record<string, unknown>): Promise<AppClientConfigDto> {
    const entries = Object.entries(configs);
    if (entries.length === 0) throw ApiError.badParameter('configs: send at least one name');
    const set: Record<string, string> = {};
    const remove: string[] = [];
    for (const [name, value] of entries) {
      if (!APP_CONTENT_LIMITS.settingName.test(name)) throw ApiError.badParameter(`configs: name ${JSON.stringify(name.slice(0, 80))} must be 1–64 characters of a-z 0-9 _ . -`);
      if (value === null) remove.push(name);
      else if (typeof value !== 'string') throw ApiError.badParameter(`configs.${name}: must be a string, or null to remove it`);
      else if (value.length > APP_CONTENT_LIMITS.settingValueLength) throw ApiError.badParameter(`configs.${name}: must be at most ${APP_CONTENT_LIMITS.settingValueLength} characters`);
      else set[name] = value;
    }
    if (!(await this.repository.changeSettings(caller.appId, set, remove, APP_CONTENT_LIMITS.settingsPerApp))) {
      throw ApiError.badParameter(`configs: an app holds at most ${APP_CONTENT_LIMITS.settingsPerApp} names; remove some first (send them as null)`);
    }
    return this.clientConfig(caller.appId);
  }

  async discoverItems(caller: CallerContext): Promise<AppDiscoverItemDto[]> {
    return (await this.repository.discoverItems(caller.appId)).map(mapDiscoverItem);
  }

  async createDiscoverItem(caller: CallerContext, body: AppDiscoverCreateDto): Promise<AppDiscoverItemDto> {
    const item = { name: body.name, url: body.url, logo: body.logo ? body.logo : null, position: body.position ?? 0 };
    const creation = await this.repository.createDiscoverItem(caller.appId, item, APP_CONTENT_LIMITS.discoverItemsPerApp);
    if (creation === 'limit_reached') throw ApiError.badParameter(`this app has ${APP_CONTENT_LIMITS.discoverItemsPerApp} discover items, the most allowed; delete one first`);
    return this.discoverItem(caller.appId, creation.created);
  }

  async updateDiscoverItem(caller: CallerContext, body: AppDiscoverUpdateDto): Promise<AppDiscoverItemDto> {
    const patch: DiscoverItemPatch = {};
    if (body.name !== undefined) patch.name = body.name;
    if (body.url !== undefined) patch.url = body.url;
    if (body.logo !== undefined) patch.logo = body.logo === '' ? null : body.logo;
    if (body.position !== undefined) patch.position = body.position;
    if (Object.keys(patch).length === 0) throw ApiError.badParameter('body: send at least one of name, url, logo, position');
    if (!(await this.repository.updateDiscoverItem(caller.appId, body.discover_id, patch))) throw noSuchItem(body.discover_id);
    return this.discoverItem(caller.appId, body.discover_id);
  }

  async deleteDiscoverItem(caller: CallerContext, id: number): Promise<boolean> {
    if (!(await this.repository.deleteDiscoverItem(caller.appId, id))) throw noSuchItem(id);
    return true;
  }

  private async discoverItem(appId: string, id: number): Promise<AppDiscoverItemDto> {
    const row = await this.repository.discoverItem(appId, id);
    if (!row) throw noSuchItem(id);
    return mapDiscoverItem(row);
  }
}
