import { ErrorCode } from '../errors/error-codes';

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
