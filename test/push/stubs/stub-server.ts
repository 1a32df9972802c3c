import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';

/** How a stub answers for one device token (default: success). */
export type StubBehaviour =
  | { kind: 'success' }
  | { kind: 'invalidToken' }
  | { kind: 'rateLimited'; retryAfterSeconds: number }
  | { kind: 'serverError' };

export interface StubRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  rawBody: string;
  /** The query string's parameters (vendors that sign GET requests). */
  query: Record<string, string>;
  /** The body parsed as a form (form-urlencoded requests) or JSON (JSON requests). */
  form: Record<string, string>;
  json: any;
  /** Date.now() when the request was received: the spacing of retries. */
  at: number;
}

export interface StubAnswer {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
}

/** What a vendor stub accepted for one device: the token and the payload it would have shown. */
export interface StubDelivery {
  token: string;
  payload: any;
  headers?: Record<string, string>;
}

/**
 * State every vendor stub shares: per-token behaviours, the record of requests and of accepted
 * deliveries, and the auth tokens it issued (which a test can revoke to play "token expired").
 */
export class StubState {
  readonly requests: StubRequest[] = [];
  readonly deliveries: StubDelivery[] = [];
  readonly issuedAuthTokens: string[] = [];
  /** Protocol checks a request failed (wrong auth, missing field…); a correct adapter leaves this empty. */
  readonly violations: string[] = [];
  private readonly validAuthTokens = new Set<string>();
  private readonly behaviours = new Map<string, StubBehaviour>();
  private issued = 0;

  /** Tells the stub how to answer for a device token from now on. */
  answer(token: string, behaviour: StubBehaviour): void {
    this.behaviours.set(token, behaviour);
  }

  behaviourOf(token: string): StubBehaviour {
    return this.behaviours.get(token) ?? { kind: 'success' };
  }

  /** The first whole-call failure among the tokens of one request (batch vendors answer the call, not the token). */
  callFailureOf(tokens: string[]): Extract<StubBehaviour, { kind: 'rateLimited' | 'serverError' }> | null {
    for (const token of tokens) {
      const behaviour = this.behaviourOf(token);
      if (behaviour.kind === 'rateLimited' || behaviour.kind === 'serverError') return behaviour;
    }
    return null;
  }

  issueAuthToken(prefix: string): string {
    const token = `${prefix}-${++this.issued}`;
    this.issuedAuthTokens.push(token);
    this.validAuthTokens.add(token);
    return token;
  }

  isValidAuthToken(token: string | undefined): boolean {
    return token !== undefined && this.validAuthTokens.has(token);
  }

  /** Every auth token issued so far stops working (the vendor expired them). */
  revokeAuthTokens(): void {
    this.validAuthTokens.clear();
  }

  /** Records a failed protocol check and returns it, for the stub's error answer. */
  violation(message: string): string {
    this.violations.push(message);
    return message;
  }

  requestsTo(path: string): StubRequest[] {
    return this.requests.filter((request) => request.path === path);
  }
}

export function rateLimitedAnswer(behaviour: { retryAfterSeconds: number }, json: unknown): StubAnswer {
  return { status: 429, headers: { 'retry-after': String(behaviour.retryAfterSeconds) }, json };
}

export interface RunningHttpStub {
  url: string;
  close(): Promise<void>;
}

/** An HTTP/1.1 stub on 127.0.0.1 with an ephemeral port; every request is parsed and recorded in `state`. */
export async function startHttpStub(state: StubState, handle: (request: StubRequest) => StubAnswer): Promise<RunningHttpStub> {
  const server: Server = createServer(async (incoming, outgoing) => {
    const request = await readRequest(incoming);
    state.requests.push(request);
    let answer: StubAnswer;
    try {
      answer = handle(request);
    } catch (error) {
      answer = { status: 599, json: { stubError: (error as Error).message } };
    }
    outgoing.writeHead(answer.status, { 'content-type': 'application/json;charset=utf-8', ...(answer.headers ?? {}) });
    outgoing.end(answer.json === undefined ? '' : JSON.stringify(answer.json));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readRequest(incoming: IncomingMessage): Promise<StubRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const rawBody = Buffer.concat(chunks).toString('utf8');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(incoming.headers)) headers[name] = Array.isArray(value) ? value.join(',') : String(value ?? '');
  const contentType = headers['content-type'] ?? '';
  const form: Record<string, string> = {};
  let json: any = null;
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    for (const [key, value] of new URLSearchParams(rawBody)) form[key] = value;
  } else if (rawBody) {
    try {
      json = JSON.parse(rawBody);
    } catch {
      json = null;
    }
  }
  const [path, search] = (incoming.url ?? '/').split('?');
  const query = Object.fromEntries(new URLSearchParams(search ?? ''));
  return { method: incoming.method ?? 'GET', path, headers, rawBody, query, form, json, at: Date.now() };
}
