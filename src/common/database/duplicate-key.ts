import { QueryFailedError } from 'typeorm';

/** A unique index refused a row; `constraint` names the index so services can say which field clashed. */
export class DuplicateKeyError extends Error {
  constructor(readonly constraint: string) {
    super(`duplicate key for ${constraint}`);
  }
}

const UNIQUE_VIOLATION = '23505';

/** Rethrows a PostgreSQL unique violation as DuplicateKeyError; any other error unchanged. */
export function rethrowDuplicateKey(error: unknown): never {
  const driverError = (error as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError;
  if (error instanceof QueryFailedError && driverError?.code === UNIQUE_VIOLATION) {
    throw new DuplicateKeyError(driverError.constraint ?? 'unknown');
  }
  throw error;
}
