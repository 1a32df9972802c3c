import { Injectable } from '@nestjs/common';
import { HotStateCache, HotStateRegion, hotStateTag } from '../common/cache/hot-state.cache';
import { WebhookRepository } from './webhook.repository';
import { BeforeSendHook, WebhookEventType } from './webhook.types';

export interface AppWebhooks {
  /** Enabled endpoints with the event types each wants. */
  endpoints: { id: number; eventTypes: WebhookEventType[] }[];
  beforeSend: BeforeSendHook | null;
}

/**
 * Each app's enabled endpoints and before-send hook, in the hot-state cache (src/common/README.md
 * "Hot-state cache", region `webhook-settings`). Every send asks for the app's hook and every event
 * for its subscribers: reading them from the database each time would add a round trip per message
 * to apps that use no webhooks at all, so an app without any is cached too. Every write of an
 * endpoint or the hook calls `changed`, which returns once no process can serve the old settings:
 * the very next send or event anywhere uses the new ones.
 */
@Injectable()
export class WebhookSettingsCache {
  private readonly settings: HotStateRegion<AppWebhooks>;

  constructor(
    private readonly repository: WebhookRepository,
    private readonly cache: HotStateCache,
  ) {
    this.settings = cache.region('webhook-settings', { max: 10_000 });
  }

  async of(appId: string): Promise<AppWebhooks> {
    return (await this.settings.read(appId, () => this.load(appId), () => [hotStateTag.webhooks(appId)]))!;
  }

  /** The app's endpoints that want `type`. */
  async subscribers(appId: string, type: WebhookEventType): Promise<number[]> {
    const { endpoints } = await this.of(appId);
    return endpoints.filter((endpoint) => endpoint.eventTypes.includes(type)).map((endpoint) => endpoint.id);
  }

  /** After a change of the app's endpoints or hook is stored, before the change is answered. */
  changed(appId: string): Promise<void> {
    return this.cache.invalidate([hotStateTag.webhooks(appId)]);
  }

  private async load(appId: string): Promise<AppWebhooks> {
    const [endpoints, beforeSend] = await Promise.all([this.repository.listEndpoints(appId), this.repository.findBeforeSend(appId)]);
    return {
      endpoints: endpoints.filter((endpoint) => endpoint.enabled).map((endpoint) => ({ id: endpoint.id, eventTypes: endpoint.eventTypes })),
      beforeSend: beforeSend?.enabled ? beforeSend : null,
    };
  }
}
