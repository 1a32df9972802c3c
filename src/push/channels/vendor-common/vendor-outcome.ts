import { createHash } from 'node:crypto';
import { PushOutcome, PushTarget, sameOutcomeFor } from '../push-channel';
import { FetchedVendorToken, VendorTokenCache, VendorTokenOptions, VendorTokenScope } from './vendor-token.cache';
import { VendorUnreachableError } from './vendor-http';

/** A failure that already knows its outcome for every target of the call (e.g. the auth endpoint refused the credential). */
export class VendorOutcomeError extends Error {
  constructor(readonly outcome: PushOutcome) {
    super('reason' in outcome && outcome.reason ? outcome.reason : outcome.kind);
  }
}

/** What one vendor call answered: outcomes, or "the auth token was refused" (refresh once and resend). */
export type VendorAttempt = PushOutcome[] | { authRejected: string };

/**
 * Runs `attempt` with a cached vendor auth token. When the vendor calls the token expired/invalid,
 * the token is dropped from the shared cache, a fresh one fetched, and the call resent once; a
 * second refusal of a brand-new token is a configuration problem.
 */
export async function sendWithVendorToken(
  cache: VendorTokenCache,
  scope: VendorTokenScope,
  options: VendorTokenOptions,
  fetchToken: () => Promise<FetchedVendorToken>,
  attempt: (token: string) => Promise<VendorAttempt>,
): Promise<PushOutcome[]> {
  let token = await cache.get(scope, options, fetchToken);
  let answer = await attempt(token);
  if (Array.isArray(answer)) return answer;
  await cache.invalidate(scope, token);
  token = await cache.get(scope, options, fetchToken);
  answer = await attempt(token);
  if (Array.isArray(answer)) return answer;
  await cache.invalidate(scope, token);
  throw new VendorOutcomeError({ kind: 'fatalConfig', reason: `${scope.vendor} refused a freshly issued auth token: ${answer.authRejected}` });
}

/** Turns every failure of one vendor call into outcomes, so send() never throws for vendor answers. */
export async function outcomesOf(vendor: string, targets: readonly PushTarget[], run: () => Promise<PushOutcome[]>): Promise<PushOutcome[]> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof VendorOutcomeError) return sameOutcomeFor(targets, error.outcome);
    if (error instanceof VendorUnreachableError) return sameOutcomeFor(targets, { kind: 'retryable', reason: error.message });
    return sameOutcomeFor(targets, { kind: 'retryable', reason: `${vendor}: ${(error as Error).message}` });
  }
}

/** Runs `work` over `items` with at most `limit` in flight, keeping the order of results. */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  });
  await Promise.all(lanes);
  return results;
}

/** Groups targets by a key (e.g. the badge, for vendors whose batch carries one payload), keeping their indexes. */
export function groupTargets(targets: readonly PushTarget[], keyOf: (target: PushTarget) => string): { indexes: number[]; targets: PushTarget[] }[] {
  const groups = new Map<string, { indexes: number[]; targets: PushTarget[] }>();
  targets.forEach((target, index) => {
    const key = keyOf(target);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { indexes: [], targets: [] }));
    group.indexes.push(index);
    group.targets.push(target);
  });
  return [...groups.values()];
}

/** `ext` as the string map vendors want (objects become JSON text). */
export function stringMap(ext: Record<string, unknown> | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [key, value] of Object.entries(ext ?? {})) {
    if (value === undefined || value === null) continue;
    map[key] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return map;
}

/** Cuts text to `max` characters (code points), so a long body is shortened rather than refused. */
export function truncate(text: string, max: number): string {
  const points = [...text];
  return points.length <= max ? text : points.slice(0, max).join('');
}

/** A short stable id for vendor idempotency keys (vivo requestId, OPPO app_message_id). */
export function perTargetId(notificationId: string, target: PushTarget): string {
  const id = `${notificationId}-${target.userId}-${target.deviceSn}`;
  return id.length <= 64 ? id : createHash('sha256').update(id).digest('hex').slice(0, 64);
}

/** The classification of an HTTP status the vendor gave without a business code of its own. */
export function outcomeOfHttpStatus(vendor: string, status: number, retryAfter: number | undefined, detail: string): PushOutcome {
  if (status === 429 || status >= 500) return { kind: 'retryable', retryAfterMs: retryAfter, reason: `${vendor} HTTP ${status}: ${detail}` };
  if (status === 401 || status === 403) return { kind: 'fatalConfig', reason: `${vendor} HTTP ${status}: ${detail}` };
  return { kind: 'fatalMessage', reason: `${vendor} HTTP ${status}: ${detail}` };
}
