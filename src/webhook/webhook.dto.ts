import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { NumberFromText } from '../common/number-text';
import { IsId } from '../common/validation';
import { BeforeSendHook, WEBHOOK_EVENT_TYPES, WebhookAttempt, WebhookEndpoint, WebhookEventType } from './webhook.types';

const EVENT_TYPES_MESSAGE = `event_types: each must be one of ${WEBHOOK_EVENT_TYPES.join(', ')}`;

function Url(required = true) {
  return [
    ApiProperty({ required, description: 'http(s) URL the server POSTs to; loopback, private, link-local and metadata hosts only when WEBHOOK_ALLOW_HOSTS names them', maxLength: 2048 }),
    IsString({ message: 'url: must be a string' }),
    MaxLength(2048, { message: 'url: must be at most 2048 characters' }),
  ];
}

function apply(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorator) => decorator(target, key));
}

function Secret() {
  return [
    ApiPropertyOptional({ description: 'the HMAC key, 16 to 256 characters; generated when left out', minLength: 16, maxLength: 256 }),
    IsOptional(),
    IsString({ message: 'secret: must be a string' }),
    MinLength(16, { message: 'secret: must be 16 to 256 characters' }),
    MaxLength(256, { message: 'secret: must be 16 to 256 characters' }),
  ];
}

function EventTypes() {
  return [
    IsArray({ message: 'event_types: must be an array of event types' }),
    ArrayNotEmpty({ message: 'event_types: name at least one event type' }),
    ArrayMaxSize(WEBHOOK_EVENT_TYPES.length * 2, { message: 'event_types: too many entries' }),
    IsIn(WEBHOOK_EVENT_TYPES, { each: true, message: EVENT_TYPES_MESSAGE }),
  ];
}

function Flag(field: string) {
  return [IsOptional(), IsBoolean({ message: `${field}: must be true or false` })];
}

/** Body of POST /webhook/endpoint. */
export class WebhookEndpointCreateDto {
  @apply(...Url())
  url!: string;

  @apply(...Secret())
  secret?: string;

  @ApiProperty({ type: [String], enum: WEBHOOK_EVENT_TYPES, description: 'the events this endpoint is sent' })
  @apply(...EventTypes())
  event_types!: WebhookEventType[];

  @ApiPropertyOptional({ default: true, description: 'false pauses deliveries; queued ones are dropped' })
  @apply(...Flag('enabled'))
  enabled?: boolean;

  @ApiPropertyOptional({ default: true, description: 'false leaves content, attachment, config and ext out of message events' })
  @apply(...Flag('with_content'))
  with_content?: boolean;
}

/** Body of PUT /webhook/endpoint: the fields sent are changed. */
export class WebhookEndpointUpdateDto {
  @IsId({ description: 'the endpoint' })
  id!: number;

  @IsOptional()
  @apply(...Url(false))
  url?: string;

  @apply(...Secret())
  secret?: string;

  @ApiPropertyOptional({ type: [String], enum: WEBHOOK_EVENT_TYPES })
  @IsOptional()
  @apply(...EventTypes())
  event_types?: WebhookEventType[];

  @ApiPropertyOptional()
  @apply(...Flag('enabled'))
  enabled?: boolean;

  @ApiPropertyOptional()
  @apply(...Flag('with_content'))
  with_content?: boolean;
}

/** Body of DELETE /webhook/endpoint. */
export class WebhookEndpointIdDto {
  @IsId({ description: 'the endpoint' })
  id!: number;
}

/** Query of GET /webhook/delivery/list. */
export class WebhookDeliveryQueryDto {
  @IsId({ description: 'the endpoint whose attempts to list' })
  @NumberFromText()
  endpoint_id!: number;

  @ApiPropertyOptional({ description: 'the cursor of the previous page; none for the newest attempts' })
  @IsOptional()
  @IsString({ message: 'cursor: must be a string' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @NumberFromText()
  @IsInt({ message: 'limit: must be an integer from 1 to 200' })
  @Min(1, { message: 'limit: must be an integer from 1 to 200' })
  @Max(200, { message: 'limit: must be an integer from 1 to 200' })
  limit: number = 50;
}

/** Body of POST /webhook/replay: one event (event_id), or every stored event in [from, to). */
export class WebhookReplayDto {
  @IsId({ optional: true, description: 'replay to this endpoint only; by default to every enabled endpoint that wants the event type' })
  endpoint_id?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'the event to send again (its event id is kept)' })
  @IsOptional()
  @IsUUID('all', { message: 'event_id: must be an event id (a UUID) from a delivery' })
  event_id?: string;

  @ApiPropertyOptional({ format: 'int64', description: 'start of the time range, epoch ms (with `to`)' })
  @IsOptional()
  @IsInt({ message: 'from: must be epoch milliseconds' })
  @Min(0, { message: 'from: must be epoch milliseconds' })
  from?: number;

  @ApiPropertyOptional({ format: 'int64', description: 'end of the time range, epoch ms, exclusive' })
  @IsOptional()
  @IsInt({ message: 'to: must be epoch milliseconds' })
  @Min(0, { message: 'to: must be epoch milliseconds' })
  to?: number;
}

/** Body of PUT /webhook/before_send. */
export class BeforeSendUpdateDto {
  @apply(...Url())
  url!: string;

  @apply(...Secret())
  secret?: string;

  @ApiProperty({ minimum: 50, maximum: 10_000, description: 'how long a send waits for the verdict, in ms' })
  @IsInt({ message: 'timeout_ms: must be an integer from 50 to 10000' })
  @Min(50, { message: 'timeout_ms: must be an integer from 50 to 10000' })
  @Max(10_000, { message: 'timeout_ms: must be an integer from 50 to 10000' })
  timeout_ms!: number;

  @ApiProperty({ enum: ['allow', 'refuse'], description: 'what happens to a message when the hook does not answer in time or answers no verdict' })
  @IsIn(['allow', 'refuse'], { message: 'on_timeout: must be "allow" or "refuse"' })
  on_timeout!: 'allow' | 'refuse';

  @ApiPropertyOptional({ default: true })
  @apply(...Flag('enabled'))
  enabled?: boolean;
}

export class WebhookEndpointDto {
  @ApiProperty({ format: 'int64' }) id!: number;
  @ApiProperty() url!: string;
  @ApiProperty({ type: [String], enum: WEBHOOK_EVENT_TYPES }) event_types!: WebhookEventType[];
  @ApiProperty() enabled!: boolean;
  @ApiProperty() with_content!: boolean;
  @ApiProperty({ description: 'the last 4 characters of the secret' }) secret_hint!: string;
  @ApiProperty({ format: 'int64', description: 'epoch ms' }) created_at!: number;
  @ApiProperty({ format: 'int64', description: 'epoch ms' }) updated_at!: number;
}

/** The answer of POST /webhook/endpoint: the only one that shows the secret. */
export class WebhookEndpointCreatedDto extends WebhookEndpointDto {
  @ApiProperty({ description: 'the HMAC key; store it now, later answers show only its hint' }) secret!: string;
}

export class WebhookAttemptDto {
  @ApiProperty({ format: 'int64' }) id!: number;
  @ApiProperty({ format: 'uuid' }) event_id!: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES }) event_type!: WebhookEventType;
  @ApiProperty({ description: '1 for the first attempt of a delivery' }) attempt!: number;
  @ApiProperty({ description: 'true when the receiver answered 2xx' }) delivered!: boolean;
  @ApiProperty({ nullable: true, type: 'integer', description: "the receiver's HTTP status; null when it did not answer" }) response_code!: number | null;
  @ApiProperty({ description: 'ms from sending the request to the end of the answer (or the failure)' }) latency_ms!: number;
  @ApiProperty({ nullable: true, type: 'string' }) error!: string | null;
  @ApiProperty({ format: 'int64', description: 'epoch ms' }) created_at!: number;
}

export class WebhookReplayResultDto {
  @ApiProperty({ description: 'deliveries queued (events × endpoints)' }) queued!: number;
}

export class BeforeSendDto {
  @ApiProperty() url!: string;
  @ApiProperty() timeout_ms!: number;
  @ApiProperty({ enum: ['allow', 'refuse'] }) on_timeout!: 'allow' | 'refuse';
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ description: 'the last 4 characters of the secret' }) secret_hint!: string;
  @ApiProperty({ format: 'int64', description: 'epoch ms' }) updated_at!: number;
}

/** The answer of PUT /webhook/before_send: the secret shown when it was generated or changed. */
export class BeforeSendSavedDto extends BeforeSendDto {
  @ApiProperty({ description: 'the HMAC key of the hook requests' }) secret!: string;
}

export function hintOf(secret: string): string {
  return secret.slice(-4);
}

export function mapEndpoint(endpoint: WebhookEndpoint, secret: string): WebhookEndpointDto {
  return {
    id: endpoint.id,
    url: endpoint.url,
    event_types: endpoint.eventTypes,
    enabled: endpoint.enabled,
    with_content: endpoint.withContent,
    secret_hint: hintOf(secret),
    created_at: new Date(endpoint.createdAt).getTime(),
    updated_at: new Date(endpoint.updatedAt).getTime(),
  };
}

export function mapAttempt(attempt: WebhookAttempt): WebhookAttemptDto {
  return {
    id: attempt.id,
    event_id: attempt.eventId,
    event_type: attempt.eventType,
    attempt: attempt.attempt,
    delivered: attempt.delivered,
    response_code: attempt.responseCode,
    latency_ms: attempt.latencyMs,
    error: attempt.error,
    created_at: new Date(attempt.createdAt).getTime(),
  };
}

export function mapBeforeSend(hook: BeforeSendHook, secret: string): BeforeSendDto {
  return {
    url: hook.url,
    timeout_ms: hook.timeoutMs,
    on_timeout: hook.onTimeout,
    enabled: hook.enabled,
    secret_hint: hintOf(secret),
    updated_at: new Date(hook.updatedAt).getTime(),
  };
}
