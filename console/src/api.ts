import { ImApiError, ImClient, pages as pagesOf, unwrap, unwrapEnvelope } from '../../client/src';

export { ImApiError, ImClient, pagesOf, unwrap, unwrapEnvelope };
export type { Answered, components, Envelope, ItemOf, operations } from '../../client/src';

/** Who the operator signed in as: kept in sessionStorage so a reload keeps the session, a new tab does not. */
export interface Session {
  baseUrl: string;
  appId: string;
  adminToken: string;
}

const SESSION_KEY = 'im-console-session';

export function savedSession(): Session | null {
  const text = sessionStorage.getItem(SESSION_KEY);
  return text ? (JSON.parse(text) as Session) : null;
}

export function saveSession(session: Session | null): void {
  if (session) sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  else sessionStorage.removeItem(SESSION_KEY);
}

export function adminClient(session: Session): ImClient {
  return new ImClient({ baseUrl: session.baseUrl, appId: session.appId, token: session.adminToken });
}

/** "code: message" of a refused call, as the operator reads it. */
export function describeError(error: unknown): string {
  if (error instanceof ImApiError) return `MaxIM code ${error.code}: ${error.message.replace(/^\d+: /, '')}`;
  if (error instanceof Error) return error.message;
  return String(error);
}
