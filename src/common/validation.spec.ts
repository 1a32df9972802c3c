import { plainToInstance, Type } from 'class-transformer';
import { IsInt, IsString, ValidateNested } from 'class-validator';
import { IsId, MAX_INPUT_DEPTH, parseDecimalDigits, problemBeforeTransform, readIntegerStrings } from './validation';

describe(problemBeforeTransform.name, () => {
  const nested = (levels: number) => {
    let value: object = {};
    for (let level = 1; level < levels; level++) value = { a: value };
    return value;
  };

  it('passes ordinary input, emoji pairs and non-JSON objects such as Buffers', () => {
    expect(problemBeforeTransform({ name: 'ok 😀', list: [1, { user_id: 2 }], empty: null }, 'body')).toBeNull();
    expect(problemBeforeTransform({ group_id: '1', cursor: 'abc' }, 'query')).toBeNull();
    expect(problemBeforeTransform(Buffer.alloc(10_000), 'body')).toBeNull();
    expect(problemBeforeTransform(nested(MAX_INPUT_DEPTH), 'body')).toBeNull();
  });

  it('refuses text PostgreSQL cannot store, naming where it is', () => {
    expect(problemBeforeTransform({ list: [{ nick_name: 'a\u0000b' }] }, 'body')).toBe('list[0].nick_name: must not contain NUL (U+0000) characters');
    expect(problemBeforeTransform({ content: 'a\uD800b' }, 'body')).toBe('content: must be valid Unicode text; it holds an unpaired surrogate (\\uD800-\\uDFFF)');
    expect(problemBeforeTransform({ username: '\uDC00' }, 'query')).toMatch(/^username: must be valid Unicode text/);
  });

  it('refuses nesting past the limit before class-transformer recurses into it', () => {
    expect(problemBeforeTransform(nested(MAX_INPUT_DEPTH + 1), 'body')).toBe(`${'a.'.repeat(MAX_INPUT_DEPTH - 1)}a: nested deeper than ${MAX_INPUT_DEPTH} levels`);
    expect(problemBeforeTransform({ ext: JSON.parse('['.repeat(10_000) + ']'.repeat(10_000)) }, 'body')).toMatch(/nested deeper than/);
  });

  it('refuses keys naming Object.prototype members, which the whitelist never sees', () => {
    expect(problemBeforeTransform({ toString: 1 }, 'body')).toBe('toString: unknown field; remove it');
    expect(problemBeforeTransform({ list: [{ hasOwnProperty: 'x' }] }, 'body')).toBe('list[0].hasOwnProperty: unknown field; remove it');
    expect(problemBeforeTransform(Object.assign(Object.create(null), { constructor: '1' }), 'query')).toBe('constructor: unknown field; remove it');
    expect(problemBeforeTransform({ prototype: {} }, 'body')).toBe('prototype: unknown field; remove it');
  });

  it('refuses a query parameter sent twice, and only in the query', () => {
    expect(problemBeforeTransform({ group_id: ['1', '2'] }, 'query')).toBe('group_id: given more than once; send it once');
    expect(problemBeforeTransform({ user_list: [1, 2] }, 'body')).toBeNull();
  });
});

describe(parseDecimalDigits.name, () => {
  it('reads ASCII decimal digits, leading zeros included', () => {
    expect(parseDecimalDigits('10000001')).toBe(10000001);
    expect(parseDecimalDigits('007')).toBe(7);
    expect(parseDecimalDigits('0')).toBe(0);
  });

  it.each(['', '1e3', '0x10', ' 1', '1 ', '+1', '-1', '1.0', '1_000', '١٢', 'Infinity', 'NaN'])('refuses %j', (text) => {
    expect(parseDecimalDigits(text)).toBeNull();
  });
});

describe(readIntegerStrings.name, () => {
  class Item {
    @IsId() user_id!: number;
  }
  class Body {
    @IsId() group_id!: number;
    @IsInt({ each: true }) list!: number[];
    @IsString() name!: string;
    @ValidateNested() @Type(() => Item) item!: Item;
    @ValidateNested({ each: true }) @Type(() => Item) items!: Item[];
  }
  const body = (plain: object) => plainToInstance(Body, plain);

  it('turns digit strings into numbers in integer fields, arrays and nested DTOs, and leaves other fields alone', () => {
    const dto = body({ group_id: '1000000001', list: ['10000001', 10000002], name: '123', item: { user_id: '5' }, items: [{ user_id: '6' }] });
    expect(readIntegerStrings(dto)).toBeNull();
    expect(dto).toEqual({ group_id: 1000000001, list: [10000001, 10000002], name: '123', item: { user_id: 5 }, items: [{ user_id: 6 }] });
  });

  it('names the first string that is not digits only, with its path', () => {
    expect(readIntegerStrings(body({ list: ['1', '1e3'] }))).toBe(
      'list[1]: "1e3" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)',
    );
    expect(readIntegerStrings(body({ group_id: '0x10' }))).toMatch(/^group_id: "0x10" is not a whole number/);
    expect(readIntegerStrings(body({ items: [{ user_id: 1 }, { user_id: ' 1' }] }))).toMatch(/^items\[1\]\.user_id: " 1" is not a whole number/);
    expect(readIntegerStrings(body({ item: { user_id: '+1' } }))).toMatch(/^item\.user_id: "\+1" is not a whole number/);
  });

  it('leaves values of other types for the rules to refuse', () => {
    const dto = body({ group_id: true, list: 'x' });
    expect(readIntegerStrings(dto)).toBeNull();
    expect(dto).toMatchObject({ group_id: true, list: 'x' });
  });
});
