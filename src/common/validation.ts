import { applyDecorators, ArgumentMetadata, PipeTransform, ValidationError, ValidationPipe, ValidationPipeOptions } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import {
  getMetadataStorage,
  IS_INT,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validate,
  ValidationTypes,
  ValidatorOptions,
} from 'class-validator';
import { CompiledBodyValidator } from './compiled-validation';
import { ApiError } from './errors/error-codes';

/** Largest id we hand out or accept: JavaScript clients read ids below 2^53 exactly. */
export const MAX_ID = Number.MAX_SAFE_INTEGER;

/**
 * The one rule for ids and whole numbers sent as text: ASCII decimal digits and nothing else (no
 * sign, spaces, exponent, hex or fraction), as MaxIM's server reads int64 values its SDKs send
 * as strings. Null when `text` is anything else. The number may exceed MAX_ID (rounded): the
 * range rules of the field then refuse it, since rounding never brings a larger value below 2^53.
 */
export function parseDecimalDigits(text: string): number | null {
  return /^[0-9]+$/.test(text) ? Number(text) : null;
}

/** A user, group, message or file id: a positive int64 kept below 2^53. */
export function IsId(options: { optional?: boolean; description?: string } = {}) {
  const doc = { type: 'integer', format: 'int64', minimum: 1, maximum: MAX_ID, description: options.description } as const;
  return applyDecorators(
    ...(options.optional ? [IsOptional(), ApiPropertyOptional(doc)] : [ApiProperty(doc)]),
    IsInt({ message: '$property: must be an integer id' }),
    Min(1, { message: '$property: must be a positive id' }),
    Max(MAX_ID, { message: `$property: must be at most ${MAX_ID}` }),
  );
}

/** The swagger's username rule: letters, digits, `_` and CJK; not all digits; not starting with maxim or mta. */
export const USERNAME_PATTERN = /^(?!mta|maxim)[a-zA-Z0-9_\u4e00-\u9fa5]*[a-zA-Z_\u4e00-\u9fa5]+[a-zA-Z0-9_\u4e00-\u9fa5]*$/;

export function IsUsername() {
  return applyDecorators(
    ApiProperty({ description: 'letters, digits, _ and CJK, 1-64 characters; not all digits; not starting with maxim or mta', pattern: USERNAME_PATTERN.source }),
    IsString({ message: '$property: must be a string' }),
    MaxLength(64, { message: '$property: must be at most 64 characters' }),
    Matches(USERNAME_PATTERN, {
      message: '$property: use letters, digits, _ or CJK characters, not only digits, and do not start with "maxim" or "mta"',
    }),
  );
}

/** Password rule (ours): 6 to 128 characters of any kind. */
export function IsPassword() {
  return applyDecorators(
    ApiProperty({ minLength: 6, maxLength: 128 }),
    IsString({ message: '$property: must be a string' }),
    MinLength(6, { message: '$property: must be at least 6 characters' }),
    MaxLength(128, { message: '$property: must be at most 128 characters' }),
  );
}

// A value of the wrong type fails every other rule too; its type is the useful thing to report.
const TYPE_CONSTRAINTS = ['isArray', 'isString', 'isInt', 'isNumber', 'isBoolean', 'isObject', 'isEnum'];

/** The message of one failed property, worded "<path>: <what is wrong>". */
function describeProblem(error: ValidationError, path: string): string {
  const constraints = error.constraints ?? {};
  if (constraints.whitelistValidation) return `${path}: unknown field; remove it`;
  if (error.value === undefined || error.value === null) return `${path}: is required`;
  const key = TYPE_CONSTRAINTS.find((name) => name in constraints) ?? Object.keys(constraints)[0];
  const message = constraints[key];
  // Our messages start with "$property:" (nested errors need the full path instead) or already with the full path.
  if (message.startsWith(`${path}:`)) return message;
  return message.startsWith(`${error.property}:`) ? `${path}${message.slice(error.property.length)}` : `${path}: ${message}`;
}

function firstProblem(errors: ValidationError[], prefix = ''): string {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) return describeProblem(error, path);
    if (error.children?.length) return firstProblem(error.children, path);
  }
  return 'request is not valid';
}

/** Which properties of a DTO class take integers (`each`: every item of an array), and which hold nested DTOs. */
interface IntegerFields {
  integers: Map<string, boolean>;
  nested: string[];
}

const integerFieldsByClass = new WeakMap<Function, IntegerFields>();

function integerFieldsOf(type: Function): IntegerFields {
  let fields = integerFieldsByClass.get(type);
  if (!fields) {
    const rules = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
    fields = {
      integers: new Map(rules.filter((rule) => rule.name === IS_INT).map((rule) => [rule.propertyName, rule.each])),
      nested: [...new Set(rules.filter((rule) => rule.type === ValidationTypes.NESTED_VALIDATION).map((rule) => rule.propertyName))],
    };
    integerFieldsByClass.set(type, fields);
  }
  return fields;
}

/** The value of an integer field: a digits-only string becomes its number; other strings are a problem, other types are left to the rules. */
function integerOf(value: unknown, path: string): { value: unknown; problem: string | null } {
  if (typeof value !== 'string') return { value, problem: null };
  const number = parseDecimalDigits(value);
  if (number !== null) return { value: number, problem: null };
  const shown = JSON.stringify(value.length > 32 ? `${value.slice(0, 32)}…` : value);
  return { value, problem: `${path}: ${shown} is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)` };
}

/**
 * MaxIM's SDKs send ids as strings in JSON bodies (`{"list": ["10000001"]}`), and MaxIM's server
 * reads them as numbers. Every field a DTO validates with IsInt (IsId included), nested DTOs too,
 * takes a string of decimal digits as that number, here, before the rules run; any other string is
 * the problem returned. Changes `dto` in place.
 */
export function readIntegerStrings(dto: object, prefix = ''): string | null {
  const fields = integerFieldsOf(dto.constructor);
  const record = dto as Record<string, unknown>;
  for (const [property, each] of fields.integers) {
    const path = prefix ? `${prefix}.${property}` : property;
    const value = record[property];
    if (each) {
      if (!Array.isArray(value)) continue;
      for (let index = 0; index < value.length; index++) {
        const item = integerOf(value[index], `${path}[${index}]`);
        if (item.problem) return item.problem;
        value[index] = item.value;
      }
      continue;
    }
    const field = integerOf(value, path);
    if (field.problem) return field.problem;
    record[property] = field.value;
  }
  for (const property of fields.nested) {
    const path = prefix ? `${prefix}.${property}` : property;
    const value = record[property];
    const children = Array.isArray(value) ? value.map((child, index) => ({ child, path: `${path}[${index}]` })) : [{ child: value, path }];
    for (const { child, path: childPath } of children) {
      const problem = child !== null && typeof child === 'object' ? readIntegerStrings(child, childPath) : null;
      if (problem) return problem;
    }
  }
  return null;
}

/** Unknown fields are refused, not dropped: a typo must never pass as success. */
const VALIDATOR_OPTIONS: ValidatorOptions = { whitelist: true, forbidNonWhitelisted: true };

/**
 * Validates one item of a batch by the same rules as the global pipe, so a bad item can be
 * reported on its own instead of failing the whole request. `problem` is null when it is valid.
 */
export async function validateItem<T extends object>(type: ClassConstructor<T>, plain: object): Promise<{ value: T; problem: string | null }> {
  const value = plainToInstance(type, plain);
  const problem = readIntegerStrings(value);
  if (problem) return { value, problem };
  const errors = await validate(value, VALIDATOR_OPTIONS);
  return { value, problem: errors.length > 0 ? firstProblem(errors) : null };
}

/** Deeper than any DTO goes, shallow enough for class-transformer's recursion (10,000 levels overflow its stack). */
export const MAX_INPUT_DEPTH = 32;

/** With the u flag a well-formed pair reads as one code point, so only unpaired halves match. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** Keys naming Object.prototype members: class-transformer drops them before the whitelist could refuse them. */
const PROTOTYPE_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/**
 * What the DTO rules cannot catch, found by one walk without recursion: nesting past
 * MAX_INPUT_DEPTH, prototype keys, text PostgreSQL cannot store (NUL characters, unpaired
 * surrogates; both also crash some validators) and a query parameter sent twice (an array where
 * every query DTO expects one value). Null when none.
 */
export function problemBeforeTransform(value: unknown, type: ArgumentMetadata['type']): string | null {
  const pending: { item: unknown; path: string; depth: number }[] = [{ item: value, path: '', depth: 0 }];
  while (pending.length > 0) {
    const { item, path, depth } = pending.pop()!;
    const name = path || type;
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return `${name}: must not contain NUL (U+0000) characters`;
      if (LONE_SURROGATE.test(item)) return `${name}: must be valid Unicode text; it holds an unpaired surrogate (\\uD800-\\uDFFF)`;
      continue;
    }
    if (item === null || typeof item !== 'object' || !isJsonContainer(item)) continue;
    if (depth >= MAX_INPUT_DEPTH) return `${name}: nested deeper than ${MAX_INPUT_DEPTH} levels`;
    if (Array.isArray(item)) {
      if (type === 'query' && depth === 1) return `${name}: given more than once; send it once`;
      item.forEach((element, index) => pending.push({ item: element, path: `${name}[${index}]`, depth: depth + 1 }));
      continue;
    }
    for (const [key, element] of Object.entries(item)) {
      const keyPath = path ? `${path}.${key}` : key;
      if (PROTOTYPE_KEYS.has(key)) return `${keyPath}: unknown field; remove it`;
      pending.push({ item: element, path: keyPath, depth: depth + 1 });
    }
  }
  return null;
}

/**
 * Parsed JSON and query strings are arrays and plain objects (fast-querystring's inherit from a
 * null-prototype object); anything else (a Buffer, a stream) is not input to walk.
 */
function isJsonContainer(item: object): boolean {
  const prototype = Object.getPrototypeOf(item);
  return Array.isArray(item) || prototype === Object.prototype || prototype === null || Object.getPrototypeOf(prototype) === null;
}

/** JSON bodies only: the query, path and headers have their own parsing of numbers. */
class BodyValidationPipe extends ValidationPipe {
  protected override validate(dto: object, options?: ValidatorOptions) {
    const problem = readIntegerStrings(dto);
    if (problem) throw ApiError.badParameter(problem);
    return super.validate(dto, options);
  }
}

class StrictValidationPipe implements PipeTransform {
  private readonly payloads: ValidationPipe;
  private readonly bodies: BodyValidationPipe;
  private readonly compiledBodies = new CompiledBodyValidator(readIntegerStrings);

  constructor(options: ValidationPipeOptions) {
    this.payloads = new ValidationPipe(options);
    this.bodies = new BodyValidationPipe(options);
  }

  /**
   * A custom param without data (`@Caller()`, on nearly every route) is passed through without a
   * promise: Nest's pipe consumer runs the global pipe on it on every request, and ValidationPipe
   * (custom decorators not validated) hands such a value back as it is.
   */
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom' && !metadata.data) return value;
    return this.transformPayload(value, metadata);
  }

  private async transformPayload(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const problem = problemBeforeTransform(value, metadata.type);
      if (problem) throw ApiError.badParameter(problem);
    }
    if (metadata.type !== 'body') return this.payloads.transform(value, metadata);
    // The compiled rules accept what class-validator accepts, faster; everything else, refusals included, is class-validator's.
    return this.compiledBodies.accept(value, metadata) ?? this.bodies.transform(value, metadata);
  }
}

/**
 * The one global pipe: converts payloads to their DTO classes and refuses anything that does not
 * fit, unknown fields included, with 10002 naming the first bad field and why.
 */
export function createValidationPipe(): PipeTransform {
  return new StrictValidationPipe({
    ...VALIDATOR_OPTIONS,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => ApiError.badParameter(firstProblem(errors)),
  });
}
