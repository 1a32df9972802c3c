import { ErrorCode } from '../errors/error-codes';

/** The MaxIM response body: every JSON answer, success or failure, has this shape. */
export interface Envelope<T = unknown> {
  code: number;
  message: string | null;
  data: T | null;
  cursor?: string;
  total?: number;
  version?: number;
}

export function failure(code: ErrorCode | number, message: string): Envelope<null> {
  return { code, message, data: null };
}
