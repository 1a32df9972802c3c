import createClient, { type Client } from 'openapi-fetch';
import type { components, operations, paths } from './schema';

export type { components, operations, paths };

/** The typed openapi-fetch client of every operation: `api.POST('/message/send', { body })`. */
export type ImApi = Client<paths>;

/** What every operation answers: `code` 200 with `data`, or a MaxIM business code with a message. */
export interface Envelope<T = unknown> {
  code: number;
  message: string | null;
  data: T;
  cursor?: string;
  total?: number;
  version?: number;
}

/** A refused call: `code` is the MaxIM business code (README "Error codes"), `message` says which field and why. */
export class ImApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly httpStatus: number,
    readonly requestId: string | null,
  ) {
    super(`${code}: ${message}`);
    this.name = 'ImApiError';
  }
}

/** What an `api` call resolves to (openapi-fetch's result). */
export interface Answered {
  data?: unknown;
  error?: unknown;
  response: Response;
}

type EnvelopeOf<R extends Answered> = NonNullable<R['data']> extends Envelope ? NonNullable<R['data']> : Envelope;

/** The `data` of an operation's success. */
export type DataOf<R extends Answered> = EnvelopeOf<R>['data'];

/** One item of a list operation's page. */
export type ItemOf<R extends Answered> = NonNullable<DataOf<R>> extends readonly (infer Item)[] ? Item : never;

/** The whole envelope of a success (with `cursor`, `total`, `version` of lists); throws ImApiError otherwise. */
export async function unwrapEnvelope<R extends Answered>(pending: Promise<R>): Promise<EnvelopeOf<R>> {
  const { data, error, response } = await pending;
  const envelope = (data ?? error) as Partial<Envelope> | undefined;
  if (response.ok && envelope?.code === 200) return envelope as EnvelopeOf<R>;
  const code = typeof envelope?.code === 'number' ? envelope.code : response.status;
  throw new ImApiError(code, envelope?.message ?? response.statusText, response.status, response.headers.get('x-request-id'));
}

/** The `data` of a success; a business error (or any non-200) throws ImApiError carrying the MaxIM code. */
export async function unwrap<R extends Answered>(pending: Promise<R>): Promise<DataOf<R>> {
  return (await unwrapEnvelope(pending)).data;
}

/**
 * Every item of a cursor list, page after page: `fetchPage` gets the cursor to send (undefined for
 * the first page) and makes the call; paging stops when an answer carries no cursor.
 */
export async function* pages<R extends Answered>(fetchPage: (cursor: string | undefined) => Promise<R>): AsyncGenerator<ItemOf<R>> {
  let cursor: string | undefined;
  do {
    const page = await unwrapEnvelope(fetchPage(cursor));
    yield* ((page.data ?? []) as ItemOf<R>[]);
    cursor = page.cursor || undefined;
  } while (cursor !== undefined);
}

export interface ImClientOptions {
  /** Where the server is, e.g. `https://im.example.com` (no trailing path needed). */
  baseUrl: string;
  appId: string;
  /** A user token (/token/*) or the app admin token. */
  token?: string;
  /** A fetch implementation other than the global one (tests, proxies). */
  fetch?: (request: Request) => Promise<Response>;
}

interface Acting {
  user_id?: string;
  group_id?: string;
}

/**
 * The server's API for one app and one identity. `api` is the typed client of every operation;
 * `asUser` and `asGroupAdmin` give the same client acting through an admin token's `user_id` or
 * `group_id` header; `unwrap` and `pages` turn envelopes into data or ImApiError.
 */
export class ImClient {
  readonly api: ImApi;

  constructor(
    readonly options: ImClientOptions,
    acting: Acting = {},
  ) {
    const headers: Record<string, string> = { app_id: options.appId, ...acting };
    if (options.token) headers['access-token'] = options.token;
    this.api = createClient<paths>({ baseUrl: options.baseUrl, headers, fetch: options.fetch });
  }

  /** The same server and app with another token (a user's after login, or the admin's). */
  withToken(token: string): ImClient {
    return new ImClient({ ...this.options, token });
  }

  /** With an app admin token: acts as that user (the `user_id` header). */
  asUser(userId: number): ImClient {
    return new ImClient(this.options, { user_id: String(userId) });
  }

  /** With an app admin token: acts as that group's admin (the `group_id` header). */
  asGroupAdmin(groupId: number): ImClient {
    return new ImClient(this.options, { group_id: String(groupId) });
  }

  /**
   * Logs a user in by username and password (`/token/user`; `device_guid` names the device, whose
   * `device_sn` and `push_token` the session then carries) and answers a client holding its token.
   */
  async login(body: components['schemas']['TokenByUsernameDto']): Promise<{ client: ImClient; session: components['schemas']['TokenResponseDto'] }> {
    const session = await unwrap(this.api.POST('/token/user', { body }));
    if (!session) throw new ImApiError(500, 'the login answer carried no session', 200, null);
    return { client: this.withToken(session.token), session };
  }

  unwrap = unwrap;
  unwrapEnvelope = unwrapEnvelope;
  pages = pages;
}
