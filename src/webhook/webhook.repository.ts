import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BeforeSendHook, StoredWebhookEvent, WebhookAttempt, WebhookEndpoint, WebhookEventType } from './webhook.types';

const ENDPOINT_COLUMNS = `id::int AS id, app_id AS "appId", url, secret_sealed AS "secretSealed", event_types AS "eventTypes", enabled,
  with_content AS "withContent", created_at AS "createdAt", updated_at AS "updatedAt"`;
const EVENT_COLUMNS = `id, app_id AS "appId", type, ordering_key AS "orderingKey", data, created_at AS "createdAt"`;
const ATTEMPT_COLUMNS = `id::int AS id, endpoint_id::int AS "endpointId", event_id AS "eventId", event_type AS "eventType", attempt, delivered,
  response_code AS "responseCode", latency_ms AS "latencyMs", error, created_at AS "createdAt"`;
const HOOK_COLUMNS = `app_id AS "appId", url, secret_sealed AS "secretSealed", timeout_ms AS "timeoutMs", on_timeout AS "onTimeout", enabled, updated_at AS "updatedAt"`;

export type EndpointValues = Pick<WebhookEndpoint, 'url' | 'secretSealed' | 'eventTypes' | 'enabled' | 'withContent'>;
export type BeforeSendValues = Omit<BeforeSendHook, 'appId' | 'updatedAt'>;

@Injectable()
export class WebhookRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertEndpoint(appId: string, values: EndpointValues): Promise<WebhookEndpoint> {
    const rows = await this.dataSource.query(
      `INSERT INTO webhook_endpoints (app_id, url, secret_sealed, event_types, enabled, with_content) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${ENDPOINT_COLUMNS}`,
      [appId, values.url, values.secretSealed, values.eventTypes, values.enabled, values.withContent],
    );
    return rows[0];
  }

  async updateEndpoint(appId: string, id: number, values: Partial<EndpointValues>): Promise<WebhookEndpoint | null> {
    const [rows] = await this.dataSource.query(
      `UPDATE webhook_endpoints SET url = coalesce($3, url), secret_sealed = coalesce($4, secret_sealed), event_types = coalesce($5, event_types),
         enabled = coalesce($6, enabled), with_content = coalesce($7, with_content), updated_at = now()
       WHERE app_id = $1 AND id = $2 RETURNING ${ENDPOINT_COLUMNS}`,
      [appId, id, values.url ?? null, values.secretSealed ?? null, values.eventTypes ?? null, values.enabled ?? null, values.withContent ?? null],
    );
    return rows[0] ?? null;
  }

  async deleteEndpoint(appId: string, id: number): Promise<boolean> {
    const [, affected] = await this.dataSource.query(`DELETE FROM webhook_endpoints WHERE app_id = $1 AND id = $2`, [appId, id]);
    return affected > 0;
  }

  async findEndpoint(appId: string, id: number): Promise<WebhookEndpoint | null> {
    const rows = await this.dataSource.query(`SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE app_id = $1 AND id = $2`, [appId, id]);
    return rows[0] ?? null;
  }

  listEndpoints(appId: string): Promise<WebhookEndpoint[]> {
    return this.dataSource.query(`SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE app_id = $1 ORDER BY id`, [appId]);
  }

  /** An id stored already (an emitter reporting the same event again) keeps what was first stored. */
  async insertEvent(event: StoredWebhookEvent): Promise<void> {
    await this.dataSource.query(`INSERT INTO webhook_events (id, app_id, type, ordering_key, data, created_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`, [
      event.id,
      event.appId,
      event.type,
      event.orderingKey,
      event.data,
      event.createdAt,
    ]);
  }

  /** The event and the endpoint of one delivery, both of the same app; null when either is gone. */
  async findDelivery(endpointId: number, eventId: string): Promise<{ endpoint: WebhookEndpoint; event: StoredWebhookEvent } | null> {
    const [endpoints, events] = await Promise.all([
      this.dataSource.query(`SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE id = $1`, [endpointId]),
      this.dataSource.query(`SELECT ${EVENT_COLUMNS} FROM webhook_events WHERE id = $1`, [eventId]),
    ]);
    const endpoint: WebhookEndpoint | undefined = endpoints[0];
    const event: StoredWebhookEvent | undefined = events[0];
    if (!endpoint || !event || endpoint.appId !== event.appId) return null;
    return { endpoint, event };
  }

  async findEvent(appId: string, eventId: string): Promise<StoredWebhookEvent | null> {
    const rows = await this.dataSource.query(`SELECT ${EVENT_COLUMNS} FROM webhook_events WHERE app_id = $1 AND id = $2`, [appId, eventId]);
    return rows[0] ?? null;
  }

  /** The app's events of the given types in [from, to), oldest first, at most `limit`. */
  eventsBetween(appId: string, types: WebhookEventType[], from: Date, to: Date, limit: number): Promise<StoredWebhookEvent[]> {
    return this.dataSource.query(
      `SELECT ${EVENT_COLUMNS} FROM webhook_events WHERE app_id = $1 AND type = ANY ($2) AND created_at >= $3 AND created_at < $4 ORDER BY created_at, id LIMIT $5`,
      [appId, types, from, to, limit],
    );
  }

  async insertAttempt(appId: string, attempt: Omit<WebhookAttempt, 'id' | 'createdAt'>): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO webhook_attempts (app_id, endpoint_id, event_id, event_type, attempt, delivered, response_code, latency_ms, error) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [appId, attempt.endpointId, attempt.eventId, attempt.eventType, attempt.attempt, attempt.delivered, attempt.responseCode, attempt.latencyMs, attempt.error],
    );
  }

  /** The endpoint's attempts, newest first, before the attempt id `beforeId` (0: from the newest). */
  attempts(appId: string, endpointId: number, beforeId: number, limit: number): Promise<WebhookAttempt[]> {
    return this.dataSource.query(
      `SELECT ${ATTEMPT_COLUMNS} FROM webhook_attempts WHERE app_id = $1 AND endpoint_id = $2 AND ($3 = 0 OR id < $3) ORDER BY id DESC LIMIT $4`,
      [appId, endpointId, beforeId, limit],
    );
  }

  /** Deletes events and attempts older than `before`; answers how many rows went. */
  async deleteOlderThan(before: Date): Promise<number> {
    const [, attempts] = await this.dataSource.query(`DELETE FROM webhook_attempts WHERE created_at < $1`, [before]);
    const [, events] = await this.dataSource.query(`DELETE FROM webhook_events WHERE created_at < $1`, [before]);
    return attempts + events;
  }

  async findBeforeSend(appId: string): Promise<BeforeSendHook | null> {
    const rows = await this.dataSource.query(`SELECT ${HOOK_COLUMNS} FROM webhook_before_send WHERE app_id = $1`, [appId]);
    return rows[0] ?? null;
  }

  async upsertBeforeSend(appId: string, values: BeforeSendValues): Promise<BeforeSendHook> {
    const rows = await this.dataSource.query(
      `INSERT INTO webhook_before_send (app_id, url, secret_sealed, timeout_ms, on_timeout, enabled) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (app_id) DO UPDATE SET url = excluded.url, secret_sealed = excluded.secret_sealed, timeout_ms = excluded.timeout_ms,
         on_timeout = excluded.on_timeout, enabled = excluded.enabled, updated_at = now()
       RETURNING ${HOOK_COLUMNS}`,
      [appId, values.url, values.secretSealed, values.timeoutMs, values.onTimeout, values.enabled],
    );
    return rows[0];
  }

  async deleteBeforeSend(appId: string): Promise<boolean> {
    const [, affected] = await this.dataSource.query(`DELETE FROM webhook_before_send WHERE app_id = $1`, [appId]);
    return affected > 0;
  }
}
