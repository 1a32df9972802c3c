import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ArgumentMetadata } from '@nestjs/common';
import { getMetadataStorage, IsInt, IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { MAX_ID, readIntegerStrings, validateItem } from './validation';
import { CompiledBodyValidator } from './compiled-validation';
import { MessageSendDto, TARGETS_MAX } from '../message/message.dto';
import { NumberFromText } from './number-text';

const validator = new CompiledBodyValidator(readIntegerStrings);
const asBody = (metatype: Function): ArgumentMetadata => ({ type: 'body', metatype: metatype as ArgumentMetadata['metatype'] });

/** Every exported class of every src/**\/*.dto.ts. */
function dtoClasses(): Function[] {
  const root = join(__dirname, '..');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.dto.ts'));
  return files.flatMap((file) => Object.values(require(join(root, file)) as Record<string, unknown>).filter((value): value is Function => typeof value === 'function' && /^class /.test(value.toString())));
}

/** A small deterministic generator (mulberry32), so a failure replays. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCALARS: unknown[] = [null, 0, 1, 2, -1, 12, 13, 1.5, 500, 501, MAX_ID, MAX_ID + 2, -MAX_ID, '', '1', '12', '007', 'abc', '1e3', ' 1', '-1', true, false, 'x'.repeat(64), 'x'.repeat(65), '😀', '\uFE0F'];

function valueFor(next: () => number): unknown {
  const pick = next();
  if (pick < 0.7) return SCALARS[Math.floor(next() * SCALARS.length)];
  if (pick < 0.95) return Array.from({ length: Math.floor(next() * 4) }, () => SCALARS[Math.floor(next() * SCALARS.length)]);
  return { nested: 1 };
}

/** Bodies built from the class's own fields (each absent or some value), sometimes with an unknown one. */
function bodiesFor(fields: string[], count: number, next: () => number): Record<string, unknown>[] {
  return Array.from({ length: count }, () => {
    const body: Record<string, unknown> = {};
    for (const field of fields) if (next() < 0.7) body[field] = valueFor(next);
    if (next() < 0.05) body.unknown_field = 1;
    return body;
  });
}

describe(CompiledBodyValidator.name, () => {
  it('accepts a send body as class-validator builds it: the same class, fields and values', async () => {
    const body = { type: 1, targets: [2, '3'], content_type: 0, content: 'hi', ext: null, transaction_id: '42' };
    const accepted = validator.accept(body, asBody(MessageSendDto));
    const { value, problem } = await validateItem(MessageSendDto, body);
    expect(problem).toBeNull();
    expect(accepted).toBeInstanceOf(MessageSendDto);
    expect(accepted).toEqual(value);
    expect(body.targets).toEqual([2, '3']);
  });

  it('leaves every body it does not accept to class-validator, which words the refusal', () => {
    const send = { type: 1, targets: [2], content_type: 0, content: 'hi' };
    for (const body of [
      { ...send, targets: [] },
      { ...send, targets: Array.from({ length: TARGETS_MAX + 1 }, (_, index) => index + 1) },
      { ...send, targets: ['2x'] },
      { ...send, type: 3 },
      { ...send, content: null },
      { ...send, content: 'x'.repeat(65_537) },
      { ...send, online_only: 'yes' },
      { ...send, unknown: 1 },
      { ...send, ext: { a: 1 } },
    ]) {
      expect(validator.accept(body, asBody(MessageSendDto))).toBeUndefined();
    }
    expect(validator.accept([send], asBody(MessageSendDto))).toBeUndefined();
    expect(validator.accept(send, { type: 'query', metatype: MessageSendDto })).toBeUndefined();
    expect(validator.accept(send, { type: 'body', metatype: MessageSendDto, data: 'content' })).toBeUndefined();
  });

  it('compiles no class with a rule it cannot express exactly, nor one that class-transformer converts', () => {
    class Patterned {
      @Matches(/^a/) name!: string;
    }
    class AtLeast {
      @MinLength(2) name!: string;
    }
    class FromText {
      @NumberFromText() @IsOptional() @IsInt() limit?: number;
    }
    class FractionalBound {
      @MaxLength(2.5) name!: string;
    }
    for (const type of [Patterned, AtLeast, FromText, FractionalBound]) {
      expect(validator.compiles(type)).toBe(false);
      expect(validator.accept({ name: 'abc', limit: 1 }, asBody(type))).toBeUndefined();
    }
    expect(validator.compiles(MessageSendDto)).toBe(true);
  });

  it('never accepts a body class-validator refuses, nor builds it differently, for any DTO of the server', async () => {
    const next = random(17);
    let compiled = 0;
    let accepted = 0;
    for (const type of dtoClasses()) {
      // A class the validator does not compile is class-validator's alone.
      if (!validator.compiles(type)) continue;
      compiled++;
      const fields = [...new Set(getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).map((rule) => rule.propertyName))];
      for (const body of bodiesFor(fields, 400, next)) {
        const fast = validator.accept(structuredClone(body), asBody(type));
        if (fast === undefined) continue;
        accepted++;
        const { value, problem } = await validateItem(type as new () => object, structuredClone(body));
        expect({ type: type.name, body, problem }).toEqual({ type: type.name, body, problem: null });
        expect(fast).toEqual(value);
        expect(Object.getPrototypeOf(fast)).toBe(type.prototype);
      }
    }
    expect(compiled).toBeGreaterThan(5);
    expect(accepted).toBeGreaterThan(100);
  });
});
