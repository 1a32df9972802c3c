import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { ApiError } from '../common/errors/error-codes';
import { decodeCursor, ListPage, pageOf } from '../common/pagination/cursor';
import { AttachmentUrlPolicy } from '../push/attachment-url.policy';
import { SecretCipher } from '../common/secrets/secret.cipher';
import { beforeSendSecretContext } from './before-send.service';
import { endpointSecretContext } from './webhook-delivery.service';
import {
  BeforeSendDto,
  BeforeSendSavedDto,
  BeforeSendUpdateDto,
  mapAttempt,
  mapBeforeSend,
  mapEndpoint,
  WebhookAttemptDto,
  WebhookDeliveryQueryDto,
  WebhookEndpointCreateDto,
  WebhookEndpointCreatedDto,
  WebhookEndpointDto,
  WebhookEndpointUpdateDto,
  WebhookReplayDto,
  WebhookReplayResultDto,
} from './webhook.dto';
import { WebhookProducer } from './webhook.producer';
import { WebhookRepository } from './webhook.repository';
import { WebhookSettingsCache } from './webhook-settings.cache';
import { StoredWebhookEvent, WebhookEndpoint } from './webhook.types';

/** Endpoints an app may have. */
const MAX_ENDPOINTS = 20;

/** Events one range replay queues per endpoint; a longer range is replayed in several calls. */
const MAX_REPLAY_EVENTS = 10_000;

/** The admin routes of the webhook module (README "Webhooks"): endpoints, the delivery log, replay, the before-send hook. */
@Injectable()
export class WebhookAdminService {
  constructor(
    private readonly repository: WebhookRepository,
    private readonly producer: WebhookProducer,
    private readonly settings: WebhookSettingsCache,
    private readonly cipher: SecretCipher,
    private readonly urlPolicy: AttachmentUrlPolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async createEndpoint(caller: CallerContext, request: WebhookEndpointCreateDto): Promise<WebhookEndpointCreatedDto> {
    await this.assertReachable(request.url);
    if ((await this.repository.listEndpoints(caller.appId)).length >= MAX_ENDPOINTS) {
      throw ApiError.badParameter(`this app has ${MAX_ENDPOINTS} webhook endpoints, the most it may have; delete one first`);
    }
    const secret = request.secret ?? generatedSecret();
    const endpoint = await this.repository.insertEndpoint(caller.appId, {
      url: request.url,
      secretSealed: this.cipher.seal(secret, endpointSecretContext(caller.appId)),
      eventTypes: distinct(request.event_types),
      enabled: request.enabled ?? true,
      withContent: request.with_content ?? true,
    });
    await this.settings.changed(caller.appId);
    return { ...mapEndpoint(endpoint, secret), secret };
  }

  async listEndpoints(caller: CallerContext): Promise<WebhookEndpointDto[]> {
    const endpoints = await this.repository.listEndpoints(caller.appId);
    return endpoints.map((endpoint) => this.map(endpoint));
  }

  async updateEndpoint(caller: CallerContext, request: WebhookEndpointUpdateDto): Promise<WebhookEndpointDto> {
    if (request.url !== undefined) await this.assertReachable(request.url);
    const updated = await this.repository.updateEndpoint(caller.appId, request.id, {
      url: request.url,
      secretSealed: request.secret === undefined ? undefined : this.cipher.seal(request.secret, endpointSecretContext(caller.appId)),
      eventTypes: request.event_types === undefined ? undefined : distinct(request.event_types),
      enabled: request.enabled,
      withContent: request.with_content,
    });
    if (!updated) throw endpointNotFound(request.id);
    await this.settings.changed(caller.appId);
    return this.map(updated);
  }

  async deleteEndpoint(caller: CallerContext, id: number): Promise<boolean> {
    if (!(await this.repository.deleteEndpoint(caller.appId, id))) throw endpointNotFound(id);
    await this.settings.changed(caller.appId);
    return true;
  }

  async deliveries(caller: CallerContext, query: WebhookDeliveryQueryDto): Promise<ListPage<WebhookAttemptDto>> {
    if (!(await this.repository.findEndpoint(caller.appId, query.endpoint_id))) throw endpointNotFound(query.endpoint_id, 'endpoint_id');
    const position = decodeCursor<{ a: number }>(query.cursor, ['a']);
    const rows = await this.repository.attempts(caller.appId, query.endpoint_id, position?.a ?? 0, query.limit + 1);
    const page = pageOf(rows, query.limit, (last) => ({ a: last.id }));
    return new ListPage(page.items.map(mapAttempt), page.cursor);
  }

  async replay(caller: CallerContext, request: WebhookReplayDto): Promise<WebhookReplayResultDto> {
    const endpoints = await this.replayEndpoints(caller.appId, request.endpoint_id);
    if (request.event_id !== undefined) {
      if (request.from !== undefined || request.to !== undefined) throw ApiError.badParameter('event_id: send either event_id or from and to, not both');
      const event = await this.repository.findEvent(caller.appId, request.event_id);
      if (!event) {
        throw ApiError.badParameter(
          `event_id: no event ${request.event_id} is kept for this app (events are kept ${this.config.webhooks.retentionDays} days, and only when an endpoint wanted them)`,
        );
      }
      const wanting = endpoints.filter((endpoint) => request.endpoint_id !== undefined || endpoint.eventTypes.includes(event.type));
      return { queued: await this.producer.enqueue([event], wanting.map((endpoint) => endpoint.id), { replay: true }) };
    }
    if (request.from === undefined || request.to === undefined) throw ApiError.badParameter('from: send event_id, or from and to (epoch ms) for a time range');
    if (request.from >= request.to) throw ApiError.badParameter('to: must be later than from');
    let queued = 0;
    for (const endpoint of endpoints) {
      const events: StoredWebhookEvent[] = await this.repository.eventsBetween(caller.appId, endpoint.eventTypes, new Date(request.from), new Date(request.to), MAX_REPLAY_EVENTS);
      queued += await this.producer.enqueue(events, [endpoint.id], { replay: true });
    }
    return { queued };
  }

  async beforeSend(caller: CallerContext): Promise<BeforeSendDto | null> {
    const hook = await this.repository.findBeforeSend(caller.appId);
    return hook ? mapBeforeSend(hook, this.cipher.open(hook.secretSealed, beforeSendSecretContext(caller.appId))) : null;
  }

  async saveBeforeSend(caller: CallerContext, request: BeforeSendUpdateDto): Promise<BeforeSendSavedDto> {
    await this.assertReachable(request.url);
    const existing = await this.repository.findBeforeSend(caller.appId);
    const secret = request.secret ?? (existing ? this.cipher.open(existing.secretSealed, beforeSendSecretContext(caller.appId)) : generatedSecret());
    const hook = await this.repository.upsertBeforeSend(caller.appId, {
      url: request.url,
      secretSealed: this.cipher.seal(secret, beforeSendSecretContext(caller.appId)),
      timeoutMs: request.timeout_ms,
      onTimeout: request.on_timeout,
      enabled: request.enabled ?? true,
    });
    await this.settings.changed(caller.appId);
    return { ...mapBeforeSend(hook, secret), secret };
  }

  async deleteBeforeSend(caller: CallerContext): Promise<boolean> {
    if (!(await this.repository.deleteBeforeSend(caller.appId))) throw ApiError.badParameter('this app has no before-send hook');
    await this.settings.changed(caller.appId);
    return true;
  }

  private map(endpoint: WebhookEndpoint): WebhookEndpointDto {
    return mapEndpoint(endpoint, this.cipher.open(endpoint.secretSealed, endpointSecretContext(endpoint.appId)));
  }

  private async replayEndpoints(appId: string, endpointId: number | undefined): Promise<WebhookEndpoint[]> {
    if (endpointId === undefined) return (await this.repository.listEndpoints(appId)).filter((endpoint) => endpoint.enabled);
    const endpoint = await this.repository.findEndpoint(appId, endpointId);
    if (!endpoint) throw endpointNotFound(endpointId, 'endpoint_id');
    if (!endpoint.enabled) throw ApiError.badParameter(`endpoint_id: endpoint ${endpointId} is disabled; enable it before replaying to it`);
    return [endpoint];
  }

  private async assertReachable(url: string): Promise<void> {
    const why = await this.urlPolicy.refusal(url, this.config.webhooks.allowHosts);
    if (why !== null) throw ApiError.badParameter(`url: ${why}${why.includes('not a public address') ? ' (or named in WEBHOOK_ALLOW_HOSTS)' : ''}`);
  }
}

function endpointNotFound(id: number, field = 'id'): ApiError {
  return ApiError.badParameter(`${field}: webhook endpoint ${id} does not exist in this app`);
}

function generatedSecret(): string {
  return `whsec_${randomBytes(24).toString('base64url')}`;
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}
