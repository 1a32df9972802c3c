import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { SecretCipher } from '../common/secrets/secret.cipher';
import { postSigned } from './webhook-http';
import { WebhookRepository } from './webhook.repository';
import { StoredWebhookEvent, WebhookBody, WebhookDeliveryJob, WebhookEndpoint } from './webhook.types';

/** Fields of message events an endpoint that opts out of content does not receive. */
const CONTENT_FIELDS = ['content', 'attachment', 'ext', 'config'];

/** A failed attempt; the queue retries it with exponential backoff. */
export class DeliveryFailed extends Error {}

/** The context under which an endpoint's secret is sealed (a sealed value copied to another app does not open). */
export function endpointSecretContext(appId: string): string {
  return `webhook-endpoint:${appId}`;
}

@Injectable()
export class WebhookDeliveryService {
  constructor(
    private readonly repository: WebhookRepository,
    private readonly cipher: SecretCipher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * One attempt of one delivery, logged whatever its outcome. Deliveries of a deleted or disabled
   * endpoint, or of an event past retention, are dropped without an attempt.
   */
  async deliver(job: WebhookDeliveryJob, attempt: number): Promise<void> {
    const found = await this.repository.findDelivery(job.endpointId, job.eventId);
    if (!found || !found.endpoint.enabled) return;
    const { endpoint, event } = found;
    const outcome = await postSigned({
      url: endpoint.url,
      body: JSON.stringify(bodyFor(event, endpoint)),
      secret: this.cipher.open(endpoint.secretSealed, endpointSecretContext(endpoint.appId)),
      eventId: event.id,
      timeoutMs: this.config.webhooks.timeoutMs,
      allowHosts: this.config.webhooks.allowHosts,
    });
    await this.repository.insertAttempt(endpoint.appId, {
      endpointId: endpoint.id,
      eventId: event.id,
      eventType: event.type,
      attempt,
      delivered: outcome.error === null,
      responseCode: outcome.status,
      latencyMs: outcome.latencyMs,
      error: outcome.error,
    });
    if (outcome.error !== null) throw new DeliveryFailed(`${endpoint.url}: ${outcome.error}`);
  }
}

/** The body an endpoint receives for an event: the same for every attempt and replay of it. */
export function bodyFor(event: StoredWebhookEvent, endpoint: Pick<WebhookEndpoint, 'withContent'>): WebhookBody {
  const data = !endpoint.withContent && event.type.startsWith('message.') ? withoutContent(event.data) : event.data;
  return { event_id: event.id, type: event.type, app_id: event.appId, time: new Date(event.createdAt).getTime(), data };
}

function withoutContent(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([field]) => !CONTENT_FIELDS.includes(field)));
}
