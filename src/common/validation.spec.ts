import { MAX_INPUT_DEPTH, problemBeforeTransform } from './validation';

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
