import Ajv, { SchemaObject, ValidateFunction } from 'ajv';
import { ArgumentMetadata } from '@nestjs/common';
import { TransformationType } from 'class-transformer';
import type { MetadataStorage as TransformerMetadataStorage } from 'class-transformer/types/MetadataStorage';
import { getMetadataStorage, ValidationTypes } from 'class-validator';

// class-transformer's registry of @Type, @Transform, @Expose and @Exclude, shipped without typings of its own path.
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as { defaultMetadataStorage: TransformerMetadataStorage };

type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

type DtoClass = new () => object;

/**
 * Each supported class-validator rule as the JSON schema that accepts no more than it: a schema
 * that accepts a value the rule refuses would let bad input through, while one that refuses a value
 * the rule accepts only sends that body to class-validator. `maxLength` qualifies: ajv counts a
 * surrogate pair as one character, validator.js does too and also leaves out variation selectors,
 * so ajv's count is never the smaller. (`minLength` would need the opposite and is left out.)
 */
const RULE_SCHEMAS: Record<string, (constraints: unknown[]) => SchemaObject> = {
  isInt: () => ({ type: 'integer' }),
  isString: () => ({ type: 'string' }),
  isBoolean: () => ({ type: 'boolean' }),
  isArray: () => ({ type: 'array' }),
  isIn: ([values]) => ({ enum: values as unknown[] }),
  min: ([bound]) => ({ type: 'number', minimum: bound as number }),
  max: ([bound]) => ({ type: 'number', maximum: bound as number }),
  maxLength: ([bound]) => ({ type: 'string', maxLength: bound as number }),
  arrayMinSize: ([bound]) => ({ type: 'array', minItems: bound as number }),
  arrayMaxSize: ([bound]) => ({ type: 'array', maxItems: bound as number }),
};

const IS_OPTIONAL = 'isOptional';

/**
 * The JSON schema of a body DTO when every rule on it is one RULE_SCHEMAS knows (plus IsOptional),
 * with no groups, nested DTOs or class-transformer decorators; null for any other class, which then
 * stays with class-validator alone.
 */
function schemaOf(type: DtoClass): { schema: SchemaObject; fields: Set<string> } | null {
  const rules = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
  if (rules.length === 0) return null;
  if (defaultMetadataStorage.getExposedMetadatas(type).length > 0 || defaultMetadataStorage.getExcludedMetadatas(type).length > 0) return null;
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const rule of rules) byProperty.set(rule.propertyName, [...(byProperty.get(rule.propertyName) ?? []), rule]);
  const properties: Record<string, SchemaObject> = {};
  const required: string[] = [];
  for (const [property, propertyRules] of byProperty) {
    if (defaultMetadataStorage.findTypeMetadata(type, property)) return null;
    if (defaultMetadataStorage.findTransformMetadatas(type, property, TransformationType.PLAIN_TO_CLASS).length > 0) return null;
    let optional = false;
    const own: SchemaObject[] = [];
    const items: SchemaObject[] = [];
    for (const rule of propertyRules) {
      if (rule.groups?.length || rule.always) return null;
      if (rule.type === ValidationTypes.CONDITIONAL_VALIDATION && rule.name === IS_OPTIONAL) {
        optional = true;
        continue;
      }
      const toSchema = rule.type === ValidationTypes.CUSTOM_VALIDATION && rule.name ? RULE_SCHEMAS[rule.name] : undefined;
      if (!toSchema) return null;
      // `each` checks the items of an array (and a lone value itself, which this schema refuses instead).
      (rule.each ? items : own).push(toSchema(rule.constraints ?? []));
    }
    if (items.length > 0) own.push({ type: 'array', items: { allOf: items } });
    const schema: SchemaObject = { allOf: own };
    // IsOptional skips every rule of a null or absent value; any other property must be present.
    properties[property] = optional ? { anyOf: [{ type: 'null' }, schema] } : schema;
    if (!optional) required.push(property);
  }
  return { schema: { type: 'object', properties, required, additionalProperties: false }, fields: new Set(byProperty.keys()) };
}

/**
 * Accepts the JSON bodies the global validation pipe would accept, with a validator compiled once
 * per DTO class (ajv) instead of class-transformer and class-validator per request: a send body
 * costs a fraction of the CPU (bench/README.md, issue 17). It only ever accepts: a body it does not
 * accept, and any DTO it cannot express, goes through class-validator as before, so every refusal
 * and its message come from the one place they always came from.
 *
 * An accepted body is built as class-transformer builds it (`new Dto()`, each field copied, arrays
 * as copies), after the pipe's reading of integer strings, and checked by the compiled schema:
 * the known fields only (unknown ones refused, as the whitelist does), each by its rules.
 */
export class CompiledBodyValidator {
  private readonly ajv = new Ajv({ allErrors: false, strict: true });
  private readonly compiled = new WeakMap<Function, CompiledDto | null>();

  constructor(private readonly readIntegerStrings: (dto: object) => string | null) {}

  /** The DTO built from `value` when the compiled rules accept it; undefined to leave it to class-validator. */
  accept(value: unknown, metadata: ArgumentMetadata): object | undefined {
    if (metadata.type !== 'body' || metadata.data !== undefined || typeof metadata.metatype !== 'function') return undefined;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const compiled = this.compiledOf(metadata.metatype as DtoClass);
    if (!compiled) return undefined;
    const dto = new (metadata.metatype as DtoClass)() as Record<string, unknown>;
    for (const [key, field] of Object.entries(value)) {
      if (!compiled.fields.has(key) || !(isScalar(field) || (Array.isArray(field) && field.every(isScalar)))) return undefined;
      dto[key] = Array.isArray(field) ? [...field] : field;
    }
    if (this.readIntegerStrings(dto) !== null) return undefined;
    return compiled.validate(dto) ? dto : undefined;
  }

  /** Whether bodies of `type` are checked by compiled rules (otherwise always by class-validator). */
  compiles(type: Function): boolean {
    return this.compiledOf(type as DtoClass) !== null;
  }

  private compiledOf(type: DtoClass): CompiledDto | null {
    let compiled = this.compiled.get(type);
    if (compiled === undefined) {
      compiled = this.compile(type);
      this.compiled.set(type, compiled);
    }
    return compiled;
  }

  private compile(type: DtoClass): CompiledDto | null {
    const found = schemaOf(type);
    if (!found) return null;
    try {
      return { validate: this.ajv.compile(found.schema), fields: found.fields };
    } catch {
      // A bound ajv's meta-schema refuses (a fractional MaxLength, say): class-validator judges that class as it always did.
      return null;
    }
  }
}

interface CompiledDto {
  validate: ValidateFunction;
  /** The properties the DTO validates: any other is an unknown field, refused by class-validator's whitelist. */
  fields: Set<string>;
}

/** What JSON holds besides objects and arrays: copied as they are, as class-transformer copies them. */
function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}
