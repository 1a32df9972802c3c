import { Injectable } from '@nestjs/common';
import { WebhookRepository } from './webhook.repository';
import { BeforeSendHook, WebhookEventType } from './webhook.types';

/**
 * How long another process's change to an app's webhooks may go unseen here. Every send asks for
 * the app's before-send hook and every event for its subscribers; reading them from the database
 * each time would add a round trip per message to apps that use no webhooks at all. Changes made
 * in this process are seen at once.
 */
const FRESH_MS = 2_000;

export interface AppWebhooks {
  /** Enabled endpoints with the event types each wants. */
  endpoints: { id: number; eventTypes: WebhookEventType[] }[];
  beforeSend: BeforeSendHook | null;
}

@Injectable()
export class WebhookSettingsCache {
  private readonly entries = new Map<string, { value: Promise<AppWebhooks>; loadedAt: number }>();

  constructor(private readonly repository: WebhookRepository) {}

  of(appId: string): Promise<AppWebhooks> {
    const now = Date.now();
    const cached = this.entries.get(appId);
    if (cached && now - cached.loadedAt < FRESH_MS) return cached.value;
    const value = this.load(appId);
    this.entries.set(appId, { value, loadedAt: now });
    value.catch(() => this.entries.delete(appId));
    return value;
  }

  /** The app's endpoints that want `type`. */
  async subscribers(appId: string, type: WebhookEventType): Promise<number[]> {
    const { endpoints } = await this.of(appId);
    return endpoints.filter((endpoint) => endpoint.eventTypes.includes(type)).map((endpoint) => endpoint.id);
  }

  forget(appId: string): void {
    this.entries.delete(appId);
  }

  private async load(appId: string): Promise<AppWebhooks> {
    const [endpoints, beforeSend] = await Promise.all([this.repository.listEndpoints(appId), this.repository.findBeforeSend(appId)]);
    return {
      endpoints: endpoints.filter((endpoint) => endpoint.enabled).map((endpoint) => ({ id: endpoint.id, eventTypes: endpoint.eventTypes })),
      beforeSend: beforeSend?.enabled ? beforeSend : null,
    };
  }
}
