import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { Clock } from '../common/clock';
import { WebhookProducer } from './webhook.producer';
import { WebhookRepository } from './webhook.repository';
import { WebhookSettingsCache } from './webhook-settings.cache';
import { StoredWebhookEvent, WebhookDeliverySequence, WebhookEventInput } from './webhook.types';

/** Endpoint and ordering key pairs whose sequence is remembered; a forgotten pair starts a new run. */
const REMEMBERED_SEQUENCES = 50_000;

/** Where an endpoint's run of one ordering key stands: the next index and the event stamped last. */
interface SequenceRun {
  run: string;
  next: number;
  last: string;
}

/**
 * The webhook event emitter every module calls where something happens. `emit` returns at once:
 * finding the subscribed endpoints, storing the event and queueing its deliveries happen after,
 * so neither a slow database round trip nor any receiver ever delays the caller (a send). Events
 * with the same ordering key are handed to the queue in the order they were emitted, and each of
 * their jobs carries its place in its endpoint's sequence of that key, which the processor follows
 * (the queue may hand over jobs fetched at once in either order).
 */
@Injectable()
export class WebhookEvents implements OnModuleDestroy {
  private readonly logger = new Logger(WebhookEvents.name);
  /** The last hand-off of each ordering key still in flight; the next one of the key waits for it. */
  private readonly tails = new Map<string, Promise<void>>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly sequences = new LRUCache<string, SequenceRun>({ max: REMEMBERED_SEQUENCES });

  constructor(
    private readonly repository: WebhookRepository,
    private readonly producer: WebhookProducer,
    private readonly settings: WebhookSettingsCache,
    private readonly clock: Clock,
  ) {}

  emit(input: WebhookEventInput): void {
    const key = input.orderingKey ? `${input.appId}/${input.orderingKey}` : null;
    const previous = key ? this.tails.get(key) : undefined;
    const createdAt = this.clock.now();
    const handOff: Promise<void> = (previous ?? Promise.resolve())
      .then(() => this.handOff(input, createdAt))
      .catch((error: Error) => this.logger.error(`webhook event ${input.type} of app ${input.appId} was not queued: ${error.message}`))
      .finally(() => {
        this.inFlight.delete(handOff);
        if (key && this.tails.get(key) === handOff) this.tails.delete(key);
      });
    this.inFlight.add(handOff);
    if (key) this.tails.set(key, handOff);
  }

  /**
   * Stores and queues the event before resolving, and rejects when that failed: for an emitter that
   * must know the event was recorded before it records its own progress (push.task_finished).
   */
  async record(input: WebhookEventInput): Promise<void> {
    await this.handOff(input, this.clock.now());
  }

  /** Resolves when every event emitted so far has been queued (or has failed and been logged). */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  async onModuleDestroy(): Promise<void> {
    await this.settled();
  }

  /** Events no endpoint wants are neither stored nor queued (and cannot be replayed later). */
  private async handOff(input: WebhookEventInput, createdAt: Date): Promise<void> {
    const subscribers = await this.settings.subscribers(input.appId, input.type);
    if (subscribers.length === 0) return;
    const event: StoredWebhookEvent = {
      id: input.eventId ?? randomUUID(),
      appId: input.appId,
      type: input.type,
      orderingKey: input.orderingKey ?? null,
      data: input.data,
      createdAt,
    };
    await this.repository.insertEvent(event);
    const sequenceOf = event.orderingKey === null ? undefined : (endpointId: number) => this.stamp(endpointId, event);
    await this.producer.enqueue([event], subscribers, { sequenceOf });
  }

  /**
   * The next place in the endpoint's sequence of the event's ordering key. Hand-offs of one key run
   * one after another, so places are given in emit order.
   */
  private stamp(endpointId: number, event: StoredWebhookEvent): WebhookDeliverySequence {
    const key = `${endpointId}/${event.orderingKey}`;
    const current = this.sequences.get(key);
    const sequence = current ? { run: current.run, index: current.next, after: current.last } : { run: randomUUID(), index: 0, after: null };
    this.sequences.set(key, { run: sequence.run, next: sequence.index + 1, last: event.id });
    return sequence;
  }
}
