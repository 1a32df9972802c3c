import { ApiExtension } from '@nestjs/swagger';
import { ErrorCode } from '../errors/error-codes';

export const ERROR_CODES_EXTENSION = 'x-error-codes';

/**
 * The business codes this operation answers beyond those its module and its auth rules already
 * imply (src/common/openapi/document.ts adds those); the document lists them in the operation's
 * description and in `x-error-codes`.
 */
export const ApiErrors = (...codes: ErrorCode[]) => ApiExtension(ERROR_CODES_EXTENSION, codes);
