import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { NumberFromText } from '../number-text';

/** `limit` of a cursor list: an integer from 1 to `limits.max`, `limits.default` when absent. */
export function IsLimit(limits: { default: number; max: number }) {
  return applyDecorators(
    ApiPropertyOptional({ minimum: 1, maximum: limits.max, default: limits.default }),
    IsOptional(),
    NumberFromText(),
    IsInt({ message: '$property: must be an integer' }),
    Min(1, { message: '$property: must be at least 1' }),
    Max(limits.max, { message: `$property: must be at most ${limits.max}` }),
  );
}

/** `cursor` of a cursor list: the opaque text the previous page answered. */
export function IsCursor() {
  return applyDecorators(
    ApiPropertyOptional({ description: 'the cursor of the previous page; none for the first page' }),
    IsOptional(),
    IsString({ message: '$property: must be a string' }),
  );
}
