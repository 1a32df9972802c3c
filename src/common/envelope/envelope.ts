import { ErrorCode } from '../errors/error-codes';
import { ListPage } from '../pagination/cursor';
import { AddRouteConfig } from '../per-route';

/** The MaxIM response body: every JSON answer, success or failure, has this shape. */
export interface Envelope<T = unknown> {
  code: number;
  message: string | null;
  data: T | null;
  cursor?: string;
  total?: number;
  version?: number;
  /** `/message/send` and `/message/notify` with exactly one receiver: the stored message ids. */
  msg_ids?: number[];
}

/** A handler result with fields beside `data` at the top level of the envelope (MaxIM's `msg_ids`). */
export class WithTopLevelFields<T> {
  constructor(
    readonly data: T,
    readonly fields: Pick<Envelope, 'msg_ids'>,
  ) {}
}

export function failure(code: ErrorCode | number, message: string): Envelope<null> {
  return { code, message, data: null };
}

/** What a route's decorators ask of its envelope, in its Fastify route config (`request.routeOptions.config`). */
export interface EnvelopeRouteConfig {
  omitNullFields?: boolean;
}

/**
 * The route's `data` leaves out properties whose value is null, at every depth. For answers MaxIM's
 * uni-app SDK keeps in its store: its store reader (transferToLong) destructures every stored
 * value and throws on null, so an unset optional field must be absent, not null.
 */
export const OmitNullFields = () => AddRouteConfig({ omitNullFields: true } satisfies EnvelopeRouteConfig);

/**
 * The envelope of whatever a handler returns; list pages carry their cursor, total and version
 * beside data, WithTopLevelFields its fields. With `omitNulls` (@OmitNullFields() routes),
 * null-valued properties inside data are left out.
 */
export function envelopeOf(result: unknown, omitNulls: boolean): Envelope {
  const shape = (data: unknown) => (omitNulls ? withoutNullFields(data) : data);
  if (result instanceof ListPage) {
    const envelope: Envelope = { code: 200, message: null, data: shape(result.items) };
    if (result.cursor !== undefined) envelope.cursor = result.cursor;
    if (result.total !== undefined) envelope.total = result.total;
    if (result.version !== undefined) envelope.version = result.version;
    return envelope;
  }
  if (result instanceof WithTopLevelFields) return { code: 200, message: null, data: shape(result.data ?? null), ...result.fields };
  return { code: 200, message: null, data: shape(result ?? null) };
}

export function withoutNullFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNullFields);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  // A loop rather than entries/filter/map/fromEntries: this runs on every answer of such routes (GET /user/profile).
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = (value as Record<string, unknown>)[key];
    if (field === null) continue;
    // Assigning "__proto__" (a key JSON.parse can produce) would set the prototype instead of a field.
    if (key === '__proto__') Object.defineProperty(kept, key, { value: withoutNullFields(field), enumerable: true, writable: true, configurable: true });
    else kept[key] = withoutNullFields(field);
  }
  return kept;
}
