import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { loadConfig, WebhookSettings } from '../../src/common/config/config';

export interface ReceivedRequest {
  headers: IncomingMessage['headers'];
  /** The body exactly as sent (what the signature covers). */
  raw: string;
  json: any;
  at: number;
}

/** How the receiver answers one request: status and JSON body, or never (it hangs). */
export type Responder = (request: ReceivedRequest) => { status: number; body?: unknown } | 'hang';

/**
 * A webhook receiver on loopback (the tests' WEBHOOK_ALLOW_HOSTS names 127.0.0.1). It can go down
 * and come back on the same port, hang, or answer whatever a test wants.
 */
export class Receiver {
  readonly received: ReceivedRequest[] = [];
  respond: Responder = () => ({ status: 200, body: { ok: true } });
  private server: Server | null = null;
  private readonly hanging = new Set<ServerResponse>();
  port = 0;

  static async start(): Promise<Receiver> {
    const receiver = new Receiver();
    await receiver.up();
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hook`;
  }

  async up(): Promise<void> {
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const received = { headers: request.headers, raw, json: JSON.parse(raw), at: Date.now() };
        this.received.push(received);
        const answer = this.respond(received);
        if (answer === 'hang') {
          this.hanging.add(response);
          return;
        }
        response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body ?? {}));
      });
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops listening and cuts every open connection: deliveries meanwhile fail with ECONNREFUSED. */
  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    for (const response of this.hanging) response.destroy();
    this.hanging.clear();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  of(type: string): ReceivedRequest[] {
    return this.received.filter((request) => request.json.type === type);
  }

  /** Waits until `predicate` holds of the requests received, polling; fails after `timeoutMs`. */
  async waitFor(predicate: (received: ReceivedRequest[]) => boolean, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.received)) {
      if (Date.now() > deadline) throw new Error(`receiver: condition not met within ${timeoutMs} ms (${this.received.length} requests received)`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** Webhook settings for tests: loopback allowed, quick retries and timeouts. */
export function testWebhookSettings(overrides: Partial<WebhookSettings> = {}): WebhookSettings {
  return { ...loadConfig({}).webhooks, allowHosts: ['127.0.0.1'], backoffBaseMs: 100, timeoutMs: 2_000, ...overrides };
}
