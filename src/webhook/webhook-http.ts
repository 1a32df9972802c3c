import { createHmac } from 'node:crypto';
import { lookup as dnsLookup, LookupAddress, LookupOptions } from 'node:dns';
import { Agent as HttpAgent, IncomingMessage, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { isPublicAddress } from '../push/attachment-url.policy';
import { WEBHOOK_HEADERS } from './webhook.types';

/** The most of a receiver's answer that is read (the before-send hook's verdict); the rest is discarded. */
const MAX_ANSWER_BYTES = 64 * 1024;

const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

/** HMAC-SHA256(secret, timestamp + "." + body), hex: the value of the signature header. */
export function signature(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export interface PostOutcome {
  /** The receiver's HTTP status; null when no answer came (refused, unreachable, timed out). */
  status: number | null;
  latencyMs: number;
  /** Up to 64 KiB of the answer's body ('' without an answer). */
  answer: string;
  /** Why the POST failed, when it did: a transport error, the timeout, or the SSRF guard. */
  error: string | null;
  timedOut: boolean;
}

export interface SignedPost {
  url: string;
  body: string;
  secret: string;
  eventId: string;
  timeoutMs: number;
  /** Hosts the SSRF guard lets through although they are not public (WEBHOOK_ALLOW_HOSTS). */
  allowHosts: readonly string[];
}

/**
 * POSTs a signed JSON body. The addresses are checked when the connection is made (a host that
 * passed the check when the endpoint was saved may resolve elsewhere now), and a redirect is an
 * answer like any other: it is never followed.
 */
export function postSigned(post: SignedPost): Promise<PostOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const url = new URL(post.url);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const allowed = post.allowHosts.includes(host);
  if (!allowed && isIP(host) && !isPublicAddress(host)) {
    return Promise.resolve({ status: null, latencyMs: 0, answer: '', error: `host ${host} is not a public address and not in WEBHOOK_ALLOW_HOSTS`, timedOut: false });
  }
  const timestamp = String(Date.now());
  const secure = url.protocol === 'https:';
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: Omit<PostOutcome, 'latencyMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...outcome, latencyMs: elapsed() });
    };
    const request = (secure ? httpsRequest : httpRequest)(url, {
      method: 'POST',
      agent: secure ? agents.https : agents.http,
      lookup: allowed ? undefined : publicOnlyLookup,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(post.body),
        'user-agent': 'im-server-webhooks',
        [WEBHOOK_HEADERS.id]: post.eventId,
        [WEBHOOK_HEADERS.timestamp]: timestamp,
        [WEBHOOK_HEADERS.signature]: signature(post.secret, timestamp, post.body),
      },
    });
    const timer = setTimeout(() => {
      finish({ status: null, answer: '', error: `no answer within ${post.timeoutMs} ms`, timedOut: true });
      request.destroy();
    }, post.timeoutMs);
    request.on('error', (error) => finish({ status: null, answer: '', error: error.message, timedOut: false }));
    request.on('response', (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        if (size < MAX_ANSWER_BYTES) chunks.push(chunk);
        size += chunk.length;
      });
      response.on('error', (error) => finish({ status: response.statusCode ?? null, answer: '', error: error.message, timedOut: false }));
      response.on('end', () => {
        const answer = Buffer.concat(chunks).subarray(0, MAX_ANSWER_BYTES).toString('utf8');
        const status = response.statusCode ?? null;
        const ok = status !== null && status >= 200 && status < 300;
        finish({ status, answer, error: ok ? null : `answered HTTP ${status}`, timedOut: false });
      });
    });
    request.end(post.body);
  });
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** dns.lookup that refuses a host when any of its addresses is not public. */
function publicOnlyLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '');
    const internal = addresses.find((entry) => !isPublicAddress(entry.address));
    if (internal) {
      return callback(Object.assign(new Error(`host ${hostname} resolves to ${internal.address}, not a public address, and is not in WEBHOOK_ALLOW_HOSTS`), { code: 'EWEBHOOKSSRF' }), '');
    }
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
}
