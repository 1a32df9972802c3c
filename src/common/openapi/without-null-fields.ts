import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/** Where @ApiProperty keeps its options (@nestjs/swagger's DECORATORS, which its package does not export). */
const PROPERTY_NAMES = 'swagger/apiModelPropertiesArray';
const PROPERTY_OPTIONS = 'swagger/apiModelProperties';

/**
 * The schema of a response DTO as an `@OmitNullFields()` route sends it: a field that would be null
 * is left out, so each nullable field becomes optional and never null. One DTO class then serves
 * both kinds of route without the document lying to either.
 */
export function WithoutNullFields<T>(dto: Type<T>): Type<T> {
  const variant = class {};
  Object.defineProperty(variant, 'name', { value: `${dto.name.replace(/Dto$/, '')}WithoutNullsDto` });
  const keys: string[] = Reflect.getMetadata(PROPERTY_NAMES, dto.prototype) ?? [];
  for (const key of keys.map((name) => name.replace(/^:/, ''))) {
    const { nullable, ...property } = Reflect.getMetadata(PROPERTY_OPTIONS, dto.prototype, key) ?? {};
    const values = Array.isArray(property.enum) ? { enum: property.enum.filter((value: unknown) => value !== null) } : {};
    ApiProperty(nullable ? { ...property, ...values, required: false } : property)(variant.prototype, key);
  }
  return variant as Type<T>;
}
