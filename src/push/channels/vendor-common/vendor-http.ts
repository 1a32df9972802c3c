/** Small shared pieces of the fetch-based adapters: one request shape, one timeout, one Retry-After reader. */

export interface VendorResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or null when it is not JSON. */
  json: any;
}

/** Thrown when the vendor could not be reached at all (refused, reset, timed out): always worth a retry. */
export class VendorUnreachableError extends Error {}

const REQUEST_TIMEOUT_MS = 15_000;

export async function vendorRequest(url: string, init: { method?: string; headers?: Record<string, string>; body?: string }): Promise<VendorResponse> {
  let response: Response;
  try {
    response = await fetch(url, { method: init.method ?? 'POST', headers: init.headers, body: init.body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  } catch (error) {
    throw new VendorUnreachableError(`${new URL(url).host} unreachable: ${(error as Error).cause ?? (error as Error).message}`);
  }
  const text = await response.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export function formBody(fields: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) params.append(key, String(value));
  return params.toString();
}

export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded;charset=UTF-8';

/** Retry-After as a delay in ms: delta-seconds or an HTTP date (judged against `nowMs`); undefined when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, nowMs: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/** Milliseconds until the next midnight in Asia/Shanghai (UTC+8, no DST): when CN vendors reset daily quotas. */
export function msUntilShanghaiMidnight(nowMs: number): number {
  const day = 24 * 3600 * 1000;
  const shanghai = nowMs + 8 * 3600 * 1000;
  return day - (shanghai % day);
}
