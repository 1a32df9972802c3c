import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';
import type { ReferenceObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/**
 * What an operation's `data` holds: a DTO class, `[DtoClass]` for an array of it, or a plain schema
 * (`{ type: 'boolean' }`, `{ type: 'integer', format: 'int64' }`, ...).
 */
export type DataShape = Type<unknown> | [Type<unknown>] | SchemaObject;

function isClass(shape: DataShape): shape is Type<unknown> {
  return typeof shape === 'function';
}

function modelsOf(shape: DataShape): Type<unknown>[] {
  if (Array.isArray(shape)) return [shape[0]];
  return isClass(shape) ? [shape] : [];
}

function schemaOf(shape: DataShape): SchemaObject | ReferenceObject {
  if (Array.isArray(shape)) return { type: 'array', items: { $ref: getSchemaPath(shape[0]) } };
  if (isClass(shape)) return { $ref: getSchemaPath(shape) };
  return shape;
}

/**
 * `data` is null on a business error; OpenAPI 3.0 ignores siblings of `$ref`, hence the `allOf`,
 * and `nullable` needs a `type` beside it.
 */
function nullable(schema: SchemaObject | ReferenceObject): SchemaObject {
  return '$ref' in schema ? { type: 'object', allOf: [schema], nullable: true } : { ...schema, nullable: true };
}

/** OpenAPI 3.0 has no null type: an always-null value is a nullable type allowing only null. */
const ALWAYS_NULL = { type: 'object', nullable: true, enum: [null], description: 'always null' } as SchemaObject;

const CODE = { type: 'integer', example: 200, description: '200 on success, else a MaxIM business error code (README "Error codes")' } as const;
const MESSAGE = { type: 'string', nullable: true, description: 'null on success, else what went wrong' } as const;

function envelope(data: SchemaObject | ReferenceObject, extra: Record<string, SchemaObject> = {}): SchemaObject {
  return {
    type: 'object',
    required: ['code', 'message', 'data'],
    properties: { code: { ...CODE }, message: { ...MESSAGE }, data, ...extra },
  };
}

export const ERROR_ENVELOPE_NAME = 'ErrorEnvelope';

/** Answers other than HTTP 200 (unreadable requests, unknown routes, rate limits, faults): always without data. */
export const ERROR_ENVELOPE: SchemaObject = envelope(ALWAYS_NULL);

/**
 * The operation answers HTTP 200 with `{code, message, data}` where `data` has the given shape.
 * Every route declares its answer with this, `ApiPage` or `ApiNoData`, so the document is a contract
 * that the e2e suite checks each answer against. `besideData` names fields some answers carry at the
 * top level next to `data` (MaxIM's `msg_ids`).
 */
export function ApiData(shape: DataShape, description = 'Success, or a business error in `code`', besideData: Record<string, SchemaObject> = {}) {
  return applyDecorators(
    ApiExtraModels(...modelsOf(shape)),
    ApiOkResponse({ description, schema: envelope(nullable(schemaOf(shape)), besideData) }),
  );
}

/** A cursor list: `data` is an array, with `cursor` (absent on the last page), `total` and `version` beside it. */
export function ApiPage(item: Type<unknown> | SchemaObject, description = 'One page, or a business error in `code`') {
  const items = typeof item === 'function' ? { $ref: getSchemaPath(item) } : item;
  return applyDecorators(
    ApiExtraModels(...(typeof item === 'function' ? [item] : [])),
    ApiOkResponse({
      description,
      schema: envelope(
        { type: 'array', items, nullable: true },
        {
          cursor: { type: 'string', description: 'Pass back for the next page; absent on the last page' },
          total: { type: 'integer', description: 'Number of items in the whole list, where the route counts them' },
          version: { type: 'integer', format: 'int64', description: 'Version of the list, where the route keeps one' },
        },
      ),
    }),
  );
}

/** The operation answers `{code, message, data: null}` (MaxIM's plain acknowledgement). */
export function ApiNoData(description = 'Done, or a business error in `code`') {
  return ApiOkResponse({ description, schema: envelope(ALWAYS_NULL) });
}
