/** Every event an endpoint may ask for (src/webhook/README.md "Events"). */
export const WEBHOOK_EVENT_TYPES = [
  'message.stored',
  'message.recalled',
  'message.read',
  'user.registered',
  'user.deleted',
  'user.disabled',
  'roster.added',
  'roster.removed',
  'group.created',
  'group.destroyed',
  'group.member_joined',
  'group.member_left',
  'push.task_finished',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** An event as the emitting module describes it: `data` uses the REST API's field names. */
export interface WebhookEventInput {
  appId: string;
  type: WebhookEventType;
  data: Record<string, unknown>;
  /**
   * Events with the same key are delivered to an endpoint in the order they were emitted (while it
   * answers promptly): the conversation for messages, the group for membership changes.
   */
  orderingKey?: string;
  /**
   * A fixed id for an event its emitter may report more than once (push.task_finished, reported
   * again when a worker died before recording that it had): stored and queued once per id.
   */
  eventId?: string;
}

/** An event as stored for delivery and replay. */
export interface StoredWebhookEvent {
  id: string;
  appId: string;
  type: WebhookEventType;
  orderingKey: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}

/** The JSON body every endpoint receives. */
export interface WebhookBody {
  event_id: string;
  type: WebhookEventType;
  app_id: string;
  /** When the event happened, ms since the epoch. */
  time: number;
  data: Record<string, unknown>;
}

export interface WebhookEndpoint {
  id: number;
  appId: string;
  url: string;
  secretSealed: string;
  eventTypes: WebhookEventType[];
  enabled: boolean;
  withContent: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface WebhookAttempt {
  id: number;
  endpointId: number;
  eventId: string;
  eventType: WebhookEventType;
  attempt: number;
  delivered: boolean;
  responseCode: number | null;
  latencyMs: number;
  error: string | null;
  createdAt: Date;
}

export type BeforeSendTimeoutPolicy = 'allow' | 'refuse';

export interface BeforeSendHook {
  appId: string;
  url: string;
  secretSealed: string;
  timeoutMs: number;
  onTimeout: BeforeSendTimeoutPolicy;
  enabled: boolean;
  updatedAt: Date;
}

/** The one queue of webhook deliveries; a job delivers one event to one endpoint. */
export const WEBHOOK_QUEUE = 'webhook-delivery';
export const WEBHOOK_DELIVERY_JOB = 'deliver';

export interface WebhookDeliveryJob {
  endpointId: number;
  eventId: string;
  orderingKey: string | null;
  /** Its place among the endpoint's jobs of the ordering key; absent for replays and events without a key. */
  sequence?: WebhookDeliverySequence;
}

/**
 * Stamped by the emitter on each job of an ordered event (README "Order"): the processor starts an
 * endpoint's jobs of one key in this order, whatever order the queue's fetches hand them over in.
 */
export interface WebhookDeliverySequence {
  /** One unbroken run of stamps: a restarted emitter, or one that forgot the key, starts a new run at 0. */
  run: string;
  /** 0 for the run's first job, then one more per job. */
  index: number;
  /** The event of the job before it in the run (null for the first), to ask the queue whether that job is still to come. */
  after: string | null;
}

/** Headers of a signed request: the event id (to dedupe), the ms timestamp and HMAC-SHA256(secret, timestamp + "." + body) in hex. */
export const WEBHOOK_HEADERS = {
  id: 'x-webhook-id',
  timestamp: 'x-webhook-timestamp',
  signature: 'x-webhook-signature',
} as const;
